// In-memory PDQ radius search ("every stored hash within Hamming distance d of a query") by multi-index hashing.
//
// The 256 bits are cut into 16 chunks of 16 bits, each with its own bucket table. If two hashes differ in at most d
// bits, the pigeonhole principle puts at most floor(d / 16) differing bits in at least one chunk, so probing, in
// every chunk, the query's value and all values within that many bit flips finds every true match; candidates are
// then verified on all 256 bits. For the match threshold 31 that is 17 probes (exact + 16 one-bit flips) per chunk.
// On uniformly random hashes each probe meets size / 65536 entries; real PDQ banks are less uniform, so some buckets
// are larger, but the answer stays exact.
import { hammingDistanceWords, pdqHexToWords, PDQ_WORDS, popcount32 } from './hamming';

export interface PdqMatch {
  id: number;
  distance: number;
}

const CHUNKS = 16;
const BUCKETS = 1 << 16;
/** Above this radius per chunk (maxDistance ≥ 64) probing costs more than scanning everything. */
const MAX_PROBE_RADIUS = 3;
/** Below this size a linear scan is as fast and needs no tables. */
const SCAN_BELOW = 4096;

// 16-bit masks with at most r bits set, for r = 0 … MAX_PROBE_RADIUS, built on first use.
const masksByRadius: Uint16Array[] = [];
function masksUpTo(radius: number): Uint16Array {
  let masks = masksByRadius[radius];
  if (!masks) {
    const list: number[] = [];
    for (let m = 0; m < BUCKETS; m++) {
      let bits = 0;
      for (let x = m; x !== 0; x &= x - 1) bits++;
      if (bits <= radius) list.push(m);
    }
    masks = Uint16Array.from(list);
    masksByRadius[radius] = masks;
  }
  return masks;
}

function chunkOf(words: Uint32Array, offset: number, c: number): number {
  return (words[offset + (c >> 1)]! >>> ((c & 1) << 4)) & 0xffff;
}

/**
 * Exact radius search over PDQ hashes. Storage is typed arrays only: the hashes (8 words each), the ids, and per
 * chunk a CSR bucket table (65,537 offsets plus one entry number per hash), about 105 MB for a million hashes.
 * `build()` makes the tables; a `query()` after further `add()` calls rebuilds them first.
 */
export class PdqIndex {
  private words: Uint32Array;
  private ids: Float64Array;
  private count = 0;
  private builtCount = -1;
  private offsets: Uint32Array | null = null; // [chunk][bucket 0 … 65536]
  private postings: Uint32Array | null = null; // [chunk][position] = entry number
  private readonly query8 = new Uint32Array(PDQ_WORDS);
  // Query scratch: candidate entry numbers, the chunk whose probe found each, and a copy of their hashes.
  private candidates = new Uint32Array(8192);
  private candidateChunk = new Uint8Array(8192);
  private candidateWords = new Uint32Array(8192 * PDQ_WORDS);

  constructor(expectedSize = 1024) {
    const capacity = Math.max(16, Math.ceil(expectedSize));
    this.words = new Uint32Array(capacity * PDQ_WORDS);
    this.ids = new Float64Array(capacity);
  }

  /** Number of stored hashes. */
  get size(): number {
    return this.count;
  }

  /** Bytes held in typed arrays (hashes, ids, bucket tables, query scratch): the index's memory, less object headers. */
  get byteLength(): number {
    const tables = (this.offsets?.byteLength ?? 0) + (this.postings?.byteLength ?? 0);
    const scratch = this.candidates.byteLength + this.candidateChunk.byteLength + this.candidateWords.byteLength;
    return this.words.byteLength + this.ids.byteLength + tables + scratch;
  }

  /** Stores a hash (64 hex characters) under `id`, a safe integer. The same id may be added with several hashes. */
  add(id: number, hashHex: string): void {
    if (!Number.isSafeInteger(id)) throw new TypeError(`PdqIndex ids are safe integers, got ${id}`);
    if (this.count === this.ids.length) this.grow(this.count * 2);
    pdqHexToWords(hashHex, this.words, this.count * PDQ_WORDS);
    this.ids[this.count] = id;
    this.count++;
  }

  /** Builds the bucket tables (counting sort per chunk, so entries in a bucket stay in insertion order). */
  build(): void {
    const n = this.count;
    if (n < SCAN_BELOW) {
      this.offsets = null;
      this.postings = null;
      this.builtCount = n;
      return;
    }
    // Release slack left by doubling before the large tables are allocated.
    if (this.ids.length > n + (n >> 3)) this.grow(n);
    const offsets = this.offsets?.length === CHUNKS * (BUCKETS + 1) ? this.offsets.fill(0) : new Uint32Array(CHUNKS * (BUCKETS + 1));
    const postings = new Uint32Array(CHUNKS * n);
    const cursor = new Uint32Array(BUCKETS);
    const words = this.words;
    for (let c = 0; c < CHUNKS; c++) {
      const base = c * (BUCKETS + 1);
      for (let e = 0; e < n; e++) offsets[base + chunkOf(words, e * PDQ_WORDS, c) + 1]!++;
      for (let b = 0; b < BUCKETS; b++) offsets[base + b + 1]! += offsets[base + b]!;
      cursor.set(offsets.subarray(base, base + BUCKETS));
      const post = c * n;
      for (let e = 0; e < n; e++) postings[post + cursor[chunkOf(words, e * PDQ_WORDS, c)]!++] = e;
    }
    this.offsets = offsets;
    this.postings = postings;
    this.builtCount = n;
  }

