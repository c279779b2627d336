// Splits an mbox stream into messages (FORMATS.md §4.2, RFC 4155 and de-facto variants), chunk by chunk, holding
// one message at a time. Offsets follow MimeKit's convention: a message ends before the line break of the next marker.
import type { ParserOutput } from '@tamga/core';
import { ByteWindow } from './byte-window';
import { looksLikeHeader } from './headers';

export interface MboxMessage {
  /** 1-based position in the file. */
  index: number;
  /** Offset of the `From ` line. */
  markerOffset: number;
  /** The `From ` line as written (latin1), without its line break. */
  separator: string;
  /** First header byte (after the marker line). */
  beginOffset: number;
  /** End of the message: before the line break that precedes the next marker, or EOF. */
  endOffset: number;
  /** The bytes [beginOffset, endOffset): a view valid only until the generator resumes. */
  bytes: Buffer;
  /** The message's Content-Length header when it has a numeric one. */
  contentLength: number | null;
  /** How the end was decided: a verified Content-Length, the next plausible `From ` line, EOF, or strict RFC 4155. */
  split: 'content-length' | 'heuristic' | 'eof' | 'strict';
  /** Why a Content-Length was not trusted. */
  contentLengthIgnored?: string;
}

export interface SplitOptions {
  /** Strict RFC 4155: every line starting `From ` separates messages; Content-Length is not consulted. */
  strict?: boolean;
  /** The stream's total size, to reject a Content-Length pointing past the end without reading that far. */
  size?: number;
  onWarning?: ParserOutput['warn'];
}

const LF = 0x0a;
const CR = 0x0d;
const FROM = Buffer.from('From ', 'latin1');
const NL_FROM = Buffer.from('\nFrom ', 'latin1');
const CONTENT_LENGTH = /^content-length[ \t]*:[ \t]*(\d{1,15})[ \t]*\r?$/i;

