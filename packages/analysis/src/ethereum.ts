// EVM address validation with the EIP-55 mixed-case checksum, and the scanner for free text (§9.3).
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { allIn, alnumRuns, HEX_DIGITS } from './alnum-runs';
import { type Candidate } from './entity-types';
import { keccak256Ascii } from './keccak256';

/** Keccak-256 (the pre-standard padding Ethereum uses, not SHA3-256) of a UTF-8 string, as hex. */
export function keccak256Hex(text: string): string {
  return bytesToHex(keccak_256(utf8ToBytes(text)));
}

/** The EIP-55 form of a `0x` + 40-hex address (any case in, checksummed case out). */
export function toChecksumAddress(address: string): string {
  const hex = address.slice(2).toLowerCase();
  const hash = keccak256Ascii(hex);
  const out: number[] = [0x30, 0x78];
  for (let i = 0; i < hex.length; i++) {
    const c = hex.charCodeAt(i);
    // Hash nibble i (high nibble first) at 8 or more upper-cases a letter.
    const high = i & 1 ? hash[i >> 1]! & 0x08 : hash[i >> 1]! & 0x80;
    out.push(c >= 0x61 && high ? c - 0x20 : c);
  }
  return String.fromCharCode(...out);
}

export interface EthereumAddress {
  valid: boolean;
  /** Lower-case `0x…`, the form the graph links on. */
  value: string;
  checksummed: string;
  /** 'unchecksummed' for single-case input, which EIP-55 accepts but cannot verify. */
  flags: string[];
  error?: 'checksum';
}

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** `null` unless the string has the `0x` + 40 hex form. */
export function validateEthereumAddress(text: string): EthereumAddress | null {
  if (!ADDRESS.test(text)) return null;
  const body = text.slice(2);
  const value = '0x' + body.toLowerCase();
  const checksummed = toChecksumAddress(text);
  if (body === body.toLowerCase() || body === body.toUpperCase()) {
    return { valid: true, value, checksummed, flags: ['unchecksummed'] };
  }
  const valid = checksummed === text;
  return valid ? { valid, value, checksummed, flags: [] } : { valid, value, checksummed, flags: [], error: 'checksum' };
}

/**
 * Addresses in text: `0x` and 40 hex digits as a whole run of ASCII letters and digits (so a 64-hex transaction hash
 * does not yield its first 40 characters); `runs` are the text's long alphanumeric runs if already known.
 */
export function scanEthereumAddresses(text: string, runs: readonly number[] = alnumRuns(text, 42)): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k]!;
    const end = runs[k + 1]!;
    if (end - start !== 42 || text.charCodeAt(start) !== 0x30 || text.charCodeAt(start + 1) !== 0x78) continue;
    if (!allIn(text, start + 2, end, HEX_DIGITS)) continue;
    const address = validateEthereumAddress(text.slice(start, end));
    if (!address) continue;
    const details: Record<string, unknown> = { checksummed: address.checksummed };
    if (address.error) details['error'] = address.error;
    out.push({ type: 'eth_address', start, end, value: address.value, valid: address.valid, flags: address.flags, details });
  }
  return out;
}
