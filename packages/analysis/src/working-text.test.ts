// Covers working-text.ts: NFC, invisible-character stripping, NBSP mapping and un-defanging, with offsets back to the original.
import { describe, expect, it } from 'vitest';
import {
  composeMaps,
  createWorkingText,
  mapSpan,
  NFC_SENSITIVE,
  nonAsciiClasses,
  normalizeText,
  REWRITTEN,
  undefang,
} from './working-text';

/** Maps every [s, e) of the working text back and checks the original slice normalises to the same thing. */
function roundTrip(original: string, needle: string): string {
  const work = createWorkingText(original);
  const at = work.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const [s, e] = work.toOriginal(at, at + needle.length);
  return original.slice(s, e);
}

describe('normalizeText', () => {
  it('leaves plain text alone without building a map', () => {
    expect(normalizeText('hello world')).toEqual({ text: 'hello world', map: null });
  });

  it('maps NBSP and narrow NBSP to spaces without changing offsets', () => {
    const out = normalizeText('a\u00A0b\u202Fc');
    expect(out.text).toBe('a b c');
    expect(out.map).toBeNull();
  });

  it('strips zero-width, bidi and BOM characters', () => {
    const original = '\uFEFFa\u200Bb\u200Cc\u200Dd\u200Ee\u200Ff\u202Ag\u202Eh\u2060i\u2069j';
    expect(normalizeText(original).text).toBe('abcdefghij');
  });

  it('applies NFC and maps a composed character to its whole decomposed source', () => {
    const original = 'Cafe\u0301 +77012345678';
    const out = normalizeText(original);
    expect(out.text).toBe('Café +77012345678');
    const [s, e] = mapSpan(out.map, 3, 4);
    expect(original.slice(s, e)).toBe('e\u0301');
    expect(roundTrip(original, '+77012345678')).toBe('+77012345678');
  });

  it('keeps a map for every unit when NFC makes the text longer', () => {
    // U+0344 becomes two marks under NFC, so the working copy outgrows the original.
    const original = 'x \u0344'.repeat(40) + ' +77012345678';
    const out = normalizeText(original);
    expect(out.text.length).toBeGreaterThan(original.length);
    expect(out.map?.starts.length).toBe(out.text.length);
    expect(roundTrip(original, '+77012345678')).toBe('+77012345678');
  });

  it('composes across a removed zero-width space', () => {
    expect(normalizeText('e\u200B\u0301').text).toBe('é');
  });

  it('keeps Cyrillic text that is already NFC unchanged', () => {
    expect(normalizeText('Переведи срочно')).toEqual({ text: 'Переведи срочно', map: null });
  });

  it('normalises й written as и + combining breve', () => {
    const original = 'сра\u0306зу 87012345678';
    const work = createWorkingText(original);
    expect(work.text.startsWith('сразу')).toBe(false);
    expect(work.text).toBe('сра\u0306зу 87012345678'.normalize('NFC'));
    expect(roundTrip(original, '87012345678')).toBe('87012345678');
  });
});

describe('normalizeText on random mixtures', () => {
  it('equals String.prototype.normalize and maps every unit inside the original', () => {
    const pieces = [
      'a',
      'e',
      'и',
      'й',
      '\u0301',
      '\u0306',
      '\u0308',
      ' ',
      '7',
      '👍',
      '😂',
      '\u1100',
      '\u1161',
      '\u11a8',
      '\u2126',
      'Ω',
      'ё',
      'ǘ',
      '\u0344',
      'x',
    ];
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 1000;
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let i = 0, count = 1 + (next() % 30); i < count; i++) text += pieces[next() % pieces.length];
      const out = normalizeText(text);
      expect([text, out.text]).toEqual([text, text.normalize('NFC')]);
      if (!out.map) continue;
      expect(out.map.starts.length).toBe(out.text.length);
      for (let i = 0; i < out.text.length; i++) {
        const [s, e] = mapSpan(out.map, i, i + 1);
        expect(s >= 0 && s < e && e <= text.length).toBe(true);
      }
    }
  });
});

