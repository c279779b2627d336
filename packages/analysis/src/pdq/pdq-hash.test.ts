// PDQ hashing against the ThreatExchange references (MANIFEST.md, FORMATS.md §6.3): bit-exact steps on fixed luma,
// decoder-tolerant distances on the sample JPEGs, match decisions on edited copies, and input errors.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { hammingDistance } from './hamming';
import {
  PDQ_MATCH_THRESHOLD,
  PDQ_MIN_QUALITY,
  PdqImageError,
  pdqDihedral,
  pdqDihedralFromLuma,
  pdqHash,
  pdqHashFromDct,
  pdqHashFromLuma,
  type PdqHash,
} from './pdq-hash';

const SAMPLES = resolve(import.meta.dirname, '../../../../../shared/samples/pdq');

/** SHA-256 from MANIFEST.md; a changed file would make every distance below meaningless. */
const SAMPLE_SHA256: Record<string, string> = {
  'bridge-1-original.jpg': 'b5b0799616df52d475a3968dc7e54f1d0724c912244ffa6175bc786375dd7298',
  'bridge-5-flipx.jpg': '3069d9eb8d9de760229cf99ddcc5a7834f08e3924b37c080c2df8bc5836737fb',
  'blur-a-lot.jpg': '08e69270937da0226e4571465672d57d7da20a3884aff672461affd7824948cd',
  'shrink-a-lot.jpg': 'b5711c814bea20d2f24703680393c1dfb3f41b4da5624c00da0d64bf71a12461',
  'small.jpg': '329479790610cd0a2668eea439374cf279ef58d7330400dbb4e3569429ef5e3d',
  'q0003.jpg': '9f93a23582535bc62088240e38ee050c9c0e2eed5c4741339b8415bf04a0604e',
};

/** Reference hashes from MANIFEST.md. */
const REF = {
  bridgeCpp: 'f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22',
  flipxCpp: 'f8f80f31e0f417b00e37f5cd028f980fb36ed02a9662c1e233e6cc634e9c64dd',
  blurWasm: 'd8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22',
  shrinkWasm: 'd0f8f1ccc0f4a84d0a370a3a228f67f0b36e2ed5b6623e1d33e6339c4e9c9b22',
};

const ZERO = '0'.repeat(64);

function sample(name: string): string {
  const path = join(SAMPLES, name);
  if (!existsSync(path)) {
    throw new Error(`PDQ sample ${path} is missing: the shared samples (MANIFEST.md) must be at ../shared/samples beside the repository`);
  }
  const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (digest !== SAMPLE_SHA256[name]) throw new Error(`PDQ sample ${name} has SHA-256 ${digest}, not the MANIFEST.md value`);
  return path;
}

/**
 * A direct transcription of the reference (pdqhashing.cpp, downscaling.cpp): two full-size buffers, four passes of
 * `box1DFloat`, `decimateFloat`, then the same steps 3–6. Kept beside the streaming implementation to prove that
 * its reordering of the work does not change a single rounding.
 */
