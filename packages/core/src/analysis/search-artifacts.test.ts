// A search that names phone numbers, read by a stand-in for analysis's reader (any 11 digits starting 87 or 77).
import { describe, expect, it } from 'vitest';
import { phoneQuery, type PhoneQueryReader } from './search-artifacts';

const read: PhoneQueryReader = (text) => {
  const digits = text.replace(/\D/g, '');
  return /^[87]7\d{9}$/.test(digits) ? { e164: `+7${digits.slice(1)}`, digitForms: [`7${digits.slice(1)}`, `8${digits.slice(1)}`] } : null;
};

describe('phoneQuery', () => {
  it('asks for the phrase as typed or any digit form of the number', () => {
    expect(phoneQuery('8 (701) 234-56-78', read, 'KZ')).toEqual({
      text: '"8 (701) 234-56-78" OR 77012345678 OR 87012345678',
      phones: ['+77012345678'],
    });
    expect(phoneQuery(' "+7 701 234-56-78" ', read, 'KZ')?.text).toBe('"+7 701 234-56-78" OR 77012345678 OR 87012345678');
    // Inside quotes a minus is only a character, and between digits it is how numbers are written.
    expect(phoneQuery('"-87012345678"', read, 'KZ')?.phones).toEqual(['+77012345678']);
    expect(phoneQuery('8-701-234-56-78', read, 'KZ')?.phones).toEqual(['+77012345678']);
  });

  it('reads a number that is one term among others, and leaves the rest as typed', () => {
    expect(phoneQuery('87012345678 Иван', read, 'KZ')).toEqual({
      text: '("87012345678" OR 77012345678 OR 87012345678) Иван',
      phones: ['+77012345678'],
    });
    expect(phoneQuery('"+7 701 234 56 78" OR "8 702 000 00 01" -реклама', read, 'KZ')).toEqual({
      text: '("+7 701 234 56 78" OR 77012345678 OR 87012345678) OR ("8 702 000 00 01" OR 77020000001 OR 87020000001) -реклама',
      phones: ['+77012345678', '+77020000001'],
    });
    // Written in groups without quotes, a number among other words is words: the query says nothing about grouping.
    expect(phoneQuery('8 701 234 56 78 Иван', read, 'KZ')).toBeNull();
    // A prefix asks for the text as typed.
    expect(phoneQuery('8701234* Иван', read, 'KZ')).toBeNull();
    expect(phoneQuery('"87012345678"* Иван', read, 'KZ')).toBeNull();
  });

  it('excludes an excluded number in all its forms, and leaves what is not a number alone', () => {
    expect(phoneQuery('-87012345678', read, 'KZ')?.text).toBe('-("87012345678" OR 77012345678 OR 87012345678)');
    expect(phoneQuery('перевод -87012345678', read, 'KZ')?.text).toBe('перевод -("87012345678" OR 77012345678 OR 87012345678)');
    expect(phoneQuery('(-87012345678)', read, 'KZ')?.text).toBe('(-("87012345678" OR 77012345678 OR 87012345678))');
    for (const text of [' -8 701 234 56 78', '8 701 234 -56 78', 'Иван', '12345678901', '"не закрыто']) {
      expect(phoneQuery(text, read, 'KZ'), text).toBeNull();
    }
  });
});
