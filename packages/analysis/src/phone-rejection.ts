// What looks like a phone number in free text but is not one (§9.5): dates, dotted version or address numbers,
// amounts, card numbers, references and fractions, told apart by the candidate's layout and a few characters of context.
import { cardScheme, luhnValid } from './payment-card';

/** The ASCII digits of a string (what `replace(/\D/g, '')` gives for the candidates' characters), without a regex. */
export function digitsOf(text: string): string {
  let out = '';
  let from = 0;
  // Copy runs of digits at once: a written number is a few groups.
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code >= 0x30 && code <= 0x39) continue;
    if (i > from) out += from === 0 && i === text.length ? text : text.slice(from, i);
    from = i + 1;
  }
  return out;
}

const DATE_AT_START = /^\(?(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2}))(?!\d)/;
const DOTTED_ONLY = /^\d+(?:\.\d+){3,}$/;
const GROUPED_AMOUNT = /^\d{1,2}(?:[ .]\d{3}){2,}$|^\d{1,3}(?:\.\d{3})+$/;
const DECIMAL_AMOUNT = /[.,]\d{1,2}$/;
// Currency words must end there ("сом" is a currency, "сомневаюсь" is not).
const CURRENCY_AFTER =
  /^[ \t]?(?:[₸₽$€£¥%]|(?:тг|тенге|теңге|тңг|руб(?:л[а-яё]*)?|р\.|сом|сум|сомони|somoni|манат|kzt|rub|usdt?|eur|kgs|uzs|tjs|tmt|долл[а-яё]*|евро|тыс|млн|млрд)(?!\p{L}))/iu;
const REFERENCE_BEFORE = /[№#][ \t]*$/;
const INTERNATIONAL_AMOUNT = /^\+\d{1,3}(?:[ .,]\d{3})*(?:[.,]\d{1,2})?$/;
const NATIONAL_AMOUNT = /^(?!0\d)(?:\d+|\d{1,3}(?:[ .,]\d{3})+)(?:[.,]\d{1,2})?$/;
// Four groups of four (or 4-4-4-1…4): a card number, valid or mistyped; its groups are not phone numbers.
export const CARD_LAYOUT = /^\d{4}([ -])\d{4}\1\d{4}\1\d{1,4}$/;
const CURRENCY_BEFORE = /(?:₸|₽|\$|€|£|usd|kzt|rub|eur|сумма|итого)[ \t:]*$/i;
// A digit and a slash on either side: one side of a fraction or a ratio (EXIF rationals such as
// `281400000/100000000`, `1/250`), not a number someone dials. `wa.me/77012345678` has a letter before its slash.
const FRACTION_BEFORE = /\d\/$/;
const FRACTION_AFTER = /^\/\d/;
// One digit and zeros only (100000000): a round quantity. No numbering plan hands such a number to a subscriber, yet
// a 9-digit one is a well-formed Tajik mobile.
const ROUND_NUMBER = /^\d0+$/;

/**
 * Why a candidate is not a phone number (dates, IPv4/version-like dotted numbers, amounts and round numbers, card
 * numbers, numbers after '№' or '#', either side of a fraction), or `null`. `before` and `after` are a few characters of context around the candidate.
 */
export function phoneRejection(written: string, before = '', after = ''): string | null {
  const trimmed = written.trim();
  const international = trimmed.startsWith('+');
  if (DATE_AT_START.test(trimmed)) return 'date';
  if (DOTTED_ONLY.test(trimmed)) return 'dotted';
  if (!international && (GROUPED_AMOUNT.test(trimmed) || DECIMAL_AMOUNT.test(trimmed))) return 'amount';
  // A currency next to a number makes it an amount if it is written as amounts are: digits in one run or grouped in
  // thousands, without a leading zero (after '+', only grouped in thousands). A phone layout ("+7 (702) 486-04-10",
  // "8 702 486 04 10", "0222 574 904") followed by "USDT…" is a phone number and the next word.
  const amountLayout = international ? INTERNATIONAL_AMOUNT.test(trimmed) : NATIONAL_AMOUNT.test(trimmed);
  if (amountLayout && (CURRENCY_AFTER.test(after) || CURRENCY_BEFORE.test(before))) return 'amount';
  if (REFERENCE_BEFORE.test(before)) return 'reference';
  if (FRACTION_BEFORE.test(before) || FRACTION_AFTER.test(after)) return 'fraction';
  const digits = digitsOf(trimmed);
  if (!international && ROUND_NUMBER.test(digits)) return 'amount';
  // A card number is Luhn-valid and starts with an issuer's range (no card starts with 0 or 7, as '00…' and '7…'
  // international numbers do).
  if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits) && cardScheme(digits)) return 'card';
  return null;
}
