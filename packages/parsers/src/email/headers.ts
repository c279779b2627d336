// RFC 5322 header sections read from bytes (CRLF, LF or mixed), and structured values with RFC 2231 parameters.
import { decodeWords } from 'postal-mime';
import { decodeHeaderBytes, decoderFor } from './charset';

export interface RawHeader {
  /** The name as written. */
  name: string;
  /** The value as written: after the colon and its leading blanks, folding line breaks kept. */
  value: string;
}

/** Headers by lower-case name, in order: built once per header section so lookups do not rescan it. */
export type HeaderIndex = Map<string, RawHeader[]>;

export interface HeaderBlock {
  headers: RawHeader[];
  index: HeaderIndex;
  /** Offset of the first body byte (after the empty line), or of the first line that is not a header. */
  bodyStart: number;
  /** Which charset decoded raw 8-bit header bytes, when there were any. */
  charset?: string;
  /** A leading mbox envelope line (`From …` or `>From …`) found before the first header, as written. */
  envelope?: string;
}

const LF = 0x0a;
const CR = 0x0d;

/** True when the bytes at `at` start a header line: `[!-9;-~]+` then optional blanks then `:`. */
export function looksLikeHeader(buf: Uint8Array, at: number, end: number): boolean {
  let i = at;
  while (i < end && buf[i]! >= 0x21 && buf[i]! <= 0x7e && buf[i] !== 0x3a) i++;
  if (i === at) return false;
  while (i < end && (buf[i] === 0x20 || buf[i] === 0x09)) i++;
  return i < end && buf[i] === 0x3a;
}

/** Reads the header section of the entity in buf[start, end). */
export function parseHeaderBlock(buf: Uint8Array, start: number, end: number): HeaderBlock {
  let at = start;
  let envelope: string | undefined;
  // Forwarded messages saved from mailboxes often keep their envelope line; it is not a header (MimeKit skips it too).
  const gt = buf[at] === 0x3e ? 1 : 0;
  if (
    buf[at + gt] === 0x46 &&
    Buffer.from(buf.buffer, buf.byteOffset + at + gt, Math.min(5, end - at - gt)).toString('latin1') === 'From '
  ) {
    let lineEnd = buf.indexOf(LF, at);
    if (lineEnd < 0 || lineEnd >= end) lineEnd = end;
    envelope = Buffer.from(buf.buffer, buf.byteOffset + at, lineEnd - at)
      .toString('latin1')
      .replace(/\r$/, '');
    at = Math.min(lineEnd + 1, end);
    start = at;
  }
  let headerEnd = end;
  let bodyStart = end;
  let seenHeader = false;
  while (at < end) {
    let lineEnd = buf.indexOf(LF, at);
    if (lineEnd < 0 || lineEnd >= end) lineEnd = end;
    const next = lineEnd < end ? lineEnd + 1 : end;
    if (lineEnd === at || (lineEnd === at + 1 && buf[at] === CR)) {
      headerEnd = at;
      bodyStart = next;
      break;
    }
    const first = buf[at];
    const continuation = seenHeader && (first === 0x20 || first === 0x09);
    if (!continuation && !looksLikeHeader(buf, at, lineEnd)) {
      // No empty line: the body starts at the first line that is neither a header nor a fold (a lenient reading).
      headerEnd = at;
      bodyStart = at;
      break;
    }
    seenHeader = true;
    at = next;
  }
  if (at >= end) headerEnd = bodyStart = end;
  const raw = buf.subarray(start, headerEnd);
  let decoded = decodeHeaderBytes(raw, undefined);
  if (decoded.charset && decoded.charset !== 'utf-8') {
    // Neither ASCII nor UTF-8: a charset declared in Content-Type is the next best guess.
    const declared = /^content-type:[^\n]*?charset\s*=\s*"?([\w.:-]+)/im.exec(Buffer.from(raw).toString('latin1'))?.[1];
    decoded = decodeHeaderBytes(raw, declared);
  }
  const { headers, index } = splitHeaders(decoded.text);
  return { headers, index, bodyStart, charset: decoded.charset, ...(envelope === undefined ? {} : { envelope }) };
}

