// Payment cards and IBANs for the bench/extract corpus: card numbers on regional BINs with their Luhn digit, IBANs
// (mostly Kazakh) with their mod-97 check, electronic or paper layout; and decoys with one digit changed.
import { ibanFor, luhnCheckDigit } from './identifier-encoders';
import { decoy, mutate, one, type Piece } from './piece';
import { type Random } from './random';

const CARD_PREFIXES = [
  '440043',
  '400303',
  '414948',
  '427638',
  '476173',
  '489049',
  '516949',
  '553691',
  '522223',
  '548601',
  '220070',
  '220220',
  '220015',
  '220138',
];

function cardNumber(r: Random): string {
  const prefix = r.pick(CARD_PREFIXES);
  const body = prefix + r.digits(15 - prefix.length);
  return body + luhnCheckDigit(body);
}

function layoutCard(r: Random, digits: string): string {
  const style = r.int(5);
  if (style < 2) return digits;
  const sep = style === 4 ? '-' : ' ';
  return digits.match(/.{4}/g)!.join(sep);
}

export function card(r: Random): Piece {
  const digits = cardNumber(r);
  return one('payment_card', layoutCard(r, digits), digits);
}

export function cardDecoy(r: Random): Piece {
  const digits = mutate(r, cardNumber(r), 6, '0123456789');
  return decoy('payment_card', 'luhn', layoutCard(r, digits));
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function ibanValue(r: Random): string {
  switch (
    r.weighted<string>([
      ['KZ', 8],
      ['DE', 1],
      ['GB', 1],
      ['TR', 1],
      ['AE', 1],
      ['GE', 1],
      ['RU', 1],
    ])
  ) {
    case 'KZ':
      return ibanFor(
        'KZ',
        r.pick(['125', '722', '601', '998', '914', '965', '070']) + (r.chance(0.5) ? 'KZT' + r.digits(10) : r.digits(13)),
      );
    case 'DE':
      return ibanFor('DE', r.digits(18));
    case 'GB':
      return ibanFor('GB', r.pick(['NWBK', 'BARC', 'HBUK', 'MIDL']) + r.digits(14));
    case 'TR':
      return ibanFor('TR', r.digits(5) + '0' + r.digits(16));
    case 'AE':
      return ibanFor('AE', r.digits(19));
    case 'GE':
      return ibanFor('GE', r.chars(UPPER, 2) + r.digits(16));
    default:
      return ibanFor('RU', r.digits(29));
  }
}

const paper = (iban: string): string => iban.match(/.{1,4}/g)!.join(' ');

export function iban(r: Random): Piece {
  const value = ibanValue(r);
  return one('iban', r.chance(0.4) ? paper(value) : value, value);
}

export function ibanDecoy(r: Random): Piece {
  const good = ibanValue(r);
  let at = 4 + r.int(good.length - 4);
  while (!/\d/.test(good[at]!)) at = 4 + r.int(good.length - 4);
  const value = mutate(r, good.slice(0, at + 1), at, '0123456789') + good.slice(at + 1);
  return decoy('iban', 'mod97', r.chance(0.4) ? paper(value) : value);
}
