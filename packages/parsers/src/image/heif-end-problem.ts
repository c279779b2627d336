// A HEIF, HEIC or AVIF file (ISO base media boxes) has no end marker: each box states its size, the images lie in
// an `mdat` box, and the `iloc` box inside `meta` says where each item's bytes are. A box that runs past the end of
// the file, an `mdat` that is not there, or an item whose bytes lie past the end means the file lost its end.
import type { MessageParams, ParserInput } from '@tamga/core';
import { ascii, byteCount, grouped, readRange, type ImageWarning } from './image-format';

/** Top-level boxes walked at most; each is one 16-byte ranged read. */
const MAX_BOXES = 4096;
/** An `iloc` box larger than this is not read (a grid of a few hundred tiles takes a few KiB). */
const MAX_ILOC = 4 * 1024 ** 2;

/** What each box holds, in words and by the name an interface words it from. */
const BOX_CONTENT: Record<string, [string, string]> = {
  ftyp: ['the file type', 'file_type'],
  meta: ['the metadata and item locations', 'metadata_item_locations'],
  mdat: ['the media data, which holds the images', 'media_data'],
  moov: ['the image sequence index', 'sequence_index'],
  idat: ['item data', 'item_data'],
  free: ['free space', 'free_space'],
  skip: ['free space', 'free_space'],
};

interface Box {
  type: string;
  at: number;
  headerSize: number;
  /** The size the box states; to the end of the file for size 0. */
  size: number;
}

/** A box that runs past the end of the file, in words and its values; a type that is not printable is not quoted. */
function boxCut(box: Box, past: number): Cut {
  const named = /^[\x20-\x7e]{4}$/.test(box.type);
  const content = BOX_CONTENT[box.type];
  const label = `${named ? `the ${box.type} box` : 'a box'} (${content ? `${content[0]}, ` : ''}${byteCount(box.size)} at offset ${grouped(box.at)})`;
  return {
    text: `${label} runs ${byteCount(past)} past the end of the file`,
    params: {
      part: named ? 'heif_box' : 'heif_box_unnamed',
      ...(named ? { name: box.type } : {}),
      content: content?.[1] ?? 'none',
      length: box.size,
      at: box.at,
      past,
    },
  };
}

/** Words and the values an interface words them from. */
interface Cut {
  text: string;
  params: MessageParams;
}

/** The box header at `at`: 'cut' when the bytes end inside it, null when it is malformed (a size below its header). */
async function boxAt(input: ParserInput, at: number, end: number): Promise<Box | 'cut' | null> {
  const bytes = await readRange(input, at, Math.min(end, at + 16));
  if (bytes.length < 8) return 'cut';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = ascii(bytes, 4, 8);
  const size32 = view.getUint32(0);
  if (size32 === 1) {
    if (bytes.length < 16) return 'cut';
    const size = view.getUint32(8) * 2 ** 32 + view.getUint32(12);
    return size < 16 ? null : { type, at, headerSize: 16, size };
  }
  if (size32 === 0) return { type, at, headerSize: 8, size: end - at };
  return size32 < 8 ? null : { type, at, headerSize: 8, size: size32 };
}

interface ItemLocations {
  /** Items whose bytes the iloc box places in this file (construction method 0, this file as the data reference). */
  inFile: number;
  /** Those items with an extent past the end of the file: their ids and how far past the end the farthest reaches. */
  pastEnd: number[];
  farthest: number;
}

/**
 * Reads an `iloc` box (ISO/IEC 14496-12 §8.11.3, versions 0 to 2): the items placed in this file and those whose
 * extents end past `size`. Null when the box is malformed or ends inside its own table.
 */
export function itemLocations(box: Uint8Array, headerSize: number, size: number): ItemLocations | null {
  const view = new DataView(box.buffer, box.byteOffset, box.byteLength);
  let at = headerSize;
  const need = (count: number) => at + count <= box.length;
  if (!need(6)) return null;
  const version = box[at]!;
  if (version > 2) return null;
  at += 4;
  const offsetSize = box[at]! >> 4;
  const lengthSize = box[at]! & 0x0f;
  const baseOffsetSize = box[at + 1]! >> 4;
  const indexSize = version >= 1 ? box[at + 1]! & 0x0f : 0;
  at += 2;
  if (![offsetSize, lengthSize, baseOffsetSize, indexSize].every((n) => n === 0 || n === 4 || n === 8)) return null;
  const uint = (bytes: number): number => {
    const value = bytes === 0 ? 0 : bytes === 4 ? view.getUint32(at) : view.getUint32(at) * 2 ** 32 + view.getUint32(at + 4);
    at += bytes;
    return value;
  };
  if (!need(version < 2 ? 2 : 4)) return null;
  const itemCount = version < 2 ? view.getUint16(at) : view.getUint32(at);
  at += version < 2 ? 2 : 4;
  const found: ItemLocations = { inFile: 0, pastEnd: [], farthest: 0 };
  for (let item = 0; item < itemCount; item++) {
    if (!need((version < 2 ? 2 : 4) + (version >= 1 ? 2 : 0) + 2 + baseOffsetSize + 2)) return null;
    const id = version < 2 ? view.getUint16(at) : view.getUint32(at);
    at += version < 2 ? 2 : 4;
    let method = 0;
    if (version >= 1) {
      method = view.getUint16(at) & 0x0f;
      at += 2;
    }
    const dataReference = view.getUint16(at);
    at += 2;
    const base = uint(baseOffsetSize);
    const extents = view.getUint16(at);
    at += 2;
    if (!need(extents * (indexSize + offsetSize + lengthSize))) return null;
    let beyond = 0;
    for (let extent = 0; extent < extents; extent++) {
      at += indexSize;
      const offset = uint(offsetSize);
      const length = uint(lengthSize);
      // Length 0 means "the rest of the file": it cannot run past the end.
      if (length > 0) beyond = Math.max(beyond, base + offset + length - size);
    }
    if (method !== 0 || dataReference !== 0 || extents === 0) continue;
    found.inFile++;
    if (beyond > 0) {
      found.pastEnd.push(id);
      found.farthest = Math.max(found.farthest, beyond);
    }
  }
  return found;
}

