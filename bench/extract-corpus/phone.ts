// Phone numbers for the bench/extract corpus: valid numbers of Kazakhstan, Russia and Central Asia, written the ways
// people write them (national prefix or country code, brackets, dashes, no-break spaces) and labelled with their
// E.164 form; and decoys in unassigned ranges.
import { decoy, one, type Piece } from './piece';
import { type Random } from './random';

// Phones: national significant numbers drawn from ranges of the numbering plans (ITU / libphonenumber metadata).
export type Country = 'KZ' | 'RU' | 'KG' | 'TJ' | 'TM' | 'UZ';
export const CALLING_CODE: Record<Country, string> = { KZ: '7', RU: '7', KG: '996', TJ: '992', TM: '993', UZ: '998' };

// Russian mobile numbers 9xx, without 930, parts of which libphonenumber's metadata leaves unassigned.
const RU_MOBILE_TENS = Array.from({ length: 100 }, (_, d) => String(d).padStart(2, '0')).filter((d) => d !== '30');

export function nsn(r: Random, country: Country): string {
  switch (country) {
    case 'KZ':
      return r.chance(0.85)
        ? r.pick(['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778']) + r.digits(7)
        : r.pick(['7272', '7172', '7252', '7212']) + r.range(2, 9) + r.digits(5);
    case 'RU':
      return r.chance(0.75)
        ? '9' + r.pick(RU_MOBILE_TENS) + r.digits(7)
        : r.pick(['495', '499', '812', '343', '383', '843']) + r.range(2, 9) + r.digits(6);
    case 'KG':
      return r.chance(0.85)
        ? r.pick([
            '700',
            '701',
            '702',
            '705',
            '707',
            '709',
            '770',
            '772',
            '775',
            '777',
            '550',
            '551',
            '555',
            '557',
            '220',
            '222',
            '990',
            '995',
          ]) + r.digits(6)
        : '312' + r.pick(['1', '2', '3', '4', '6', '8']) + r.digits(5);
    case 'TJ':
      return r.chance(0.85)
        ? r.pick(['90', '91', '92', '93', '98', '50', '55', '77', '88', '00', '11']) + r.digits(7)
        : '372' + r.digits(6);
    case 'TM':
      return r.chance(0.85) ? r.pick(['61', '62', '63', '64', '65', '71']) + r.digits(6) : '12' + r.digits(6);
    case 'UZ':
      return r.chance(0.85)
        ? r.pick(['90', '91', '93', '94', '95', '97', '98', '99', '33', '88', '50', '20']) + r.digits(7)
        : '71' + r.range(2, 9) + r.digits(6);
  }
}

/** Splits digits into groups of the given sizes (the last group takes the rest). */
function groups(digits: string, sizes: number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < sizes.length && at < digits.length; i++) {
    const size = i === sizes.length - 1 ? digits.length - at : sizes[i]!;
    out.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) out.push(digits.slice(at));
  return out;
}

function layoutNsn(r: Random, country: Country, n: string): string {
  const sep = r.weighted<string>([
    [' ', 6],
    ['-', 3],
    ['', 1],
  ]);
  const dash = sep === '-' || (sep === ' ' && r.chance(0.4));
  if (country === 'KZ' || country === 'RU') {
    const area =
      n.length === 10 && n.startsWith('7') && !n.startsWith('70') && !n.startsWith('74') && !n.startsWith('77')
        ? n.slice(0, 4)
        : n.slice(0, 3);
    const rest = n.slice(area.length);
    const spaced = rest.length === 7 && r.chance(0.5) ? [3, 4] : rest.length === 7 ? [3, 2, 2] : [2, 2, 2];
    const tail = dash ? groups(rest, rest.length === 7 ? [3, 2, 2] : [2, 2, 2]).join('-') : groups(rest, spaced).join(sep);
    return r.chance(0.35) ? `(${area})${sep === '' ? '' : ' '}${tail}` : `${area}${sep === '' ? '' : ' '}${tail}`;
  }
  const head = country === 'KG' ? 3 : 2;
  const area = n.slice(0, head);
  const rest = n.slice(head);
  const tail = dash
    ? groups(rest, rest.length === 6 ? [2, 2, 2] : [3, 2, 2]).join('-')
    : groups(rest, rest.length === 6 ? [3, 3] : [3, 2, 2]).join(sep);
  return r.chance(0.25) ? `(${area}) ${tail}` : sep === '' ? area + tail : `${area} ${tail}`;
}

/** A valid phone number written the way people in `region` write it, and its E.164 form. */
export function phone(r: Random, region: Country): Piece {
  // Mostly the case's own country; otherwise a neighbour, which people write with its country code.
  const country: Country = r.chance(0.7) ? region : r.pick<Country>(['KZ', 'RU', 'KG', 'TJ', 'TM', 'UZ']);
  const n = nsn(r, country);
  const e164 = '+' + CALLING_CODE[country] + n;
  let raw: string;
  const national = country === region && r.chance(0.55);
  if (national) {
    const body = layoutNsn(r, country, n);
    switch (country) {
      case 'KZ':
      case 'RU':
        raw = r.chance(0.3) ? '8' + n : '8 ' + body;
        break;
      case 'KG':
        raw = r.chance(0.3) ? '0' + n : body.startsWith('(') ? '0 ' + body : '0' + body;
        break;
      case 'TM':
        raw = r.chance(0.3) ? '8' + n : '8 ' + body;
        break;
      default:
        // Tajikistan and Uzbekistan dial the national significant number as it is.
        raw = r.chance(0.2) ? n : body;
    }
  } else if (r.chance(0.2)) {
    raw = '+' + CALLING_CODE[country] + n;
  } else if (country !== 'KZ' && country !== 'RU' && r.chance(0.05)) {
    raw = '00' + CALLING_CODE[country] + ' ' + layoutNsn(r, country, n);
  } else {
    raw = '+' + CALLING_CODE[country] + (r.chance(0.1) ? '' : ' ') + layoutNsn(r, country, n);
  }
  // Copied from a contact card: no-break spaces between the groups.
  if (r.chance(0.05)) raw = raw.replace(/ /g, '\u00a0');
  return one('phone', raw, e164);
}

export function phoneDecoy(r: Random): Piece {
  const kind = r.pick(['kz_unassigned', 'plus7_6', 'kz_unassigned_national']);
  const tail = `${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`;
  if (kind === 'kz_unassigned') return decoy('phone', kind, `+7 ${r.pick(['703', '704', '709'])} ${tail}`);
  if (kind === 'plus7_6') return decoy('phone', kind, `+7 6${r.digits(2)} ${tail}`);
  return decoy('phone', kind, `8 (${r.pick(['703', '704'])}) ${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`);
}