describe('nonAsciiClasses', () => {
  it('flags every character NFC could change, so unflagged text is left as it is', () => {
    const table = nonAsciiClasses();
    for (let code = 0x300; code < 0x10000; code++) {
      if (table[code] !== 0) continue;
      const ch = String.fromCharCode(code);
      for (const text of [ch + 'a', 'e' + ch, ch + ch, 'и' + ch]) {
        if (text.normalize('NFC') !== text) throw new Error(`U+${code.toString(16)} changes under NFC in ${JSON.stringify(text)}`);
      }
    }
    expect(table[0x301]! & NFC_SENSITIVE).toBeTruthy();
    expect(table[0x306]! & NFC_SENSITIVE).toBeTruthy();
    expect(table[0x0439]).toBe(0);
    expect(table[0x04e9]).toBe(0);
  });

  it('marks what the working copy rewrites', () => {
    const table = nonAsciiClasses();
    for (const code of [0xa0, 0x202f, 0x200b, 0x200f, 0x202a, 0x2060, 0xfeff]) expect(table[code]! & REWRITTEN).toBeTruthy();
    expect(table[0x2014]).toBe(0);
  });
});

describe('undefang', () => {
  it('rewrites hxxp only as a scheme, not inside an address or a word', () => {
    const address = 'TJkMXx7EzLfBywGE9r35oB9Bpyt9u3hxXp';
    expect(undefang(`${address} hxxps://a[.]kz`).text).toBe(`${address} https://a.kz`);
    expect(undefang('hxxpress and xhxxp://a').text).toBe('hxxpress and xhxxp://a');
  });

  it('rewrites every §9.1 form', () => {
    const cases: Array<[string, string]> = [
      ['hxxp://a[.]kz', 'http://a.kz'],
      ['hXXps://a(.)kz', 'https://a.kz'],
      ['a{.}kz', 'a.kz'],
      ['a(dot)kz', 'a.kz'],
      ['a[dot]kz', 'a.kz'],
      ['a[DOT]kz', 'a.kz'],
      ['user[@]mail.kz', 'user@mail.kz'],
      ['user(at)mail.kz', 'user@mail.kz'],
      ['hxxp[:]//x.kz', 'http://x.kz'],
    ];
    for (const [input, output] of cases) expect(undefang(input).text).toBe(output);
  });

  it('returns the input untouched when there is nothing to rewrite', () => {
    expect(undefang('nothing here')).toEqual({ text: 'nothing here', map: null, rewritten: [] });
  });

  it('records rewritten ranges in output coordinates', () => {
    const out = undefang('hxxps://evil[.]kz/a');
    expect(out.text).toBe('https://evil.kz/a');
    expect(out.rewritten).toEqual([
      [0, 4],
      [12, 13],
    ]);
  });

  it('maps a collapsed token back to its whole bracketed form', () => {
    const out = undefang('evil[.]kz');
    expect(mapSpan(out.map, 0, out.text.length)).toEqual([0, 9]);
    expect(mapSpan(out.map, 4, 5)).toEqual([4, 7]);
  });
});

describe('createWorkingText', () => {
  it('composes normalisation and un-defanging offsets', () => {
    const original = 'see\u00A0hxxps://ev\u200Bil[.]kz/a now';
    const work = createWorkingText(original);
    expect(work.text).toBe('see https://evil.kz/a now');
    const start = work.text.indexOf('https');
    const end = work.text.indexOf(' now');
    const [s, e] = work.toOriginal(start, end);
    expect(original.slice(s, e)).toBe('hxxps://ev\u200Bil[.]kz/a');
    expect(work.isDefanged(start, end)).toBe(true);
    expect(work.isDefanged(0, 3)).toBe(false);
  });

  it('does not extend a span over invisible characters outside it', () => {
    const original = '\u200B\u200Babc\u200B\u200B';
    const work = createWorkingText(original);
    expect(work.text).toBe('abc');
    expect(work.toOriginal(0, 3)).toEqual([2, 5]);
  });

  it('composeMaps treats null as identity', () => {
    const map = { starts: Int32Array.from([1]), ends: Int32Array.from([2]) };
    expect(composeMaps(null, map)).toBe(map);
    expect(composeMaps(map, null)).toBe(map);
  });
});