function referenceHash(luma: Float32Array, width: number, height: number): PdqHash {
  if (width < 5 || height < 5) return { hash: ZERO, quality: 0 };
  const f = Math.fround;
  const box = (src: Float32Array, dst: Float32Array, off: number, len: number, stride: number, win: number) => {
    const half = Math.trunc((win + 2) / 2);
    let [sum, cur, li, ri, oi] = [0, 0, off, off, off];
    for (let i = 0; i < half - 1; i++, ri += stride, cur++) sum = f(sum + src[ri]!);
    for (let i = 0; i < win - half + 1; i++, ri += stride, oi += stride) {
      sum = f(sum + src[ri]!);
      dst[oi] = f(sum / ++cur);
    }
    for (let i = 0; i < len - win; i++, ri += stride, li += stride, oi += stride) {
      sum = f(f(sum + src[ri]!) - src[li]!);
      dst[oi] = f(sum / cur);
    }
    for (let i = 0; i < half - 1; i++, li += stride, oi += stride) {
      sum = f(sum - src[li]!);
      dst[oi] = f(sum / --cur);
    }
  };
  const a = new Float32Array(4096);
  if (width === 64 && height === 64) {
    a.set(luma.subarray(0, 4096));
  } else {
    const b1 = Float32Array.from(luma.subarray(0, width * height));
    const b2 = new Float32Array(width * height);
    const winX = Math.trunc((width + 127) / 128);
    const winY = Math.trunc((height + 127) / 128);
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < height; i++) box(b1, b2, i * width, width, 1, winX);
      for (let j = 0; j < width; j++) box(b2, b1, j, height, width, winY);
    }
    for (let i = 0; i < 64; i++) {
      for (let j = 0; j < 64; j++) {
        a[i * 64 + j] = b1[Math.trunc(((i + 0.5) * height) / 64) * width + Math.trunc(((j + 0.5) * width) / 64)]!;
      }
    }
  }
  let gradient = 0;
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 64; j++) {
      if (i < 63) gradient += Math.abs(Math.trunc(f(f(f(a[i * 64 + j]! - a[(i + 1) * 64 + j]!) * 100) / 255)));
      if (j < 63) gradient += Math.abs(Math.trunc(f(f(f(a[i * 64 + j]! - a[i * 64 + j + 1]!) * 100) / 255)));
    }
  }
  const d = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) d[i * 64 + j] = f(f(Math.sqrt(2 / 64)) * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1)));
  }
  const t = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s = f(s + f(d[i * 64 + k]! * a[k * 64 + j]!));
      t[i * 64 + j] = s;
    }
  }
  const b = new Float32Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s = f(s + f(t[i * 64 + k]! * d[j * 64 + k]!));
      b[i * 16 + j] = s;
    }
  }
  return { hash: pdqHashFromDct(b), quality: Math.min(100, Math.trunc(gradient / 90)) };
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('bit-exact steps (fixed luma, no decoder)', () => {
  const fixture = JSON.parse(readFileSync(new URL('./fixtures/luma-64x64.json', import.meta.url), 'utf8')) as {
    bridge: { luma: string; hash: string; quality: number };
    q0003: { luma: string; hash: string; quality: number };
    lowContrast: { hash: string; quality: number };
  };
  const decode = (b64: string) => {
    const bytes = Buffer.from(b64, 'base64');
    return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  };

  it('reproduces the C++ transcription on 64×64 luma matrices', () => {
    const bridge = decode(fixture.bridge.luma);
    const q0003 = decode(fixture.q0003.luma);
    expect(bridge).toHaveLength(4096);
    expect(pdqHashFromLuma(bridge, 64, 64)).toEqual({ hash: fixture.bridge.hash, quality: fixture.bridge.quality });
    // q0003 is nearly flat, so many DCT values sit next to the median: the strictest check of the rounding.
    expect(pdqHashFromLuma(q0003, 64, 64)).toEqual({ hash: fixture.q0003.hash, quality: fixture.q0003.quality });
    const f = Math.fround;
    const low = bridge.map((v) => f(f(v * f(0.15)) + 100));
    expect(pdqHashFromLuma(low, 64, 64)).toEqual({ hash: fixture.lowContrast.hash, quality: fixture.lowContrast.quality });
    expect(fixture.lowContrast.quality).toBe(61);
  });

  it('matches a full-buffer transcription of the reference on images of many sizes', () => {
    const rnd = lcg(4242);
    const sizes: Array<[number, number]> = [
      [5, 5],
      [6, 64],
      [64, 65],
      [127, 129],
      [128, 128],
      [129, 4],
      [255, 257],
      [300, 7],
      [640, 480],
    ];
    for (let i = 0; i < 12; i++) sizes.push([5 + Math.floor(rnd() * 500), 5 + Math.floor(rnd() * 500)]);
    for (const [w, h] of sizes) {
      const luma = new Float32Array(w * h);
      const fx = rnd() * 0.1;
      const fy = rnd() * 0.1;
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) luma[y * w + x] = 128 + 90 * Math.sin(x * fx) * Math.cos(y * fy) + (rnd() - 0.5) * 80;
      }
      expect(pdqHashFromLuma(luma, w, h), `${w}×${h}`).toEqual(referenceHash(luma, w, h));
    }
  });

  it('encodes bit k in word k >> 4, words printed high to low', () => {
    const dct = new Float32Array(256);
    expect(pdqHashFromDct(dct)).toBe(ZERO);
    dct[0] = 1;
    expect(pdqHashFromDct(dct)).toBe(`${'0'.repeat(63)}1`);
    dct[0] = 0;
    dct[16] = 1; // i = 1, j = 0: word 1, bit 0
    expect(pdqHashFromDct(dct)).toBe(`${'0'.repeat(59)}10000`);
    dct[16] = 0;
    dct[255] = 1; // word 15, bit 15: the first hex digit
    expect(pdqHashFromDct(dct)).toBe(`8${'0'.repeat(63)}`);
  });

  it('sets exactly the bits above the lower median (sorted[127])', () => {
    const dct = Float32Array.from({ length: 256 }, (_, k) => k);
    // Values 128 … 255 exceed the median 127: the upper 128 bits, i.e. the first 32 hex digits.
    expect(pdqHashFromDct(dct)).toBe(`${'f'.repeat(32)}${'0'.repeat(32)}`);
  });

  it('returns the all-zero hash with quality 0 below 5 pixels a side', () => {
    expect(pdqHashFromLuma(new Float32Array(4 * 100).fill(7), 4, 100)).toEqual({ hash: ZERO, quality: 0 });
    expect(pdqHashFromLuma(new Float32Array(0), 0, 0)).toEqual({ hash: ZERO, quality: 0 });
    expect(() => pdqHashFromLuma(new Float32Array(10), 5, 5)).toThrow(RangeError);
  });

  it('derives the dihedral variants from one DCT', () => {
    const bridge = decode(fixture.bridge.luma);
    const d = pdqDihedralFromLuma(bridge, 64, 64);
    expect(d.original).toBe(fixture.bridge.hash);
    expect(d.quality).toBe(100);
    // On an exact 64×64 input there is no resampling, so flipping the rows changes only the signs of odd-frequency
    // rows of the DCT: hashing the flipped matrix gives flipX. Bit for bit here; in general the reversed float32 sums
    // could flip a bit next to the median.
    const flipped = new Float32Array(4096);
    for (let i = 0; i < 64; i++) flipped.set(bridge.subarray((63 - i) * 64, (64 - i) * 64), i * 64);
    expect(pdqHashFromLuma(flipped, 64, 64).hash).toBe(d.flipX);
  });
});

