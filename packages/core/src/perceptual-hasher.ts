// The PerceptualHasher port: PDQ hashes of images, a radius-search index over them and small previews.
// Implemented in @tamga/analysis (sharp), wired in the server's composition root; core never decodes an image.

export interface PerceptualHash {
  /** 64 lower-case hex characters. */
  hash: string;
  /** 0–100; below the configured minimum the hash is recorded but never matched. */
  quality: number;
  /** The eight dihedral hashes by name (original, rotate90, rotate180, rotate270, flipX, flipY, flipPlus1, flipMinus1). */
  variants: Record<string, string>;
}

export interface PerceptualIndex {
  readonly size: number;
  /** Stores a hash under a safe-integer id; one id may carry several hashes. */
  add(id: number, hash: string): void;
  /** Every stored hash within maxDistance bits of the query, as (id, distance). */
  query(hash: string, maxDistance: number): Array<{ id: number; distance: number }>;
}

export interface ImagePreview {
  /** JPEG bytes. */
  bytes: Uint8Array;
  width: number;
  height: number;
}

export interface PerceptualHasher {
  /** The PDQ hash of an image file, or null when the file is not an image it can decode. */
  hashImage(path: string): Promise<PerceptualHash | null>;
  createIndex(expectedSize: number): PerceptualIndex;
  /** A JPEG no larger than maxSide; `blur` makes it unrecognisable (the protected viewer's placeholder). */
  preview(path: string, options: { maxSide: number; blur: boolean }): Promise<ImagePreview | null>;
}

/**
 * Whether the first bytes are those of an image format sharp decodes (JPEG, PNG, GIF, WebP, TIFF, AVIF/HEIF):
 * only those are worth decoding for a PDQ hash.
 */
export function looksLikeImage(head: Uint8Array): boolean {
  const at = (offset: number, ...bytes: number[]) => bytes.every((b, i) => head[offset + i] === b);
  const ascii = (offset: number, text: string) => at(offset, ...[...text].map((c) => c.charCodeAt(0)));
  if (at(0, 0xff, 0xd8, 0xff)) return true;
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return true;
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return true;
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return true;
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return true;
  if (ascii(4, 'ftyp') && ['avif', 'avis', 'heic', 'heix', 'mif1', 'msf1'].some((brand) => ascii(8, brand))) return true;
  return false;
}
