// Covers phone.ts: the §9.5 vectors (valid, invalid, region hints), the +7 KZ/RU split, fallbacks and rejections.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { mayBeValidIn, regionOrder, scanPhones, validatePhoneNumber } from './phone';
import { phoneRejection } from './phone-rejection';

describe('validatePhoneNumber: §9.5 valid vectors', () => {
  const vectors: Array<[string, string, string, string]> = [
    ['+7 701 234 5678', '+77012345678', 'KZ', 'mobile'],
    ['+7 7272 58 83 00', '+77272588300', 'KZ', 'fixed'],
    ['+7 912 345-67-89', '+79123456789', 'RU', 'mobile'],
    ['+7 495 123-45-67', '+74951234567', 'RU', 'fixed'],
    ['+996 700 123 456', '+996700123456', 'KG', 'mobile'],
    ['+996 555 123 456', '+996555123456', 'KG', 'mobile'],
    ['+996 312 123 456', '+996312123456', 'KG', 'fixed'],
    ['+992 91 712 3456', '+992917123456', 'TJ', 'mobile'],
    ['+993 65 123456', '+99365123456', 'TM', 'mobile'],
    ['+993 12 345678', '+99312345678', 'TM', 'fixed'],
    ['+998 90 123 45 67', '+998901234567', 'UZ', 'mobile'],
    ['+998 71 234 56 78', '+998712345678', 'UZ', 'fixed'],
  ];
  for (const [written, e164, country, kind] of vectors) {
    it(`${written} → ${e164} (${country} ${kind})`, () => {
      expect(validatePhoneNumber(written)).toEqual({ valid: true, e164, country, kind, regionSource: 'international' });
    });
  }
});

describe('validatePhoneNumber: §9.5 invalid vectors', () => {
  it('+7 6… is invalid', () => {
    expect(validatePhoneNumber('+7 600 123 4567')).toEqual({ valid: false, e164: '+76001234567', regionSource: 'international' });
  });

  it('+7 703… is an unassigned KZ block', () => {
    expect(validatePhoneNumber('+7 703 123 4567')?.valid).toBe(false);
  });
});

