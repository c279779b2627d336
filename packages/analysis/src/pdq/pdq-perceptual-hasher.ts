// The core PerceptualHasher port over this package's PDQ: dihedral hashes in one decode, the multi-index PDQ
// index, and small JPEG previews (the protected viewer's blurred placeholder and its reveal) with sharp.
import type { ImagePreview, PerceptualHasher, PerceptualIndex } from '@tamga/core';
import sharp from 'sharp';
import { PDQ_DEFAULT_MAX_PIXELS, PdqImageError, pdqDihedral } from './pdq-hash';
import { PdqIndex } from './pdq-index';

const VARIANTS = ['original', 'rotate90', 'rotate180', 'rotate270', 'flipX', 'flipY', 'flipPlus1', 'flipMinus1'] as const;

export function pdqPerceptualHasher(options: { maxPixels?: number } = {}): PerceptualHasher {
  const maxPixels = options.maxPixels ?? PDQ_DEFAULT_MAX_PIXELS;
  return {
    async hashImage(path) {
      try {
        const d = await pdqDihedral(path, { maxPixels });
        return { hash: d.original, quality: d.quality, variants: Object.fromEntries(VARIANTS.map((v) => [v, d[v]])) };
      } catch (error) {
        // Not an image after all (a JPEG header on garbage, a truncated file): nothing to hash, not a failure.
        if (error instanceof PdqImageError) return null;
        throw error;
      }
    },
    createIndex(expectedSize): PerceptualIndex {
      const index = new PdqIndex(expectedSize);
      return {
        get size() {
          return index.size;
        },
        add: (id, hash) => index.add(id, hash),
        query: (hash, maxDistance) => index.query(hash, maxDistance),
      };
    },
    async preview(path, { maxSide, blur }): Promise<ImagePreview | null> {
      try {
        const open = () =>
          sharp(path, { limitInputPixels: maxPixels, autoOrient: true, failOn: 'error' }).flatten({ background: '#808080' });
        let pipeline = open().resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true });
        if (blur) {
          // Down to a dozen pixels and back: nothing recognisable survives, only the colours, so the placeholder
          // itself exposes nobody to the content. The blur smooths the blocks.
          const small = await open().resize({ width: 12, height: 12, fit: 'inside' }).raw().toBuffer({ resolveWithObject: true });
          pipeline = sharp(small.data, { raw: { width: small.info.width, height: small.info.height, channels: small.info.channels } })
            .resize({ width: maxSide, height: maxSide, fit: 'inside', kernel: 'cubic' })
            .blur(Math.max(2, maxSide / 24));
        }
        const { data, info } = await pipeline.jpeg({ quality: 80 }).toBuffer({ resolveWithObject: true });
        return { bytes: new Uint8Array(data), width: info.width, height: info.height };
      } catch {
        return null;
      }
    },
  };
}