  /** Every stored hash within `maxDistance` (0–256) of `hashHex`, sorted by distance, then id, then insertion. */
  query(hashHex: string, maxDistance = 31): PdqMatch[] {
    if (!Number.isInteger(maxDistance) || maxDistance < 0)
      throw new RangeError(`maxDistance must be a non-negative integer, got ${maxDistance}`);
    const q = pdqHexToWords(hashHex, this.query8);
    if (this.builtCount !== this.count) this.build();
    const radius = Math.floor(maxDistance / CHUNKS);
    const hits: number[] = [];
    const dists: number[] = [];
    if (!this.offsets || radius > MAX_PROBE_RADIUS || !this.probe(q, maxDistance, radius, hits, dists)) {
      this.scan(q, maxDistance, hits, dists);
    }

    const order = hits.map((_, k) => k);
    const ids = this.ids;
    order.sort((a, b) => dists[a]! - dists[b]! || ids[hits[a]!]! - ids[hits[b]!]! || hits[a]! - hits[b]!);
    return order.map((k) => ({ id: ids[hits[k]!]!, distance: dists[k]! }));
  }

  private scan(q: Uint32Array, maxDistance: number, hits: number[], dists: number[]): void {
    const words = this.words;
    for (let e = 0; e < this.count; e++) {
      const d = hammingDistanceWords(words, q, e * PDQ_WORDS, 0);
      if (d <= maxDistance) {
        hits.push(e);
        dists.push(d);
      }
    }
  }

  /** Multi-index search; returns false, having found nothing, when the buckets hold too many candidates to pay off. */
  private probe(q: Uint32Array, maxDistance: number, radius: number, hits: number[], dists: number[]): boolean {
    const words = this.words;
    const offsets = this.offsets!;
    const postings = this.postings!;
    const n = this.count;
    const masks = masksUpTo(radius);

    // 1. Gather the candidates from the probed buckets (sequential reads), with the chunk that found each.
    let found = 0;
    for (let c = 0; c < CHUNKS; c++) {
      const qc = chunkOf(q, 0, c);
      const base = c * (BUCKETS + 1);
      const post = c * n;
      for (let m = 0; m < masks.length; m++) {
        const bucket = base + (qc ^ masks[m]!);
        const end = post + offsets[bucket + 1]!;
        let p = post + offsets[bucket]!;
        // Many near-identical stored hashes (a skewed bank) can fill the probed buckets; past an eighth of the
        // index a scan is about as fast and keeps the scratch arrays small.
        if (found + (end - p) > n >> 3) return false;
        if (found + (end - p) > this.candidates.length) this.growScratch(found + (end - p));
        const cand = this.candidates;
        const chunk = this.candidateChunk;
        for (; p < end; p++, found++) {
          cand[found] = postings[p]!;
          chunk[found] = c;
        }
      }
    }

    // 2. Copy their hashes next to each other. The hashes are scattered over a large array, so each read is a cache
    // miss plus (in a VM, nested) page walk. This loop is short and its iterations independent, so the CPU keeps
    // many misses in flight; reading them inside the longer popcount loop instead serialises them (2–3× slower).
    const cand = this.candidates;
    const copy = this.candidateWords;
    for (let i = 0, d = 0; i < found; i++, d += PDQ_WORDS) {
      const o = cand[i]! * PDQ_WORDS;
      copy[d] = words[o]!;
      copy[d + 1] = words[o + 1]!;
      copy[d + 2] = words[o + 2]!;
      copy[d + 3] = words[o + 3]!;
      copy[d + 4] = words[o + 4]!;
      copy[d + 5] = words[o + 5]!;
      copy[d + 6] = words[o + 6]!;
      copy[d + 7] = words[o + 7]!;
    }

    // 3. Verify on all 256 bits.
    const chunkFound = this.candidateChunk;
    for (let i = 0, o = 0; i < found; i++, o += PDQ_WORDS) {
      const d = hammingDistanceWords(copy, q, o, 0);
      if (d > maxDistance) continue;
      // An entry sits in one bucket per chunk, so it can repeat only across chunks: keep it at the first chunk
      // whose probes reach it.
      let first = 0;
      while (popcount32(chunkOf(copy, o, first) ^ chunkOf(q, 0, first)) > radius) first++;
      if (first !== chunkFound[i]) continue;
      hits.push(cand[i]!);
      dists.push(d);
    }
    return true;
  }

  private growScratch(needed: number): void {
    const size = Math.max(needed, this.candidates.length * 2);
    const candidates = new Uint32Array(size);
    candidates.set(this.candidates);
    const chunk = new Uint8Array(size);
    chunk.set(this.candidateChunk);
    this.candidates = candidates;
    this.candidateChunk = chunk;
    this.candidateWords = new Uint32Array(size * PDQ_WORDS);
  }

  private grow(capacity: number): void {
    const words = new Uint32Array(capacity * PDQ_WORDS);
    words.set(this.words.subarray(0, this.count * PDQ_WORDS));
    const ids = new Float64Array(capacity);
    ids.set(this.ids.subarray(0, this.count));
    this.words = words;
    this.ids = ids;
  }
}
