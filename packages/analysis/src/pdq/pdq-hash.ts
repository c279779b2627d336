// PDQ perceptual image hashing (FORMATS.md §6): sharp decoding, Jarosz tent downsampling, 16×16 DCT, median bits.
//
// The arithmetic mirrors the C++ reference (ThreatExchange pdq/cpp) in float32: every add, subtract, multiply and
// divide is rounded with Math.fround or by a Float32Array store, in the reference's order, so that the same decoded
// bytes give the reference's hash bit for bit. Rounding in float64 instead would flip bits whose DCT value sits
// next to the median.
import { readFile } from 'node:fs/promises';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { jaroszDownsample, lumaRows, type Pixels } from './jarosz-downsample';

const fround = Math.fround;

/** Distance at or below which two PDQ hashes match (`PDQ_CONFIDENT_MATCH_THRESHOLD`). */
export const PDQ_MATCH_THRESHOLD = 31;
/** Hashes with a lower quality are unstable and must not be stored or matched (FORMATS.md §6.2). */
export const PDQ_MIN_QUALITY = 50;
/** Default decode limit: larger images are refused before decoding. */
export const PDQ_DEFAULT_MAX_PIXELS = 100_000_000;

const MIN_HASHABLE_DIM = 5;
const ZERO_HASH = '0'.repeat(64);

export interface PdqHash {
  /** 64 lower-case hex characters: words w[15] … w[0], bit k of the hash in w[k >> 4] at bit k & 15. */
  hash: string;
  /** 0–100; below {@link PDQ_MIN_QUALITY} the hash is not reliable. */
  quality: number;
}

/**
 * The eight dihedral variants, named as in the reference, each the hash the transformed image would (nearly) have:
 * `rotate90` turned 90° anticlockwise, `rotate270` 90° clockwise, `flipX` mirrored upside-down (about the
 * horizontal x-axis), `flipY` mirrored left–right, `flipPlus1` transposed (mirrored about the main diagonal),
 * `flipMinus1` mirrored about the anti-diagonal. They come from the original's DCT, so they differ from hashing the
 * transformed pixels by a few bits (the 64×64 sampling grid is not symmetric).
 */
export interface PdqDihedralHashes {
  quality: number;
  original: string;
  rotate90: string;
  rotate180: string;
  rotate270: string;
  flipX: string;
  flipY: string;
  flipPlus1: string;
  flipMinus1: string;
}

export interface PdqDecodeOptions {
  /** Refuse images with more pixels than this (default {@link PDQ_DEFAULT_MAX_PIXELS}). */
  maxPixels?: number;
  /**
   * sharp's `failOn`. The default `'error'` rejects corrupt and truncated data but accepts files that only raise
   * decoder warnings, which are common in real collections and decode to the same pixels.
   */
  failOn?: 'none' | 'truncated' | 'error' | 'warning';
}

/** An input that could not be hashed: not an image, corrupt, too large, or unreadable. */
export class PdqImageError extends Error {
  override name = 'PdqImageError';
  constructor(
    message: string,
    readonly reason: 'too-large' | 'undecodable' | 'unreadable',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// The reference's DCT matrix: a float scale times a double cosine, stored as float. Row i is frequency i + 1,
// so the DC row is left out.
const DCT = (() => {
  const m = new Float32Array(16 * 64);
  const scale = Math.fround(Math.sqrt(2 / 64));
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) m[i * 64 + j] = scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1));
  }
  return m;
})();

/** Reference `pdqImageDomainQualityMetric`: quantized gradients between neighbours of the 64×64 image. */
function qualityOf(a: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) {
      const d = fround(fround(fround(a[i * 64 + j]! - a[(i + 1) * 64 + j]!) * 100) / 255);
      sum += Math.abs(Math.trunc(d));
    }
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) {
      const d = fround(fround(fround(a[i * 64 + j]! - a[i * 64 + j + 1]!) * 100) / 255);
      sum += Math.abs(Math.trunc(d));
    }
  }
  return Math.min(100, Math.trunc(sum / 90));
}

