// exifr reads the Exif, GPS and IFD1 blocks of a TIFF block as far as the bytes go and stops without a word (it
// complains about IFD0 only), so a file cut inside them loses its capture time or its position silently. Each of
// these blocks' offset, entry table and out-of-line values is checked here against the bytes there are: the TIFF
// file itself, or the EXIF segment of a JPEG as far as it and the file go.
import type { MessageParams, ParserInput } from '@tamga/core';
import { tagName } from './exifr-read';
import { ascii, byteCount, grouped, jpegSegments, readRange, type ImageFormat, type ImageWarning } from './image-format';

/** Bytes per value of each TIFF field type (TIFF 6.0 §2; 13 is an IFD offset). */
const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };
/** Entries of one IFD looked at, at most: cameras write a few dozen. */
const MAX_ENTRIES = 4096;
const SHORT = 3;
const TAG_EXIF_IFD = 0x8769;
const TAG_GPS_IFD = 0x8825;
const TAG_THUMBNAIL_OFFSET = 0x0201;
const TAG_THUMBNAIL_LENGTH = 0x0202;

/**
 * What is lost when each block is cut, in an examiner's words: `lost` when the block or one of its `key` tags is cut,
 * otherwise the cut tag is named. `names` is exifr's block, for tag names.
 */
const BLOCKS = {
  exif: {
    names: 'exif',
    label: 'Exif block',
    lost: 'the capture time and camera settings may be missing',
    // DateTimeOriginal, CreateDate, their offsets and sub-seconds
    key: new Set([0x9003, 0x9004, 0x9010, 0x9011, 0x9012, 0x9291, 0x9292]),
  },
  // the latitude, the longitude and their hemispheres
  gps: { names: 'gps', label: 'GPS block', lost: 'the position may be missing', key: new Set([1, 2, 3, 4]) },
  ifd1: { names: 'ifd1', label: 'Thumbnail block (IFD1)', lost: 'the embedded thumbnail may be missing', key: null },
} as const;

/** The bytes of a TIFF block, offsets counted from its header, as far as they go. */
interface TiffBytes {
  length: number;
  read(start: number, end: number): Promise<Uint8Array>;
  /** The end of those bytes in a warning: "the file's 1,000 bytes". */
  end: string;
  /** An offset in a warning. */
  offset(at: number): string;
  /** What those bytes are, for an interface's words: the file, a JPEG's EXIF segment, or as much of it as the file holds. */
  kind: 'file' | 'exif_segment' | 'exif_data';
}

interface Entry {
  tag: number;
  type: number;
  count: number;
  /** The value field read as one number: an offset, or an inline LONG or SHORT. */
  value: number;
}

/** Where a block is cut, in words and as the values an interface words it from (`cut` names which of the phrases). */
interface Cut {
  where: string;
  params: MessageParams;
}

type Ifd = { entries: Entry[]; next: number | null } | { cut: Cut };

async function readIfd(bytes: TiffBytes, at: number, littleEndian: boolean): Promise<Ifd> {
  const place = { at, end: bytes.kind, size: bytes.length };
  if (at + 2 > bytes.length) {
    return { cut: { where: `it begins at ${bytes.offset(at)}, past the end of ${bytes.end}`, params: { cut: 'start', ...place } } };
  }
  const countBytes = await bytes.read(at, at + 2);
  const count = new DataView(countBytes.buffer, countBytes.byteOffset, 2).getUint16(0, littleEndian);
  if (at + 2 + count * 12 > bytes.length) {
    const entries = count === 1 ? 'its one entry, at' : `its ${grouped(count)} entries, from`;
    const where = `${entries} ${bytes.offset(at)}, ${count === 1 ? 'runs' : 'run'} past the end of ${bytes.end}`;
    return { cut: { where, params: count === 1 ? { cut: 'entry', ...place } : { cut: 'entries', entries: count, ...place } } };
  }
  const shown = Math.min(count, MAX_ENTRIES);
  const table = await bytes.read(at + 2, at + 2 + shown * 12 + 4);
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const entries: Entry[] = [];
  for (let i = 0; i < shown; i++) {
    const type = view.getUint16(i * 12 + 2, littleEndian);
    entries.push({
      tag: view.getUint16(i * 12, littleEndian),
      type,
      count: view.getUint32(i * 12 + 4, littleEndian),
      value: type === SHORT ? view.getUint16(i * 12 + 8, littleEndian) : view.getUint32(i * 12 + 8, littleEndian),
    });
  }
  const next = shown === count && table.length >= shown * 12 + 4 ? view.getUint32(shown * 12, littleEndian) : null;
  return { entries, next };
}

