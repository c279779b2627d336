// Covers base58.ts: Base58 round trips, leading zeros, alphabet rejection and the Base58Check checksum.
import { describe, expect, it } from 'vitest';
import { hexToBytes } from '@noble/hashes/utils.js';
import { base58CheckDecode, base58CheckEncode, base58Decode, base58Encode } from './base58';

describe('base58', () => {
  it('round-trips bytes with leading zeros', () => {
    const bytes = Uint8Array.from([0, 0, 1, 2, 255]);
    expect(base58Decode(base58Encode(bytes))).toEqual(bytes);
    expect(base58Encode(Uint8Array.from([0, 0]))).toBe('11');
  });

  it('matches a known encoding', () => {
    // "Hello World!" is a common Base58 example.
    expect(base58Encode(new TextEncoder().encode('Hello World!'))).toBe('2NEpo7TZRRrLZSi2U');
  });

  it('rejects characters outside the alphabet (0, O, I, l)', () => {
    for (const bad of ['0abc', 'Oabc', 'Iabc', 'labc', 'абв']) expect(base58Decode(bad)).toBeNull();
  });

  it('checks the double-SHA-256 checksum', () => {
    const body = hexToBytes('0077bff20c60e522dfaa3350c39b030a5d004e839a');
    const encoded = base58CheckEncode(body);
    expect(encoded).toBe('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2');
    expect(base58CheckDecode(encoded)).toEqual({ body, checksumValid: true });
    expect(base58CheckDecode('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3')?.checksumValid).toBe(false);
    expect(base58CheckDecode('111')).toBeNull();
  });
});
