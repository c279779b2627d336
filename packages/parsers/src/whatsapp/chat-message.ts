// Turns one WhatsApp message (its header line and continuation lines) into a `message` artefact draft: author
// or system event, time read in the case's zone, attachment reference, placeholders and markers.
import { formatOffset, isoFromMicros, type ArtifactDraft, type ArtifactTime } from '@tamga/core';
import {
  attachmentName,
  authorAccount,
  isSystemByContent,
  isSystemPhraseAuthor,
  markers,
  placeholder,
  systemEvent,
  type AuthorAccount,
} from './content';
import { dateParts, formatWall, wallTime, type DateOrder } from './dates';
import type { CleanLine, Header } from './header';
import type { Line } from './lines';
import type { ZoneClock } from './zone-clock';

export interface PendingMessage {
  first: Line;
  clean: CleanLine;
  header: Header;
  /** Continuation lines, raw. */
  more: string[];
  /** End offset (exclusive) of the last line's bytes. */
  end: number;
}

export interface MessageContext {
  clock: ZoneClock;
  order: DateOrder;
  chatName: string | null;
  /** The chat's member path when it came from a zip. */
  path: string | null;
  /** Attachment file name → member path, when the chat came from a zip. */
  members: ReadonlyMap<string, string> | null;
  extraPlaceholders: readonly string[];
}

export interface BuiltMessage {
  draft: ArtifactDraft;
  author: AuthorAccount | null;
  micros: bigint | null;
  missingAttachment: boolean;
  invalidDate: boolean;
}

function timeOf(
  message: PendingMessage,
  context: MessageContext,
  fields: Record<string, unknown>,
): { time: ArtifactTime | null; micros: bigint | null } {
  const { header } = message;
  const parts = dateParts(header.date);
  const wall = parts && wallTime(parts, header.time, header.ampm, context.order.daysFirst);
  fields.clock = header.ampm ? '12h' : '24h';
  fields.dateOrder = context.order.daysFirst ? 'day-first' : 'month-first';
  fields.dateOrderRule = context.order.rule;
  if (!wall) {
    fields.invalidDate = header.raw;
    return { time: null, micros: null };
  }
  const { zone } = context.clock;
  const { micros, offsetMinutes, readings } = context.clock.resolve(wall);
  Object.assign(fields, { localTime: formatWall(wall), tzAssumption: zone, utcOffset: formatOffset(offsetMinutes) });
  // The clocks were set back (the hour happened twice, so the time has two readings) or forward (it never happened).
  if (readings === 2) fields.localTimeAmbiguous = true;
  if (readings === 0) fields.localTimeSkipped = true;
  return { time: { utc: isoFromMicros(micros), zone, derived: true, raw: header.raw }, micros };
}

/**
 * The raw line from cleaned position `at` (just after a separator space): directional embeddings around a
 * number in the text stay, only the leading U+200E/U+200F markers WhatsApp puts before notices are dropped.
 */
function rawFrom(raw: string, clean: CleanLine, at: number): string {
  return raw.slice(clean.rawIndex(at - 1) + 1).replace(/^[\u200e\u200f]+/, '');
}

export function buildMessage(message: PendingMessage, context: MessageContext): BuiltMessage {
  const { first, clean, header } = message;
  const raw = first.text;
  const rest = clean.text.slice(header.end);
  const fields: Record<string, unknown> = {};
  if (context.chatName) fields.chat = context.chatName;
  const { time, micros } = timeOf(message, context, fields);

  const userMatch = /^(.+?):\s/.exec(rest);
  let author: AuthorAccount | null = null;
  let firstText: string;
  if (userMatch) {
    const start = header.end + userMatch[0].length;
    // iOS marks system notices attributed to the chat with U+200E right after `Name: `.
    const markedText = clean.rawIndex(start) > clean.rawIndex(start - 1) + 1;
    const bodyFirst = rawFrom(raw, clean, start);
    const name = userMatch[1]!.trim();
    if (isSystemByContent(name, clean.text.slice(start), markedText)) {
      const byAuthorPhrase = isSystemPhraseAuthor(name);
      firstText = byAuthorPhrase ? rawFrom(raw, clean, header.end) : bodyFirst;
      if (!byAuthorPhrase) fields.attributedTo = name;
    } else {
      author = authorAccount(name);
      firstText = bodyFirst;
    }
  } else {
    firstText = rawFrom(raw, clean, header.end);
  }
  const text = [firstText, ...message.more].join('\n');

  let missingAttachment = false;
  if (author) {
    fields.kind = 'user';
    fields.author = author.name;
    if (author.phone) fields.authorPhone = author.phone;
    const attached = attachmentName(firstText);
    if (attached) {
      const member = context.members?.get(attached) ?? null;
      fields.attachment = { fileName: attached, member };
      missingAttachment = context.members !== null && member === null;
    }
    const omitted = placeholder(firstText, context.extraPlaceholders);
    if (omitted) fields.mediaOmitted = omitted;
    Object.assign(fields, markers(text));
  } else {
    fields.kind = 'system';
    fields.systemEvent = systemEvent(text) ?? 'other';
  }
  if (message.more.length) fields.lineCount = message.more.length + 1;
  if (clean.hadInvisible) fields.invisibleCharacters = true;

  const locator = {
    ...(context.path ? { path: context.path } : {}),
    line: first.number,
    offset: first.offset,
    length: message.end - first.offset,
  };
  const draft: ArtifactDraft = {
    type: 'message',
    key: `line:${first.number}`,
    time,
    actors: author ? [{ role: 'author', account: author.account, name: author.name }] : [],
    text,
    fields,
    locator,
  };
  return { draft, author, micros, missingAttachment, invalidDate: time === null };
}