/** Where a block is cut short, in words, and the tag whose value is cut; null when all of it is there. */
async function blockCut(bytes: TiffBytes, at: number, littleEndian: boolean, names: string): Promise<(Cut & { tag?: number }) | null> {
  const ifd = await readIfd(bytes, at, littleEndian);
  if ('cut' in ifd) return ifd.cut;
  const place = (offset: number) => ({ at: offset, end: bytes.kind, size: bytes.length });
  // Entries are sorted by tag, and writers lay the values out in that order: the first one cut is where the cut is.
  for (const entry of ifd.entries) {
    const size = (TYPE_SIZE[entry.type] ?? 0) * entry.count;
    if (size > 4 && entry.value + size > bytes.length) {
      const tag = tagName(names, entry.tag);
      const where = `the value of ${tag}, ${byteCount(size)} at ${bytes.offset(entry.value)}, runs past the end of ${bytes.end}`;
      return { where, tag: entry.tag, params: { cut: 'value', tag, length: size, ...place(entry.value) } };
    }
  }
  const thumbnail = ifd.entries.find((e) => e.tag === TAG_THUMBNAIL_OFFSET)?.value;
  const thumbnailLength = ifd.entries.find((e) => e.tag === TAG_THUMBNAIL_LENGTH)?.value;
  if (names === 'ifd1' && thumbnail && thumbnailLength && thumbnail + thumbnailLength > bytes.length) {
    return {
      where: `the thumbnail image, ${byteCount(thumbnailLength)} at ${bytes.offset(thumbnail)}, runs past the end of ${bytes.end}`,
      params: { cut: 'thumbnail', length: thumbnailLength, ...place(thumbnail) },
    };
  }
  return null;
}

/** The TIFF block of a JPEG's first APP1 Exif segment (the one exifr reads), as far as the segment and the file go. */
async function jpegTiffBytes(input: ParserInput): Promise<TiffBytes | null> {
  const size = input.item.size;
  // No EXIF segment before the image data: none.
  for await (const { at, code, length, head } of jpegSegments(input, size, 10)) {
    if (code === 0xe1 && head.length >= 10 && ascii(head, 4, 10) === 'Exif\u0000\u0000') {
      const start = at + 10;
      const segmentEnd = at + 2 + length;
      const block = await readRange(input, start, Math.min(segmentEnd, size));
      const cutByFile = segmentEnd > size;
      return {
        length: block.length,
        read: async (from, to) => block.subarray(from, Math.min(to, block.length)),
        end: cutByFile
          ? `the ${grouped(block.length)} bytes of EXIF data before the file ends`
          : `its EXIF segment's ${grouped(block.length)} bytes`,
        offset: (offset) => `offset ${grouped(offset)} of the EXIF data`,
        kind: cutByFile ? 'exif_data' : 'exif_segment',
      };
    }
  }
  return null;
}

function tiffFileBytes(input: ParserInput): TiffBytes {
  const size = input.item.size;
  return {
    length: size,
    read: (from, to) => readRange(input, from, Math.min(to, size)),
    end: `the file's ${grouped(size)} bytes`,
    offset: (offset) => `offset ${grouped(offset)}`,
    kind: 'file',
  };
}

/**
 * Warnings for the Exif, GPS and IFD1 blocks of a TIFF file or a JPEG's EXIF segment that begin, or whose entries or
 * values run, past the end of the bytes there are. IFD0 itself is left to exifr, which says when it is cut.
 */
export async function exifBlockCuts(format: ImageFormat, input: ParserInput): Promise<ImageWarning[]> {
  const bytes = format === 'tiff' ? tiffFileBytes(input) : format === 'jpeg' ? await jpegTiffBytes(input) : null;
  if (!bytes || bytes.length < 8) return [];
  const header = await bytes.read(0, 8);
  const order = ascii(header, 0, 4);
  if (order !== 'II*\u0000' && order !== 'MM\u0000*') return [];
  const littleEndian = order.startsWith('II');
  const ifd0 = await readIfd(bytes, new DataView(header.buffer, header.byteOffset, 8).getUint32(4, littleEndian), littleEndian);
  if ('cut' in ifd0) return [];
  const pointer = (tag: number) => ifd0.entries.find((e) => e.tag === tag && (e.type === 4 || e.type === 13) && e.count >= 1)?.value;
  const blocks: Array<[keyof typeof BLOCKS, number | null | undefined]> = [
    ['exif', pointer(TAG_EXIF_IFD)],
    ['gps', pointer(TAG_GPS_IFD)],
    ['ifd1', ifd0.next],
  ];
  const warnings: ImageWarning[] = [];
  for (const [key, at] of blocks) {
    // 0 is "no such block"; below 8 is inside the header, a damaged pointer rather than a cut.
    if (!at || at < 8) continue;
    input.signal.throwIfAborted();
    const block = BLOCKS[key];
    const cut = await blockCut(bytes, at, littleEndian, block.names);
    if (!cut) continue;
    // A tag other than the block's key ones (a MakerNote) is named as what may be lost: the capture time was read.
    const keyLost = cut.tag === undefined || !block.key || block.key.has(cut.tag);
    const lost = keyLost ? block.lost : `${tagName(block.names, cut.tag!)} may be missing or incomplete`;
    warnings.push({
      text: `${block.label} cut short: ${lost} (${cut.where}; the file may be truncated or damaged)`,
      key: { code: keyLost ? `image.${key}_block_cut` : `image.${key}_tag_cut`, params: cut.params },
    });
  }
  return warnings;
}
