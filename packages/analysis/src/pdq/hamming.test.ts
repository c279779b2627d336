// Hamming distance over hex, word and byte forms of PDQ hashes, and the hex parsing behind them.
import { describe, expect, it } from 'vitest';
import { hammingDistance, hammingDistanceBytes, hammingDistanceWords, isPdqHex, pdqHexToWords, pdqWordsToHex, popcount32 } from './hamming';

const ZERO = '0'.repeat(64);
const ONES = 'f'.repeat(64);
const BIT0 = `${'0'.repeat(63)}1`;
const BRIDGE_CPP = 'f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22';
const BRIDGE_PYTHON = 'd8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b22';
const BRIDGE_JAVA = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
const FLIPX_CPP = 'f8f80f31e0f417b00e37f5cd028f980fb36ed02a9662c1e233e6cc634e9c64dd';

/** Bit-by-bit reference over the hex digits. */
function slowDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 64; i++) {
    let x = parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16);
    for (; x; x >>= 1) d += x & 1;
  }
  return d;
}

function randomHex(next: () => number): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += (next() >>> 0).toString(16).padStart(8, '0');
  return s;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
}

describe('popcount32', () => {
  it('counts bits of edge values', () => {
    expect(popcount32(0)).toBe(0);
    expect(popcount32(1)).toBe(1);
    expect(popcount32(0x80000000)).toBe(1);
    expect(popcount32(0xffffffff)).toBe(32);
    expect(popcount32(-1)).toBe(32);
    expect(popcount32(0x55555555)).toBe(16);
    expect(popcount32(0x0f0f00ff)).toBe(16);
  });
});

describe('hammingDistance', () => {
  it('is 0 for equal hashes, 1 for one bit, 256 for complements', () => {
    expect(hammingDistance(ZERO, ZERO)).toBe(0);
    expect(hammingDistance(ZERO, BIT0)).toBe(1);
    expect(hammingDistance(ZERO, ONES)).toBe(256);
    expect(hammingDistance(BRIDGE_CPP, BRIDGE_CPP)).toBe(0);
  });

  it('reproduces the distances between the published bridge-1 references (MANIFEST.md)', () => {
    expect(hammingDistance(BRIDGE_CPP, BRIDGE_PYTHON)).toBe(4);
    expect(hammingDistance(BRIDGE_CPP, BRIDGE_JAVA)).toBe(8);
    expect(hammingDistance(BRIDGE_CPP, FLIPX_CPP)).toBe(124);
  });

  it('accepts upper case and is symmetric', () => {
    expect(hammingDistance(BRIDGE_CPP.toUpperCase(), BRIDGE_JAVA)).toBe(8);
    expect(hammingDistance(BRIDGE_JAVA, BRIDGE_CPP)).toBe(8);
  });

  it('agrees with a bit-by-bit count on random pairs', () => {
    const next = lcg(7);
    for (let i = 0; i < 500; i++) {
      const a = randomHex(next);
      const b = randomHex(next);
      expect(hammingDistance(a, b)).toBe(slowDistance(a, b));
    }
  });

  it('rejects malformed hashes', () => {
    expect(() => hammingDistance(ZERO, '0'.repeat(63))).toThrow(TypeError);
    expect(() => hammingDistance(`${'0'.repeat(63)}g`, ZERO)).toThrow(/64 hex characters/);
    expect(() => hammingDistance(ZERO, `${'0'.repeat(62)}-1`)).toThrow(TypeError);
    expect(() => hammingDistance(ZERO, `${'0'.repeat(63)}é`)).toThrow(TypeError);
    expect(() => hammingDistance(undefined as unknown as string, ZERO)).toThrow(TypeError);
  });
});

describe('word and byte forms', () => {
  it('round-trips hex through words', () => {
    const words = pdqHexToWords(BRIDGE_CPP);
    expect(words).toHaveLength(8);
    expect(words[0]).toBe(0xf8f8f0cc);
    expect(pdqWordsToHex(words)).toBe(BRIDGE_CPP);
    expect(pdqWordsToHex(pdqHexToWords(BRIDGE_CPP.toUpperCase()))).toBe(BRIDGE_CPP);
    expect(pdqWordsToHex(pdqHexToWords(BIT0))).toBe(BIT0);
  });

  it('writes at an offset and measures between offsets', () => {
    const store = new Uint32Array(24);
    pdqHexToWords(BRIDGE_CPP, store, 0);
    pdqHexToWords(BRIDGE_JAVA, store, 8);
    pdqHexToWords(FLIPX_CPP, store, 16);
    expect(hammingDistanceWords(store, store, 0, 8)).toBe(8);
    expect(hammingDistanceWords(store, store, 0, 16)).toBe(124);
    expect(hammingDistanceWords(store, pdqHexToWords(BRIDGE_JAVA), 8, 0)).toBe(0);
  });

  it('measures 32-byte binary hashes', () => {
    const a = Buffer.from(BRIDGE_CPP, 'hex');
    const b = Buffer.from(BRIDGE_PYTHON, 'hex');
    expect(hammingDistanceBytes(a, b)).toBe(4);
    expect(hammingDistanceBytes(Buffer.from(ZERO, 'hex'), Buffer.from(ONES, 'hex'))).toBe(256);
    expect(() => hammingDistanceBytes(a, b.subarray(1))).toThrow(/32 bytes/);
  });

  it('validates with isPdqHex', () => {
    expect(isPdqHex(BRIDGE_CPP)).toBe(true);
    expect(isPdqHex(BRIDGE_CPP.toUpperCase())).toBe(true);
    expect(isPdqHex(BRIDGE_CPP.slice(1))).toBe(false);
    expect(isPdqHex(`${BRIDGE_CPP.slice(1)}x`)).toBe(false);
    expect(isPdqHex(42)).toBe(false);
  });
});
