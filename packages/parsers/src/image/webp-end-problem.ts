// A WebP has no end marker: its RIFF header states how long the file is, and each chunk how long it is. A file
// shorter than either has lost its end, and what the lost chunk held says what is missing.
import type { MessageParams, ParserInput } from '@tamga/core';
import { ascii, byteCount, grouped, readRange, type ImageWarning } from './image-format';

/** Chunks walked at most (an animation has one per frame); each is one 8-byte ranged read. */
const MAX_CHUNKS = 4096;

/** What each chunk holds, in words and by the name an interface words it from. */
const CHUNK_CONTENT: Record<string, [string, string]> = {
  'VP8 ': ['the image data', 'image_data'],
  VP8L: ['the image data', 'image_data'],
  VP8X: ['the extended header', 'extended_header'],
  ALPH: ['the transparency', 'transparency'],
  ANIM: ['the animation settings', 'animation_settings'],
  ANMF: ['an animation frame', 'animation_frame'],
  EXIF: ['the EXIF metadata, which was not read', 'exif_not_read'],
  'XMP ': ['the XMP metadata', 'xmp'],
  ICCP: ['the colour profile', 'colour_profile'],
};

/** A chunk cut short as an examiner reads it, and its values; a type that is not printable text is not quoted. */
function chunkCut(type: string, length: number, at: number, past: number): { text: string; params: MessageParams } {
  const named = /^[\x20-\x7e]{4}$/.test(type);
  const content = CHUNK_CONTENT[type];
  const label = `${named ? `the ${type.trim()} chunk` : 'a chunk'} (${content ? `${content[0]}, ` : ''}${byteCount(length)} at offset ${grouped(at)})`;
  return {
    text: `${label} runs ${byteCount(past)} past the end of the file`,
    params: {
      part: named ? 'webp_chunk' : 'webp_chunk_unnamed',
      ...(named ? { name: type.trim() } : {}),
      content: content?.[1] ?? 'none',
      length,
      at,
      past,
    },
  };
}

/**
 * A warning when a WebP ends before the end its RIFF header declares, or a chunk runs past the end of the file;
 * null when neither. Reads only the 8-byte header of each chunk, seeking over the bodies.
 */
export async function webpEndProblem(input: ParserInput): Promise<ImageWarning | null> {
  const size = input.item.size;
  const header = await readRange(input, 0, 12);
  if (header.length < 12) return null;
  const declaredEnd = 8 + new DataView(header.buffer, header.byteOffset, 12).getUint32(4, true);
  let cut: { text: string; params: MessageParams } | null = null;
  let last: { end: number; length: number } | null = null;
  let at = 12;
  for (let steps = 0; steps < MAX_CHUNKS && at + 8 <= Math.min(size, declaredEnd); steps++) {
    if (steps % 256 === 0) input.signal.throwIfAborted();
    const chunk = await readRange(input, at, at + 8);
    if (chunk.length < 8) break;
    const length = new DataView(chunk.buffer, chunk.byteOffset, 8).getUint32(4, true);
    const end = at + 8 + length;
    if (end > size) {
      cut = chunkCut(ascii(chunk, 0, 4), length, at, end - size);
      break;
    }
    last = { end, length };
    at = end + (length & 1); // chunks are padded to an even length
  }
  const short = declaredEnd - size;
  // Some writers leave off the pad byte after an odd-length last chunk yet count it in the RIFF size: nothing lost.
  const onlyPadMissing = short === 1 && cut === null && last !== null && last.end === size && (last.length & 1) === 1;
  if (short > 0 && !onlyPadMissing) {
    return {
      text: `the file ends ${byteCount(short)} before the end its RIFF header declares: it may be incomplete (truncated)${cut ? `; ${cut.text}` : ''}`,
      key: { code: 'image.webp_riff_short', params: { bytes: short, ...(cut ? cut.params : { part: 'none' }) } },
    };
  }
  return cut
    ? {
        text: `${cut.text}: the file may be incomplete (truncated) or damaged`,
        key: { code: 'image.webp_chunk_past_end', params: cut.params },
      }
    : null;
}
