import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '@tamga/core';
import { tsqueryLiteral, tsvectorLiteral } from './postgres-fts';

const tsquery = (query: string) => tsqueryLiteral(parseSearchQuery(query));

describe('PostgreSQL literals', () => {
  it('writes tokens with their positions, quoted', () => {
    expect(tsvectorLiteral(['мой', 'дом', 'мой', "o'k", 'x\\y'])).toBe("'мой':1,3 'дом':2 'o''k':4 'x\\\\y':5");
    expect(tsvectorLiteral([])).toBe('');
  });

  it('keeps positions within what a tsvector holds', () => {
    const literal = tsvectorLiteral(Array.from({ length: 20_000 }, (_, i) => (i === 19_999 ? 'last' : 'w')));
    expect(literal).toContain("'last':16383");
    expect(literal.match(/'w':([\d,]+)/)![1]!.split(',')).toHaveLength(256);
  });

  it('writes phrases, prefixes and the boolean operators', () => {
    expect(tsquery('ivanov@mail*')).toBe("'ivanov' <-> 'mail':*");
    expect(tsquery('a OR b -c')).toBe("('a') | (('b') & !('c'))");
    expect(tsquery('(a OR b) -"c d"')).toBe("(('a') | ('b')) & !('c' <-> 'd')");
  });
});
