// Base58 and Base58Check (Bitcoin alphabet), shared by the Bitcoin and TRON validators.
import { sha256d } from './sha256d';

export const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

const DIGIT_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE58_ALPHABET.length; i++) DIGIT_OF[BASE58_ALPHABET.charCodeAt(i)] = i;

/** Decodes Base58; `null` if a character is outside the alphabet. Leading '1's are leading zero bytes. */
export function base58Decode(text: string): Uint8Array | null {
  let zeros = 0;
  while (zeros < text.length && text.charCodeAt(zeros) === 0x31) zeros++;
  // Big-endian base-256 accumulator sized for the input (log 58 / log 256 < 0.733), filled from the right.
  const size = Math.floor(((text.length - zeros) * 733) / 1000) + 1;
  const acc = new Uint8Array(size);
  let used = 0;
  for (let i = zeros; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let carry = code < 128 ? DIGIT_OF[code]! : -1;
    if (carry < 0) return null;
    let k = 0;
    for (let j = size - 1; (carry !== 0 || k < used) && j >= 0; j--, k++) {
      carry += 58 * acc[j]!;
      acc[j] = carry & 0xff;
      carry >>= 8;
    }
    used = k;
  }
  let from = size - used;
  while (from < size && acc[from] === 0) from++;
  const out = new Uint8Array(zeros + size - from);
  out.set(acc.subarray(from), zeros);
  return out;
}

export function base58Encode(data: Uint8Array): string {
  let zeros = 0;
  while (zeros < data.length && data[zeros] === 0) zeros++;
  const digits: number[] = [];
  for (let i = zeros; i < data.length; i++) {
    let carry = data[i]!;
    for (let j = digits.length - 1; j >= 0; j--) {
      carry += digits[j]! * 256;
      digits[j] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.unshift(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  return '1'.repeat(zeros) + digits.map((d) => BASE58_ALPHABET[d]).join('');
}

function checksum(body: Uint8Array): Uint8Array {
  return sha256d(body).subarray(0, 4);
}

export interface Base58CheckResult {
  /** The decoded bytes without the 4-byte checksum (version byte first). */
  body: Uint8Array;
  checksumValid: boolean;
}

/** Splits a Base58Check string into body and checksum; `null` if it is not Base58 or shorter than 5 bytes. */
export function base58CheckDecode(text: string): Base58CheckResult | null {
  const bytes = base58Decode(text);
  if (!bytes || bytes.length < 5) return null;
  const body = bytes.subarray(0, bytes.length - 4);
  const expected = checksum(body);
  const actual = bytes.subarray(bytes.length - 4);
  let checksumValid = true;
  for (let i = 0; i < 4; i++) if (expected[i] !== actual[i]) checksumValid = false;
  return { body, checksumValid };
}

export function base58CheckEncode(body: Uint8Array): string {
  const out = new Uint8Array(body.length + 4);
  out.set(body);
  out.set(checksum(body), body.length);
  return base58Encode(out);
}
