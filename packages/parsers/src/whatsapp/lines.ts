// Splits a byte stream into lines (LF, CRLF or CR) without holding the file, keeping each line's byte offset
// and length so artefacts can point back at the exact bytes. A leading UTF-8 BOM is dropped.
import { ParseError } from '@tamga/core';

export interface Line {
  text: string;
  /** 1-based. */
  number: number;
  /** Byte offset of the line's first byte (after a BOM) and its length without the terminator. */
  offset: number;
  length: number;
}

/** A WhatsApp message is at most 65 536 characters; a longer "line" means this is not a chat export. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

export async function* splitLines(chunks: AsyncIterable<Uint8Array>, signal?: AbortSignal): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8');
  let parts: Uint8Array[] = [];
  let pending = 0;
  let base = 0; // offset of the current chunk in the stream
  let lineStart = 0;
  let number = 0;
  let afterCR = false;
  let first = true;

  const take = (): Line => {
    let bytes = parts.length === 1 ? parts[0]! : concat(parts, pending);
    let offset = lineStart;
    if (first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      bytes = bytes.subarray(3);
      offset += 3;
    }
    first = false;
    parts = [];
    pending = 0;
    return { text: decoder.decode(bytes), number: ++number, offset, length: bytes.length };
  };
  const add = (part: Uint8Array) => {
    if (part.length === 0) return;
    parts.push(part);
    pending += part.length;
    if (pending > MAX_LINE_BYTES)
      throw new ParseError(`line ${number + 1} is longer than ${MAX_LINE_BYTES} bytes: this is not a chat export`);
  };

  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (afterCR) {
        afterCR = false;
        if (byte === 0x0a) {
          // The LF of a CRLF split across two chunks.
          start = i + 1;
          lineStart = base + i + 1;
          continue;
        }
      }
      if (byte === 0x0a || byte === 0x0d) {
        add(chunk.subarray(start, i));
        yield take();
        if (byte === 0x0d && chunk[i + 1] === 0x0a) i++;
        else if (byte === 0x0d && i + 1 === chunk.length) afterCR = true;
        start = i + 1;
        lineStart = base + i + 1;
      }
    }
    add(chunk.subarray(start));
    base += chunk.length;
  }
  if (pending > 0) yield take();
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