function splitHeaders(text: string): { headers: RawHeader[]; index: HeaderIndex } {
  const headers: RawHeader[] = [];
  const index: HeaderIndex = new Map();
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const rawLine of lines) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const last = headers[headers.length - 1];
    if (last && (line.startsWith(' ') || line.startsWith('\t'))) {
      last.value += `\n${line}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    let valueStart = colon + 1;
    while (line.charCodeAt(valueStart) === 0x20 || line.charCodeAt(valueStart) === 0x09) valueStart++;
    const header = { name: line.slice(0, colon).trimEnd(), value: line.slice(valueStart) };
    headers.push(header);
    const lower = header.name.toLowerCase();
    const list = index.get(lower);
    if (list) list.push(header);
    else index.set(lower, [header]);
  }
  return { headers, index };
}

/** Unfolds a header value (deletes the line breaks, keeps the blanks) and trims it. */
export function unfold(value: string): string {
  return (value.includes('\n') ? value.replace(/\r?\n/g, '') : value).trim();
}

/** The first header with this (lower-case) name, unfolded. */
export function headerValue(index: HeaderIndex, lowerName: string): string | undefined {
  const first = index.get(lowerName)?.[0];
  return first === undefined ? undefined : unfold(first.value);
}

export function headerValues(index: HeaderIndex, lowerName: string): string[] {
  return index.get(lowerName)?.map((header) => unfold(header.value)) ?? [];
}

/** An unstructured header (Subject …) with RFC 2047 encoded words decoded. */
export function decodeUnstructured(value: string): string {
  return value.includes('=?') ? decodeWords(value) : value;
}

export interface Structured {
  /** The lower-cased main value (`multipart/mixed`, `attachment`). */
  value: string;
  /** Lower-cased parameter names; RFC 2231 continuations and charsets resolved; the first of duplicates wins. */
  params: Record<string, string>;
}

/** Splits on `;` outside quoted strings, dropping comments outside them (`multipart/mixed;;` is tolerated). */
function splitParams(text: string): string[] {
  if (!text.includes('"') && !text.includes('(')) return text.split(';');
  const segments: string[] = [];
  let current = '';
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      current += c;
      if (c === '\\' && i + 1 < text.length) current += text[++i];
      else if (c === '"') quoted = false;
    } else if (depth > 0) {
      if (c === '(') depth++;
      else if (c === ')') depth--;
    } else if (c === '"') {
      quoted = true;
      current += c;
    } else if (c === '(' && /(^|[\s;=])$/.test(current.slice(-1) || ' ')) {
      depth = 1;
    } else if (c === ';') {
      segments.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  segments.push(current);
  return segments;
}

function unquote(text: string): string {
  const value = text.trim();
  if (value.startsWith('"')) {
    const close = value.lastIndexOf('"');
    return value.slice(1, close > 0 ? close : undefined).replace(/\\(.)/g, '$1');
  }
  return value;
}

function percentBytes(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '%' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      for (const byte of Buffer.from(text[i]!, 'utf8')) bytes.push(byte);
    }
  }
  return bytes;
}

/** Parses `type/subtype; name=value; name*=utf-8''%D0%A4; name*0=…` (RFC 2045, RFC 2231). */
export function parseStructured(text: string): Structured {
  const [head = '', ...rest] = splitParams(text);
  const params: Record<string, string> = {};
  const extended = new Map<string, Array<{ index: number; encoded: boolean; value: string }>>();
  for (const segment of rest) {
    const eq = segment.indexOf('=');
    if (eq < 0) continue;
    const name = segment.slice(0, eq).trim().toLowerCase();
    const value = unquote(segment.slice(eq + 1));
    const star = /^([^*]+)\*(\d{1,3})?(\*)?$/.exec(name);
    if (star) {
      const base = star[1]!;
      const index = star[2] === undefined ? 0 : Number(star[2]);
      const encoded = star[2] === undefined || star[3] === '*';
      const list = extended.get(base) ?? [];
      if (!list.some((s) => s.index === index)) list.push({ index, encoded, value });
      extended.set(base, list);
    } else if (!Object.prototype.hasOwnProperty.call(params, name)) {
      params[name] = value;
    }
  }
  for (const [base, sections] of extended) {
    sections.sort((a, b) => a.index - b.index);
    let charset = 'utf-8';
    const bytes: number[] = [];
    for (const section of sections) {
      let value = section.value;
      if (section.encoded && section.index === 0) {
        const match = /^([^']*)'[^']*'(.*)$/s.exec(value);
        if (match) {
          charset = match[1] || charset;
          value = match[2]!;
        }
      }
      for (const byte of section.encoded ? percentBytes(value) : Buffer.from(value, 'utf8')) bytes.push(byte);
    }
    const decoder = decoderFor(charset.toLowerCase(), false) ?? decoderFor('utf-8', false)!;
    // An RFC 2231 value outranks a plain one of the same name (it is the one meant for capable readers).
    params[base] = decoder.decode(Uint8Array.from(bytes));
  }
  for (const key of ['name', 'filename']) if (params[key]?.includes('=?')) params[key] = decodeWords(params[key]);
  return { value: head.trim().toLowerCase(), params };
}
