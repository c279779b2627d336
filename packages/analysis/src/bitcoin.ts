// Bitcoin address validation (Base58Check and BIP-173/BIP-350 Bech32/Bech32m) and the scanner for free text (§9.2).
import { bytesToHex } from '@noble/hashes/utils.js';
import { allIn, alnumRuns, charTable, MIN_ADDRESS_RUN } from './alnum-runs';
import { BASE58_ALPHABET, base58CheckDecode } from './base58';
import { type Candidate } from './entity-types';

export type BitcoinAddressKind = 'p2pkh' | 'p2sh' | 'p2wpkh' | 'p2wsh' | 'p2tr' | 'witness_unknown';
export type BitcoinNetwork = 'mainnet' | 'testnet' | 'regtest';

export interface BitcoinAddress {
  valid: boolean;
  /** Lower-case for Bech32 (it is case-insensitive), as written for Base58. */
  value: string;
  encoding: 'base58' | 'bech32' | 'bech32m';
  network: BitcoinNetwork;
  kind?: BitcoinAddressKind;
  hash160?: string;
  witnessVersion?: number;
  program?: string;
  /** Why `valid` is false. */
  error?: string;
  flags: string[];
}

const BASE58_VERSIONS: Record<number, { kind: BitcoinAddressKind; network: BitcoinNetwork }> = {
  0x00: { kind: 'p2pkh', network: 'mainnet' },
  0x05: { kind: 'p2sh', network: 'mainnet' },
  0x6f: { kind: 'p2pkh', network: 'testnet' },
  0xc4: { kind: 'p2sh', network: 'testnet' },
};

/**
 * A Base58 legacy address: `null` unless the string decodes to 25 bytes with a known version byte, so that random
 * words are not reported; a wrong checksum on a well-formed address is reported as invalid.
 */
export function validateBase58Address(text: string): BitcoinAddress | null {
  const decoded = base58CheckDecode(text);
  if (!decoded || decoded.body.length !== 21) return null;
  const version = BASE58_VERSIONS[decoded.body[0]!];
  if (!version) return null;
  const flags = version.network === 'mainnet' ? [] : ['testnet'];
  return {
    valid: decoded.checksumValid,
    value: text,
    encoding: 'base58',
    network: version.network,
    kind: version.kind,
    hash160: bytesToHex(decoded.body.subarray(1)),
    flags,
    ...(decoded.checksumValid ? {} : { error: 'checksum' }),
  };
}

export const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymodStep(chk: number, value: number): number {
  const top = chk >>> 25;
  let out = (((chk & 0x1ffffff) << 5) ^ value) >>> 0;
  for (let i = 0; i < 5; i++) if ((top >>> i) & 1) out = (out ^ GENERATOR[i]!) >>> 0;
  return out;
}

export function bech32Polymod(values: readonly number[]): number {
  let chk = 1;
  for (const value of values) chk = polymodStep(chk, value);
  return chk;
}

/** Each character's value in the Bech32 charset (lower case), or -1. */
const CHARSET_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < BECH32_CHARSET.length; i++) CHARSET_VALUE[BECH32_CHARSET.charCodeAt(i)] = i;

export type Bech32Decoded =
  | { ok: true; hrp: string; data: number[]; encoding: 'bech32' | 'bech32m' }
  | { ok: false; error: 'length' | 'mixed_case' | 'character' | 'separator' | 'checksum' };

/** Decodes a Bech32 or Bech32m string; `data` excludes the 6 checksum characters. */
export function bech32Decode(text: string): Bech32Decoded {
  if (text.length > 90) return { ok: false, error: 'length' };
  const lower = text.toLowerCase();
  if (lower !== text && text.toUpperCase() !== text) return { ok: false, error: 'mixed_case' };
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 33 || code > 126) return { ok: false, error: 'character' };
  }
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || separator + 7 > lower.length) return { ok: false, error: 'separator' };
  const hrp = lower.slice(0, separator);
  // The checksum runs over the expanded hrp (high bits, a zero, low bits) and the data, folded in as they are read.
  let chk = 1;
  for (let i = 0; i < separator; i++) chk = polymodStep(chk, lower.charCodeAt(i) >>> 5);
  chk = polymodStep(chk, 0);
  for (let i = 0; i < separator; i++) chk = polymodStep(chk, lower.charCodeAt(i) & 31);
  const data: number[] = [];
  for (let i = separator + 1; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const value = code < 128 ? CHARSET_VALUE[code]! : -1;
    if (value < 0) return { ok: false, error: 'character' };
    chk = polymodStep(chk, value);
    data.push(value);
  }
  const encoding = chk === BECH32_CONST ? 'bech32' : chk === BECH32M_CONST ? 'bech32m' : null;
  if (!encoding) return { ok: false, error: 'checksum' };
  data.length -= 6;
  return { ok: true, hrp, data, encoding };
}

/** Regroups bits; with `pad` false, more than 4 bits of padding or non-zero padding is an error (`null`). */
export function convertBits(data: readonly number[], from: number, to: number, pad: boolean): number[] | null {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxValue = (1 << to) - 1;
  for (const value of data) {
    if (value < 0 || value >> from) return null;
    acc = ((acc << from) | value) & 0xffffff;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & maxValue);
    }
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & maxValue);
  } else if (bits >= from || (acc << (to - bits)) & maxValue) {
    return null;
  }
  return out;
}

const SEGWIT_NETWORKS: Record<string, BitcoinNetwork> = { bc: 'mainnet', tb: 'testnet', bcrt: 'regtest' };

/**
 * A SegWit address: `null` if the prefix is not `bc1`/`tb1`/`bcrt1`; otherwise the result says whether it passes
 * BIP-173/BIP-350 (v0 needs Bech32 and 20 or 32 bytes, v1+ needs Bech32m).
 */
