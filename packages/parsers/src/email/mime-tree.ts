// The MIME tree of one message with byte ranges (RFC 2045/2046): multipart delimiters, message/rfc822 recursion,
// and transfer decoding of leaf bodies.
import { emailWarning, type EmailWarning } from './email-warning';
import { headerValue, parseHeaderBlock, parseStructured, type HeaderIndex, type RawHeader, type Structured } from './headers';

export interface MimeEntity {
  /**
   * IMAP part number (RFC 3501 §6.4.5): '' for the message's root, then '1', '1.2' … Inside a message/rfc822 part
   * numbered N the encapsulated message's parts are N.1, N.2 …: a single-part body is N.1; a multipart body has no
   * number of its own in IMAP (it is N.TEXT) and keeps N, its children being N.1, N.2 …
   */
  partId: string;
  /** Lower-cased media type (the default when the header is missing or has no `/`). */
  type: string;
  params: Record<string, string>;
  disposition: Structured | null;
  /** Lower-cased first token of Content-Transfer-Encoding ('' when absent). */
  transferEncoding: string;
  contentId?: string;
  headers: RawHeader[];
  index: HeaderIndex;
  headerCharset?: string;
  /** Byte offsets into the buffer: the first header byte, the first body byte, the end (before the line break of the next delimiter). */
  begin: number;
  headersEnd: number;
  end: number;
  depth: number;
  children: MimeEntity[];
  /** The parsed message inside a message/rfc822 part. */
  message?: MimeEntity;
}

/** Deeper trees are not walked further (the leaf keeps its bytes); real mail nests a handful of levels. */
const MAX_DEPTH = 40;
const LF = 0x0a;
const CR = 0x0d;

export function parseMime(buf: Buffer, begin: number, end: number, warnings: EmailWarning[]): MimeEntity {
  return parseEntity(buf, begin, end, 0, '', 'text/plain', warnings);
}

function parseEntity(
  buf: Buffer,
  begin: number,
  end: number,
  depth: number,
  partId: string,
  defaultType: string,
  warnings: EmailWarning[],
  encapsulated = false,
): MimeEntity {
  const block = parseHeaderBlock(buf, begin, end);
  const contentType = parseStructured(headerValue(block.index, 'content-type') ?? '');
  const dispositionText = headerValue(block.index, 'content-disposition');
  const type = /^[^\s/]+\/[^\s/]+$/.test(contentType.value) ? contentType.value : defaultType;
  // The root of an encapsulated message numbered partId: a single-part body is its part 1.
  if (encapsulated && !type.startsWith('multipart/')) partId = `${partId}.1`;
  const entity: MimeEntity = {
    partId,
    type,
    params: contentType.params,
    disposition: dispositionText === undefined ? null : parseStructured(dispositionText),
    transferEncoding: /[\w-]+/.exec((headerValue(block.index, 'content-transfer-encoding') ?? '').toLowerCase())?.[0] ?? '',
    contentId: headerValue(block.index, 'content-id'),
    headers: block.headers,
    index: block.index,
    headerCharset: block.charset,
    begin,
    headersEnd: block.bodyStart,
    end,
    depth,
    children: [],
  };
  if (depth >= MAX_DEPTH) {
    if (entity.type.startsWith('multipart/') || entity.type === 'message/rfc822')
      warnings.push(
        emailWarning(`MIME nesting deeper than ${MAX_DEPTH} levels: part ${partId} not opened`, 'email.mime_too_deep', {
          levels: MAX_DEPTH,
          part: partId,
        }),
      );
    return entity;
  }
  if (entity.type.startsWith('multipart/')) {
    const boundary = entity.params.boundary;
    if (!boundary) {
      warnings.push(
        emailWarning(
          `multipart part ${partId || '(root)'} has no boundary; its body is kept unsplit`,
          partId ? 'email.no_boundary' : 'email.root_no_boundary',
          { part: partId },
        ),
      );
      return entity;
    }
    const childType = entity.type === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
    const ranges = splitMultipart(buf, entity.headersEnd, end, boundary);
    if (!ranges.closed)
      warnings.push(
        emailWarning(
          `multipart part ${partId || '(root)'} has no closing delimiter`,
          partId ? 'email.no_closing_delimiter' : 'email.root_no_closing_delimiter',
          { part: partId },
        ),
      );
    ranges.parts.forEach(([partBegin, partEnd], index) => {
      const childId = partId ? `${partId}.${index + 1}` : String(index + 1);
      entity.children.push(parseEntity(buf, partBegin, partEnd, depth + 1, childId, childType, warnings));
    });
  } else if ((entity.type === 'message/rfc822' || entity.type === 'message/global') && isIdentityEncoding(entity.transferEncoding)) {
    // A message/rfc822 root is the top message's part 1 (RFC 3501: a message with no multipart body has a part 1).
    entity.message = parseEntity(buf, entity.headersEnd, end, depth + 1, partId || '1', 'text/plain', warnings, true);
  }
  return entity;
}

