// Image containers by magic bytes, and pixel dimensions read from the container itself (JPEG SOF, PNG IHDR,
// WebP VP8/VP8L/VP8X), so they do not depend on EXIF tags that editors often leave stale.
import type { ParserInput, WarningKey } from '@tamga/core';

export type ImageFormat = 'jpeg' | 'tiff' | 'png' | 'webp' | 'heic';

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

export function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

export function imageFormat(head: Uint8Array): ImageFormat | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (
    head.length >= 4 &&
    ((ascii(head, 0, 2) === 'II' && head[2] === 0x2a && head[3] === 0) || (ascii(head, 0, 2) === 'MM' && head[2] === 0 && head[3] === 0x2a))
  ) {
    return 'tiff';
  }
  if (head.length >= 8 && head[0] === 0x89 && ascii(head, 1, 8) === 'PNG\r\n\u001a\n') return 'png';
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(head, 8, 12))) return 'heic';
  return null;
}

/** Where a TIFF's first IFD starts, as its header states (null when the header is incomplete). */
export function tiffIfd0Offset(head: Uint8Array): number | null {
  if (head.length < 8) return null;
  return new DataView(head.buffer, head.byteOffset, 8).getUint32(4, head[0] === 0x49);
}

export interface Dimensions {
  width: number;
  height: number;
  source: string;
}

function fromPng(head: Uint8Array): Dimensions | null {
  if (head.length < 24 || ascii(head, 12, 16) !== 'IHDR') return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20), source: 'png:IHDR' };
}

function fromWebp(head: Uint8Array): Dimensions | null {
  if (head.length < 30) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const chunk = ascii(head, 12, 16);
  const u24 = (at: number) => view.getUint16(at, true) | (view.getUint8(at + 2) << 16);
  if (chunk === 'VP8X') return { width: u24(24) + 1, height: u24(27) + 1, source: 'webp:VP8X' };
  if (chunk === 'VP8L' && head[20] === 0x2f) {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, source: 'webp:VP8L' };
  }
  if (chunk === 'VP8 ' && head[23] === 0x9d && head[24] === 0x01 && head[25] === 0x2a) {
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff, source: 'webp:VP8' };
  }
  return null;
}

/** A count of bytes as an examiner reads it: 12,345. */
export const grouped = (count: number): string => count.toLocaleString('en-US');

/** A warning as an image's checks give it: the English sentence and its kind (ParserOutput.warn). */
export interface ImageWarning {
  text: string;
  key: WarningKey;
}
/** A length as an examiner reads it: 1 byte, 12,345 bytes. */
export const byteCount = (count: number): string => (count === 1 ? '1 byte' : `${grouped(count)} bytes`);

