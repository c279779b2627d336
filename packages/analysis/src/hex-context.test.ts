// Covers hex-context.ts: hex dumps and UUIDs are no phone numbers, and the numbers written beside them still are.
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities';
import { hexContext } from './hex-context';
import { scanPhones } from './phone';

const phones = (text: string, region = 'KZ') =>
  extractEntities(text, { defaultRegion: region })
    .filter((m) => m.type === 'phone')
    .map((m) => [m.raw, m.value]);

describe('hexContext: hex dumps', () => {
  it('reads no Turkmen mobile in the byte pairs of a dump, with or without its offset column', () => {
    // 61 67 69 63 is +993 61676963 to a pattern that sees digits only.
    expect(phones('61 67 69 63 20 6e 75 6d')).toEqual([]);
    expect(phones('00000010  61 67 69 63 20 6e 75 6d  62 65 72 20 31 32 33 34  |agic number 1234|')).toEqual([]);
    expect(phones('48 65 6c 6c 6f 20 57 6f 72 6c 64 21 20 31 32 33')).toEqual([]);
    // The last line of a dump can be a few pairs of digits only: its offset column says what it is.
    expect(phones('00000020  61 62 63 64                                       |abcd|')).toEqual([]);
    // Eight pairs are more digits than any one number has, even without a letter among them ("cafe bag").
    expect(phones('63 61 66 65 20 62 61 67')).toEqual([]);
  });

  it('reads none in the groups of four of xxd, hexdump and od', () => {
    expect(phones('00000010: 6167 6963 206e 756d 6265 7220 3132 3334  agic number 1234')).toEqual([]);
    expect(phones('0000010 6167 6963 206e 756d 6265 7220 3132 3334')).toEqual([]);
    expect(phones('bytes 6167 6963 206e')).toEqual([]);
  });

  it('still finds the numbers of the same document written in groups', () => {
    const text = [
      'Дамп файла:',
      '00000000  7f 45 4c 46 02 01 01 00  61 67 69 63 20 6e 75 6d  |.ELF....agic num|',
      '00000010  65 12 34 56 71 12 34 56  62 65 72 20 31 32 33 34  |e.4Vq.4Vber 1234|',
      '00000020  61 62 63 64                                       |abcd|',
      'Контакты: +993 65 12 34 56, 8 701 123 45 67 и +7 (701) 123-45-67.',
      'Ашхабад 65 12 34 56',
    ].join('\n');
    expect(phones(text)).toEqual([
      ['+993 65 12 34 56', '+99365123456'],
      ['8 701 123 45 67', '+77011234567'],
      ['+7 (701) 123-45-67', '+77011234567'],
      ['65 12 34 56', '+99365123456'],
    ]);
  });

  it('keeps a number written in pairs beside a word that is also hex, and a number with its country code', () => {
    // "de" is a word and a byte; a run of pairs needs a group that mixes a digit and a letter, or an offset column.
    expect(phones('Appelez le 06 12 34 56 78 de 9h à 18h', 'FR')).toEqual([['06 12 34 56 78', '+33612345678']]);
    expect(phones('тел 65 12 34 56 ab', 'TM')).toEqual([['65 12 34 56', '+99365123456']]);
    expect(phones('+993 65 12 34 56 6e 75 6d')).toEqual([['+993 65 12 34 56', '+99365123456']]);
  });

  it('names the reason, and reads the line only for candidates in groups of two or four digits', () => {
    const dump = '00000010  61 67 69 63 20 6e 75 6d';
    expect(hexContext(dump, 10, 21)).toBe('hex_dump');
    expect(hexContext('x 61 67 69 63 y', 2, 13)).toBeNull();
    expect(hexContext('87011234567 6e 75 6d 6e 75 6d', 0, 11)).toBeNull();
    expect(scanPhones('61 67 69 63', 'TM')).toMatchObject([{ value: '+99361676963' }]);
  });
});

describe('hexContext: UUIDs', () => {
  it('reads no number in the groups of a UUID', () => {
    expect(phones('id c1277bbf-6199-4401-b207-e2a508281eef ok')).toEqual([]);
    expect(phones('{71388242-A859-43AD-8911-95240FA42700}')).toEqual([]);
    expect(hexContext('id c1277bbf-6199-4401-b207-e2a508281eef', 12, 21)).toBe('uuid');
  });

  it('keeps a number written with hyphens, or followed by one, beside a UUID', () => {
    const text = 'session 71388242-A859-43AD-8911-95240FA42700, звонил 8-701-123-45-67 и 87011234568-Иван';
    expect(phones(text)).toEqual([
      ['8-701-123-45-67', '+77011234567'],
      ['87011234568', '+77011234568'],
    ]);
  });
});
