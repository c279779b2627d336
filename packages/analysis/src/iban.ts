// IBAN validation (ISO 13616: registry lengths and the ISO 7064 mod-97 check) and the text scanner.
import { type Candidate } from './entity-types';

/** IBAN length per country, from the SWIFT IBAN registry. Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan do not use IBAN. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

/** ISO 7064 MOD 97-10 over the rearranged IBAN (country and check digits moved to the end, letters as 10–35). */
export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    // Letters expand to two digits, so fold them in as a two-digit step to keep the remainder small.
    if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97;
    else remainder = (remainder * 10 + (code - 48)) % 97;
  }
  return remainder;
}

export interface Iban {
  valid: boolean;
  /** Upper case, no spaces. */
  value: string;
  country: string;
  error?: 'checksum';
}

/**
 * `null` unless the country is in the registry and the length matches; a mod-97 failure then gives `valid: false`
 * (a mistyped IBAN still points at an account worth checking).
 */
export function validateIban(text: string): Iban | null {
  const value = text.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value)) return null;
  const country = value.slice(0, 2);
  if (IBAN_LENGTHS[country] !== value.length) return null;
  return ibanMod97(value) === 1 ? { valid: true, value, country } : { valid: false, value, country, error: 'checksum' };
}

// Electronic (compact) or paper format (groups of four separated by single spaces).
const CANDIDATE = /(?<![0-9A-Za-z])[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,3})?)(?![0-9A-Za-z])/g;
const HINT = /[A-Za-z]{2}\d{2}/g;

/**
 * In the paper format a following short word ("… 0100 USD") can be read as a last group; the registry length says
 * where the IBAN really ends, so cut there when that falls on a group boundary.
 */
function paperPrefix(raw: string): string {
  const expected = IBAN_LENGTHS[raw.slice(0, 2).toUpperCase()];
  if (!expected || !raw.includes(' ')) return raw;
  let seen = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === ' ') continue;
    if (++seen === expected) return i + 1 === raw.length || raw[i + 1] === ' ' ? raw.slice(0, i + 1) : raw;
  }
  return raw;
}

/**
 * IBANs in text. One starts with two letters and two digits, so the search can begin two characters before the
 * first digit (`from`).
 */
export function scanIbans(text: string, from = 0): Candidate[] {
  const hint = HINT;
  hint.lastIndex = Math.max(0, from);
  if (!hint.test(text)) return [];
  const out: Candidate[] = [];
  // One shared global regex (nothing called below scans again before the loop ends).
  const re = CANDIDATE;
  re.lastIndex = Math.max(0, from);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text))) {
    const raw = paperPrefix(match[0]);
    const iban = validateIban(raw);
    if (!iban) continue;
    const details: Record<string, unknown> = { country: iban.country };
    if (iban.error) details['error'] = iban.error;
    out.push({
      type: 'iban',
      start: match.index,
      end: match.index + raw.length,
      value: iban.value,
      valid: iban.valid,
      flags: [],
      details,
    });
  }
  return out;
}
