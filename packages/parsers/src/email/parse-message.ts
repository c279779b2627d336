// One RFC 5322 message (an EML file, or one message of an mbox) → an `email` artefact and attachment children.
import type { ArtifactTime, Locator, MessageParams, ParserOutput } from '@tamga/core';
import { emailWarning, type EmailWarning } from './email-warning';
import { actorsOf, type AccountBook } from './addresses';
import { parseEmailDate } from './email-date';
import { decodeUnstructured, headerValue } from './headers';
import { collectBody, type AttachmentPart } from './message-body';
import { parseMime, type MimeEntity } from './mime-tree';
import { auxiliaryIps, findOrigin, parseReceived, type TrustedHostTest } from './received';

export interface MessageContext {
  /** The artefact key: `message` for an EML file, `message:<offset>` in an mbox. */
  key: string;
  locator: Locator;
  /** Maps an offset in the message bytes to an offset in the item (mbox position, un-escaping). */
  itemOffset(offset: number): number;
  /** Prefix of attachment child paths: `attachments/` or `messages/<n>/attachments/`. */
  childPrefix: string;
  caseTimeZone: string;
  /** The case's trusted mail hosts, or null when it names none. */
  trusted: TrustedHostTest | null;
  /** Names the message in warnings. */
  label: string;
  /** Where the message lies, as values of its warnings (an mbox's message number and offset). */
  where?: MessageParams;
  /** More fields, given the parsed MIME root (the mbox adds its split record). */
  extraFields?: (root: MimeEntity) => Record<string, unknown>;
}

/** Ids without angle brackets (RFC 5322 §3.6.4), in order. */
function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  // The usual single `<id>` needs no regex.
  if (value.charCodeAt(0) === 0x3c && value.indexOf('<', 1) < 0 && value.indexOf('>') === value.length - 1) {
    const id = value.slice(1, -1).trim();
    return id ? [id] : [];
  }
  const ids = [...value.matchAll(/<([^<>]*)>/g)].map((m) => m[1]!.trim()).filter(Boolean);
  return ids.length ? ids : value.split(/\s+/).filter(Boolean);
}

interface MimePart {
  part: string;
  type: string;
  depth: number;
  offset: number;
  length: number;
}

/** Every entity of the tree in document order, with its place in the item. */
function mimeParts(entity: MimeEntity, context: MessageContext, parts: MimePart[] = []): MimePart[] {
  const offset = context.itemOffset(entity.begin);
  parts.push({ part: entity.partId, type: entity.type, depth: entity.depth, offset, length: context.itemOffset(entity.end) - offset });
  for (const child of entity.children) mimeParts(child, context, parts);
  if (entity.message) mimeParts(entity.message, context, parts);
  return parts;
}

/** Returns false when the bytes have no header fields at all (not a message). */
export async function emitMessage(bytes: Buffer, context: MessageContext, out: ParserOutput, accounts: AccountBook): Promise<boolean> {
  const warnings: EmailWarning[] = [];
  const root = parseMime(bytes, 0, bytes.length, warnings);
  const headers = root.index;
  if (root.headers.length === 0) return false;

  let time: ArtifactTime | null = null;
  const dateText = headerValue(headers, 'date');
  if (dateText === undefined) {
    warnings.push(emailWarning('no Date header', 'email.no_date'));
  } else {
    const parsed = parseEmailDate(dateText, context.caseTimeZone);
    time = parsed.time;
    if (parsed.problem) warnings.push({ text: parsed.problem, key: parsed.problemKey ?? { code: 'email.date_problem' } });
  }

  const { actors, writtenAs } = actorsOf(headers);
  const hops = parseReceived(headers, context.caseTimeZone);
  const origin = findOrigin(hops, context.trusted);
  if (context.trusted && hops.length > 0 && origin?.basis !== 'trusted_hosts') {
    warnings.push(
      origin
        ? emailWarning(
            "its Received fields do not reach the case's trusted mail hosts from a public sender: the origin is the first public sender",
            'email.origin_past_untrusted',
          )
        : emailWarning("no public sender outside the case's trusted mail hosts: no origin", 'email.no_public_sender'),
    );
  }
  const body = collectBody(bytes, root, warnings);
  const attachments = body.attachments.map((part, index) => describeAttachment(part, index, context));

  const subject = headerValue(headers, 'subject');
  const fields: Record<string, unknown> = {
    subject: subject === undefined ? null : decodeUnstructured(subject),
    messageId: messageIds(headerValue(headers, 'message-id'))[0] ?? null,
    inReplyTo: messageIds(headerValue(headers, 'in-reply-to')),
    references: messageIds(headerValue(headers, 'references')),
    headers: root.headers,
    bodyFormat: body.format,
    textParts: body.textParts,
    charsetMismatch: body.textParts.some((part) => part.charsetMismatch),
    // The Received field it was read from is the hop-th in `headers`; repeating its text here made analysis find
    // its host names and address a second time (four of an e-mail's ten entity occurrences).
    originIp: origin
      ? { ip: origin.hop.ip, kind: origin.hop.ipKind, hop: origin.hop.index, from: origin.hop.from, by: origin.hop.by, basis: origin.basis }
      : null,
    receivedHops: hops,
    auxiliaryIps: auxiliaryIps(headers),
    attachments: attachments.map((attachment) => attachment.listing),
    mimeParts: mimeParts(root, context),
    size: bytes.length,
  };
  // Only when an address is written with capitals: nearly every message writes them all in lower case.
  if (writtenAs) fields.writtenAs = writtenAs;
  if (root.headerCharset) fields.headerCharset = root.headerCharset;
  if (context.extraFields) Object.assign(fields, context.extraFields(root));
  await out.artifact({ type: 'email', key: context.key, time, actors, text: body.text, fields, locator: context.locator });
  accounts.see(actors, context.locator);
  for (const { text, key } of warnings)
    out.warn(`${context.label}: ${text}`, { code: key.code, params: { ...key.params, ...context.where } });

  for (const { listing, content } of attachments) {
    await out.child({
      path: listing.path,
      content: (async function* () {
        yield content;
      })(),
      declaredSize: listing.size,
      locator: { offset: listing.offset, length: listing.length },
      notes: { mimeType: listing.mimeType, filename: listing.name, part: listing.part, transferEncoding: listing.transferEncoding },
    });
  }
  return true;
}

function describeAttachment(part: AttachmentPart, index: number, context: MessageContext) {
  const offset = context.itemOffset(part.entity.begin);
  const listing = {
    name: part.name,
    path: `${context.childPrefix}${index + 1}-${part.safeName}`,
    mimeType: part.entity.type,
    size: part.content.length,
    contentId: part.entity.contentId ?? null,
    disposition: part.entity.disposition?.value || null,
    part: part.entity.partId,
    transferEncoding: part.entity.transferEncoding || null,
    offset,
    length: context.itemOffset(part.entity.end) - offset,
  };
  return { listing, content: part.content };
}
