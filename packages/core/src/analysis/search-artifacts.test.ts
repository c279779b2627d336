// A search that is one phone number, read by a stand-in for analysis's reader (any 11 digits starting 87 or 77).
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
      e164: '+77012345678',
    });
    expect(phoneQuery(' "+7 701 234-56-78" ', read, 'KZ')?.text).toBe('"+7 701 234-56-78" OR 77012345678 OR 87012345678');
    expect(phoneQuery('8 701 234 56 78 Иван', read, 'KZ')).toBeNull();
  });

  it('leaves a query that excludes the number to the query language', () => {
    for (const text of ['-87012345678', ' -8 701 234 56 78', '8 701 234 -56 78', '(-87012345678)']) {
      expect(phoneQuery(text, read, 'KZ'), text).toBeNull();
    }
    // Inside quotes a minus is only a character, and between digits it is how numbers are written.
    expect(phoneQuery('"-87012345678"', read, 'KZ')?.e164).toBe('+77012345678');
    expect(phoneQuery('8-701-234-56-78', read, 'KZ')?.e164).toBe('+77012345678');
  });
});
