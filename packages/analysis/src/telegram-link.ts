// The TelegramLink value, and the builders that the t.me and tg:// parsers share so that every written form of a
// link comes out as the same canonical value (§9.8).
import { validateTelegramUsername } from './telegram-username';

export type TelegramLinkKind =
  | 'username'
  | 'post'
  | 'private_channel'
  | 'private_post'
  | 'invite'
  | 'phone'
  | 'bot_start'
  | 'stickers'
  | 'emoji'
  | 'folder'
  | 'share'
  | 'proxy'
  | 'other';

export interface TelegramLink {
  kind: TelegramLinkKind;
  valid: boolean;
  /** Canonical https://t.me/… form, so that t.me/joinchat/X, t.me/+X and tg://join?invite=X are one value. */
  canonical: string;
  username?: string;
  channelId?: string;
  /** The Bot API peer id of a private channel: -100 followed by the channel id. */
  peerId?: string;
  messageId?: string;
  topicId?: string;
  invite?: string;
  phoneDigits?: string;
  payload?: string;
  set?: string;
  slug?: string;
  sharedUrl?: string;
  server?: string;
  port?: number;
  secret?: string;
  proxyType?: 'mtproto' | 'socks5';
  segment?: string;
}

const NUMERIC = /^\d+$/;
const INVITE_HASH = /^[A-Za-z0-9_-]{5,64}$/;

/** A link to a username: the profile, a post in its chat (optionally in a topic), or a bot started with a payload. */
export function usernameLink(name: string, rest: string[], query: URLSearchParams): TelegramLink {
  const user = validateTelegramUsername(name);
  const username = user?.value ?? name.toLowerCase();
  const base = { username, valid: user !== null };
  const start = query.get('start') ?? query.get('startgroup') ?? query.get('startapp');
  if (start !== null) {
    return { kind: 'bot_start', ...base, payload: start, canonical: `https://t.me/${username}?start=${encodeURIComponent(start)}` };
  }
  const [first, second] = rest;
  if (first && NUMERIC.test(first)) {
    if (second && NUMERIC.test(second)) {
      return { kind: 'post', ...base, topicId: first, messageId: second, canonical: `https://t.me/${username}/${first}/${second}` };
    }
    return { kind: 'post', ...base, messageId: first, canonical: `https://t.me/${username}/${first}` };
  }
  return { kind: 'username', ...base, canonical: `https://t.me/${username}` };
}

/** An invite to a chat by its hash, whichever of the three invite forms it was written in. */
export function inviteLink(hash: string): TelegramLink {
  return { kind: 'invite', valid: INVITE_HASH.test(hash), invite: hash, canonical: `https://t.me/+${hash}` };
}

/** A chat opened by phone number (digits without the +). */
export function phoneLink(digits: string): TelegramLink {
  return { kind: 'phone', valid: /^\d{7,15}$/.test(digits), phoneDigits: digits, canonical: `https://t.me/+${digits}` };
}

/** A private channel, or a post in it (optionally in a topic), by the channel's numeric id. */
export function privatePost(channel: string, first?: string, second?: string): TelegramLink {
  const base = { channelId: channel, peerId: `-100${channel}`, valid: NUMERIC.test(channel) };
  if (first && second) {
    return {
      kind: 'private_post',
      ...base,
      topicId: first,
      messageId: second,
      valid: base.valid && NUMERIC.test(first + second),
      canonical: `https://t.me/c/${channel}/${first}/${second}`,
    };
  }
  if (first) {
    return {
      kind: 'private_post',
      ...base,
      messageId: first,
      valid: base.valid && NUMERIC.test(first),
      canonical: `https://t.me/c/${channel}/${first}`,
    };
  }
  return { kind: 'private_channel', ...base, canonical: `https://t.me/c/${channel}` };
}

/** An MTProto (`proxy`) or SOCKS5 (`socks`) proxy, valid with a server and a port in range. */
export function proxyLink(type: 'proxy' | 'socks', query: URLSearchParams): TelegramLink {
  const server = query.get('server') ?? undefined;
  const port = Number(query.get('port'));
  const link: TelegramLink = {
    kind: 'proxy',
    valid: Boolean(server) && Number.isInteger(port) && port > 0 && port < 65536,
    proxyType: type === 'proxy' ? 'mtproto' : 'socks5',
    canonical: `https://t.me/${type}?server=${encodeURIComponent(server ?? '')}&port=${query.get('port') ?? ''}`,
  };
  if (server) link.server = server;
  if (Number.isInteger(port) && port > 0) link.port = port;
  const secret = query.get('secret');
  if (secret) link.secret = secret;
  return link;
}

/** A sticker set (`addstickers`) or custom emoji set (`addemoji`), valid with the set's name. */
export function stickerSetLink(action: 'addstickers' | 'addemoji', set: string | null | undefined): TelegramLink {
  return {
    kind: action === 'addstickers' ? 'stickers' : 'emoji',
    valid: Boolean(set),
    ...(set ? { set } : {}),
    canonical: `https://t.me/${action}/${set ?? ''}`,
  };
}

/** A chat folder to add, valid with its slug. */
export function folderLink(slug: string | null | undefined): TelegramLink {
  return { kind: 'folder', valid: Boolean(slug), ...(slug ? { slug } : {}), canonical: `https://t.me/addlist/${slug ?? ''}` };
}

/** A link that shares a URL; `canonical` is given because t.me and tg:// links keep different canonical forms. */
export function shareLink(shared: string | null, canonical: string): TelegramLink {
  return { kind: 'share', valid: Boolean(shared), ...(shared ? { sharedUrl: shared } : {}), canonical };
}

/** t.me/+<digits> opens a chat by phone number; any other t.me/+<hash> is an invite. */
export function plusLink(tail: string): TelegramLink {
  return NUMERIC.test(tail) ? phoneLink(tail) : inviteLink(tail);
}