/** The bytes [start, end) of the item, fewer when it ends sooner; a ranged read, never the whole file. */
export async function readRange(input: ParserInput, start: number, end: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of input.read({ start, end })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A JPEG marker segment with a length: where it starts, its marker code and length, and its first bytes. */
export interface JpegSegment {
  at: number;
  code: number;
  length: number;
  /** The marker, its length and the first bytes of its body: `headBytes` in all, fewer where the file ends. */
  head: Uint8Array;
}

/**
 * The JPEG's marker segments before its image data, their bodies skipped with ranged reads (at most 4,096 steps):
 * fill bytes and markers without a length are stepped over, and the walk ends at the scan or the end of image, at
 * bytes that are not a marker, or at a length too short to be one.
 */
export async function* jpegSegments(input: ParserInput, size: number, headBytes: number): AsyncGenerator<JpegSegment> {
  let at = 2;
  for (let steps = 0; steps < 4096 && at + 4 <= size; steps++) {
    const head = await readRange(input, at, Math.min(size, at + headBytes));
    if (head.length < 4 || head[0] !== 0xff) return;
    const code = head[1]!;
    if (code === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (code === 0x01 || (code >= 0xd0 && code <= 0xd8)) {
      at += 2; // markers without a length
      continue;
    }
    if (code === 0xda || code === 0xd9) return; // image data
    const length = (head[2]! << 8) | head[3]!;
    if (length < 2) return;
    yield { at, code, length, head };
    at += 2 + length;
  }
}

/** The frame header's dimensions, from the segments before the image data. */
async function fromJpeg(input: ParserInput, size: number): Promise<Dimensions | null> {
  for await (const { code, head } of jpegSegments(input, size, 9)) {
    const isFrame = code >= 0xc0 && code <= 0xcf && code !== 0xc4 && code !== 0xc8 && code !== 0xcc;
    if (isFrame && head.length >= 9) {
      return { width: (head[7]! << 8) | head[8]!, height: (head[5]! << 8) | head[6]!, source: `jpeg:SOF${(code & 0x0f).toString(16)}` };
    }
  }
  return null;
}

export async function containerDimensions(format: ImageFormat, input: ParserInput): Promise<Dimensions | null> {
  if (format === 'png') return fromPng(input.head);
  if (format === 'webp') return fromWebp(input.head);
  if (format === 'jpeg') return fromJpeg(input, input.item.size);
  return null; // TIFF and HEIF: taken from the metadata
}

/** WebP keeps EXIF in a RIFF chunk `EXIF` holding a TIFF block (some writers prefix `Exif\0\0`); exifr does not read WebP. */
export async function webpExifBlock(input: ParserInput, maxBytes: number): Promise<Uint8Array | null> {
  const size = input.item.size;
  let at = 12;
  for (let steps = 0; steps < 1024 && at + 8 <= size; steps++) {
    const header = await readRange(input, at, at + 8);
    if (header.length < 8) return null;
    const length = new DataView(header.buffer, header.byteOffset, 8).getUint32(4, true);
    if (ascii(header, 0, 4) === 'EXIF') {
      if (length > maxBytes || at + 8 + length > size) return null;
      const payload = await readRange(input, at + 8, at + 8 + length);
      return ascii(payload, 0, 6) === 'Exif\u0000\u0000' ? payload.subarray(6) : payload;
    }
    at += 8 + length + (length & 1); // chunks are padded to an even length
  }
  return null;
}

/** What a complete file ends with: JPEG's end-of-image marker, PNG's IEND chunk (length 0, type, CRC). */
const END_MARKERS: Partial<Record<ImageFormat, { bytes: number[]; name: string }>> = {
  jpeg: { bytes: [0xff, 0xd9], name: 'the JPEG does not end with its end-of-image marker (FF D9)' },
  png: { bytes: [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82], name: 'the PNG does not end with its IEND chunk' },
};
/** Zero or 0xFF bytes after the end marker are padding some cameras and writers add. */
const isPadding = (byte: number) => byte === 0x00 || byte === 0xff;

/** Where the bytes end once trailing padding is left off. */
export function endBeforePadding(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && isPadding(bytes[end - 1]!)) end--;
  return end;
}

const TAIL_BLOCK = 64 * 1024;
const TAIL_BLOCK_MAX = 1024 ** 2;

/** The last `count` bytes before any trailing padding, read backwards in ranged blocks (never the whole file at once). */
async function lastBytesBeforePadding(input: ParserInput, count: number): Promise<Uint8Array> {
  let end = input.item.size;
  for (let block = TAIL_BLOCK; end > 0; block = Math.min(block * 2, TAIL_BLOCK_MAX)) {
    input.signal.throwIfAborted();
    const start = Math.max(0, end - block);
    const bytes = await readRange(input, start, end);
    const stop = endBeforePadding(bytes);
    if (stop > 0) {
      const from = start + stop - count;
      return from >= start ? bytes.subarray(stop - count, stop) : readRange(input, Math.max(0, from), start + stop);
    }
    end = start;
  }
  return new Uint8Array(0);
}

/**
 * A warning when a JPEG or PNG does not end with its end marker (trailing padding allowed): the file may be cut
 * short, or have other data after the image. Null when it does, and for formats without an end marker.
 */
export async function missingEndMarker(format: ImageFormat, input: ParserInput): Promise<ImageWarning | null> {
  const marker = END_MARKERS[format];
  if (!marker) return null;
  const last = await lastBytesBeforePadding(input, marker.bytes.length);
  if (last.length === marker.bytes.length && marker.bytes.every((byte, i) => last[i] === byte)) return null;
  return {
    text: `${marker.name}: the file may be incomplete (truncated), or other data follows the image; the metadata read from its start stands`,
    key: { code: format === 'png' ? 'image.png_no_iend' : 'image.jpeg_no_eoi' },
  };
}
