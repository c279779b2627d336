// Covers keccak256.ts and keccak-f1600.ts: the single-block Keccak-256 against @noble/hashes.
import { keccak_256 } from '@noble/hashes/sha3.js';
import { describe, expect, it } from 'vitest';
import { keccak256Ascii } from './keccak256';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('keccak256Ascii', () => {
  it('is Keccak-256, not SHA3-256', () => {
    expect(hex(keccak256Ascii(''))).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
  });

  it('equals @noble/hashes for ASCII strings of every length up to two blocks', () => {
    for (let length = 0; length <= 280; length++) {
      const text = Array.from({ length }, (_, i) => String.fromCharCode(0x20 + ((i * 7919 + length * 31) % 95))).join('');
      expect(hex(keccak256Ascii(text))).toBe(hex(keccak_256(new TextEncoder().encode(text))));
    }
  });
});
