// One Telegram message object (FORMATS.md §1.3, §1.5) → a `message` artefact, plus a `call` for phone calls, a
// `location` for messages with coordinates and a `contact` for shared contacts.
import type { ArtifactActor, ArtifactDraft, ArtifactTime, Locator } from '@tamga/core';
import { normalisePhone, type TelegramAccounts } from './telegram-accounts';
import { messageText, placeholderReason } from './telegram-text';
import { artifactTime, type TelegramClock } from './telegram-time';

export interface ChatContext {
  /** The chat's part of artefact keys: its id, or a position when the id is missing or repeated. */
  key: string;
  id: unknown;
  name: string | null;
  type: string | null;
  left: boolean;
}

type Json = Record<string, unknown>;

// Keys read into their own fields; what is left of a service message is its action's data, kept raw (some
// actions, such as proximity_reached, have their own `from`/`from_id`).
const COMMON = new Set(['id', 'type', 'date', 'date_unixtime', 'edited', 'edited_unixtime', 'from', 'from_id', 'text', 'text_entities']);
const SERVICE_COMMON = new Set([
  'id',
  'type',
  'date',
  'date_unixtime',
  'edited',
  'edited_unixtime',
  'actor',
  'actor_id',
  'text',
  'text_entities',
]);
const MEDIA: Record<string, string> = {
  photo_file_size: 'fileSize',
  file_name: 'fileName',
  file_size: 'fileSize',
  thumbnail: 'thumbnail',
  thumbnail_file_size: 'thumbnailFileSize',
  media_type: 'mediaType',
  mime_type: 'mimeType',
  width: 'width',
  height: 'height',
  duration_seconds: 'durationSeconds',
  sticker_emoji: 'stickerEmoji',
  performer: 'performer',
  title: 'title',
  media_spoiler: 'spoiler',
  self_destruct_period_seconds: 'selfDestructSeconds',
};
const PLAIN: Record<string, string> = {
  forwarded_from_id: 'forwardedFromId',
  saved_from: 'savedFrom',
  reply_to_message_id: 'replyToMessageId',
  reply_to_peer_id: 'replyToPeerId',
  via_bot: 'viaBot',
  author: 'author',
  poll: 'poll',
  inline_bot_buttons: 'buttons',
  contact_vcard: 'contactVcard',
  live_location_period_seconds: 'livePeriodSeconds',
  place_name: 'placeName',
  address: 'address',
};

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function media(m: Json): Json | null {
  const path = m.photo ?? m.file;
  if (path === undefined && m.media_type === undefined) return null;
  const result: Json = { kind: m.photo !== undefined ? 'photo' : (str(m.media_type) ?? 'file'), path: path ?? null };
  const missing = placeholderReason(path);
  if (missing) result.missing = missing;
  for (const [key, name] of Object.entries(MEDIA)) if (m[key] !== undefined) result[name] = m[key];
  const thumbMissing = placeholderReason(m.thumbnail);
  if (thumbMissing) result.thumbnailMissing = thumbMissing;
  return result;
}

export interface MessageContext {
  chat: ChatContext;
  key: string;
  /** The message's own part of its key; its companion artefacts' keys are built from it (companionKey). */
  messageKey: string;
  pointer: string;
  locator: Locator;
  clock: TelegramClock;
  accounts: TelegramAccounts;
}

/**
 * The key of a companion artefact (`call`, `location`, `contact`) of the message. Built here rather than by a
 * closure in the context: tsx (esbuild's keepNames) names each closure as it is made, a million times an export.
 */
function companionKey(ctx: MessageContext, kind: string): string {
  return `chat:${ctx.chat.key}:${kind}:${ctx.messageKey}`;
}

/** The drafts for one message object, in emission order (the message first). */
export function messageDrafts(m: Json, ctx: MessageContext): ArtifactDraft[] {
  const { chat, clock, accounts, locator } = ctx;
  const messageType = str(m.type) ?? 'message';
  const service = messageType === 'service';
  const resolved = clock.resolve(m.date, m.date_unixtime);
  const time = artifactTime(resolved);
  const { text, entities } = messageText(m);

  const actors: ArtifactActor[] = [];
  const authorName = service ? m.actor : m.from;
  const authorId = service ? m.actor_id : m.from_id;
  const author = accounts.see(authorId, authorName, locator, { message: true });
  if (author) actors.push({ role: 'from', account: author, name: str(authorName) });
  const peer = personalPeer(chat, author, accounts);
  if (peer) actors.push({ role: 'to', account: peer.account, name: peer.name });

  const fields: Json = {
    chatId: chat.id ?? null,
    chatName: chat.name,
    chatType: chat.type,
    messageId: m.id ?? null,
    messageType,
  };
  if (chat.left) fields.leftChat = true;
  if (typeof m.date === 'string') fields.localDate = m.date;
  if (resolved?.offsetUncertain) fields.timeOffsetUncertain = true;
  if (entities.length > 0) fields.entities = entities;
  for (const entity of entities) if (entity.type === 'mention_name') accounts.see(entity.user_id, entity.text, locator);
  if (m.edited !== undefined || m.edited_unixtime !== undefined) {
    fields.edited = { ...clock.resolve(m.edited, m.edited_unixtime), local: m.edited ?? null };
  }

  const drafts: ArtifactDraft[] = [];
  const base = { time, locator };
  if (service) {
    const data: Json = {};
    for (const [key, value] of Object.entries(m))
      if (!SERVICE_COMMON.has(key) && key !== 'action' && key !== 'information_text') data[key] = value;
    fields.action = str(m.action) ?? (m.action === undefined ? null : JSON.stringify(m.action));
    if (Object.keys(data).length > 0) fields.actionData = data;
    if (m.information_text !== undefined) fields.informationText = m.information_text;
    for (const member of Array.isArray(m.members) ? m.members : []) {
      const account = accounts.seeName(member, locator);
      if (account) actors.push({ role: 'member', account, name: str(member) });
    }
    if (m.action === 'phone_call') drafts.push(callDraft(m, ctx, time, author, peer?.account ?? null));
  } else {
    const other: Json = {};
    const mediaFields = media(m);
    if (mediaFields) fields.media = mediaFields;
    if ('forwarded_from' in m) fields.forwardedFrom = m.forwarded_from ?? null;
    for (const [key, value] of Object.entries(m)) {
      if (COMMON.has(key) || key in MEDIA || key === 'photo' || key === 'file' || key === 'forwarded_from') continue;
      if (key === 'contact_information' || key === 'location_information' || key === 'reactions') continue;
      const name = PLAIN[key];
      if (name) fields[name] = value;
      else other[key] = value;
    }
    if (Object.keys(other).length > 0) fields.other = other;
    if (m.reactions !== undefined) fields.reactions = reactions(m.reactions, ctx);
    if (m.contact_information && typeof m.contact_information === 'object') {
      fields.contact = m.contact_information;
      drafts.push(contactDraft(m.contact_information as Json, m, ctx, time, author));
    }
    if ('location_information' in m) {
      fields.location = m.location_information ?? null;
      const location = locationDraft(m, ctx, time, author);
      if (location) drafts.push(location);
    }
  }
  const messageText_ = text !== '' ? text : service && typeof m.information_text === 'string' ? m.information_text : null;
  drafts.unshift({ type: 'message', key: ctx.key, ...base, actors, text: messageText_, fields });
  return drafts;
}

