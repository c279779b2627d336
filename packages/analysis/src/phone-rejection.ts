// What looks like a phone number in free text but is not one (§9.5): dates, dotted version or address numbers,
// amounts and quantities, decimal fractions, card numbers, ISBNs, labelled identifiers, references and fractions, told
// apart by the candidate's layout and a few characters of context.
import { isVersionContext } from './ip-address';
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
// The digits after a decimal comma, which no candidate holds: an amount's kopecks ("824 821 521,38"). Only after an
// amount grouped in thousands: an undivided number before ",45" is a CSV row's phone and the next column (a duration).
const CENTS_AFTER = /^,\d{1,2}(?!\d)/;
const THOUSANDS_SEPARATOR = /[ .\u00a0\u202f]/;
// A unit of size or count after a number ("669753991 bytes", "12000000 шт"); like a currency, it must end there.
const UNIT_AFTER = /^[ \t]?(?:bytes?|байт\p{L}*|octets?|[kmgt]i?b|[кмгт]б|шт|pcs)(?!\p{L})/iu;
// A decimal fraction with one dot after at most three digits and five or more after it: a coordinate or a measure
// ("76.889709", "71.34645756"). A phone number written with dots has dots between its groups.
const DECIMAL_FRACTION = /^\d{1,3}\.\d{5,}$/;
// The same written with a decimal comma ("43,238949 76,889709"): the comma is no candidate's character, so the
// candidate begins after "43,". A list of numbers ("87012345678,87012345679") has more digits before its comma.
const DECIMAL_COMMA_BEFORE = /(?:^|[^\d.,])\d{1,3},$/;
// A coordinate's or a measure's fraction: four to eight digits. A CSV row's id column before a phone ("12,87012345678")
// puts a whole number after the comma.
const FRACTION_DIGITS = /^\d{4,8}(?!\d)/;
// A digit and a dot just before a dotted candidate: the rest of a dotted number whose start the pattern skipped
// ("v8.17.4070.140" has a letter before its 8, so the candidate begins at 17.4070.140). "тел.701.234.5678" has a
// letter before its dot, and a list's "1.87012345678" no dot in the candidate.
const DOTTED_BEFORE = /\d\.$/;
// A label of an identifier that is no phone number: Russian and Kazakh tax, bank and registration numbers (БИК
// 044525225 and КПП 773601001 are well-formed Tajik and Kyrgyz mobiles), device and SIM numbers, book and serial
// numbers (with an ISBN-13's 978 before the rest of its groups).
const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:(?:ИНН|ИИН|БИН|БИК|КПП|ОГРН(?:ИП)?|ОКПО|СНИЛС|IMEI|IMSI|ICCID|ISSN)[ \t]*[:№#]?|ISBN(?:-1[03])?[ \t]*:?[ \t]*(?:97[89][- ])?)[ \t]*$/iu;
// An ISBN-10 in its four hyphenated groups (the last a single check character), which its checksum confirms; an X as
// the check character is no candidate's character and follows the candidate.
const ISBN10 = /^\d{1,5}-\d{1,7}-\d{1,7}(?:-\d)?$/;
const ISBN10_X_AFTER = /^-[Xx](?![\dA-Za-z_])/;

/** Whether ten digits (the last perhaps 10 for an X) pass the ISBN-10 check: the weighted sum is a multiple of 11. */
function isbn10Valid(digits: string, check?: number): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (10 - i) * (digits.charCodeAt(i) - 0x30);
  return (sum + (check ?? digits.charCodeAt(9) - 0x30)) % 11 === 0;
}

function isIsbn10(trimmed: string, digits: string, after: string): boolean {
  if (!ISBN10.test(trimmed)) return false;
  if (digits.length === 10) return /-\d$/.test(trimmed) && isbn10Valid(digits);
  return digits.length === 9 && ISBN10_X_AFTER.test(after) && isbn10Valid(digits, 10);
}

/**
 * Why a candidate is not a phone number (dates, IPv4/version-like dotted numbers, amounts, quantities and round
 * numbers, decimal fractions, card numbers, ISBNs, numbers after '№', '#' or an identifier's label, either side of a
 * fraction), or `null`. `before` and `after` are a few characters of context around the candidate (up to 16 before
 * is enough for every label).
 */
export function phoneRejection(written: string, before = '', after = ''): string | null {
  const trimmed = written.trim();
  const international = trimmed.startsWith('+');
  if (DATE_AT_START.test(trimmed)) return 'date';
  if (DOTTED_ONLY.test(trimmed)) return 'dotted';
  if (!international) {
    // A dotted number after "v", "version", "build" or their Russian, Kazakh and Uzbek words, as for IP addresses.
    if (trimmed.includes('.') && (DOTTED_BEFORE.test(before) || isVersionContext(before, before.length))) return 'dotted';
    if (DECIMAL_FRACTION.test(trimmed) || (DECIMAL_COMMA_BEFORE.test(before) && FRACTION_DIGITS.test(trimmed))) return 'decimal';
  }
  if (!international && (GROUPED_AMOUNT.test(trimmed) || DECIMAL_AMOUNT.test(trimmed))) return 'amount';
  // A currency next to a number makes it an amount if it is written as amounts are: digits in one run or grouped in
  // thousands, without a leading zero (after '+', only grouped in thousands). A phone layout ("+7 (702) 486-04-10",
  // "8 702 486 04 10", "0222 574 904") followed by "USDT…" is a phone number and the next word.
  const amountLayout = international ? INTERNATIONAL_AMOUNT.test(trimmed) : NATIONAL_AMOUNT.test(trimmed);
  if (amountLayout && (CURRENCY_AFTER.test(after) || CURRENCY_BEFORE.test(before))) return 'amount';
  // After '+' only a currency makes an amount: "+996 555 123 456" is in thousands' layout.
  if (amountLayout && !international && THOUSANDS_SEPARATOR.test(trimmed) && CENTS_AFTER.test(after)) return 'amount';
  if (amountLayout && !international && UNIT_AFTER.test(after)) return 'quantity';
  if (REFERENCE_BEFORE.test(before)) return 'reference';
  if (LABEL_BEFORE.test(before)) return 'identifier';
  if (FRACTION_BEFORE.test(before) || FRACTION_AFTER.test(after)) return 'fraction';
  const digits = digitsOf(trimmed);
  if (!international && ROUND_NUMBER.test(digits)) return 'amount';
  if (!international && isIsbn10(trimmed, digits, after)) return 'isbn';
  // A card number is Luhn-valid and starts with an issuer's range (no card starts with 0 or 7, as '00…' and '7…'
  // international numbers do).
  if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits) && cardScheme(digits)) return 'card';
  return null;
}