export function validateSegwitAddress(text: string): BitcoinAddress | null {
  const lower = text.toLowerCase();
  const separator = lower.lastIndexOf('1');
  const network = separator > 0 ? SEGWIT_NETWORKS[lower.slice(0, separator)] : undefined;
  if (!network) return null;
  const flags = network === 'mainnet' ? [] : ['testnet'];
  const decoded = bech32Decode(text);
  if (!decoded.ok) return invalidSegwit(lower, network, flags, decoded.error);
  const [version, ...words] = decoded.data;
  if (version === undefined || version > 16) return invalidSegwit(lower, network, flags, 'witness_version', decoded.encoding);
  const program = convertBits(words, 5, 8, false);
  if (!program) return invalidSegwit(lower, network, flags, 'padding', decoded.encoding);
  if (program.length < 2 || program.length > 40) return invalidSegwit(lower, network, flags, 'program_length', decoded.encoding);
  if (version === 0 && program.length !== 20 && program.length !== 32)
    return invalidSegwit(lower, network, flags, 'program_length', decoded.encoding);
  if ((version === 0) !== (decoded.encoding === 'bech32'))
    return invalidSegwit(lower, network, flags, 'checksum_variant', decoded.encoding);
  let kind: BitcoinAddressKind = 'witness_unknown';
  if (version === 0) kind = program.length === 20 ? 'p2wpkh' : 'p2wsh';
  else if (version === 1 && program.length === 32) kind = 'p2tr';
  return {
    valid: true,
    value: lower,
    encoding: decoded.encoding,
    network,
    kind,
    witnessVersion: version,
    program: bytesToHex(Uint8Array.from(program)),
    // Outputs to unknown witness programs are anyone-can-spend today, so they are worth an analyst's attention.
    flags: kind === 'witness_unknown' ? [...flags, 'non_standard'] : flags,
  };
}

// A top-level function rather than a closure in validateSegwitAddress, which would be built on every call.
function invalidSegwit(
  value: string,
  network: BitcoinNetwork,
  flags: string[],
  error: string,
  encoding: 'bech32' | 'bech32m' = 'bech32',
): BitcoinAddress {
  return { valid: false, value, encoding, network, error, flags };
}

export function validateBitcoinAddress(text: string): BitcoinAddress | null {
  return /^(?:bc|tb|bcrt)1/i.test(text) ? validateSegwitAddress(text) : validateBase58Address(text);
}

// §9.2 prefilter `\b[13mn2][1-9A-HJ-NP-Za-km-z]{25,34}\b` and the SegWit form
// `(?:bcrt|bc|tb)1[02-9ac-hj-np-z]{11,87}` (any case), with ASCII-alphanumeric boundaries instead of \b so that a
// neighbouring '_' still counts as one: either form is a whole run of ASCII letters and digits.
const BASE58_CHARS = charTable(BASE58_ALPHABET);
const BECH32_CHARS = charTable(BECH32_CHARSET + BECH32_CHARSET.toUpperCase());

/** The length of a SegWit prefix (`bc1`, `tb1`, `bcrt1`, any case) at `start`, or 0. */
function segwitPrefix(text: string, start: number): number {
  const a = text.charCodeAt(start) | 0x20;
  const b = text.charCodeAt(start + 1) | 0x20;
  if (a === 0x74 /* t */ && b === 0x62 /* b */) return text.charCodeAt(start + 2) === 0x31 ? 3 : 0;
  if (a !== 0x62 /* b */ || b !== 0x63 /* c */) return 0;
  if (text.charCodeAt(start + 2) === 0x31) return 3;
  const isRt = (text.charCodeAt(start + 2) | 0x20) === 0x72 && (text.charCodeAt(start + 3) | 0x20) === 0x74;
  return isRt && text.charCodeAt(start + 4) === 0x31 ? 5 : 0;
}

function toCandidate(address: BitcoinAddress, start: number, end: number): Candidate {
  const details: Record<string, unknown> = { encoding: address.encoding, network: address.network };
  if (address.kind) details['kind'] = address.kind;
  if (address.hash160) details['hash160'] = address.hash160;
  if (address.witnessVersion !== undefined) details['witnessVersion'] = address.witnessVersion;
  if (address.program) details['program'] = address.program;
  if (address.error) details['error'] = address.error;
  return { type: 'btc_address', start, end, value: address.value, valid: address.valid, flags: address.flags, details };
}

/** Bitcoin addresses in text, Base58 ones first; `runs` are its long alphanumeric runs if already known. */
export function scanBitcoinAddresses(text: string, runs: readonly number[] = alnumRuns(text, MIN_ADDRESS_RUN)): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k]!;
    const end = runs[k + 1]!;
    if (end - start < 26 || end - start > 35) continue;
    const first = text.charCodeAt(start);
    // 1, 3, m, n, 2
    if (first !== 0x31 && first !== 0x33 && first !== 0x6d && first !== 0x6e && first !== 0x32) continue;
    if (!allIn(text, start + 1, end, BASE58_CHARS)) continue;
    const address = validateBase58Address(text.slice(start, end));
    if (address) out.push(toCandidate(address, start, end));
  }
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k]!;
    const end = runs[k + 1]!;
    const prefix = segwitPrefix(text, start);
    if (!prefix || end - start - prefix < 11 || end - start - prefix > 87) continue;
    if (!allIn(text, start + prefix, end, BECH32_CHARS)) continue;
    const address = validateSegwitAddress(text.slice(start, end));
    if (address) out.push(toCandidate(address, start, end));
  }
  return out;
}
