import { describe, expect, it } from 'vitest';
import { isTamgaError } from './errors';
import { parseSearchQuery, type SearchNode } from './search-query';
import { SEARCH_MAX_TOKEN_LENGTH, normalizeSearchText, normalizeSearchWord, scanSearchText, searchTokens } from './search-text';

const t = (...tokens: string[]): SearchNode => ({ kind: 'term', tokens, prefix: false });
const p = (...tokens: string[]): SearchNode => ({ kind: 'term', tokens, prefix: true });
const and = (include: SearchNode[], exclude: SearchNode[] = []): SearchNode => ({ kind: 'and', include, exclude });
const or = (...any: SearchNode[]): SearchNode => ({ kind: 'or', any });

function reason(text: string): string {
  try {
    parseSearchQuery(text);
  } catch (error) {
    if (isTamgaError(error) && error.code === 'SEARCH_QUERY_INVALID' && error.status === 400) return String(error.details?.reason);
    throw error;
  }
  return 'parsed';
}

describe('search text normalisation', () => {
  it('lower-cases and takes ё for е', () => {
    expect(normalizeSearchText('Ёлка ЁЖ ещё')).toBe('елка еж еще');
  });

  it('keeps й, ў, ї and the Kazakh and Uzbek Cyrillic letters as they are', () => {
    expect(normalizeSearchText('Йогурт мой')).toBe('йогурт мой');
    expect(normalizeSearchText('ӘҒҚҢӨҰҮҺІ әғқңөұүһі')).toBe('әғқңөұүһі әғқңөұүһі');
    expect(normalizeSearchText('Ўзбек ҲАЁТ ғалаба Қўқон')).toBe('ўзбек ҳает ғалаба қўқон');
    expect(normalizeSearchText('Її Іі')).toBe('її іі');
    // Decomposed input (и + breve, у + breve) composes to the same letters.
    expect(normalizeSearchText('и\u0306 у\u0306 е\u0308')).toBe('й ў е');
  });

  it('drops stress accents on Cyrillic, which no letter has of its own', () => {
    expect(normalizeSearchText('за́мок замо́к')).toBe('замок замок');
  });

  it('folds Latin diacritics and a few letters without a decomposition', () => {
    expect(normalizeSearchText('Café Über Şahin naïve İstanbul Ağrı')).toBe('cafe uber sahin naive istanbul agri');
    expect(normalizeSearchText('Straße Øre Łódź Đorđe')).toBe('strasse ore lodz dorde');
  });

  it('folds compatibility forms used to dodge filters', () => {
    expect(normalizeSearchText('ｆｕｌｌ 𝐛𝐨𝐥𝐝 ﬁle')).toBe('full bold file');
  });

  it('makes every way of writing Uzbek oʻ and gʻ the same letter, distinct from o and g', () => {
    const spellings = ['Oʻzbekiston', 'O‘zbekiston', 'O’zbekiston', "O'zbekiston", 'O`zbekiston'];
    for (const spelling of spellings) expect(normalizeSearchText(spelling)).toBe('oʻzbekiston');
    expect(normalizeSearchText("tog' bog‘")).toBe('togʻ bogʻ');
    expect(normalizeSearchText('ozbekiston')).toBe('ozbekiston');
  });

  it('joins other apostrophes into the word and treats quotes as quotes', () => {
    expect(normalizeSearchText("don't maʼno ta’lim")).toBe('dont mano talim');
    expect(normalizeSearchText("'hello' 'go' ‘Tokyo’")).toBe('hello go tokyo');
  });

  it('splits on everything that is not a letter, digit or mark', () => {
    expect(searchTokens('ivanov@mail.kz, https://t.me/chan_nel?x=1')).toEqual([
      'ivanov',
      'mail',
      'kz',
      'https',
      't',
      'me',
      'chan',
      'nel',
      'x',
      '1',
    ]);
    expect(searchTokens('привет😀мир — 3,14')).toEqual(['привет', 'мир', '3', '14']);
    expect(searchTokens('abc123 ٣٤')).toEqual(['abc123', '٣٤']);
  });

  it('adds a phone number written in groups as its joined digits, after the words', () => {
    expect(searchTokens('тел +7 (701) 234-56-78, звони')).toEqual(['тел', '7', '701', '234', '56', '78', 'звони', '77012345678']);
    expect(searchTokens('+77012345678')).toEqual(['77012345678']);
    // Too short, too long, or broken by a word: not one number.
    expect(searchTokens('12 34')).toEqual(['12', '34']);
    expect(searchTokens('1234 5678 9012 3456 7890')).toEqual(['1234', '5678', '9012', '3456', '7890']);
    expect(searchTokens('701 и 2345678')).toEqual(['701', 'и', '2345678']);
  });

  it('reports where each token came from', () => {
    const seen: Array<[string, string]> = [];
    const text = 'Звоните: +7 701 234 56 78 или Oʻzbek';
    scanSearchText(text, (token, start, end) => void seen.push([token, text.slice(start, end)]));
    expect(seen).toEqual([
      ['звоните', 'Звоните'],
      ['7', '7'],
      ['701', '701'],
      ['234', '234'],
      ['56', '56'],
      ['78', '78'],
      ['77012345678', '7 701 234 56 78'],
      ['или', 'или'],
      ['oʻzbek', 'Oʻzbek'],
    ]);
  });

  it('leaves out tokens too long to be words and stops at the byte limit', () => {
    expect(searchTokens(`a ${'x'.repeat(SEARCH_MAX_TOKEN_LENGTH + 1)} b`)).toEqual(['a', 'b']);
    expect(searchTokens('слово '.repeat(200_000)).length).toBeLessThan(100_000);
  });

  it('normalises one word the same as a text', () => {
    expect(normalizeSearchWord('ЁЛКА')).toBe('елка');
    expect(normalizeSearchWord('Jürgen')).toBe('jurgen');
  });
});

