import { describe, expect, it } from 'vitest';
import { SNIPPET_MATCH_END, SNIPPET_MATCH_START, parseSearchQuery } from '@tamga/core';
import { searchSnippet, searchTerms } from './snippet';

/** Markers as brackets, so expectations read easily. */
function snippet(text: string, query: string): string {
  return searchSnippet(text, parseSearchQuery(query)).replaceAll(SNIPPET_MATCH_START, '[').replaceAll(SNIPPET_MATCH_END, ']');
}

describe('searchSnippet', () => {
  it('marks every match in the original spelling', () => {
    expect(snippet('Ёлка, ЁЛКИ и елки', 'елка OR елки')).toBe('[Ёлка], [ЁЛКИ] и [елки]');
    expect(snippet("O'zbekiston va Oʻzbekiston", 'o‘zbekiston')).toBe("[O'zbekiston] va [Oʻzbekiston]");
  });

  it('marks whole phrases and prefixes, and never what the query excludes', () => {
    expect(snippet('мой телефон и мой дом', '"мой телефон" дом -кот')).toBe('[мой телефон] и мой [дом]');
    expect(snippet('телефоны, телефон, теле', 'телефон*')).toBe('[телефоны], [телефон], теле');
    expect(snippet('ab искомое искомое-место', '"искомое место" OR искомое')).toBe('ab [искомое] [искомое-место]');
  });

  it('marks a phone number written in groups as one match', () => {
    expect(snippet('Звони +7 (701) 234-56-78!', '77012345678')).toBe('Звони +[7 (701) 234-56-78]!');
  });

  it('keeps about 200 characters around the first match, cut at words', () => {
    const text = `Начало. ${'слово '.repeat(30)}здесь искомое место, ${'потом '.repeat(40)}конец`;
    const cut = snippet(text, 'искомое');
    expect(cut).toMatch(/^…слово слово .* здесь \[искомое\] место, потом .* потом…$/);
    expect(cut.length).toBeLessThanOrEqual(202);
    expect(snippet(text, 'начало')).toMatch(/^\[Начало\]\. слово .* здесь…$/);
  });

  it('starts at the beginning when the match is past what it scans', () => {
    expect(snippet('без совпадений', 'xyz')).toBe('без совпадений');
    expect(snippet('без совпадений '.repeat(20), 'xyz')).toMatch(/^без совпадений .*…$/);
  });

  it('never splits a surrogate pair and never lets the text forge a marker', () => {
    expect(snippet(`${'😀'.repeat(150)} ключ`, 'ключ')).toBe(`…${'😀'.repeat(29)} [ключ]`);
    expect(snippet('a\u0001b ключ \u0002', 'ключ')).toBe('a\uFFFDb [ключ] \uFFFD');
  });

  it('lists the terms a hit may contain, not the excluded ones', () => {
    expect(searchTerms(parseSearchQuery('(a OR "b c") -d e*'))).toEqual([
      { kind: 'term', tokens: ['a'], prefix: false },
      { kind: 'term', tokens: ['b', 'c'], prefix: false },
      { kind: 'term', tokens: ['e'], prefix: true },
    ]);
  });
});
