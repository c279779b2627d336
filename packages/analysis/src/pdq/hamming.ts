// Hamming distance between 256-bit PDQ hashes, over hex strings, 8 × 32-bit words and 32-byte arrays.

/** Number of 32-bit words in one PDQ hash. */
export const PDQ_WORDS = 8;

/** Number of hex characters in one PDQ hash. */
export const PDQ_HEX_LENGTH = 64;

/** Population count of a 32-bit integer (SWAR; V8 has no popcount intrinsic). */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

// Maps a char code to its nibble, or -1; a table avoids a branchy parse in the hot path.
const NIBBLE = new Int8Array(128).fill(-1);
for (let c = 0; c < 10; c++) NIBBLE[48 + c] = c;
for (let c = 0; c < 6; c++) {
  NIBBLE[65 + c] = 10 + c;
  NIBBLE[97 + c] = 10 + c;
}

function invalidHash(hex: unknown): TypeError {
  const shown = typeof hex === 'string' ? JSON.stringify(hex.length > 80 ? `${hex.slice(0, 80)}…` : hex) : typeof hex;
  return new TypeError(`not a PDQ hash (expected 64 hex characters): ${shown}`);
}

/** Parses one 8-character group of `hex` starting at `pos`, or returns -1 if it holds a non-hex character. */
function parseWord(hex: string, pos: number): number {
  let w = 0;
  for (let k = 0; k < 8; k++) {
    const c = hex.charCodeAt(pos + k);
    const n = c < 128 ? NIBBLE[c]! : -1;
    if (n < 0) return -1;
    w = (w << 4) | n;
  }
  return w >>> 0;
}

/**
 * Writes the hash as 8 words into `out` at `offset`. Word 0 holds hex characters 0–7, i.e. the most significant
 * bits; any consistent layout gives the same distances, and this one round-trips with {@link pdqWordsToHex}.
 */
export function pdqHexToWords(hex: string, out: Uint32Array = new Uint32Array(PDQ_WORDS), offset = 0): Uint32Array {
  if (typeof hex !== 'string' || hex.length !== PDQ_HEX_LENGTH) throw invalidHash(hex);
  for (let i = 0; i < PDQ_WORDS; i++) {
    const w = parseWord(hex, i * 8);
    if (w < 0) throw invalidHash(hex);
    out[offset + i] = w;
  }
  return out;
}

/** Lower-case hex of the 8 words at `offset` (the inverse of {@link pdqHexToWords}). */
export function pdqWordsToHex(words: Uint32Array, offset = 0): string {
  let hex = '';
  for (let i = 0; i < PDQ_WORDS; i++) hex += words[offset + i]!.toString(16).padStart(8, '0');
  return hex;
}

/** True if `hex` is 64 hex characters (either case). */
export function isPdqHex(hex: unknown): hex is string {
  if (typeof hex !== 'string' || hex.length !== PDQ_HEX_LENGTH) return false;
  for (let i = 0; i < PDQ_WORDS; i++) if (parseWord(hex, i * 8) < 0) return false;
  return true;
}

/** Hamming distance (0–256) between two hex PDQ hashes; throws TypeError on malformed input. */
export function hammingDistance(a: string, b: string): number {
  if (typeof a !== 'string' || a.length !== PDQ_HEX_LENGTH) throw invalidHash(a);
  if (typeof b !== 'string' || b.length !== PDQ_HEX_LENGTH) throw invalidHash(b);
  let d = 0;
  for (let pos = 0; pos < PDQ_HEX_LENGTH; pos += 8) {
    const x = parseWord(a, pos);
    if (x < 0) throw invalidHash(a);
    const y = parseWord(b, pos);
    if (y < 0) throw invalidHash(b);
    d += popcount32(x ^ y);
  }
  return d;
}

/** Hamming distance between the 8-word hashes at `a[aOffset]` and `b[bOffset]`. No bounds checks: hot path. */
export function hammingDistanceWords(a: Uint32Array, b: Uint32Array, aOffset = 0, bOffset = 0): number {
  return (
    popcount32(a[aOffset]! ^ b[bOffset]!) +
    popcount32(a[aOffset + 1]! ^ b[bOffset + 1]!) +
    popcount32(a[aOffset + 2]! ^ b[bOffset + 2]!) +
    popcount32(a[aOffset + 3]! ^ b[bOffset + 3]!) +
    popcount32(a[aOffset + 4]! ^ b[bOffset + 4]!) +
    popcount32(a[aOffset + 5]! ^ b[bOffset + 5]!) +
    popcount32(a[aOffset + 6]! ^ b[bOffset + 6]!) +
    popcount32(a[aOffset + 7]! ^ b[bOffset + 7]!)
  );
}

/** Hamming distance between two 32-byte binary hashes (e.g. a `Buffer.from(hex, 'hex')` read from a database). */
export function hammingDistanceBytes(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== 32 || b.length !== 32) throw new TypeError(`binary PDQ hashes are 32 bytes, got ${a.length} and ${b.length}`);
  let d = 0;
  for (let i = 0; i < 32; i += 4) {
    const x = (a[i]! << 24) | (a[i + 1]! << 16) | (a[i + 2]! << 8) | a[i + 3]!;
    const y = (b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!;
    d += popcount32(x ^ y);
  }
  return d;
}