describe('parseSearchQuery', () => {
  it('reads words as an implicit AND, and AND written out', () => {
    expect(parseSearchQuery('привет')).toEqual(t('привет'));
    expect(parseSearchQuery('Привет  мир')).toEqual(and([t('привет'), t('мир')]));
    expect(parseSearchQuery('привет AND мир')).toEqual(and([t('привет'), t('мир')]));
  });

  it('reads phrases and prefixes', () => {
    expect(parseSearchQuery('"мой  телефон"')).toEqual(t('мой', 'телефон'));
    expect(parseSearchQuery('тел*')).toEqual(p('тел'));
    expect(parseSearchQuery('"мои тел"*')).toEqual(p('мои', 'тел'));
    expect(parseSearchQuery('"a AND b (c)"')).toEqual(t('a', 'and', 'b', 'c'));
  });

  it('turns a word with punctuation into a phrase, and a phone number into its digits', () => {
    expect(parseSearchQuery('ivanov@mail.kz')).toEqual(t('ivanov', 'mail', 'kz'));
    expect(parseSearchQuery('ivanov@mail*')).toEqual(p('ivanov', 'mail'));
    expect(parseSearchQuery('+77012345678')).toEqual(t('77012345678'));
    expect(parseSearchQuery('"+7 (701) 234-56-78"')).toEqual(t('77012345678'));
    expect(parseSearchQuery('"+7 701 234 56 78 звонил"')).toEqual(t('7', '701', '234', '56', '78', 'звонил'));
    expect(parseSearchQuery('ЁЛКА')).toEqual(t('елка'));
  });

  it('binds AND tighter than OR', () => {
    expect(parseSearchQuery('a b OR c')).toEqual(or(and([t('a'), t('b')]), t('c')));
    expect(parseSearchQuery('a OR b OR c')).toEqual(or(t('a'), t('b'), t('c')));
    expect(parseSearchQuery('a (b OR c)')).toEqual(and([t('a'), or(t('b'), t('c'))]));
  });

  it('excludes with NOT or a leading minus', () => {
    expect(parseSearchQuery('a -b')).toEqual(and([t('a')], [t('b')]));
    expect(parseSearchQuery('a NOT b')).toEqual(and([t('a')], [t('b')]));
    expect(parseSearchQuery('a AND NOT "b c"')).toEqual(and([t('a')], [t('b', 'c')]));
    expect(parseSearchQuery('-b a -(c OR d)')).toEqual(and([t('a')], [t('b'), or(t('c'), t('d'))]));
    expect(parseSearchQuery('a NOT NOT b')).toEqual(and([t('a'), t('b')]));
    // Inside a word a hyphen joins; alone it is nothing.
    expect(parseSearchQuery('ivanov-petrov')).toEqual(t('ivanov', 'petrov'));
    expect(parseSearchQuery('a - b')).toEqual(and([t('a'), t('b')]));
  });

  it('flattens nested groups', () => {
    expect(parseSearchQuery('((a))')).toEqual(t('a'));
    expect(parseSearchQuery('a (b (c -d))')).toEqual(and([t('a'), t('b'), t('c')], [t('d')]));
    expect(parseSearchQuery('(a OR (b OR c))')).toEqual(or(t('a'), t('b'), t('c')));
  });

  it('takes lower-case operators for words', () => {
    expect(parseSearchQuery('rock and roll or not')).toEqual(and([t('rock'), t('and'), t('roll'), t('or'), t('not')]));
  });

  it('drops words that are only punctuation', () => {
    expect(parseSearchQuery('a ^ * b')).toEqual(and([t('a'), t('b')]));
    expect(parseSearchQuery('a OR ^')).toEqual(t('a'));
    expect(parseSearchQuery('NEAR(a b)')).toEqual(and([t('near'), t('a'), t('b')]));
  });

  it('refuses malformed queries with a reason', () => {
    expect(reason('"open')).toBe('unclosed_quote');
    expect(reason('(a OR b')).toBe('unclosed_parenthesis');
    expect(reason('a)')).toBe('unexpected_token');
    expect(reason('()')).toBe('empty_group');
    expect(reason('a AND')).toBe('dangling_operator');
    expect(reason('a OR')).toBe('dangling_operator');
    expect(reason('NOT')).toBe('dangling_operator');
    expect(reason('AND a')).toBe('unexpected_token');
    expect(reason('a OR OR b')).toBe('unexpected_token');
    expect(reason('a AND ) b')).toBe('unexpected_token');
  });

  it('refuses queries that only exclude', () => {
    expect(reason('-a')).toBe('negation_only');
    expect(reason('NOT a -b')).toBe('negation_only');
    expect(reason('a OR -b')).toBe('negation_only');
    expect(reason('a -(-b -c)')).toBe('negation_only');
  });

  it('refuses queries with nothing to look for', () => {
    expect(reason('')).toBe('empty');
    expect(reason('   ')).toBe('empty');
    expect(reason('!!! ***')).toBe('no_terms');
    expect(reason('""')).toBe('no_terms');
  });

  it('refuses queries too big to run', () => {
    expect(reason('a '.repeat(1_001))).toBe('too_long');
    expect(reason(Array.from({ length: 65 }, (_, i) => `w${i}`).join(' '))).toBe('too_many_terms');
    expect(reason(`${'('.repeat(40)}a${')'.repeat(40)}`)).toBe('too_deep');
    expect(reason(`${'-'.repeat(40)}a b`)).toBe('too_deep');
  });
});