/** Reference `dct64To16`: B = D·A·Dᵀ, row index = vertical frequency, accumulated in float32 in k order. */
function dct64To16(a: Float32Array): Float32Array {
  const t = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s = fround(s + fround(DCT[i * 64 + k]! * a[k * 64 + j]!));
      t[i * 64 + j] = s;
    }
  }
  const b = new Float32Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s = fround(s + fround(t[i * 64 + k]! * DCT[j * 64 + k]!));
      b[i * 16 + j] = s;
    }
  }
  return b;
}

/** Reference `pdqBuffer16x16ToBits`: bit k = i·16 + j is set iff B[i][j] exceeds the lower median (Torben). */
function bitsToHex(b: Float32Array): string {
  const median = Float32Array.from(b).sort()[127]!;
  const words = new Uint16Array(16);
  for (let k = 0; k < 256; k++) if (b[k]! > median) words[k >> 4]! |= 1 << (k & 15);
  let hex = '';
  for (let w = 15; w >= 0; w--) hex += words[w]!.toString(16).padStart(4, '0');
  return hex;
}

/** Steps 5–6 alone on a 16×16 row-major DCT (row = vertical frequency): for encoding tests and callers with their own DCT. */
export function pdqHashFromDct(dct: Float32Array): string {
  if (dct.length !== 256) throw new RangeError(`a PDQ DCT has 256 values, got ${dct.length}`);
  return bitsToHex(dct);
}

/** The 16×16 DCT and quality of an image; null if it is too small to hash. */
function dctOf(img: Pixels): { dct: Float32Array; quality: number } | null {
  const { width, height } = img;
  if (width < MIN_HASHABLE_DIM || height < MIN_HASHABLE_DIM) return null;
  let a: Float32Array;
  if (width === 64 && height === 64) {
    // The reference copies an exact 64×64 input unfiltered (video frames downsampled elsewhere).
    a = new Float32Array(4096);
    if (img.luma) a.set(img.luma.subarray(0, 4096));
    else lumaRows(img, 0, 4096, a);
  } else {
    a = jaroszDownsample(img);
  }
  return { dct: dct64To16(a), quality: qualityOf(a) };
}

function checkDims(width: number, height: number, length: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new RangeError(`invalid image size ${width}×${height}`);
  }
  if (length < width * height) throw new RangeError(`luma has ${length} values, fewer than ${width}×${height}`);
}

/** PDQ hash of a row-major float luma image (values 0–255, as `0.299R + 0.587G + 0.114B` of 8-bit RGB). */
export function pdqHashFromLuma(luma: Float32Array, width: number, height: number): PdqHash {
  checkDims(width, height, luma.length);
  const r = dctOf({ width, height, luma });
  return r ? { hash: bitsToHex(r.dct), quality: r.quality } : { hash: ZERO_HASH, quality: 0 };
}

/** All eight dihedral hashes of a float luma image, from one DCT (the reference's `pdqDihedralHash256es`). */
export function pdqDihedralFromLuma(luma: Float32Array, width: number, height: number): PdqDihedralHashes {
  checkDims(width, height, luma.length);
  return dihedralOf(dctOf({ width, height, luma }));
}

/** The reference's sign-and-transpose rules on the 16×16 DCT (pdqhashing.cpp, `dct16OriginalTo*`). */
function dihedral(a: Float32Array, transpose: boolean, negate: (i: number, j: number) => boolean): string {
  const b = new Float32Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      const v = negate(i, j) ? -a[i * 16 + j]! : a[i * 16 + j]!;
      b[transpose ? j * 16 + i : i * 16 + j] = v;
    }
  }
  return bitsToHex(b);
}

