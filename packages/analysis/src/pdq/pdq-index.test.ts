// PdqIndex must return exactly the brute-force answer: planted neighbours at the threshold edges, random queries.
import { describe, expect, it } from 'vitest';
import { hammingDistanceWords, pdqHexToWords, pdqWordsToHex } from './hamming';
import { PdqIndex, type PdqMatch } from './pdq-index';

/** Small deterministic PRNG (mulberry32), so failures reproduce. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function randomHash(next: () => number): string {
  const w = new Uint32Array(8);
  for (let i = 0; i < 8; i++) w[i] = next();
  return pdqWordsToHex(w);
}

/** `hex` with exactly `distance` distinct bits flipped, chosen by `next`. */
function flipBits(hex: string, distance: number, next: () => number): string {
  const w = pdqHexToWords(hex);
  const chosen = new Set<number>();
  while (chosen.size < distance) chosen.add(next() & 255);
  for (const bit of chosen) w[bit >> 5] = (w[bit >> 5]! ^ (1 << (bit & 31))) >>> 0;
  return pdqWordsToHex(w);
}

const parsed = new WeakMap<Array<[number, string]>, Uint32Array>();

function bruteForce(entries: Array<[number, string]>, query: string, maxDistance: number): PdqMatch[] {
  let words = parsed.get(entries);
  if (!words || words.length !== entries.length * 8) {
    words = new Uint32Array(entries.length * 8);
    entries.forEach(([, hash], e) => pdqHexToWords(hash, words, e * 8));
    parsed.set(entries, words);
  }
  const q = pdqHexToWords(query);
  const found: Array<PdqMatch & { order: number }> = [];
  for (let e = 0; e < entries.length; e++) {
    const distance = hammingDistanceWords(words, q, e * 8);
    if (distance <= maxDistance) found.push({ id: entries[e]![0], distance, order: e });
  }
  return found.sort((a, b) => a.distance - b.distance || a.id - b.id || a.order - b.order).map(({ id, distance }) => ({ id, distance }));
}

describe('PdqIndex', () => {
  const next = mulberry32(20240601);
  const entries: Array<[number, string]> = [];
  for (let i = 0; i < 20_000; i++) entries.push([i, randomHash(next)]);

  // 40 anchors, each with neighbours planted at 0, 5, 15, 31 and 32 bits (ids 100000 + …).
  const PLANTED = [0, 5, 15, 31, 32];
  const anchors: string[] = [];
  let plantedId = 100_000;
  for (let a = 0; a < 40; a++) {
    const anchor = randomHash(next);
    anchors.push(anchor);
    for (const d of PLANTED) entries.push([plantedId++, flipBits(anchor, d, next)]);
  }
  const index = new PdqIndex();
  for (const [id, hash] of entries) index.add(id, hash);
  index.build();

  it('holds every added hash', () => {
    expect(index.size).toBe(20_000 + 40 * PLANTED.length);
  });

  it('finds the planted neighbours at 0, 5, 15 and 31 bits, and not the one at 32', () => {
    for (let a = 0; a < anchors.length; a++) {
      const found = index.query(anchors[a]!);
      const base = 100_000 + a * PLANTED.length;
      expect(found).toEqual([
        { id: base, distance: 0 },
        { id: base + 1, distance: 5 },
        { id: base + 2, distance: 15 },
        { id: base + 3, distance: 31 },
      ]);
      expect(index.query(anchors[a]!, 32).at(-1)).toEqual({ id: base + 4, distance: 32 });
    }
  });

  it('equals brute force for random and near queries at several radii', () => {
    const q = mulberry32(99);
    const queries: string[] = [];
    for (let i = 0; i < 60; i++) queries.push(randomHash(q));
    for (let i = 0; i < 60; i++) queries.push(flipBits(entries[q() % 20_000]![1], q() % 40, q));
    for (const anchor of anchors.slice(0, 10)) queries.push(flipBits(anchor, 3, q));
    for (const maxDistance of [0, 10, 31, 47]) {
      for (const query of queries) expect(index.query(query, maxDistance)).toEqual(bruteForce(entries, query, maxDistance));
    }
  });

  it('falls back to a full scan for radii of 64 and above', () => {
    const query = anchors[0]!;
    // Uniform random hashes sit about 128 ± 8 bits apart, so 112 returns a handful besides the planted ones.
    expect(index.query(query, 112)).toEqual(bruteForce(entries, query, 112));
    expect(index.query(query, 256)).toHaveLength(index.size);
  });

  it('orders equal distances by id, and keeps duplicate ids', () => {
    const small = new PdqIndex();
    const h = randomHash(next);
    small.add(7, flipBits(h, 3, next));
    small.add(3, flipBits(h, 3, next));
    small.add(5, h);
    small.add(3, h);
    expect(small.query(h)).toEqual([
      { id: 3, distance: 0 },
      { id: 5, distance: 0 },
      { id: 3, distance: 3 },
      { id: 7, distance: 3 },
    ]);
  });

  it('rebuilds after late additions, on both the scan and the table path', () => {
    for (const size of [10, 5000]) {
      const idx = new PdqIndex(4);
      const local = mulberry32(size);
      for (let i = 0; i < size; i++) idx.add(i, randomHash(local));
      idx.build();
      const late = randomHash(local);
      idx.add(-1, late);
      expect(idx.size).toBe(size + 1);
      expect(idx.query(late, 0)).toEqual([{ id: -1, distance: 0 }]);
    }
  });

  it('answers an empty index and rejects bad input', () => {
    const empty = new PdqIndex();
    expect(empty.query('0'.repeat(64))).toEqual([]);
    expect(() => empty.add(1.5, '0'.repeat(64))).toThrow(TypeError);
    expect(() => empty.add(1, 'abc')).toThrow(/64 hex characters/);
    expect(() => empty.query('0'.repeat(64), -1)).toThrow(RangeError);
    expect(() => empty.query('xyz')).toThrow(TypeError);
    expect(empty.size).toBe(0);
  });
});

describe('PdqIndex on a skewed bank', () => {
  it('stays exact when most stored hashes share their chunks', () => {
    const next = mulberry32(5);
    const base = randomHash(next);
    const entries: Array<[number, string]> = [];
    for (let i = 0; i < 6000; i++) entries.push([i, i % 3 === 0 ? randomHash(next) : flipBits(base, i % 40, next)]);
    const idx = new PdqIndex();
    for (const [id, hash] of entries) idx.add(id, hash);
    for (const query of [base, flipBits(base, 20, next), randomHash(next)]) {
      expect(idx.query(query)).toEqual(bruteForce(entries, query, 31));
    }
  });
});
