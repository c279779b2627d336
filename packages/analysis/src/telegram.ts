// Telegram usernames (@mentions) and t.me / tg:// links with their deep-link kinds (§9.8).
import { type Candidate } from './entity-types';
import { type ParsedUrl } from './parse-url';
import { validatePhoneNumber } from './phone';
import { trimTrailingPunctuation, type UrlHit } from './url';

export const TELEGRAM_HOSTS: readonly string[] = ['t.me', 'telegram.me', 'telegram.dog'];

/** First path segments that are never usernames. */
export const RESERVED_PATH_SEGMENTS: ReadonlySet<string> = new Set([
  's',
  'c',
  'joinchat',
  'addstickers',
  'addemoji',
  'addlist',
  'addtheme',
  'addstyle',
  'setlanguage',
  'share',
  'proxy',
  'socks',
  'login',
  'auth',
  'invoice',
  'boost',
  'giftcode',
  'confirmphone',
  'contact',
  'call',
  'm',
  'nft',
  'auction',
  'web',
  'iv',
  'bg',
]);

const USERNAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;

export interface TelegramUsername {
  /** Lower case, without '@' (usernames compare case-insensitively). */
  value: string;
  /**
   * 'short_username' (4 characters: only collectible names are that short) and 'trailing_underscore' are warnings,
   * because both rules are unconfirmed; 'bot' marks a bot username.
   */
  flags: string[];
}

/** `null` unless the name matches `^[A-Za-z][A-Za-z0-9_]{3,31}$` (an '@' in front is allowed). */
export function validateTelegramUsername(text: string): TelegramUsername | null {
  const name = text.startsWith('@') ? text.slice(1) : text;
  if (!USERNAME.test(name)) return null;
  const value = name.toLowerCase();
  const flags: string[] = [];
  if (value.endsWith('bot')) flags.push('bot');
  if (value.length === 4) flags.push('short_username');
  if (value.endsWith('_')) flags.push('trailing_underscore');
  return { value, flags };
}

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

export function isTelegramHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return TELEGRAM_HOSTS.includes(h) || (h.endsWith('.t.me') && h.split('.').length === 3);
}

