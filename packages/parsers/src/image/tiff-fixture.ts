// Test support: builds small little-endian TIFF blocks (IFD0, Exif IFD, GPS IFD) for EXIF edge cases that
// the real samples do not cover, and wraps them as TIFF, JPEG, PNG, WebP or HEIF files.
import { crc32 } from 'node:zlib';

type Entry =
  | { tag: number; ascii: string }
  | { tag: number; byte: number[] }
  | { tag: number; short: number[] }
  | { tag: number; long: number[] }
  | { tag: number; rational: Array<[number, number]> };

function payload(entry: Entry): { type: number; count: number; bytes: Buffer } {
  if ('ascii' in entry) {
    const bytes = Buffer.from(`${entry.ascii}\u0000`, 'utf8'); // writers often put UTF-8 in ASCII tags
    return { type: 2, count: bytes.length, bytes };
  }
  if ('byte' in entry) return { type: 1, count: entry.byte.length, bytes: Buffer.from(entry.byte) };
  if ('short' in entry) {
    const bytes = Buffer.alloc(entry.short.length * 2);
    entry.short.forEach((v, i) => bytes.writeUInt16LE(v, i * 2));
    return { type: 3, count: entry.short.length, bytes };
  }
  if ('long' in entry) {
    const bytes = Buffer.alloc(entry.long.length * 4);
    entry.long.forEach((v, i) => bytes.writeUInt32LE(v, i * 4));
    return { type: 4, count: entry.long.length, bytes };
  }
  const bytes = Buffer.alloc(entry.rational.length * 8);
  entry.rational.forEach(([n, d], i) => {
    bytes.writeUInt32LE(n, i * 8);
    bytes.writeUInt32LE(d, i * 8 + 4);
  });
  return { type: 5, count: entry.rational.length, bytes };
}

function ifdSize(entries: Entry[]): number {
  const data = entries.map(payload).reduce((sum, p) => sum + (p.bytes.length > 4 ? p.bytes.length + (p.bytes.length & 1) : 0), 0);
  return 2 + entries.length * 12 + 4 + data;
}

function writeIfd(entries: Entry[], start: number, next = 0): Buffer {
  const out = Buffer.alloc(ifdSize(entries));
  out.writeUInt16LE(entries.length, 0);
  out.writeUInt32LE(next, 2 + entries.length * 12);
  let data = 2 + entries.length * 12 + 4;
  [...entries]
    .sort((a, b) => a.tag - b.tag)
    .forEach((entry, i) => {
      const { type, count, bytes } = payload(entry);
      const at = 2 + i * 12;
      out.writeUInt16LE(entry.tag, at);
      out.writeUInt16LE(type, at + 2);
      out.writeUInt32LE(count, at + 4);
      if (bytes.length <= 4) bytes.copy(out, at + 8);
      else {
        out.writeUInt32LE(start + data, at + 8);
        bytes.copy(out, data);
        data += bytes.length + (bytes.length & 1);
      }
    });
  return out;
}

/**
 * A TIFF block: header, IFD0 (with pointers to the Exif and GPS IFDs when given), then those IFDs; `imageBytes`
 * of image data between the header and IFD0 put the IFDs at the file's end, as some writers do. `thumbnail`: an
 * IFD1 after them (IFD0's next IFD) pointing to those bytes, which follow it, as cameras write.
 */
export function tiffBlock(ifd0: Entry[], exif: Entry[] = [], gps: Entry[] | null = null, imageBytes = 0, thumbnail?: Buffer): Buffer {
  const pointers = (exifAt: number, gpsAt: number): Entry[] => [
    ...(exif.length > 0 ? [{ tag: 0x8769, long: [exifAt] }] : []),
    ...(gps ? [{ tag: 0x8825, long: [gpsAt] }] : []),
  ];
  const ifd0At = 8 + imageBytes;
  const ifd0Size = ifdSize([...ifd0, ...pointers(0, 0)]);
  const exifAt = ifd0At + ifd0Size;
  const gpsAt = exifAt + (exif.length > 0 ? ifdSize(exif) : 0);
  const ifd1At = gpsAt + (gps ? ifdSize(gps) : 0);
  const ifd1 = (at: number): Entry[] => [
    { tag: 0x0103, short: [6] }, // JPEG compression
    { tag: 0x0201, long: [at] },
    { tag: 0x0202, long: [thumbnail?.length ?? 0] },
  ];
  const thumbnailAt = ifd1At + ifdSize(ifd1(0));
  const header = Buffer.from([0x49, 0x49, 0x2a, 0, 0, 0, 0, 0]);
  header.writeUInt32LE(ifd0At, 4);
  return Buffer.concat([
    header,
    Buffer.alloc(imageBytes),
    writeIfd([...ifd0, ...pointers(exifAt, gpsAt)], ifd0At, thumbnail ? ifd1At : 0),
    exif.length > 0 ? writeIfd(exif, exifAt) : Buffer.alloc(0),
    gps ? writeIfd(gps, gpsAt) : Buffer.alloc(0),
    ...(thumbnail ? [writeIfd(ifd1(thumbnailAt), ifd1At), thumbnail] : []),
  ]);
}

