// Keccak-256 (Ethereum's pre-standard padding, not SHA3-256) of short ASCII strings, for EIP-55 checksums.
import { keccak_256 } from '@noble/hashes/sha3.js';
import { keccakF1600 } from './keccak-f1600';

// One absorbed block: the rate of Keccak-256 is 136 bytes, and the padding takes at least one.
const MAX_SINGLE_BLOCK = 135;
const RATE = 136;
const state = new Uint32Array(50);
const stateBytes = new Uint8Array(state.buffer);
// The permutation's lanes are little-endian words; on a big-endian machine the byte view would not match them.
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Keccak-256 of an ASCII string (one byte per character). An address is one 40-byte block: it is absorbed straight
 * into a reused state and permuted once, without the general hasher's buffers and objects.
 */
export function keccak256Ascii(text: string): Uint8Array {
  if (!LITTLE_ENDIAN || text.length > MAX_SINGLE_BLOCK) return keccak_256(Uint8Array.from(text, (c) => c.charCodeAt(0)));
  state.fill(0);
  for (let i = 0; i < text.length; i++) stateBytes[i] = text.charCodeAt(i) & 0xff;
  stateBytes[text.length]! ^= 0x01;
  stateBytes[RATE - 1]! ^= 0x80;
  keccakF1600(state);
  return stateBytes.slice(0, 32);
}
