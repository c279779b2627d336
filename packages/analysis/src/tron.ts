// TRON address validation (Base58Check over 0x41 + 20 bytes), its hex and EVM forms, and the text scanner (§9.4).
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { allIn, alnumRuns, charTable, HEX_DIGITS } from './alnum-runs';
import { BASE58_ALPHABET, base58CheckDecode, base58CheckEncode } from './base58';
import { type Candidate } from './entity-types';

const TRON_VERSION = 0x41;

export interface TronAddress {
  valid: boolean;
  /** The `T…` Base58Check form, which is case-sensitive and therefore stored as written. */
  value: string;
  /** `41` + 40 hex, lower-case. */
  hex: string;
  /** The same 20 bytes as a lower-case EVM address, to link the two forms in the graph. */
  evm: string;
  flags: string[];
  error?: 'checksum';
}

/** `null` unless the string decodes to 25 bytes with version 0x41; a bad checksum gives `valid: false`. */
export function validateTronAddress(text: string): TronAddress | null {
  if (!/^T[1-9A-HJ-NP-Za-km-z]{33}$/.test(text)) return null;
  const decoded = base58CheckDecode(text);
  if (!decoded || decoded.body.length !== 21 || decoded.body[0] !== TRON_VERSION) return null;
  const hex = bytesToHex(decoded.body);
  const base = { value: text, hex, evm: '0x' + hex.slice(2), flags: [] as string[] };
  return decoded.checksumValid ? { valid: true, ...base } : { valid: false, ...base, error: 'checksum' };
}

/** `41` + 40 hex to the `T…` form; `null` for anything else. */
export function tronHexToAddress(hex: string): string | null {
  if (!/^41[0-9a-fA-F]{40}$/.test(hex)) return null;
  return base58CheckEncode(hexToBytes(hex.toLowerCase()));
}

export function evmToTronAddress(evm: string): string | null {
  if (!/^0x[0-9a-fA-F]{40}$/.test(evm)) return null;
  return tronHexToAddress('41' + evm.slice(2));
}

// Both forms are whole runs of ASCII letters and digits: `T` and 33 Base58 characters, or `41` and 40 hex digits
// (42 hex digits is an unusual length for anything else: hashes are 32, 40 or 64, so the hex form is worth finding).
const BASE58_CHARS = charTable(BASE58_ALPHABET);

function toCandidate(address: TronAddress, start: number, end: number, extraFlags: string[] = []): Candidate {
  const details: Record<string, unknown> = { hex: address.hex, evm: address.evm };
  if (address.error) details['error'] = address.error;
  return {
    type: 'tron_address',
    start,
    end,
    value: address.value,
    valid: address.valid,
    flags: [...address.flags, ...extraFlags],
    details,
  };
}

/** TRON addresses in text, `T…` forms first; `runs` are the text's long alphanumeric runs if already known. */
export function scanTronAddresses(text: string, runs: readonly number[] = alnumRuns(text, 34)): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k]!;
    const end = runs[k + 1]!;
    if (end - start !== 34 || text.charCodeAt(start) !== 0x54 /* T */ || !allIn(text, start + 1, end, BASE58_CHARS)) continue;
    const address = validateTronAddress(text.slice(start, end));
    if (address) out.push(toCandidate(address, start, end));
  }
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k]!;
    const end = runs[k + 1]!;
    if (end - start !== 42 || text.charCodeAt(start) !== 0x34 || text.charCodeAt(start + 1) !== 0x31) continue;
    if (!allIn(text, start + 2, end, HEX_DIGITS)) continue;
    const base58 = tronHexToAddress(text.slice(start, end))!;
    const address = validateTronAddress(base58)!;
    out.push(toCandidate(address, start, end, ['hex_form']));
  }
  return out;
}