/** SOI, APP1 Exif, a baseline SOF0 frame header with the size, EOI: enough for metadata readers. */
export function jpegWith(tiff: Buffer, width: number, height: number): Buffer {
  const app1 = Buffer.concat([Buffer.from('Exif\u0000\u0000', 'latin1'), tiff]);
  const app1Header = Buffer.from([0xff, 0xe1, 0, 0]);
  app1Header.writeUInt16BE(app1.length + 2, 2);
  const sof = Buffer.from([0xff, 0xc0, 0, 11, 8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app1Header, app1, sof, Buffer.from([0xff, 0xd9])]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A PNG with the EXIF block in an eXIf chunk, after `imageBytes` of IDAT when given (libpng allows either place). */
export function pngWith(tiff: Buffer, width: number, height: number, imageBytes = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...(imageBytes > 0 ? [pngChunk('IDAT', Buffer.alloc(imageBytes))] : []),
    pngChunk('eXIf', tiff),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A WebP with a VP8X header, `imageBytes` of image data in a VP8 chunk when given, and the EXIF block last. */
export function webpWith(tiff: Buffer, width: number, height: number, imageBytes = 0): Buffer {
  const riffChunk = (id: string, data: Buffer) => {
    const header = Buffer.alloc(8);
    header.write(id, 0, 'latin1');
    header.writeUInt32LE(data.length, 4);
    return Buffer.concat([header, data, Buffer.alloc(data.length & 1)]);
  };
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x08; // EXIF present
  vp8x.writeUIntLE(width - 1, 4, 3);
  vp8x.writeUIntLE(height - 1, 7, 3);
  const body = Buffer.concat([
    Buffer.from('WEBP', 'latin1'),
    riffChunk('VP8X', vp8x),
    ...(imageBytes > 0 ? [riffChunk('VP8 ', Buffer.alloc(imageBytes))] : []),
    riffChunk('EXIF', tiff),
  ]);
  const header = Buffer.alloc(8);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length, 4);
  return Buffer.concat([header, body]);
}

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(body.length + 8, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

const fullBox = (type: string, version: number, ...parts: Buffer[]) => box(type, Buffer.from([version, 0, 0, 0]), ...parts);
const u16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);
const u32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
};

/**
 * A HEIF (or AVIF) still image as phones write it: ftyp, then meta (hdlr, pitm, iinf, iloc) placing item 1 (the
 * coded image, `imageBytes` long) and item 2 (the Exif block behind its 4-byte offset and `Exif\0\0`) in the mdat
 * box that follows. With `inIdat`, item 1 is kept in an idat box inside meta instead, with no Exif item and no mdat.
 */
export function heifWith(tiff: Buffer, imageBytes: number, options: { brand?: 'heic' | 'avif'; inIdat?: boolean } = {}): Buffer {
  const brand = options.brand ?? 'heic';
  const ftyp = box('ftyp', Buffer.from(`${brand}\u0000\u0000\u0000\u0000mif1${brand}`, 'latin1'));
  const infe = (id: number, type: string) => fullBox('infe', 2, u16(id), u16(0), Buffer.from(`${type}\u0000`, 'latin1'));
  const items = (offsets: number[]) =>
    options.inIdat
      ? // construction method 1: offsets within idat
        [u16(1), u16(1), u16(1), u16(0), u16(1), u32(0), u32(imageBytes)]
      : [
          u16(2),
          ...[imageBytes, tiff.length + 10].flatMap((length, i) => [u16(i + 1), u16(0), u16(0), u16(1), u32(offsets[i]!), u32(length)]),
        ];
  const meta = (offsets: number[]) =>
    fullBox(
      'meta',
      0,
      fullBox('hdlr', 0, u32(0), Buffer.from('pict', 'latin1'), Buffer.alloc(13)),
      fullBox('pitm', 0, u16(1)),
      options.inIdat ? fullBox('iinf', 0, u16(1), infe(1, 'hvc1')) : fullBox('iinf', 0, u16(2), infe(1, 'hvc1'), infe(2, 'Exif')),
      // version 1: 4-byte offsets and lengths, no base offset, no extent index
      fullBox('iloc', 1, Buffer.from([0x44, 0x00]), ...items(offsets)),
      ...(options.inIdat ? [box('idat', Buffer.alloc(imageBytes, 0x11))] : []),
    );
  if (options.inIdat) return Buffer.concat([ftyp, meta([])]);
  const mdatData = ftyp.length + meta([0, 0]).length + 8;
  const exif = Buffer.concat([u32(6), Buffer.from('Exif\u0000\u0000', 'latin1'), tiff]);
  return Buffer.concat([ftyp, meta([mdatData, mdatData + imageBytes]), box('mdat', Buffer.alloc(imageBytes, 0x11), exif)]);
}