export function isIdentityEncoding(encoding: string): boolean {
  return encoding === '' || encoding === '7bit' || encoding === '8bit' || encoding === 'binary';
}

/** Finds `--boundary` delimiter lines in buf[start, end); the line break before a delimiter belongs to it. */
function splitMultipart(buf: Buffer, start: number, end: number, boundary: string): { parts: Array<[number, number]>; closed: boolean } {
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  const parts: Array<[number, number]> = [];
  let partStart = -1;
  let from = start;
  while (from < end) {
    const at = buf.indexOf(delimiter, from);
    if (at < 0 || at + delimiter.length > end) break;
    from = at + delimiter.length;
    if (at !== start && buf[at - 1] !== LF) continue;
    let i = at + delimiter.length;
    const close = buf[i] === 0x2d && buf[i + 1] === 0x2d && i + 2 <= end;
    if (close) i += 2;
    while (i < end && (buf[i] === 0x20 || buf[i] === 0x09)) i++;
    if (i < end && buf[i] !== LF && !(buf[i] === CR && buf[i + 1] === LF)) continue; // `--boundary-more`: not ours
    const lineEnd = i >= end ? end : buf[i] === CR ? i + 2 : i + 1;
    if (partStart >= 0) {
      let partEnd = at;
      if (partEnd > partStart && buf[partEnd - 1] === LF) partEnd--;
      if (partEnd > partStart && buf[partEnd - 1] === CR) partEnd--;
      parts.push([partStart, Math.max(partStart, partEnd)]);
    }
    if (close) return { parts, closed: true };
    partStart = Math.min(lineEnd, end);
    from = partStart;
  }
  if (partStart >= 0) parts.push([partStart, end]);
  return { parts, closed: false };
}

/** The decoded body bytes of a leaf (base64 and quoted-printable undone; anything else as is). */
export function decodeBody(buf: Buffer, entity: MimeEntity): Buffer {
  const body = buf.subarray(entity.headersEnd, entity.end);
  if (entity.transferEncoding === 'base64') return Buffer.from(body.toString('latin1'), 'base64');
  if (entity.transferEncoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

function hexValue(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

export function decodeQuotedPrintable(body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(body.length);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== 0x3d) {
      out[n++] = c;
      continue;
    }
    // Soft line break `=` + optional blanks + line break: removed.
    let j = i + 1;
    while (body[j] === 0x20 || body[j] === 0x09) j++;
    if (body[j] === LF || (body[j] === CR && body[j + 1] === LF) || j >= body.length) {
      i = body[j] === CR ? j + 1 : j;
      continue;
    }
    const high = hexValue(body[i + 1]);
    const low = hexValue(body[i + 2]);
    if (high >= 0 && low >= 0) {
      out[n++] = (high << 4) | low;
      i += 2;
    } else {
      out[n++] = c; // a stray `=` is kept literally
    }
  }
  return out.subarray(0, n);
}