describe('the PDQ samples (MANIFEST.md)', { timeout: 60_000 }, () => {
  const got: Record<string, PdqHash> = {};
  beforeAll(async () => {
    for (const name of Object.keys(SAMPLE_SHA256)) got[name] = await pdqHash(sample(name));
    // Recorded for the report: distances to the references and qualities as computed here.
    console.info(
      Object.entries(got)
        .map(([name, r]) => `${name}: ${r.hash} quality ${r.quality}`)
        .join('\n'),
    );
  });

  it('bridge-1-original is within 10 of the C++ reference, quality ≥ 80', () => {
    const r = got['bridge-1-original.jpg']!;
    expect(hammingDistance(r.hash, REF.bridgeCpp)).toBeLessThanOrEqual(10);
    expect(r.quality).toBeGreaterThanOrEqual(80);
  });

  it('bridge-5-flipx is within 10 of its C++ reference and does not match bridge-1 directly', () => {
    const r = got['bridge-5-flipx.jpg']!;
    expect(hammingDistance(r.hash, REF.flipxCpp)).toBeLessThanOrEqual(10);
    expect(r.quality).toBeGreaterThanOrEqual(80);
    expect(hammingDistance(r.hash, got['bridge-1-original.jpg']!.hash)).toBeGreaterThanOrEqual(64);
  });

  it('the upside-down dihedral variant of bridge-1 matches bridge-5-flipx', async () => {
    const d = await pdqDihedral(sample('bridge-1-original.jpg'));
    expect(d.original).toBe(got['bridge-1-original.jpg']!.hash);
    expect(hammingDistance(d.flipX, got['bridge-5-flipx.jpg']!.hash)).toBeLessThanOrEqual(16);
    expect(hammingDistance(d.flipX, REF.flipxCpp)).toBeLessThanOrEqual(16);
    expect(hammingDistance(d.flipY, got['bridge-5-flipx.jpg']!.hash)).toBeGreaterThan(PDQ_MATCH_THRESHOLD);
  });

  it('blur-a-lot and shrink-a-lot match bridge-1 and stay near their references', () => {
    const bridge = got['bridge-1-original.jpg']!.hash;
    const blur = got['blur-a-lot.jpg']!;
    const shrink = got['shrink-a-lot.jpg']!;
    expect(hammingDistance(blur.hash, bridge)).toBeLessThanOrEqual(PDQ_MATCH_THRESHOLD);
    expect(hammingDistance(shrink.hash, bridge)).toBeLessThanOrEqual(PDQ_MATCH_THRESHOLD);
    expect(hammingDistance(blur.hash, REF.blurWasm)).toBeLessThanOrEqual(10);
    expect(hammingDistance(shrink.hash, REF.shrinkWasm)).toBeLessThanOrEqual(16);
    expect(blur.quality).toBeGreaterThanOrEqual(80);
    expect(shrink.quality).toBeGreaterThanOrEqual(80);
  });

  it('flags small and q0003 as low quality, to be discarded', () => {
    expect(got['small.jpg']!.quality).toBeLessThan(PDQ_MIN_QUALITY);
    expect(got['q0003.jpg']!.quality).toBeLessThan(PDQ_MIN_QUALITY);
  });
});