function dihedralOf(r: { dct: Float32Array; quality: number } | null): PdqDihedralHashes {
  if (!r) {
    const z = ZERO_HASH;
    return { quality: 0, original: z, rotate90: z, rotate180: z, rotate270: z, flipX: z, flipY: z, flipPlus1: z, flipMinus1: z };
  }
  // Frequency i + 1 is odd for even 0-based i: those coefficients change sign under a mirror of that axis.
  const a = r.dct;
  return {
    quality: r.quality,
    original: bitsToHex(a),
    rotate90: dihedral(a, true, (_i, j) => (j & 1) === 0),
    rotate180: dihedral(a, false, (i, j) => ((i + j) & 1) === 1),
    rotate270: dihedral(a, true, (i) => (i & 1) === 0),
    flipX: dihedral(a, false, (i) => (i & 1) === 0),
    flipY: dihedral(a, false, (_i, j) => (j & 1) === 0),
    flipPlus1: dihedral(a, true, () => false),
    flipMinus1: dihedral(a, true, (i, j) => ((i + j) & 1) === 1),
  };
}

function label(input: Uint8Array | string): string {
  return typeof input === 'string' ? ` ${JSON.stringify(input)}` : '';
}

/**
 * Decodes to 8-bit RGB (or grey, which the reference hashes without the luma weights), EXIF orientation applied,
 * alpha dropped as the reference ignores it, and embedded ICC profiles ignored so the bytes are the decoder's own.
 */
async function decode(input: Uint8Array | string, options: PdqDecodeOptions): Promise<Pixels> {
  const maxPixels = options.maxPixels ?? PDQ_DEFAULT_MAX_PIXELS;
  const failOn = options.failOn ?? 'error';
  let bytes: Buffer;
  if (typeof input === 'string') {
    try {
      bytes = await readFile(input);
    } catch (error) {
      throw new PdqImageError(`cannot read image${label(input)}: ${(error as Error).message}`, 'unreadable', { cause: error });
    }
  } else if (input instanceof Uint8Array) {
    bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  } else {
    throw new TypeError('pdqHash expects a Buffer or a file path');
  }

  let meta: Metadata;
  try {
    meta = await sharp(bytes, { failOn, limitInputPixels: false }).metadata();
  } catch (error) {
    throw new PdqImageError(`not a decodable image${label(input)}: ${(error as Error).message}`, 'undecodable', { cause: error });
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0);
  if (pixels > maxPixels) {
    throw new PdqImageError(
      `image${label(input)} is ${meta.width}×${meta.height} = ${pixels} pixels, over the PDQ limit of ${maxPixels}`,
      'too-large',
    );
  }
  const grey = meta.space === 'b-w' || meta.space === 'grey16';

  let data: Buffer;
  let info: OutputInfo;
  try {
    let pipeline = sharp(bytes, { failOn, limitInputPixels: maxPixels, autoOrient: true, ignoreIcc: true, sequentialRead: true });
    pipeline = pipeline.removeAlpha();
    if (grey) pipeline = pipeline.toColourspace('b-w');
    ({ data, info } = await pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true }));
  } catch (error) {
    throw new PdqImageError(`cannot decode image${label(input)}: ${(error as Error).message}`, 'undecodable', { cause: error });
  }
  const { width, height, channels } = info;
  if (channels === 1) return { width, height, grey: data };
  if (channels === 3) return { width, height, rgb: data };
  throw new PdqImageError(`unexpected ${channels}-channel decode${label(input)}`, 'undecodable');
}

/**
 * PDQ hash and quality of an image file or buffer. Throws {@link PdqImageError} for unreadable, corrupt or
 * oversized input. Callers must drop results with quality below {@link PDQ_MIN_QUALITY}.
 */
export async function pdqHash(input: Uint8Array | string, options: PdqDecodeOptions = {}): Promise<PdqHash> {
  const img = await decode(input, options);
  const r = dctOf(img);
  return r ? { hash: bitsToHex(r.dct), quality: r.quality } : { hash: ZERO_HASH, quality: 0 };
}

/** The eight dihedral hashes of an image, to match rotated or mirrored copies (FORMATS.md §6.1 step 8). */
export async function pdqDihedral(input: Uint8Array | string, options: PdqDecodeOptions = {}): Promise<PdqDihedralHashes> {
  const img = await decode(input, options);
  return dihedralOf(dctOf(img));
}