/** The `iloc` box inside `meta`, read whole when it is small enough; null when there is none to read. */
async function readItemLocations(input: ParserInput, meta: Box, size: number): Promise<ItemLocations | null> {
  const end = Math.min(size, meta.at + meta.size);
  let at = meta.at + meta.headerSize + 4; // meta is a full box: version and flags
  for (let steps = 0; steps < MAX_BOXES && at + 8 <= end; steps++) {
    const box = await boxAt(input, at, end);
    if (box === null || box === 'cut') return null;
    if (box.type === 'iloc') {
      if (box.size > MAX_ILOC) return null;
      return itemLocations(await readRange(input, at, Math.min(end, at + box.size)), box.headerSize, size);
    }
    at += box.size;
  }
  return null;
}

/** Items whose bytes lie past the end, in words and their values (`items`: the one item, one of several, several). */
function itemsPastEnd(items: ItemLocations): Cut {
  const ids = items.pastEnd.slice(0, 8).join(', ') + (items.pastEnd.length > 8 ? ', …' : '');
  const which = items.inFile === 1 ? 'the one item' : `${grouped(items.pastEnd.length)} of the ${grouped(items.inFile)} items`;
  return {
    text:
      `the bytes of ${which} its iloc box places in the file (images, tiles, thumbnails, metadata; ` +
      `${items.pastEnd.length === 1 ? 'item' : 'items'} ${ids}) lie past the file's end, by up to ${byteCount(items.farthest)}`,
    params: {
      items: items.inFile === 1 ? 'only' : items.pastEnd.length === 1 ? 'one' : 'some',
      lostItems: items.pastEnd.length,
      placedItems: items.inFile,
      ids,
      farthest: items.farthest,
    },
  };
}

/**
 * A warning when a HEIF/HEIC/AVIF file is cut short: a top-level box runs past the end of the file, the file has no
 * `mdat` although its items need one, or an item's bytes lie past the end. Null otherwise. Reads box headers and the
 * `iloc` box only, seeking over everything else.
 */
export async function heifEndProblem(input: ParserInput): Promise<ImageWarning | null> {
  const size = input.item.size;
  let cut: Cut | null = null;
  let meta: Box | null = null;
  let hasMdat = false;
  let lastType = '';
  let at = 0;
  for (let steps = 0; steps < MAX_BOXES && at < size; steps++) {
    if (steps % 256 === 0) input.signal.throwIfAborted();
    const box = await boxAt(input, at, size);
    if (box === 'cut') {
      // A few zero bytes after the last box are padding, not a box cut short.
      if ((await readRange(input, at, size)).some((byte) => byte !== 0)) {
        cut = {
          text: `the file ends ${byteCount(size - at)} into a box header at offset ${grouped(at)}`,
          params: { part: 'heif_box_header', headerBytes: size - at, at },
        };
      }
      break;
    }
    if (box === null) break; // a malformed size: not a question of where the file ends
    if (box.type === 'mdat') hasMdat = true;
    if (box.type === 'meta' && meta === null) meta = box;
    if (box.at + box.size > size) {
      cut = boxCut(box, box.at + box.size - size);
      break;
    }
    lastType = box.type;
    at += box.size;
  }
  const items = meta ? await readItemLocations(input, meta, size) : null;
  const lost = items && items.pastEnd.length > 0 ? itemsPastEnd(items) : null;
  const lostParams = lost ? lost.params : { items: 'none' };
  if (cut) {
    return {
      text: `${cut.text}: the file may be incomplete (truncated)${lost ? `; ${lost.text}` : ''}`,
      key: { code: 'image.heif_box_past_end', params: { ...cut.params, ...lostParams } },
    };
  }
  // Without iloc nothing says the file needs an mdat (its items may be in idat); without meta it has no images at all.
  const needsMdat = meta === null || (items !== null && items.inFile > 0);
  if (!hasMdat && needsMdat && lastType) {
    const named = /^[\x20-\x7e]{4}$/.test(lastType);
    return {
      text: `the file has no mdat box (the media data, which holds the images)${named ? ` after its ${lastType} box` : ''}: it may be incomplete (truncated)${lost ? `; ${lost.text}` : ''}`,
      key: { code: 'image.heif_no_mdat', params: { after: named ? 'box' : 'none', ...(named ? { name: lastType } : {}), ...lostParams } },
    };
  }
  return lost
    ? {
        text: `${lost.text}: the file may be incomplete (truncated) or damaged`,
        key: { code: 'image.heif_items_past_end', params: lost.params },
      }
    : null;
}