describe('edited copies of bridge-1', { timeout: 60_000 }, () => {
  let bridge: string;
  let original: PdqHash;
  beforeAll(async () => {
    bridge = sample('bridge-1-original.jpg');
    original = await pdqHash(bridge);
  });
  const distanceOf = async (input: Buffer) => hammingDistance((await pdqHash(input)).hash, original.hash);

  it('match after JPEG re-encoding at quality 40, resizing to 50 %, WebP, greyscale and dropping alpha', async () => {
    expect(await distanceOf(await sharp(bridge).jpeg({ quality: 40 }).toBuffer())).toBeLessThanOrEqual(PDQ_MATCH_THRESHOLD);
    expect(await distanceOf(await sharp(bridge).resize({ width: 800 }).jpeg({ quality: 90 }).toBuffer())).toBeLessThanOrEqual(
      PDQ_MATCH_THRESHOLD,
    );
    expect(await distanceOf(await sharp(bridge).webp({ quality: 60 }).toBuffer())).toBeLessThanOrEqual(PDQ_MATCH_THRESHOLD);
    expect(await distanceOf(await sharp(bridge).greyscale().jpeg({ quality: 95 }).toBuffer())).toBeLessThanOrEqual(PDQ_MATCH_THRESHOLD);
    // The reference ignores alpha, so a half-transparent PNG hashes exactly like its RGB pixels.
    const rgb = await sharp(bridge).png().toBuffer();
    const rgba = await sharp(bridge).ensureAlpha(0.5).png().toBuffer();
    expect((await pdqHash(rgba)).hash).toBe((await pdqHash(rgb)).hash);
  });

  it('matches with a thin border, and squared (stretched to a square without keeping the aspect ratio)', async () => {
    const border = await sharp(bridge).extend({ top: 10, bottom: 10, left: 16, right: 16, background: '#000' }).png().toBuffer();
    expect(await distanceOf(border)).toBeLessThanOrEqual(PDQ_MATCH_THRESHOLD);
    // PDQ downsamples each axis to 64 on its own, so a change of aspect ratio barely moves the hash.
    for (const side of [1004, 1600, 640]) {
      const squared = await sharp(bridge).resize(side, side, { fit: 'fill' }).png().toBuffer();
      expect(await distanceOf(squared), `${side}×${side}`).toBeLessThanOrEqual(PDQ_MATCH_THRESHOLD);
    }
  });

  it('does not match once padded to a square (PDQ is not robust to padding or cropping)', async () => {
    const padded = await sharp(bridge).extend({ top: 298, bottom: 298, background: '#000' }).png().toBuffer();
    expect(await distanceOf(padded)).toBeGreaterThan(PDQ_MATCH_THRESHOLD);
  });

  it('applies the EXIF orientation before hashing', async () => {
    // Pixels stored turned 90° anticlockwise, tagged "rotate 90° clockwise to display" (orientation 6).
    const tagged = await sharp(bridge).rotate(270).jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toBuffer();
    expect(await distanceOf(tagged)).toBeLessThanOrEqual(10);
  });

  it('names the dihedral variants after the transformed image they match', async () => {
    const d = await pdqDihedral(bridge);
    // sharp applies flip/flop before rotate, and rotate() turns clockwise.
    const cases: Array<[keyof typeof d, Sharp]> = [
      ['rotate90', sharp(bridge).rotate(270)],
      ['rotate180', sharp(bridge).rotate(180)],
      ['rotate270', sharp(bridge).rotate(90)],
      ['flipX', sharp(bridge).flip()],
      ['flipY', sharp(bridge).flop()],
      ['flipPlus1', sharp(bridge).flip().rotate(90)],
      ['flipMinus1', sharp(bridge).flop().rotate(90)],
    ];
    for (const [name, pipeline] of cases) {
      const h = await pdqHash(await pipeline.png().toBuffer());
      expect(hammingDistance(h.hash, d[name] as string), name).toBeLessThanOrEqual(16);
      expect(hammingDistance(h.hash, original.hash), name).toBeGreaterThanOrEqual(64);
    }
  });

  it('does not match a different image', async () => {
    const w = 800;
    const h = 600;
    const raw = Buffer.alloc(w * h * 3);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 3;
        raw[i] = (x * 255) / w;
        raw[i + 1] = ((x >> 6) ^ (y >> 6)) & 1 ? 220 : 40;
        raw[i + 2] = (y * 255) / h;
      }
    }
    const other = await pdqHash(
      await sharp(raw, { raw: { width: w, height: h, channels: 3 } })
        .jpeg()
        .toBuffer(),
    );
    expect(other.quality).toBeGreaterThanOrEqual(PDQ_MIN_QUALITY);
    expect(hammingDistance(other.hash, original.hash)).toBeGreaterThan(60);
  });
});

