// Covers canonical-json.ts: key order independence, nesting, undefined handling, Unicode text, numbers and rejected values.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('encodes primitives like JSON', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson(false)).toBe('false');
    expect(canonicalJson('a "quoted" \\ line\n')).toBe('"a \\"quoted\\" \\\\ line\\n"');
    expect(canonicalJson('')).toBe('""');
  });

  it('sorts keys so insertion order does not matter', () => {
    const a = { b: 1, a: 2, c: { z: true, y: null } };
    const b = { c: { y: null, z: true }, a: 2, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":2,"b":1,"c":{"y":null,"z":true}}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('sorts keys by code unit, not by locale (upper case before lower case, digits first)', () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3, '1': 4, _: 5 })).toBe('{"1":4,"B":2,"_":5,"a":3,"b":1}');
  });

  it('emits no whitespace', () => {
    expect(canonicalJson({ list: [1, 2, { x: 'y' }], o: {} })).toBe('{"list":[1,2,{"x":"y"}],"o":{}}');
  });

  it('handles nested objects and arrays, keeping array order', () => {
    const value = { outer: [{ k2: [3, 2, 1], k1: 'v' }, [[], {}], 'last'], empty: [] };
    expect(canonicalJson(value)).toBe('{"empty":[],"outer":[{"k1":"v","k2":[3,2,1]},[[],{}],"last"]}');
  });

  it('drops undefined properties, but keeps null ones', () => {
    expect(canonicalJson({ a: undefined, b: null, c: 1 })).toBe('{"b":null,"c":1}');
    expect(canonicalJson({ a: undefined })).toBe('{}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it('encodes undefined array items as null, as JSON.stringify does', () => {
    expect(canonicalJson([1, undefined, 3])).toBe('[1,null,3]');
    expect(canonicalJson([1, undefined, 3])).toBe(JSON.stringify([1, undefined, 3]));
  });

  it('preserves Cyrillic and Kazakh letters as they are, without \\u escapes', () => {
    const kazakh = 'әғқңөұүһі ӘҒҚҢӨҰҮҺІ';
    const value = { Тергеуші: kazakh, описание: 'Неправомерный доступ', ел: 'Қазақстан' };
    const out = canonicalJson(value);
    expect(out).toContain(kazakh);
    expect(out).toContain('"Тергеуші"');
    expect(out).not.toMatch(/\\u/);
    expect(JSON.parse(out)).toEqual(value);
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і']) {
      expect(canonicalJson(letter)).toBe(`"${letter}"`);
    }
  });

  it('does not normalise Unicode: composed and decomposed forms stay distinct', () => {
    const composed = 'й';
    const decomposed = 'и\u0306';
    expect(canonicalJson(composed)).not.toBe(canonicalJson(decomposed));
  });

  it('sorts Cyrillic keys after Latin ones and by code point', () => {
    expect(canonicalJson({ я: 1, а: 2, z: 3, ә: 4 })).toBe('{"z":3,"а":2,"я":1,"ә":4}');
  });

  it('encodes numbers the way JSON does', () => {
    expect(canonicalJson(0)).toBe('0');
    expect(canonicalJson(-0)).toBe('0');
    expect(canonicalJson(42)).toBe('42');
    expect(canonicalJson(-1.5)).toBe('-1.5');
    expect(canonicalJson(1e21)).toBe('1e+21');
    expect(canonicalJson(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(canonicalJson({ n: 2 ** 53 })).toBe('{"n":9007199254740992}');
  });

  it.each([NaN, Infinity, -Infinity])('rejects the non-finite number %s, also nested', (n) => {
    expect(() => canonicalJson(n)).toThrow(TypeError);
    expect(() => canonicalJson({ a: { b: [n] } })).toThrow(TypeError);
  });

  it('rejects a function, a bigint and a symbol, also nested', () => {
    expect(() => canonicalJson(() => 1)).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
    expect(() => canonicalJson(Symbol('s'))).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 10n })).toThrow(TypeError);
    expect(() => canonicalJson([1, 2n])).toThrow(TypeError);
  });

  // BUG: a Date (or any object with toJSON, Map, Set...) is encoded by its own enumerable properties, so every Date becomes
  // "{}": the hash does not bind its value, and it disagrees with the JSON.stringify text the store writes for the same value.
  it('does not encode distinct Dates identically (rejects them, or encodes them as JSON.stringify does)', () => {
    let early: string;
    let late: string;
    try {
      early = canonicalJson({ at: new Date('2025-01-01T00:00:00.000Z') });
      late = canonicalJson({ at: new Date('2025-06-01T00:00:00.000Z') });
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      return;
    }
    expect(early).not.toBe(late);
    expect(early).toBe(canonicalJson(JSON.parse(JSON.stringify({ at: new Date('2025-01-01T00:00:00.000Z') }))));
  });

  it('round-trips: parsing the output and encoding again gives the same text', () => {
    const value = { z: [1, { y: 'ұ', x: [true, null] }], a: { c: -3.25, b: 'Алматы' } };
    const once = canonicalJson(value);
    expect(canonicalJson(JSON.parse(once))).toBe(once);
  });
});