export async function* splitMbox(source: AsyncIterable<Uint8Array>, options: SplitOptions = {}): AsyncGenerator<MboxMessage> {
  const strict = options.strict ?? false;
  const win = new ByteWindow();
  const iterator = source[Symbol.asyncIterator]();
  const more = async (): Promise<boolean> => {
    if (win.eof) return false;
    const next = await iterator.next();
    if (next.done) {
      win.eof = true;
      return false;
    }
    win.append(next.value);
    return true;
  };
  // Most calls find their bytes already held: the helpers answer those without a promise (an await each cost a
  // tenth of the split's time), and only the rare call that must read on returns one.
  /** Reads until `offset` is held; false at EOF before it. */
  const ensure = (offset: number): boolean | Promise<boolean> => (win.end > offset ? true : ensureSlow(offset));
  const ensureSlow = async (offset: number): Promise<boolean> => {
    while (win.end <= offset) if (!(await more())) return false;
    return true;
  };
  /** The LF ending the line at `from`, or the stream's end. */
  const lineEnd = (from: number): number | Promise<number> => {
    const lf = win.indexOf(LF, from);
    return lf >= 0 ? lf : lineEndSlow(from);
  };
  const lineEndSlow = async (from: number): Promise<number> => {
    let searched = from;
    for (;;) {
      const lf = win.indexOf(LF, searched);
      if (lf >= 0) return lf;
      searched = win.end;
      if (!(await more())) return win.end;
    }
  };
  /** A `From ` line at a line start is a separator when the next line looks like a header (§4.2 step 4). */
  const isCandidate = (at: number): boolean | Promise<boolean> => {
    if (win.end < at + FROM.length) return isCandidateSlow(at);
    if (!win.startsWith(at, FROM)) return false;
    if (strict) return true;
    const end = win.indexOf(LF, at);
    const nextEnd = end < 0 ? -1 : win.indexOf(LF, end + 1);
    return nextEnd < 0 ? isCandidateSlow(at) : looksLikeHeader(win.view(end + 1, nextEnd), 0, nextEnd - end - 1);
  };
  const isCandidateSlow = async (at: number): Promise<boolean> => {
    await ensure(at + FROM.length);
    if (!win.startsWith(at, FROM)) return false;
    if (strict) return true;
    const end = await lineEnd(at);
    if (end >= win.end) return false;
    const nextEnd = await lineEnd(end + 1);
    return looksLikeHeader(win.view(end + 1, nextEnd), 0, nextEnd - end - 1);
  };
  /** The first separator at or after `from` (which must follow a line break), or -1 at EOF. */
  const findCandidate = (from: number): number | Promise<number> => {
    let searchFrom = Math.max(from - 1, win.start);
    for (;;) {
      const hit = win.indexOf(NL_FROM, searchFrom);
      if (hit < 0) return findCandidateSlow(from, searchFrom);
      if (hit + 1 >= from) {
        const candidate = isCandidate(hit + 1);
        if (candidate === true) return hit + 1;
        if (candidate !== false) return findCandidateSlow(from, searchFrom);
      }
      searchFrom = hit + 1;
    }
  };
  const findCandidateSlow = async (from: number, searchFrom: number): Promise<number> => {
    for (;;) {
      const hit = win.indexOf(NL_FROM, searchFrom);
      if (hit < 0) {
        searchFrom = Math.max(searchFrom, win.end - NL_FROM.length);
        if (!(await more())) return -1;
        continue;
      }
      if (hit + 1 >= from && (await isCandidate(hit + 1))) return hit + 1;
      searchFrom = hit + 1;
    }
  };

  await ensure(3);
  let marker = win.at(0) === 0xef && win.at(1) === 0xbb && win.at(2) === 0xbf ? 3 : 0;
  await ensure(marker + FROM.length);
  if (!win.startsWith(marker, FROM)) {
    const first = await findCandidate(marker);
    if (first >= 0)
      options.onWarning?.(`${first - marker} bytes before the first "From " line were skipped`, {
        code: 'mbox.bytes_before_first_message',
        params: { bytes: first - marker },
      });
    marker = first;
  }

  for (let index = 1; marker >= 0; index++) {
    let separatorEnd = lineEnd(marker);
    if (typeof separatorEnd !== 'number') separatorEnd = await separatorEnd;
    const separator = win.view(marker, separatorEnd).toString('latin1').replace(/\r$/, '');
    const begin = Math.min(separatorEnd + 1, win.end);
    let headersEnd: number;
    let next = -1;
    let contentLength: number | null = null;
    let split: MboxMessage['split'] | null = null;
    let contentLengthIgnored: string | undefined;
    /** Where a trusted Content-Length ends the last message, before the file's final line break. */
    let lengthEnd = -1;

    // Headers: up to the empty line; a separator here ends a message that has no body.
    for (let cur = begin; ;) {
      let held = ensure(cur);
      if (held !== true) held = await held;
      if (!held) {
        headersEnd = win.end;
        break;
      }
      let end = lineEnd(cur);
      if (typeof end !== 'number') end = await end;
      const length = end - cur - (win.at(end - 1) === CR && end > cur ? 1 : 0);
      if (length === 0) {
        headersEnd = Math.min(end + 1, win.end);
        break;
      }
      if (win.at(cur) === 0x46) {
        let candidate = isCandidate(cur);
        if (typeof candidate !== 'boolean') candidate = await candidate;
        if (candidate) {
          headersEnd = next = cur;
          split = strict ? 'strict' : 'heuristic';
          break;
        }
      }
      // `Content-Length` is told from `Content-Type` by its ninth byte before any string is made.
      if (contentLength === null && length < 64 && (win.at(cur) | 0x20) === 0x63 && (win.at(cur + 8) | 0x20) === 0x6c) {
        const match = CONTENT_LENGTH.exec(win.view(cur, end).toString('latin1'));
        if (match) contentLength = Number(match[1]);
      }
      cur = end + 1;
    }

    if (split === null && !strict && contentLength !== null) {
      const expected = headersEnd + contentLength;
      if (options.size !== undefined && expected > options.size) {
        contentLengthIgnored = 'it points past the end of the file';
      } else {
        await ensure(expected + NL_FROM.length + 1);
        if (expected === win.end && win.eof) {
          split = 'content-length';
        } else {
          let p = expected;
          if (win.at(p) === CR && win.at(p + 1) === LF) p += 2;
          else if (win.at(p) === LF) p += 1;
          if (win.startsWith(p, FROM) && (p === 0 || win.at(p - 1) === LF)) {
            next = p;
            split = 'content-length';
          } else if (p === win.end && win.eof) {
            // The last message, and the file ends with the optional line break after it.
            split = 'content-length';
            lengthEnd = expected;
          } else {
            contentLengthIgnored = 'the bytes after it are not a "From " line';
          }
        }
      }
    }
    if (split === null) {
      const found = findCandidate(headersEnd);
      next = typeof found === 'number' ? found : await found;
      split = strict ? 'strict' : next >= 0 ? 'heuristic' : 'eof';
    }
    if (next < 0) while (await more());

    let endOffset = next >= 0 ? next : lengthEnd >= 0 ? lengthEnd : win.end;
    if (next >= 0 && win.at(endOffset - 1) === LF) endOffset--;
    if (next >= 0 && win.at(endOffset - 1) === CR) endOffset--;
    endOffset = Math.max(endOffset, begin);
    yield {
      index,
      markerOffset: marker,
      separator,
      beginOffset: begin,
      endOffset,
      bytes: win.view(begin, endOffset),
      contentLength,
      split,
      ...(contentLengthIgnored ? { contentLengthIgnored } : {}),
    };
    win.release(next >= 0 ? next : win.end);
    marker = next;
  }
}
