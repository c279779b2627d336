// Covers merkle.ts: the streaming frontier root against the recursive RFC 6962 definition, and RFC 6962 test facts.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appendLeaf, EMPTY_TREE_ROOT, emptyFrontier, frontierOf, frontierRoot, merkleRoot, type Frontier } from './merkle';

const sha256 = (...parts: Buffer[]): string => createHash('sha256').update(Buffer.concat(parts)).digest('hex');
const leaf = (hex: string): string => sha256(Buffer.from([0]), Buffer.from(hex, 'hex'));
const node = (l: string, r: string): string => sha256(Buffer.from([1]), Buffer.from(l, 'hex'), Buffer.from(r, 'hex'));

/** Independent RFC 6962 MTH, written with node:crypto only. */
function referenceRoot(hashes: readonly string[]): string {
  if (hashes.length === 0) return sha256(Buffer.alloc(0));
  if (hashes.length === 1) return leaf(hashes[0] as string);
  let k = 1;
  while (k * 2 < hashes.length) k *= 2;
  return node(referenceRoot(hashes.slice(0, k)), referenceRoot(hashes.slice(k)));
}

const randomHashes = (n: number): string[] => Array.from({ length: n }, () => randomBytes(32).toString('hex'));

function frontierFor(hashes: readonly string[], start: Frontier = emptyFrontier()): Frontier {
  let f = start;
  for (const h of hashes) f = appendLeaf(f, h);
  return f;
}

const popcount = (n: number): number =>
  n
    .toString(2)
    .split('')
    .filter((b) => b === '1').length;

describe('RFC 6962 facts', () => {
  it('the empty tree root is SHA-256 of the empty string', () => {
    expect(EMPTY_TREE_ROOT).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(merkleRoot([])).toBe(EMPTY_TREE_ROOT);
    expect(frontierRoot(emptyFrontier())).toBe(EMPTY_TREE_ROOT);
  });

  it('a one-leaf tree is SHA-256(0x00 || leaf)', () => {
    const [a] = randomHashes(1) as [string];
    const expected = createHash('sha256')
      .update(Buffer.from('00' + a, 'hex'))
      .digest('hex');
    expect(merkleRoot([a])).toBe(expected);
    expect(frontierRoot(frontierFor([a]))).toBe(expected);
  });

  it('a two-leaf tree is SHA-256(0x01 || leafHash(l) || leafHash(r))', () => {
    const [a, b] = randomHashes(2) as [string, string];
    const l = createHash('sha256')
      .update(Buffer.from('00' + a, 'hex'))
      .digest('hex');
    const r = createHash('sha256')
      .update(Buffer.from('00' + b, 'hex'))
      .digest('hex');
    const expected = createHash('sha256')
      .update(Buffer.from('01' + l + r, 'hex'))
      .digest('hex');
    expect(merkleRoot([a, b])).toBe(expected);
    expect(frontierRoot(frontierFor([a, b]))).toBe(expected);
  });

  it('a three-leaf tree splits 2 + 1, not 1 + 2', () => {
    const [a, b, c] = randomHashes(3) as [string, string, string];
    const expected = node(node(leaf(a), leaf(b)), leaf(c));
    expect(merkleRoot([a, b, c])).toBe(expected);
    expect(frontierRoot(frontierFor([a, b, c]))).toBe(expected);
    expect(merkleRoot([a, b, c])).not.toBe(node(leaf(a), node(leaf(b), leaf(c))));
  });

  it('leaf order matters', () => {
    const [a, b] = randomHashes(2) as [string, string];
    expect(merkleRoot([a, b])).not.toBe(merkleRoot([b, a]));
  });
});

describe('frontier root equals the recursive root', () => {
  const hashes = randomHashes(1025);

  it('for every size 0..70, appending one leaf at a time', () => {
    let f = emptyFrontier();
    for (let n = 0; n <= 70; n++) {
      const prefix = hashes.slice(0, n);
      expect(f.size).toBe(n);
      // One perfect subtree per 1 bit of the size.
      expect(f.nodes).toHaveLength(popcount(n));
      const expected = referenceRoot(prefix);
      expect(merkleRoot(prefix), `merkleRoot at size ${n}`).toBe(expected);
      expect(frontierRoot(f), `frontierRoot at size ${n}`).toBe(expected);
      f = appendLeaf(f, hashes[n] as string);
    }
  });

  it.each([127, 128, 129, 1000, 1023, 1024, 1025])('for size %i', (n) => {
    const prefix = hashes.slice(0, n);
    const f = frontierFor(prefix);
    expect(f.size).toBe(n);
    expect(f.nodes).toHaveLength(popcount(n));
    const expected = referenceRoot(prefix);
    expect(merkleRoot(prefix)).toBe(expected);
    expect(frontierRoot(f)).toBe(expected);
  });

  it('a perfect tree has a single frontier node equal to its root', () => {
    const f = frontierFor(hashes.slice(0, 1024));
    expect(f.nodes).toEqual([referenceRoot(hashes.slice(0, 1024))]);
  });

  it('frontier nodes are the roots of the perfect subtrees, largest first', () => {
    // 13 = 8 + 4 + 1
    const f = frontierFor(hashes.slice(0, 13));
    expect(f.nodes).toEqual([referenceRoot(hashes.slice(0, 8)), referenceRoot(hashes.slice(8, 12)), referenceRoot(hashes.slice(12, 13))]);
  });
});

describe('frontierOf continues from a saved frontier', () => {
  const hashes = randomHashes(300);

  it.each([1, 2, 3, 7, 8, 13, 64, 100, 255, 256])('restored at size %i then extended to 300', (saveAt) => {
    const saved = frontierFor(hashes.slice(0, saveAt));
    // Round-trip through plain JSON, as a checkpoint row would store it.
    const stored = JSON.parse(JSON.stringify({ size: saved.size, nodes: saved.nodes })) as Frontier;
    const restored = frontierOf(stored.size, stored.nodes);
    expect(frontierRoot(restored)).toBe(referenceRoot(hashes.slice(0, saveAt)));
    const continued = frontierFor(hashes.slice(saveAt), restored);
    expect(continued.size).toBe(300);
    expect(frontierRoot(continued)).toBe(referenceRoot(hashes));
  });

  it('does not share the node array with its input', () => {
    const nodes = frontierFor(hashes.slice(0, 5)).nodes;
    const copy = [...nodes];
    const restored = frontierOf(5, nodes);
    appendLeaf(restored, hashes[5] as string);
    restored.nodes.push('ff'.repeat(32));
    expect(nodes).toEqual(copy);
  });

  it('appendLeaf leaves the previous frontier untouched', () => {
    const before = frontierFor(hashes.slice(0, 7));
    const snapshot = { size: before.size, nodes: [...before.nodes] };
    const after = appendLeaf(before, hashes[7] as string);
    expect(before).toEqual(snapshot);
    expect(after.size).toBe(8);
    expect(after.nodes).toHaveLength(1);
  });
});
