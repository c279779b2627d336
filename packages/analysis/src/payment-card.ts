// Payment card numbers: Luhn, issuer scheme from the IIN prefix and length, and the text scanner.
import { type Candidate } from './entity-types';

/** The Luhn (mod 10) check over a digit string. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export type CardScheme = 'visa' | 'mastercard' | 'mir' | 'unionpay' | 'amex' | 'maestro' | 'jcb' | 'discover';

interface SchemeRule {
  scheme: CardScheme;
  /** Inclusive IIN ranges, compared on as many leading digits as the bounds have. */
  ranges: Array<[string, string]>;
  lengths: number[];
}

// Order matters: Mir's 2200–2204 lies below Mastercard's 2221–2720, and the specific Discover ranges come before
// UnionPay's broader 62, which they do not overlap.
const SCHEMES: SchemeRule[] = [
  { scheme: 'mir', ranges: [['2200', '2204']], lengths: [16, 17, 18, 19] },
  {
    scheme: 'mastercard',
    ranges: [
      ['51', '55'],
      ['2221', '2720'],
    ],
    lengths: [16],
  },
  { scheme: 'visa', ranges: [['4', '4']], lengths: [13, 16, 19] },
  {
    scheme: 'amex',
    ranges: [
      ['34', '34'],
      ['37', '37'],
    ],
    lengths: [15],
  },
  { scheme: 'jcb', ranges: [['3528', '3589']], lengths: [16, 17, 18, 19] },
  {
    scheme: 'discover',
    ranges: [
      ['6011', '6011'],
      ['644', '649'],
      ['65', '65'],
    ],
    lengths: [16, 17, 18, 19],
  },
  { scheme: 'unionpay', ranges: [['62', '62']], lengths: [16, 17, 18, 19] },
  {
    scheme: 'maestro',
    ranges: [
      ['50', '50'],
      ['56', '58'],
      ['63', '63'],
      ['67', '67'],
    ],
    lengths: [12, 13, 14, 15, 16, 17, 18, 19],
  },
];

/** The scheme whose IIN range and length fit, or `null`. */
export function cardScheme(digits: string): CardScheme | null {
  for (const rule of SCHEMES) {
    if (!rule.lengths.includes(digits.length)) continue;
    for (const [low, high] of rule.ranges) {
      const prefix = digits.slice(0, low.length);
      if (prefix >= low && prefix <= high) return rule.scheme;
    }
  }
  return null;
}

export interface PaymentCard {
  digits: string;
  scheme: CardScheme;
  /** Issuer identification number (first 6 digits), which names the issuing bank. */
  bin: string;
  last4: string;
}

/** Digits only, Luhn-valid and of a known scheme; anything else is `null` (a long number, not a card). */
export function validatePaymentCard(text: string): PaymentCard | null {
  const digits = text.replace(/[ -]/g, '');
  if (!/^\d{12,19}$/.test(digits) || !luhnValid(digits)) return null;
  const scheme = cardScheme(digits);
  if (!scheme) return null;
  return { digits, scheme, bin: digits.slice(0, 6), last4: digits.slice(-4) };
}

// Contiguous, or in the printed groupings (4-4-4-4[-3], 4-4-4-1..4, Amex/Diners 4-6-4/5) with one separator kind.
const CANDIDATE = /(?<![0-9A-Za-z])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{3})?|\d{4}([ -])\d{6}\2\d{4,5})(?![0-9A-Za-z])/g;

/** Card numbers in text; a number starts with a digit, so the search can begin at the first one (`from`). */
export function scanPaymentCards(text: string, from = 0): Candidate[] {
  const out: Candidate[] = [];
  // One shared global regex (nothing called below scans again before the loop ends).
  const re = CANDIDATE;
  re.lastIndex = Math.max(0, from);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text))) {
    const card = validatePaymentCard(match[0]);
    if (!card) continue;
    out.push({
      type: 'payment_card',
      start: match.index,
      end: match.index + match[0].length,
      value: card.digits,
      valid: true,
      flags: [],
      details: { scheme: card.scheme, bin: card.bin, last4: card.last4 },
    });
  }
  return out;
}
