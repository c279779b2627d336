// Covers sha256d.ts: the in-place single-block double SHA-256 against node:crypto.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256d } from './sha256d';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();

/** Deterministic pseudo-random bytes (a linear congruential generator is enough to vary the input). */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 16;
  }
  return out;
}

describe('sha256d', () => {
  it('equals node:crypto twice for every length around the single-block limit', () => {
    for (let length = 0; length <= 80; length++) {
      for (const seed of [1, 2, 3]) {
        const data = bytes(length, seed * 1000 + length);
        expect(hex(sha256d(data))).toBe(hex(sha256(sha256(data))));
      }
    }
  });

  it('gives the known double hash of the empty string', () => {
    expect(hex(sha256d(new Uint8Array(0)))).toBe('5df6e0e2761359d30a8275058e299fcc0381534545f55cf43e41983f5d4c9456');
  });
});