describe('input errors', () => {
  it('rejects corrupt, truncated, missing and oversized input with a PdqImageError', async () => {
    await expect(pdqHash(Buffer.from('this is not an image'))).rejects.toMatchObject({ name: 'PdqImageError', reason: 'undecodable' });
    const jpeg = readFileSync(sample('bridge-1-original.jpg'));
    await expect(pdqHash(jpeg.subarray(0, jpeg.length >> 1))).rejects.toThrow(PdqImageError);
    await expect(pdqHash('/nonexistent/evidence.jpg')).rejects.toMatchObject({ reason: 'unreadable' });
    const tooLarge = pdqHash(jpeg, { maxPixels: 1_000_000 });
    await expect(tooLarge).rejects.toMatchObject({ reason: 'too-large' });
    await expect(tooLarge).rejects.toThrow(/1600×1004 = 1606400 pixels, over the PDQ limit of 1000000/);
    await expect(pdqHash(42 as unknown as Buffer)).rejects.toThrow(TypeError);
  });

  it('hashes a tiny image as all zeros with quality 0', async () => {
    const tiny = await sharp({ create: { width: 4, height: 40, channels: 3, background: '#808080' } })
      .png()
      .toBuffer();
    expect(await pdqHash(tiny)).toEqual({ hash: ZERO, quality: 0 });
  });
});
