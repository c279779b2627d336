// EVM address validation with the EIP-55 mixed-case checksum, and the scanner for free text (§9.3).
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { type Candidate } from './entity-types';

/** Keccak-256 (the pre-standard padding Ethereum uses, not SHA3-256) of a UTF-8 string, as hex. */
export function keccak256Hex(text: string): string {
  return bytesToHex(keccak_256(utf8ToBytes(text)));
}

/** The EIP-55 form of a `0x` + 40-hex address (any case in, checksummed case out). */
export function toChecksumAddress(address: string): string {
  const hex = address.slice(2).toLowerCase();
  const hash = keccak256Hex(hex);
  let out = '0x';
  for (let i = 0; i < hex.length; i++) {
    const c = hex[i]!;
    out += c >= 'a' && parseInt(hash[i]!, 16) >= 8 ? c.toUpperCase() : c;
  }
  return out;
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

// A 64-hex transaction hash must not yield its first 40 characters, hence the alphanumeric lookahead.
const CANDIDATE = /(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])/g;

export function scanEthereumAddresses(text: string): Candidate[] {
  if (!text.includes('0x')) return [];
  const out: Candidate[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const address = validateEthereumAddress(match[0]);
    if (!address) continue;
    const details: Record<string, unknown> = { checksummed: address.checksummed };
    if (address.error) details['error'] = address.error;
    out.push({
      type: 'eth_address',
      start: match.index,
      end: match.index + match[0].length,
      value: address.value,
      valid: address.valid,
      flags: address.flags,
      details,
    });
  }
  return out;
}