function usernameLink(name: string, rest: string[], query: URLSearchParams): TelegramLink {
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

function inviteLink(hash: string): TelegramLink {
  return { kind: 'invite', valid: INVITE_HASH.test(hash), invite: hash, canonical: `https://t.me/+${hash}` };
}

function phoneLink(digits: string): TelegramLink {
  return { kind: 'phone', valid: /^\d{7,15}$/.test(digits), phoneDigits: digits, canonical: `https://t.me/+${digits}` };
}

function privatePost(channel: string, first?: string, second?: string): TelegramLink {
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

function proxyLink(type: 'proxy' | 'socks', query: URLSearchParams): TelegramLink {
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

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** https://t.me with the link's path and query, whatever host and scheme it was written with. */
function canonicalPath(url: ParsedUrl): string {
  return `https://t.me${url.pathname}${url.search}`;
}

/** The deep-link meaning of an https t.me / telegram.me / telegram.dog URL (or `<username>.t.me`); `null` if none. */
export function parseTelegramUrl(url: ParsedUrl): TelegramLink | null {
  const hostname = url.hostname.toLowerCase();
  // Every Telegram host ends in .me or .dog: most links are turned away before any other work.
  if (!hostname.endsWith('.me') && !hostname.endsWith('.dog')) return null;
  const host = hostname.replace(/^www\./, '');
  if (!isTelegramHost(host)) return null;
  const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
  const query = url.searchParams;
  if (!TELEGRAM_HOSTS.includes(host)) return usernameLink(host.slice(0, -'.t.me'.length), segments, query);
  const [first, ...rest] = segments;
  if (!first) return null;
  if (first.startsWith('+')) {
    const tail = first.slice(1);
    // t.me/+<digits> opens a chat by phone number; any other t.me/+<hash> is an invite.
    return NUMERIC.test(tail) ? phoneLink(tail) : inviteLink(tail);
  }
  const lower = first.toLowerCase();
  if (!RESERVED_PATH_SEGMENTS.has(lower)) return usernameLink(first, rest, query);
  const [a, b, c] = rest;
  switch (lower) {
    case 'joinchat':
      return a ? inviteLink(a) : { kind: 'other', valid: false, segment: lower, canonical: 'https://t.me/joinchat' };
    case 's':
      return a ? usernameLink(a, rest.slice(1), query) : null;
    case 'c':
      return a ? privatePost(a, b, c) : null;
    case 'addstickers':
    case 'addemoji':
      return {
        kind: lower === 'addstickers' ? 'stickers' : 'emoji',
        valid: Boolean(a),
        ...(a ? { set: a } : {}),
        canonical: `https://t.me/${lower}/${a ?? ''}`,
      };
    case 'addlist':
      return { kind: 'folder', valid: Boolean(a), ...(a ? { slug: a } : {}), canonical: `https://t.me/addlist/${a ?? ''}` };
    case 'share': {
      const shared = query.get('url');
      return {
        kind: 'share',
        valid: Boolean(shared),
        ...(shared ? { sharedUrl: shared } : {}),
        canonical: canonicalPath(url),
      };
    }
    case 'proxy':
    case 'socks':
      return proxyLink(lower, query);
    default:
      return { kind: 'other', valid: true, segment: lower, canonical: canonicalPath(url) };
  }
}

/** The deep-link meaning of a `tg://` URL; `null` if it is not one. */
export function parseTgUrl(url: URL): TelegramLink | null {
  if (url.protocol !== 'tg:') return null;
  const action = url.hostname.toLowerCase();
  const q = url.searchParams;
  switch (action) {
    case 'resolve': {
      const phone = q.get('phone');
      if (phone) return phoneLink(phone.replace(/^\+/, ''));
      const domain = q.get('domain');
      if (!domain) return null;
      const post = q.get('post');
      return usernameLink(domain, post ? [post] : [], q);
    }
    case 'join': {
      const invite = q.get('invite');
      return invite ? inviteLink(invite) : null;
    }
    case 'privatepost': {
      const channel = q.get('channel');
      if (!channel) return null;
      const thread = q.get('thread') ?? q.get('topic');
      const post = q.get('post') ?? undefined;
      return thread && post ? privatePost(channel, thread, post) : privatePost(channel, post);
    }
    case 'addstickers':
    case 'addemoji': {
      const set = q.get('set');
      return {
        kind: action === 'addstickers' ? 'stickers' : 'emoji',
        valid: Boolean(set),
        ...(set ? { set } : {}),
        canonical: `https://t.me/${action}/${set ?? ''}`,
      };
    }
    case 'addlist': {
      const slug = q.get('slug');
      return { kind: 'folder', valid: Boolean(slug), ...(slug ? { slug } : {}), canonical: `https://t.me/addlist/${slug ?? ''}` };
    }
    case 'proxy':
    case 'socks':
      return proxyLink(action, q);
    case 'msg_url': {
      const shared = q.get('url');
      return {
        kind: 'share',
        valid: Boolean(shared),
        ...(shared ? { sharedUrl: shared } : {}),
        canonical: `https://t.me/share/url?url=${encodeURIComponent(shared ?? '')}`,
      };
    }
    default:
      return { kind: 'other', valid: true, segment: action, canonical: url.href };
  }
}

/** Where `needle` is written inside the link (case-insensitively), as a text span; the whole link if not found. */
function spanOf(text: string, start: number, end: number, needle: string, from: number): [number, number] {
  const at = text.slice(from, end).toLowerCase().indexOf(needle.toLowerCase());
  return at >= 0 ? [from + at, from + at + needle.length] : [start, end];
}

/**
 * The telegram_link entity for a link at [start, end) of `text`, plus what it points at: a telegram_username for
 * username links, a phone for phone links, and the proxy server's host. `pathFrom` is where the path starts in the
 * text (so that a username is not found inside the host).
 */
export function telegramLinkCandidates(link: TelegramLink, text: string, start: number, end: number, pathFrom: number): Candidate[] {
  const flags: string[] = [];
  if (link.kind === 'invite') flags.push('invite');
  const details: Record<string, unknown> = { kind: link.kind };
  for (const key of [
    'username',
    'channelId',
    'peerId',
    'topicId',
    'messageId',
    'invite',
    'payload',
    'set',
    'slug',
    'sharedUrl',
    'server',
    'port',
    'secret',
    'proxyType',
    'segment',
  ] as const) {
    if (link[key] !== undefined) details[key] = link[key];
  }
  const out: Candidate[] = [];
  if (link.username && link.valid) {
    const user = validateTelegramUsername(link.username)!;
    if (user.flags.includes('bot')) flags.push('bot');
    const [s, e] = spanOf(text, start, end, link.username, pathFrom);
    out.push({
      type: 'telegram_username',
      start: s,
      end: e,
      value: user.value,
      valid: true,
      flags: user.flags,
      details: { via: 'link' },
      derived: true,
    });
  }
  if (link.phoneDigits) {
    const phone = validatePhoneNumber('+' + link.phoneDigits);
    if (phone) {
      details['phone'] = phone.e164;
      const [s, e] = spanOf(text, start, end, link.phoneDigits, pathFrom);
      const phoneDetails: Record<string, unknown> = { regionSource: phone.regionSource, via: 'telegram_link' };
      if (phone.country) phoneDetails['country'] = phone.country;
      if (phone.kind) phoneDetails['kind'] = phone.kind;
      out.push({ type: 'phone', start: s, end: e, value: phone.e164, valid: phone.valid, flags: [], details: phoneDetails, derived: true });
    }
  }
  out.push({ type: 'telegram_link', start, end, value: link.canonical, valid: link.valid, flags, details });
  return out;
}

/** Telegram entities for a URL found by the URL scanner, or none if it is not a Telegram link. */
export function telegramCandidatesForUrl(hit: UrlHit, text: string): Candidate[] {
  const link = parseTelegramUrl(hit.url);
  if (!link) return [];
  // For <username>.t.me the username is in the host, so the search starts at the host.
  const pathFrom = TELEGRAM_HOSTS.includes(hit.url.hostname.replace(/^www\./, '')) ? hit.hostEnd : hit.hostStart;
  return telegramLinkCandidates(link, text, hit.start, hit.end, pathFrom);
}

const TG_LINK = /(?<![0-9A-Za-z])tg:\/\/[A-Za-z_]+\/?(?:\?[^\s<>"'«»]*)?/gi;

/** `tg://` deep links, which linkify-it does not know as a scheme. */
export function scanTgLinks(text: string): Candidate[] {
  if (!/tg:\/\//i.test(text)) return [];
  const out: Candidate[] = [];
  for (const match of text.matchAll(TG_LINK)) {
    const raw = trimTrailingPunctuation(match[0]);
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    const link = parseTgUrl(url);
    if (!link) continue;
    const start = match.index;
    out.push(...telegramLinkCandidates(link, text, start, start + raw.length, start + raw.indexOf('?') + 1));
  }
  return out;
}

// A mention starts the text or follows a non-word character, which keeps user@mail.kz out; one followed by
// ".letters" is a domain being typed, not a mention. Sticky, and tried only at each '@': as a search over the whole
// text, the Unicode lookbehind would be tested at every position.
const MENTION_AT = /(?<![\p{L}\p{N}_])@([A-Za-z][A-Za-z0-9_]{3,31})(?![A-Za-z0-9_]|\.[A-Za-z])/uy;

export function scanTelegramMentions(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf('@'); at >= 0;) {
    MENTION_AT.lastIndex = at;
    const match = MENTION_AT.exec(text);
    if (!match) {
      at = text.indexOf('@', at + 1);
      continue;
    }
    const user = validateTelegramUsername(match[1]!)!;
    const end = at + match[0].length;
    out.push({
      type: 'telegram_username',
      start: at,
      end,
      value: user.value,
      valid: true,
      flags: user.flags,
      details: { via: 'mention' },
    });
    at = text.indexOf('@', end);
  }
  return out;
}
