// The SearchIndex contract: what every adapter finds (Cyrillic, Kazakh, Uzbek, Latin; phrases, prefixes, boolean
// queries), how it filters, and that no query text can break out of the syntax.
import { describe, expect, it } from 'vitest';
import { A, at, B, doc, failure, useFixtureIndex } from './search-index-fixtures';
import type { TestDatabase } from './test-database';

export function searchIndexContract(name: string, makeDatabase: () => TestDatabase): void {
  describe(`SearchIndex contract: ${name}`, () => {
    const { index, found } = useFixtureIndex(makeDatabase);

    describe('finding words', () => {
      it('finds Cyrillic words whatever their case', async () => {
        expect(await found('привет')).toEqual(['a01']);
        expect(await found('ПРИВЕТ')).toEqual(['a01']);
        expect(await found('перевод')).toEqual(['a09', 'a11']);
      });

      it('takes ё and е for one letter, both ways', async () => {
        expect(await found('ёлки')).toEqual(['a01']);
        expect(await found('елки')).toEqual(['a01']);
        expect(await found('ЁЛКА')).toEqual(['a02']);
        expect(await found('отменен')).toEqual(['a11']);
      });

      it('searches Kazakh letters as typed and keeps them distinct', async () => {
        expect(await found('қаласы')).toEqual(['a03']);
        expect(await found('ҚАЗАҚСТАН')).toEqual(['a03']);
        expect(await found('біз')).toEqual(['a03']);
        expect(await found('казакстан')).toEqual([]);
        expect(await found('биз')).toEqual([]);
      });

      it('matches Uzbek oʻ and gʻ whichever apostrophe was typed', async () => {
        for (const spelling of ['oʻzbekiston', "o'zbekiston", 'o‘zbekiston', 'o’zbekiston', 'Oʻzbekiston'])
          expect(await found(spelling), spelling).toEqual(['a04']);
        for (const spelling of ["o'zbek", 'oʻzbek', 'o’zbek']) expect(await found(spelling), spelling).toEqual(['a05']);
        expect(await found("tog'")).toEqual(['a04']);
        expect(await found('gʻalaba')).toEqual(['a05']);
      });

      it('searches Uzbek Cyrillic letters as typed and keeps them distinct', async () => {
        expect(await found('ўзбекистон')).toEqual(['a06']);
        expect(await found('ҳукумати')).toEqual(['a06']);
        expect(await found('қарори')).toEqual(['a06']);
        expect(await found('узбекистон')).toEqual([]);
      });

      it('keeps й and и apart', async () => {
        expect(await found('мой')).toEqual(['a07']);
        expect(await found('мои')).toEqual(['a08']);
      });

      it('folds Latin diacritics', async () => {
        expect(await found('cafe')).toEqual(['a13']);
        expect(await found('JURGEN')).toEqual(['a13']);
        expect(await found('jürgen')).toEqual(['a13']);
        expect(await found('sahin')).toEqual(['a13']);
      });

      it('finds e-mail addresses and phone numbers however they are written', async () => {
        expect(await found('ivanov@mail.kz')).toEqual(['a09']);
        expect(await found('IVANOV@MAIL.KZ')).toEqual(['a09']);
        expect(await found('ivanov')).toEqual(['a09']);
        expect(await found('+77012345678')).toEqual(['a10', 'a11']);
        expect(await found('77012345678')).toEqual(['a10', 'a11']);
        expect(await found('"+7 (701) 234-56-78"')).toEqual(['a10', 'a11']);
        expect(await found('50000')).toEqual(['a09']);
      });

      it("finds a phone written in its national form by the number's E.164 digits, and quotes the text as written", async () => {
        const caseId = 'case-phone';
        await index().index([
          doc('p1', 'Номер курьера 8 (701) 234-56-78, звонить вечером', { caseId, itemId: 'pi', entities: ['phone:+77012345678'] }),
          // The same digits where analysis found no valid phone: only the form as written finds them.
          doc('p2', 'Номер 8 (701) 234-56-78 в списке', { caseId, itemId: 'pi' }),
        ]);
        expect(await found('77012345678', { caseId })).toEqual(['p1']);
        expect(await found('"8 (701) 234-56-78"', { caseId })).toEqual(['p1', 'p2']);
        // Through a filter few documents pass, which matches the documents read back from their stored texts.
        expect(await found('77012345678', { caseId, itemIds: ['pi'] })).toEqual(['p1']);
        const { hits } = await index().search({ caseId, text: '77012345678', limit: 10 });
        expect(hits.map((hit) => hit.snippet)).toEqual(['Номер курьера 8 (701) 234-56-78, звонить вечером']);
      });
    });

    describe('query syntax', () => {
      it('matches phrases in order only', async () => {
        expect(await found('"мой телефон"')).toEqual(['a07']);
        expect(await found('"телефон мой"')).toEqual([]);
        expect(await found('"Алматы қаласы"')).toEqual(['a03']);
      });

      it('matches prefixes, of words and of phrases', async () => {
        expect(await found('телефон*')).toEqual(['a07', 'a08']);
        expect(await found('тел*')).toEqual(['a07', 'a08']);
        expect(await found('тен*')).toEqual(['a09']);
        expect(await found('"мои тел"*')).toEqual(['a08']);
        expect(await found('ivanov@mail*')).toEqual(['a09']);
      });

      it('combines with AND, OR and NOT', async () => {
        expect(await found('это мой')).toEqual(['a07']);
        expect(await found('это AND мои')).toEqual(['a08']);
        expect(await found('мой OR мои')).toEqual(['a07', 'a08']);
        expect(await found('это -мой')).toEqual(['a08']);
        expect(await found('это NOT мой')).toEqual(['a08']);
        expect(await found('перевод -"50000 тенге"')).toEqual(['a11']);
      });

      it('groups with parentheses', async () => {
        expect(await found('(мой OR мои) телефоны')).toEqual(['a08']);
        expect(await found('(ёлки OR площади) -привет')).toEqual(['a02']);
        expect(await found('перевод (тенге OR (номер -мой))')).toEqual(['a09', 'a11']);
      });

      it('refuses malformed queries with SEARCH_QUERY_INVALID', async () => {
        for (const text of ['"не закрыто', '(мой OR', 'мой AND', '-мой', 'мой OR -мои', '', '   ', '!!!'])
          expect(await failure(() => index().search({ caseId: A, text, limit: 10 })), text).toBe('SEARCH_QUERY_INVALID');
      });

      it('never lets query text reach the database as syntax', async () => {
        const hostile = [
          '"',
          '*',
          '"*"',
          'NEAR(привет ёлки)',
          'привет NEAR ёлки',
          '^привет',
          'tokens:привет',
          '{tokens}: привет',
          "'; drop table search_documents; --",
          "привет' OR '1'='1",
          'a & b | !c',
          'a <-> b',
          'привет:*',
          'привет:A',
          '\\"\\',
          '\u0000привет',
          '((((((((((',
          '))',
          'AND OR NOT',
          '- * ^ : ( )',
          '😀 привет 😀',
          'привет '.repeat(100),
          'x'.repeat(5000),
        ];
        for (const text of hostile) {
          const outcome = await failure(() => index().search({ caseId: A, text, limit: 10 }));
          expect(['no error', 'SEARCH_QUERY_INVALID'], text).toContain(outcome);
        }
        expect(await found('NEAR(привет ёлки)')).toEqual([]);
        expect(await found('^привет')).toEqual(['a01']);
        expect(await found("привет' OR '1'='1")).toEqual(['a01']);
        expect(await found('привет')).toEqual(['a01']);
      });
    });

    describe('filters', () => {
      it('filters by type', async () => {
        expect(await found('перевод', { types: ['email'] })).toEqual(['a09']);
        expect(await found('перевод', { types: ['email', 'call'] })).toEqual(['a09', 'a11']);
        expect(await found('перевод', { types: ['web_visit'] })).toEqual([]);
        expect(await found('перевод', { types: [] })).toEqual(['a09', 'a11']);
      });

      it('filters by a time range [from, to) that leaves undated artefacts out', async () => {
        const meeting = 'meeting OR встречаемся';
        expect(await found(meeting)).toEqual(['a01', 'a12', 'a13']);
        expect(await found(meeting, { from: at(1), to: at(13) })).toEqual(['a01']);
        expect(await found(meeting, { from: at(2) })).toEqual(['a13']);
        expect(await found(meeting, { to: at(13) })).toEqual(['a01']);
        expect(await found(meeting, { to: '9999-12-31T23:59:59.999999Z' })).toEqual(['a01', 'a13']);
      });

      it('filters by item, entity and account', async () => {
        const anything = 'oʻzbekiston OR привет OR мой OR перевод OR позвони OR cafe';
        expect(await found(anything, { itemIds: ['item-2'] })).toEqual(['a04']);
        expect(await found(anything, { itemIds: ['item-1', 'item-2'] })).toEqual(['a01', 'a04', 'a07', 'a09', 'a10', 'a11', 'a13']);
        expect(await found(anything, { entity: 'phone:+77012345678' })).toEqual(['a10', 'a11']);
        expect(await found(anything, { entity: 'email:ivanov@mail.kz' })).toEqual(['a09']);
        expect(await found(anything, { account: 'telegram:user1' })).toEqual(['a01', 'a13']);
        expect(await found(anything, { account: 'telegram:user1', types: ['web_visit'] })).toEqual(['a13']);
        expect(await found(anything, { account: 'telegram:nobody' })).toEqual([]);
      });

      it('never returns another case’s documents', async () => {
        expect(await found('привет')).toEqual(['a01']);
        expect(await found('привет', { caseId: B })).toEqual(['b01']);
        expect(await found('телефон*', { caseId: B })).toEqual(['b01']);
        expect(await found('привет', { itemIds: ['item-b'] })).toEqual([]);
        const page = await index().search({ caseId: A, text: 'ёлки OR телефон', limit: 100 });
        expect(page.total).toBe(2);
        expect(page.totalIsLowerBound).toBe(false);
        expect(await found('привет', { caseId: 'case-none' })).toEqual([]);
      });
    });
  });
}