/** In a one-to-one chat the other side is known: the chat's id is the peer's user id. */
function personalPeer(
  chat: ChatContext,
  author: string | null,
  accounts: TelegramAccounts,
): { account: string; name: string | null } | null {
  if (!author || (chat.type !== 'personal_chat' && chat.type !== 'bot_chat') || chat.id === undefined || chat.id === null) return null;
  const peerAccount = `telegram:user${String(chat.id)}`;
  if (author !== peerAccount) return { account: peerAccount, name: chat.name };
  const owner = accounts.ownerAccount;
  return owner ? { account: owner, name: null } : null;
}

function callDraft(m: Json, ctx: MessageContext, time: ArtifactTime | null, caller: string | null, callee: string | null): ArtifactDraft {
  const actors: ArtifactActor[] = [];
  if (caller) actors.push({ role: 'caller', account: caller, name: str(m.actor) });
  if (callee) actors.push({ role: 'callee', account: callee, name: callee === ctx.accounts.ownerAccount ? null : ctx.chat.name });
  const duration = typeof m.duration_seconds === 'number' ? m.duration_seconds : 0; // tdesktop drops a zero duration
  return {
    type: 'call',
    key: companionKey(ctx, 'call'),
    time,
    actors,
    text: null,
    fields: {
      chatId: ctx.chat.id ?? null,
      chatName: ctx.chat.name,
      messageId: m.id ?? null,
      durationSeconds: duration,
      discardReason: m.discard_reason ?? null,
      missed: m.discard_reason === 'missed',
    },
    locator: ctx.locator,
  };
}

function contactDraft(info: Json, m: Json, ctx: MessageContext, time: ArtifactTime | null, sender: string | null): ArtifactDraft {
  const name = [str(info.first_name), str(info.last_name)].filter(Boolean).join(' ') || null;
  return {
    type: 'contact',
    key: companionKey(ctx, 'contact'),
    time,
    actors: sender ? [{ role: 'from', account: sender, name: str(m.from) }] : [],
    text: name,
    fields: {
      source: 'message',
      chatId: ctx.chat.id ?? null,
      messageId: m.id ?? null,
      firstName: info.first_name ?? null,
      lastName: info.last_name ?? null,
      phoneNumber: info.phone_number ?? null,
      phone: normalisePhone(info.phone_number),
      vcard: m.contact_vcard ?? null,
    },
    locator: ctx.locator,
  };
}

function locationDraft(m: Json, ctx: MessageContext, time: ArtifactTime | null, sender: string | null): ArtifactDraft | null {
  const info = m.location_information as Json | null | undefined;
  if (!info || typeof info !== 'object' || typeof info.latitude !== 'number' || typeof info.longitude !== 'number') return null;
  return {
    type: 'location',
    key: companionKey(ctx, 'location'),
    time,
    actors: sender ? [{ role: 'author', account: sender, name: str(m.from) }] : [],
    text: str(m.place_name) ?? str(m.address),
    fields: {
      source: 'telegram_message',
      chatId: ctx.chat.id ?? null,
      messageId: m.id ?? null,
      latitude: info.latitude,
      longitude: info.longitude,
      livePeriodSeconds: m.live_location_period_seconds ?? null,
      placeName: m.place_name ?? null,
      address: m.address ?? null,
    },
    locator: ctx.locator,
  };
}

/** Reactions kept raw, with each `recent[].date` (which has no `_unixtime`) read with the export's offset. */
function reactions(value: unknown, ctx: MessageContext): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((reaction: unknown) => {
    if (!reaction || typeof reaction !== 'object' || !Array.isArray((reaction as Json).recent)) return reaction;
    const recent = ((reaction as Json).recent as unknown[]).map((entry) => {
      if (!entry || typeof entry !== 'object') return entry;
      const e = entry as Json;
      const account = ctx.accounts.see(e.from_id, e.from, ctx.locator);
      return { ...e, account, time: ctx.clock.resolveLocalOnly(e.date) };
    });
    return { ...(reaction as Json), recent };
  });
}
