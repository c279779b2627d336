// Public API of the PDQ module: perceptual image hashes, Hamming distance and the radius-search index.
export {
  hammingDistance,
  hammingDistanceBytes,
  hammingDistanceWords,
  isPdqHex,
  pdqHexToWords,
  pdqWordsToHex,
  popcount32,
  PDQ_HEX_LENGTH,
  PDQ_WORDS,
} from './hamming';
export {
  PDQ_DEFAULT_MAX_PIXELS,
  PDQ_MATCH_THRESHOLD,
  PDQ_MIN_QUALITY,
  PdqImageError,
  pdqDihedral,
  pdqDihedralFromLuma,
  pdqHash,
  pdqHashFromDct,
  pdqHashFromLuma,
  type PdqDecodeOptions,
  type PdqDihedralHashes,
  type PdqHash,
} from './pdq-hash';
export { PdqIndex, type PdqMatch } from './pdq-index';
export { pdqPerceptualHasher } from './pdq-perceptual-hasher';
