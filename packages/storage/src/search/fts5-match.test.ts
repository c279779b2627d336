import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '@tamga/core';
import { fts5Match } from './fts5-match';

const match = (query: string) => fts5Match(parseSearchQuery(query));

describe('fts5Match', () => {
  it('quotes every term, so FTS5 sees only strings', () => {
    expect(match('привет')).toBe('"привет"');
    expect(match('NEAR(a b) ^c col:d')).toBe('("near") AND ("a") AND ("b") AND ("c") AND ("col d")');
  });

  it('writes phrases, prefixes and the boolean operators', () => {
    expect(match('"мои тел"*')).toBe('"мои тел" *');
    expect(match('a OR b -c')).toBe('("a") OR ((("b")) NOT ("c"))');
    expect(match('x -y -(z OR w)')).toBe('((("x")) NOT ("y")) NOT (("z") OR ("w"))');
  });
});