describe('validatePhoneNumber: region hints', () => {
  const vectors: Array<[string, string, string]> = [
    ['87012345678', 'KZ', '+77012345678'],
    ['0700123456', 'KG', '+996700123456'],
    ['8 65 123456', 'TM', '+99365123456'],
    ['13662615434', 'CN', '+8613662615434'],
  ];
  for (const [written, region, e164] of vectors) {
    it(`${written} (${region}) → ${e164}`, () => {
      expect(validatePhoneNumber(written, region)).toMatchObject({ valid: true, e164, regionSource: 'default' });
    });
  }

  it('splits +7 by the first NSN digit regardless of the hint', () => {
    expect(validatePhoneNumber('89123456789', 'KZ')).toMatchObject({ e164: '+79123456789', country: 'RU' });
    expect(validatePhoneNumber('87012345678', 'RU')).toMatchObject({ e164: '+77012345678', country: 'KZ' });
  });

  it('tries the fallbacks KZ, KG, TJ, TM, UZ, RU without a hint', () => {
    expect(regionOrder()).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ', 'RU']);
    expect(regionOrder('cn')).toEqual(['CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'RU']);
    expect(regionOrder('KG')).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ', 'RU']);
    expect(regionOrder('XX')).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ', 'RU']);
    expect(validatePhoneNumber('87012345678')).toMatchObject({ e164: '+77012345678', regionSource: 'fallback' });
    expect(validatePhoneNumber('0700123456')).toMatchObject({ e164: '+996700123456', country: 'KG', regionSource: 'fallback' });
    expect(validatePhoneNumber('8 65 123456')).toMatchObject({ e164: '+99365123456', country: 'TM' });
  });

  it('lists the other neighbours in which bare national digits are also valid', () => {
    const result = validatePhoneNumber('901234567');
    expect(result).toMatchObject({ valid: true, e164: '+992901234567', regionSource: 'fallback' });
    expect(result?.alternatives).toContain('+998901234567');
  });

  it('does not guess a landline from bare digits in a fallback region', () => {
    // 12345678 would be a Turkmen Ashgabat number, but nothing in the text says Turkmenistan.
    expect(validatePhoneNumber('12345678')).toBeNull();
    expect(validatePhoneNumber('12345678', 'TM')).toMatchObject({ e164: '+99312345678', regionSource: 'default' });
  });

  it('reads 00 and 810 as international prefixes', () => {
    expect(validatePhoneNumber('00996700123456')).toMatchObject({ e164: '+996700123456', regionSource: 'international' });
    expect(validatePhoneNumber('8 10 996 700 123 456')).toMatchObject({ e164: '+996700123456', regionSource: 'international' });
  });

  it('takes bare national digits for the case country only if its plan gives them to that country', () => {
    // +7 is Kazakhstan's and Russia's: bare 4159193274 is a Russian landline (Kamchatka) by the plan, and nothing
    // written says Russia, so it is no more than a fallback guess, and a landline is never guessed.
    expect(validatePhoneNumber('415.919.3274', 'KZ')).toBeNull();
    expect(validatePhoneNumber('4159193274', 'KZ')).toBeNull();
    expect(validatePhoneNumber('7012345678', 'KZ')).toMatchObject({ e164: '+77012345678', country: 'KZ', regionSource: 'default' });
    expect(validatePhoneNumber('9123456789', 'KZ')).toMatchObject({
      e164: '+79123456789',
      country: 'RU',
      regionSource: 'fallback',
      regionGuess: true,
    });
    expect(validatePhoneNumber('7012345678', 'RU')).toMatchObject({
      e164: '+77012345678',
      country: 'KZ',
      regionSource: 'fallback',
      regionGuess: true,
    });
    // The trunk prefix 8 is dialled within +7, so with it the plan's country stands.
    expect(validatePhoneNumber('84159193274', 'KZ')).toMatchObject({ e164: '+74159193274', country: 'RU', regionSource: 'default' });
    expect(validatePhoneNumber('4159193274', 'RU')).toMatchObject({ e164: '+74159193274', regionSource: 'default' });
    expect(validatePhoneNumber('4159193274', 'US')).toMatchObject({ e164: '+14159193274', regionSource: 'default' });
  });

  it('tries the country named by the script around bare digits only after the case country and the fallbacks', () => {
    expect(validatePhoneNumber('13662615434', 'KZ')).toBeNull();
    expect(validatePhoneNumber('13662615434')).toBeNull();
    expect(validatePhoneNumber('13662615434', 'KZ', 'CN')).toEqual({
      valid: true,
      e164: '+8613662615434',
      country: 'CN',
      kind: 'mobile',
      regionSource: 'script',
      regionGuess: true,
    });
    // A neighbour's number stays the neighbour's, without a Chinese alternative.
    expect(validatePhoneNumber('901234567', 'KZ', 'CN')).toEqual(validatePhoneNumber('901234567', 'KZ'));
    expect(validatePhoneNumber('87012345678', 'KZ', 'CN')).toMatchObject({ e164: '+77012345678', regionSource: 'default' });
    // Bare Chinese landline digits are not guessed, as in any other region that is only a guess.
    expect(validatePhoneNumber('1012345678', 'KZ', 'CN')).toBeNull();
  });

  it('returns null for bare digits that fit nowhere', () => {
    expect(validatePhoneNumber('1234567')).toBeNull();
    expect(validatePhoneNumber('123')).toBeNull();
  });
});

describe('phoneRejection', () => {
  it('rejects dates', () => {
    expect(phoneRejection('2024-01-15')).toBe('date');
    expect(phoneRejection('15.01.2024')).toBe('date');
    expect(phoneRejection('15/01/24')).toBe('date');
  });

  it('rejects amounts', () => {
    expect(phoneRejection('1 500 000')).toBe('amount');
    expect(phoneRejection('12 500 000')).toBe('amount');
    expect(phoneRejection('1.500.000')).toBe('amount');
    expect(phoneRejection('150000.00')).toBe('amount');
    expect(phoneRejection('87012345678', '', ' тг')).toBe('amount');
    expect(phoneRejection('87012345678', '$', '')).toBe('amount');
    expect(phoneRejection('87012345678', '', ' рублей')).toBe('amount');
    expect(phoneRejection('87012345678', '', ' сомневаюсь')).toBeNull();
  });

  it('rejects either side of a fraction, as EXIF rationals are written, but not a number after a link slash', () => {
    expect(phoneRejection('100000000', '1400000/', '')).toBe('fraction');
    expect(phoneRejection('281400000', '', '/100000000')).toBe('fraction');
    expect(phoneRejection('77012345678', 'wa.me/', '')).toBeNull();
    expect(scanPhones('GPSLatitude 43/1 28/1 281400000/100000000', 'KZ')).toEqual([]);
    expect(scanPhones('https://wa.me/77012345678', 'KZ')).toMatchObject([{ value: '+77012345678' }]);
  });

  it('rejects a round number (a digit and zeros), which a 9-digit Tajik mobile plan would otherwise accept', () => {
    expect(phoneRejection('100000000')).toBe('amount');
    expect(scanPhones('ratio 100000000', 'KZ')).toEqual([]);
    expect(scanPhones('тел 917123456', 'TJ')).toMatchObject([{ value: '+992917123456' }]);
  });

  it('rejects Luhn-valid 13–19 digit card numbers', () => {
    expect(phoneRejection('4111 1111 1111 1111')).toBe('card');
    expect(phoneRejection('4222222222222')).toBe('card');
  });

  it('reads only a number in an issuer range as a card, so an international number with 00 is no card', () => {
    // 00992111790976 passes Luhn; no card number starts with 0 (or 7).
    expect(phoneRejection('00992 11 179 09 76')).toBeNull();
    expect(phoneRejection('77012345678009')).toBeNull();
  });

  it('takes a currency after an international number in phone layout as the next word, not an amount', () => {
    expect(phoneRejection('+7 (702) 486-04-10', '', ' USDT (TRC20)')).toBeNull();
    expect(phoneRejection('+77024860410', '', ' тг')).toBeNull();
    expect(phoneRejection('+1 500 000', '', ' тг')).toBe('amount');
    expect(phoneRejection('8 702 486 04 10', '', ' USDT')).toBeNull();
    expect(phoneRejection('0222 574 904', '', ' USDT TRC20')).toBeNull();
    expect(phoneRejection('1 500 000', '', ' тг')).toBe('amount');
    expect(phoneRejection('150000', '', ' тенге')).toBe('amount');
  });

  it('rejects dotted IP and version shapes', () => {
    expect(phoneRejection('192.168.100.200')).toBe('dotted');
  });

  it('accepts ordinary phone notations', () => {
    expect(phoneRejection('+7 (701) 234-56-78')).toBeNull();
    expect(phoneRejection('8 701 234 56 78')).toBeNull();
  });

  it('rejects the rest of a dotted version number, but not a dotted phone number after a word', () => {
    // The 8 after "v" cannot start a candidate, so the pattern begins at 17.4070.140, a Tajik mobile.
    expect(phoneRejection('17.4070.140', 'v8.', '')).toBe('dotted');
    expect(phoneRejection('5.78932.652', 'build ', '')).toBe('dotted');
    expect(phoneRejection('701.234.5678', 'тел.', '')).toBeNull();
    expect(phoneRejection('87012345678', '1.', '')).toBeNull();
    expect(scanPhones('v8.17.4070.140, версия 5.78932.652; тел.701.234.5678, 8 701 234 56 79', 'KZ').map((c) => c.value)).toEqual([
      '+77012345678',
      '+77012345679',
    ]);
  });

  it('rejects a decimal fraction (a coordinate), written with a dot or a comma', () => {
    expect(phoneRejection('64.419416')).toBe('decimal');
    expect(phoneRejection('679775 53', '43,', '')).toBe('decimal');
    expect(phoneRejection('87012345679', '87012345678,', '')).toBeNull();
    expect(phoneRejection('+993.65123456')).toBeNull();
    const text =
      'GPS 37.774929, 64.419416; lat 53.43492750 lon 71.34645756; 43,679775 53,816031; тел 701.234.5678, 87012345678,87012345679';
    expect(scanPhones(text, 'KZ').map((c) => [text.slice(c.start, c.end), c.value])).toEqual([
      ['701.234.5678', '+77012345678'],
      ['87012345678', '+77012345678'],
      ['87012345679', '+77012345679'],
    ]);
  });

  it('rejects an amount with kopecks after a decimal comma and a size or count with its unit', () => {
    expect(phoneRejection('824 821 521', '', ',38')).toBe('amount');
    expect(phoneRejection('669753991', '', ' bytes')).toBe('quantity');
    expect(phoneRejection('669753991', '', ' байта')).toBe('quantity');
    expect(phoneRejection('669753991', '', ' байтик')).toBe('quantity');
    expect(phoneRejection('669753991', '', ' bytesize')).toBeNull();
    // After '+' the layout of thousands is a phone number's too.
    expect(phoneRejection('+996 555 123 456', '', ',38')).toBeNull();
    expect(phoneRejection('+996 555 123 456', '', ' байт')).toBeNull();
    const text = 'остаток 824 821 521,38; файл 669753991 bytes, Размер: 934349349 байт; тел 917 123 456, 917 123 457';
    expect(scanPhones(text, 'TJ').map((c) => [text.slice(c.start, c.end), c.value])).toEqual([
      ['917 123 456', '+992917123456'],
      ['917 123 457', '+992917123457'],
    ]);
  });

  it('still finds the phones of a CSV row: after a small id column, before a duration column', () => {
    // A call log or a contact export is one document artefact holding the raw rows.
    expect(phoneRejection('87012345678', '12,', '')).toBeNull();
    expect(phoneRejection('87012345678', '', ',45')).toBeNull();
    expect(phoneRejection('8 701 234 56 78', '', ',45')).toBeNull();
    const text =
      'id,phone,name\n1,87012345678,Иван\n12,87012345679,Пётр\nномер,длительность\n87012345670,45,2024-01-01\nтел. 87012345671,15 звонков';
    expect(scanPhones(text, 'KZ').map((c) => c.value)).toEqual(['+77012345678', '+77012345679', '+77012345670', '+77012345671']);
  });

  it('rejects numbers after the label of an identifier: tax, bank and registration numbers, ISBNs', () => {
    expect(phoneRejection('044525225', 'БИК ', '')).toBe('identifier');
    expect(phoneRejection('773601001', 'КПП: ', '')).toBe('identifier');
    expect(phoneRejection('5 17 118366', 'ISBN 978 ', '')).toBe('identifier');
    expect(phoneRejection('9-97-531032', 'ISBN-10: ', '-X')).toBe('identifier');
    // The label is a word of its own.
    expect(phoneRejection('773601001', 'ТКПП ', '')).toBeNull();
    const text = 'БИК 044525225, КПП: 773601001, ISBN 978 5 17 118366 2; бухгалтер 773601001, тел. 8 701 123 45 67';
    expect(scanPhones(text, 'KZ').map((c) => [text.slice(c.start, c.end), c.value])).toEqual([
      ['773601001', '+996773601001'],
      ['8 701 123 45 67', '+77011234567'],
    ]);
  });

  it('rejects an ISBN-10 in its hyphenated groups when its check character fits', () => {
    expect(phoneRejection('9-30-388385-3')).toBe('isbn');
    expect(phoneRejection('5-17-118366', '', '-X')).toBe('isbn');
    // A mistyped check digit, or another layout, is read as before.
    expect(phoneRejection('9-30-388385-4')).toBeNull();
    expect(phoneRejection('5-17-118366', '', '-Y')).toBeNull();
    expect(phoneRejection('8-701-123-45-67')).toBeNull();
    const text = 'книги 9-30-388385-3 и 5-17-118366-X, автор 8-701-123-45-67';
    expect(scanPhones(text, 'KZ').map((c) => [text.slice(c.start, c.end), c.value])).toEqual([['8-701-123-45-67', '+77011234567']]);
  });
});

describe('scanPhones', () => {
  it('normalises the same number written three ways to one value', () => {
    const text = 'Звони +7 701 234 5678, или 8 (701) 234-56-78, или 87012345678.';
    const found = scanPhones(text, 'KZ');
    expect(found.map((c) => c.value)).toEqual(['+77012345678', '+77012345678', '+77012345678']);
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(['+7 701 234 5678', '8 (701) 234-56-78', '87012345678']);
  });

  it('does not report dates, amounts and card numbers', () => {
    const text = 'Дата 2024-01-15 и 15.01.2024, сумма 1 500 000 тг, карта 4111 1111 1111 1111';
    expect(scanPhones(text, 'KZ')).toEqual([]);
  });

  it('cuts a number off the digits that follow it', () => {
    const text = 'тел 87012345678 12 шт';
    const [found] = scanPhones(text, 'KZ');
    expect(found && text.slice(found.start, found.end)).toBe('87012345678');
  });

  it('finds a number after a date glued in front of it', () => {
    const text = '15.01.2024 87012345678';
    expect(scanPhones(text, 'KZ').map((c) => c.value)).toEqual(['+77012345678']);
    expect(scanPhones('12 87012345678', 'KZ').map((c) => c.value)).toEqual(['+77012345678']);
  });

  it('reports an explicit international number that fails as unvalidated', () => {
    expect(scanPhones('call +7 600 123 4567')).toMatchObject([{ value: '+76001234567', valid: false }]);
  });

  it('ignores order and document numbers', () => {
    expect(scanPhones('заказ №123456789, № 901234567, #87012345678')).toEqual([]);
  });

  it('flags a country guessed from bare national digits', () => {
    expect(scanPhones('номер 901234567')[0]).toMatchObject({
      value: '+992901234567',
      flags: ['region_guess', 'ambiguous_region'],
      details: { regionSource: 'fallback' },
    });
    expect(scanPhones('номер 87012345678')[0]?.flags).toEqual([]);
  });

  it('ignores digits glued to Latin letters (identifiers, hashes)', () => {
    expect(scanPhones('order A87012345678 and 87012345678x')).toEqual([]);
  });

  it('reports details and the region source', () => {
    expect(scanPhones('+996 555 123 456')[0]).toMatchObject({
      type: 'phone',
      details: { country: 'KG', kind: 'mobile', regionSource: 'international' },
    });
  });

  it('does not cut a mistyped card number into phone numbers', () => {
    // Luhn fails, so it is no card; in Turkmenistan 4400 4301 alone would be a valid landline.
    expect(scanPhones('карта 4400 4301 2345 6780 ок', 'TM')).toEqual([]);
    expect(scanPhones('карта 4400-4301-2345-6780', 'TM')).toEqual([]);
  });

  it('finds a number written 00 + country code', () => {
    expect(scanPhones('Номер продавца 00992 11 179 09 76. В', 'TJ')).toMatchObject([{ value: '+992111790976', start: 15 }]);
  });

  it('reads bare digits in Chinese text as a Chinese number when no region in the order reads them', () => {
    const text = '付款，电话：13662615434张经理 （微信同号13662615434）';
    expect(scanPhones(text, 'KZ').map((c) => [text.slice(c.start, c.end), c.value, c.flags, c.details])).toEqual([
      ['13662615434', '+8613662615434', ['region_guess'], { regionSource: 'script', country: 'CN', kind: 'mobile' }],
      ['13662615434', '+8613662615434', ['region_guess'], { regionSource: 'script', country: 'CN', kind: 'mobile' }],
    ]);
    expect(scanPhones('电话 13662615434')).toMatchObject([{ value: '+8613662615434' }]);
    // Japanese has kanji too, but kana around the number say it is not Chinese.
    expect(scanPhones('電話番号は13662615434です', 'KZ')).toEqual([]);
    expect(scanPhones('тел 13662615434', 'KZ')).toEqual([]);
    expect(scanPhones('号码 901234567')[0]).toMatchObject({ value: '+992901234567', details: { regionSource: 'fallback' } });
  });

  it('does not continue a number on the next line', () => {
    const found = scanPhones('87012345678\n12345', 'KZ');
    expect(found.map((c) => c.end)).toEqual([11]);
  });
});

describe('mayBeValidIn', () => {
  it('never turns away digits libphonenumber accepts', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const regions: CountryCode[] = ['KZ', 'RU', 'KG', 'TJ', 'TM', 'UZ', 'CN', 'US', 'DE', 'BR'];
    let skipped = 0;
    for (let i = 0; i < 6000; i++) {
      const region = regions[i % regions.length]!;
      const head = ['', '8', '0', '7', '1', '9', '00', '810', '86', '49'][Math.floor(next() * 10)]!;
      let digits = head;
      const length = 6 + Math.floor(next() * 10);
      while (digits.length < length) digits += String(Math.floor(next() * 10));
      if (mayBeValidIn(digits, region)) continue;
      skipped++;
      expect([digits, region, parsePhoneNumberFromString(digits, region)?.isValid() ?? false]).toEqual([digits, region, false]);
    }
    expect(skipped).toBeGreaterThan(1000);
  });
});
