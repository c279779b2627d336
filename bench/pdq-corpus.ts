// Synthetic photo-like JPEGs for the PDQ benchmark: gradients, shapes and noise, deterministic per seed.
import { writeFile } from 'node:fs/promises';
import sharp from 'sharp';

/** mulberry32: small, fast and good enough for test data; the same seed gives the same corpus. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * Writes one width × height JPEG: a two-colour gradient at a random angle, 6–20 filled rectangles and discs, and
 * per-pixel noise (which also makes the file decode at realistic photo cost rather than as flat colour).
 */
export async function writeSyntheticJpeg(path: string, width: number, height: number, seed: number): Promise<void> {
  const next = mulberry32(seed);
  const unit = () => next() / 2 ** 32;
  const raw = Buffer.alloc(width * height * 3);
  const c0 = [next() & 255, next() & 255, next() & 255];
  const c1 = [next() & 255, next() & 255, next() & 255];
  const angle = unit() * Math.PI * 2;
  const gx = Math.cos(angle) / width;
  const gy = Math.sin(angle) / height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = Math.min(1, Math.max(0, 0.5 + (x - width / 2) * gx + (y - height / 2) * gy));
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) raw[i + c] = c0[c]! + (c1[c]! - c0[c]!) * t;
    }
  }
  const shapes = 6 + (next() % 15);
  for (let s = 0; s < shapes; s++) {
    const colour = [next() & 255, next() & 255, next() & 255];
    const cx = unit() * width;
    const cy = unit() * height;
    const rx = (0.05 + unit() * 0.25) * width;
    const ry = (0.05 + unit() * 0.25) * height;
    const disc = (next() & 1) === 1;
    for (let y = Math.max(0, Math.floor(cy - ry)); y < Math.min(height, cy + ry); y++) {
      for (let x = Math.max(0, Math.floor(cx - rx)); x < Math.min(width, cx + rx); x++) {
        if (disc && ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 > 1) continue;
        const i = (y * width + x) * 3;
        raw[i] = colour[0]!;
        raw[i + 1] = colour[1]!;
        raw[i + 2] = colour[2]!;
      }
    }
  }
  for (let i = 0; i < raw.length; i++) {
    const noise = (next() & 31) - 16;
    raw[i] = Math.min(255, Math.max(0, raw[i]! + noise));
  }
  await writeFile(
    path,
    await sharp(raw, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 85 })
      .toBuffer(),
  );
}
