// The SearchIndex contract: what every adapter finds (Cyrillic, Kazakh, Uzbek, Latin; phrases, prefixes, boolean
// queries), how it filters, sorts, pages and cuts snippets, and that no query text can break out of the syntax.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTamgaError, type SearchDocument, type SearchIndex, type SearchQuery, type SearchSort } from '@tamga/core';
import { sqlSearchIndex } from './search/sql-search-index';
import { openStore, type SqlStore } from './sql-store';
import type { TestDatabase } from './test-database';

const A = 'case-a';
const B = 'case-b';

function at(day: number, hour = 12): string {
  return `2024-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000000Z`;
}

function doc(artifactId: string, text: string, more: Partial<SearchDocument> = {}): SearchDocument {
  return { artifactId, caseId: A, itemId: 'item-1', type: 'message', at: at(1), text, accounts: [], entities: [], ...more };
}

const FIXTURE: SearchDocument[] = [
  doc('a01', 'Привет, встречаемся у ёлки в 10:00', { at: at(1), accounts: ['telegram:user1'] }),
  doc('a02', 'Елка стоит на площади', { at: at(2) }),
  doc('a03', 'Қазақстан Республикасы, Алматы қаласы. Біз сенбіде кездесеміз', { at: at(3), itemId: 'item-2' }),
  doc('a04', 'Oʻzbekiston poytaxti Toshkent, togʻ yonida', { at: at(4), itemId: 'item-2' }),
  doc('a05', "O'zbek tili va g'alaba", { at: at(5), itemId: 'item-2' }),
  doc('a06', 'Ўзбекистон ҳукумати қарори', { at: at(6), itemId: 'item-2' }),
  doc('a07', 'Это мой телефон', { at: at(7) }),
  doc('a08', 'Это мои телефоны', { at: at(8) }),
  doc('a09', 'Письмо от ivanov@mail.kz: перевод 50000 тенге', {
    type: 'email',
    at: at(9),
    accounts: ['email:ivanov@mail.kz'],
    entities: ['email:ivanov@mail.kz'],
  }),
  doc('a10', 'Позвони мне +7 (701) 234-56-78 срочно', { at: at(10), entities: ['phone:+77012345678'] }),
  doc('a11', 'Номер +77012345678 заблокирован, перевод отменён', { type: 'call', at: at(11), entities: ['phone:+77012345678'] }),
  doc('a12', 'Undated note about the meeting', { type: 'document', at: null }),
  doc('a13', 'Café meeting with Jürgen at Şahin restaurant', { type: 'web_visit', at: at(13), accounts: ['telegram:user1'] }),
  doc('b01', 'Привет из другого дела, ёлки и телефон', { caseId: B, itemId: 'item-b', at: at(1) }),
];

export function searchIndexContract(name: string, makeDatabase: () => TestDatabase): void {
  describe(`SearchIndex contract: ${name}`, () => {
    let database: TestDatabase;
    let store: SqlStore;
    let index: SearchIndex;

    beforeAll(async () => {
      database = makeDatabase();
      store = await openStore(database.url, database.schema ? { schema: database.schema } : {});
      index = sqlSearchIndex(store);
      await index.index(FIXTURE);
    });
    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    async function found(text: string, more: Partial<SearchQuery> = {}): Promise<string[]> {
      const page = await index.search({ caseId: A, text, limit: 1000, ...more });
      return page.hits.map((h) => h.artifactId).sort();
    }

    async function failure(run: () => Promise<unknown>): Promise<string> {
      try {
        await run();
      } catch (error) {
        return isTamgaError(error) ? error.code : `untyped: ${String(error)}`;
      }
      return 'no error';
    }

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
          expect(await failure(() => index.search({ caseId: A, text, limit: 10 })), text).toBe('SEARCH_QUERY_INVALID');
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
          const outcome = await failure(() => index.search({ caseId: A, text, limit: 10 }));
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
        const page = await index.search({ caseId: A, text: 'ёлки OR телефон', limit: 100 });
        expect(page.total).toBe(2);
        expect(page.totalIsLowerBound).toBe(false);
        expect(await found('привет', { caseId: 'case-none' })).toEqual([]);
      });
    });

    describe('sorting, paging and snippets', () => {
      it('sorts by time both ways, undated last', async () => {
        const text = 'meeting OR встречаемся OR перевод';
        const order = async (sort: SearchSort) => (await index.search({ caseId: A, text, sort, limit: 100 })).hits.map((h) => h.artifactId);
        expect(await order('time_asc')).toEqual(['a01', 'a09', 'a11', 'a13', 'a12']);
        expect(await order('time_desc')).toEqual(['a13', 'a11', 'a09', 'a01', 'a12']);
        const undated = (await index.search({ caseId: A, text: 'undated', limit: 1 })).hits[0];
        expect(undated).toMatchObject({ artifactId: 'a12', at: null, type: 'document', itemId: 'item-1' });
      });

      it('ranks more matches higher', async () => {
        await index.index([
          doc('r1', `пароль ${'слово '.repeat(60)}`, { caseId: 'case-rank' }),
          doc('r2', 'пароль пароль пароль', { caseId: 'case-rank' }),
          doc('r3', 'ничего общего', { caseId: 'case-rank' }),
        ]);
        const page = await index.search({ caseId: 'case-rank', text: 'пароль', limit: 10 });
        expect(page.hits.map((h) => h.artifactId)).toEqual(['r2', 'r1']);
        expect(page.hits[0]!.score).toBeGreaterThan(page.hits[1]!.score);
        expect(page.total).toBe(2);
      });

      it('pages through every hit once, in each sort', async () => {
        const caseId = 'case-paging';
        const docs: SearchDocument[] = [];
        for (let i = 0; i < 53; i++) {
          // Repeated times, repeated scores and undated documents: ties are where keyset paging goes wrong.
          const words = Array.from({ length: 1 + (i % 4) }, () => 'сигнал').join(' ');
          docs.push(
            doc(`p${String(i).padStart(3, '0')}`, `${words} номер ${i}`, { caseId, at: i % 7 === 0 ? null : at(1 + (i % 5), i % 3) }),
          );
        }
        docs.push(doc('p-other', 'шум', { caseId }));
        await index.index(docs);
        for (const sort of ['relevance', 'time_asc', 'time_desc'] as const) {
          const seen: string[] = [];
          let cursor: string | null = null;
          let pages = 0;
          do {
            const page: Awaited<ReturnType<SearchIndex['search']>> = await index.search({ caseId, text: 'сигнал', sort, limit: 5, cursor });
            expect(page.total).toBe(53);
            expect(page.hits.length).toBeLessThanOrEqual(5);
            seen.push(...page.hits.map((h) => h.artifactId));
            cursor = page.nextCursor;
            pages++;
          } while (cursor && pages < 100);
          expect(pages, sort).toBe(11);
          expect(new Set(seen).size, sort).toBe(53);
          const full = await index.search({ caseId, text: 'сигнал', sort, limit: 1000 });
          expect(seen, sort).toEqual(full.hits.map((h) => h.artifactId));
        }
      });

      it('refuses a bad limit or a cursor from another query', async () => {
        const first = await index.search({ caseId: A, text: 'мой OR мои', limit: 1 });
        expect(first.nextCursor).not.toBeNull();
        const next = await index.search({ caseId: A, text: 'мой OR мои', limit: 1, cursor: first.nextCursor });
        expect(next.hits).toHaveLength(1);
        expect(next.nextCursor).toBeNull();
        expect(await failure(() => index.search({ caseId: A, text: 'мой', limit: 1, cursor: first.nextCursor }))).toBe('VALIDATION_FAILED');
        expect(
          await failure(() => index.search({ caseId: A, text: 'мой OR мои', limit: 1, cursor: first.nextCursor, sort: 'time_asc' })),
        ).toBe('VALIDATION_FAILED');
        expect(await failure(() => index.search({ caseId: A, text: 'мой', limit: 1, cursor: 'not a cursor' }))).toBe('VALIDATION_FAILED');
        expect(await failure(() => index.search({ caseId: A, text: 'мой', limit: 0 }))).toBe('VALIDATION_FAILED');
        expect(await failure(() => index.search({ caseId: A, text: 'мой', limit: 1.5 }))).toBe('VALIDATION_FAILED');
      });

      it('cuts snippets from the original text with every match marked', async () => {
        const snippet = async (text: string, id: string) =>
          (await index.search({ caseId: A, text, limit: 100 })).hits.find((h) => h.artifactId === id)?.snippet;
        expect(await snippet('елки', 'a01')).toBe('Привет, встречаемся у \u0001ёлки\u0002 в 10:00');
        expect(await snippet('"мой телефон"', 'a07')).toBe('Это \u0001мой телефон\u0002');
        expect(await snippet('телефон*', 'a08')).toBe('Это мои \u0001телефоны\u0002');
        expect(await snippet('o’zbekiston OR tog', 'a04')).toBe('\u0001Oʻzbekiston\u0002 poytaxti Toshkent, togʻ yonida');
        expect(await snippet('77012345678', 'a10')).toBe('Позвони мне +\u00017 (701) 234-56-78\u0002 срочно');
        expect(await snippet('ivanov@mail.kz', 'a09')).toBe('Письмо от \u0001ivanov@mail.kz\u0002: перевод 50000 тенге');
        expect(await snippet('перевод -мой', 'a11')).toBe('Номер +77012345678 заблокирован, \u0001перевод\u0002 отменён');
      });

      it('keeps snippets near the first match of a long text', async () => {
        const long = `${'вступление '.repeat(40)}здесь ключ к делу, ${'продолжение '.repeat(40)}и снова ключ`;
        await index.index([doc('long', long, { caseId: 'case-long' })]);
        const [hit] = (await index.search({ caseId: 'case-long', text: 'ключ', limit: 1 })).hits;
        expect(hit!.snippet.startsWith('…')).toBe(true);
        expect(hit!.snippet.endsWith('…')).toBe(true);
        expect(hit!.snippet).toContain('здесь \u0001ключ\u0002 к делу');
        expect(hit!.snippet.length).toBeLessThan(230);
        expect(hit!.snippet).not.toContain('снова');
      });
    });

    describe('writing', () => {
      it('replaces a document indexed again under the same id', async () => {
        const caseId = 'case-upsert';
        await index.index([doc('u1', 'старый текст', { caseId, entities: ['phone:+1'], type: 'message' })]);
        await index.index([doc('u1', 'новый текст', { caseId, entities: ['phone:+2'], type: 'email', at: at(20) })]);
        expect(await found('старый', { caseId })).toEqual([]);
        expect(await found('новый', { caseId })).toEqual(['u1']);
        expect(await found('текст', { caseId, entity: 'phone:+1' })).toEqual([]);
        expect(await found('текст', { caseId, entity: 'phone:+2', types: ['email'] })).toEqual(['u1']);
        const page = await index.search({ caseId, text: 'текст', limit: 10 });
        expect(page.total).toBe(1);
        expect(page.hits[0]).toMatchObject({ at: at(20), type: 'email' });
        // The last of two documents with one id in the same call wins.
        await index.index([doc('u2', 'первый', { caseId }), doc('u2', 'второй', { caseId })]);
        expect(await found('первый OR второй', { caseId })).toEqual(['u2']);
        expect(await found('первый', { caseId })).toEqual([]);
      });

      it('removes an item’s documents and a case’s', async () => {
        const caseId = 'case-remove';
        await index.index([
          doc('x1', 'удалить это', { caseId, itemId: 'gone', entities: ['e:1'] }),
          doc('x2', 'удалить и это', { caseId, itemId: 'gone' }),
          doc('x3', 'оставить это', { caseId, itemId: 'kept', entities: ['e:1'] }),
        ]);
        await index.removeItem('gone');
        expect(await found('это', { caseId })).toEqual(['x3']);
        expect(await found('это', { caseId, entity: 'e:1' })).toEqual(['x3']);
        // Indexing the item again after removal works: nothing of the old rows is left in the way.
        await index.index([doc('x1', 'вернуть это', { caseId, itemId: 'gone' })]);
        expect(await found('это', { caseId })).toEqual(['x1', 'x3']);
        await index.removeCase(caseId);
        expect(await found('это', { caseId })).toEqual([]);
        expect(await found('привет')).toEqual(['a01']);
      });

      it('stores text that PostgreSQL cannot hold as it can', async () => {
        const caseId = 'case-odd';
        await index.index([doc('o1', 'нуль\u0000байт и \uD800 одинокий суррогат, маркеры \u0001 \u0002', { caseId })]);
        const [hit] = (await index.search({ caseId, text: 'суррогат', limit: 1 })).hits;
        expect(hit!.snippet).toBe('нуль\uFFFDбайт и \uFFFD одинокий \u0001суррогат\u0002, маркеры \uFFFD \uFFFD');
        expect(await found('нуль', { caseId })).toEqual(['o1']);
      });

      it('indexes 10,000 documents in one call', async () => {
        const caseId = 'case-bulk';
        const docs = Array.from({ length: 10_000 }, (_, i) =>
          doc(`bulk-${i}`, `Сообщение номер ${i}: ${i % 2 === 0 ? 'чётное' : 'нечётное'} ${i % 10 === 0 ? 'юбилейное' : ''}`, {
            caseId,
            itemId: `bulk-item-${i % 3}`,
            at: at(1 + (i % 28)),
            entities: [`n:${i % 100}`],
          }),
        );
        await index.index(docs);
        const total = async (text: string, more: Partial<SearchQuery> = {}) => {
          const { total, totalIsLowerBound } = await index.search({ caseId, text, limit: 1, ...more });
          return { total, totalIsLowerBound };
        };
        expect(await total('сообщение')).toEqual({ total: 10_000, totalIsLowerBound: false });
        expect(await total('нечетное')).toEqual({ total: 5_000, totalIsLowerBound: false });
        expect(await total('юбилейное', { entity: 'n:30' })).toEqual({ total: 100, totalIsLowerBound: false });
        expect(await found('"номер 4321"', { caseId })).toEqual(['bulk-4321']);
        // Past SEARCH_EXACT_TOTAL matches, the total is that many and says it is a lower bound.
        await index.index([doc('bulk-extra', 'Сообщение лишнее', { caseId, at: at(2) })]);
        expect(await total('сообщение')).toEqual({ total: 10_000, totalIsLowerBound: true });
        expect(await total('сообщение', { sort: 'time_desc' })).toEqual({ total: 10_000, totalIsLowerBound: true });
        expect(await total('нечетное')).toEqual({ total: 5_000, totalIsLowerBound: false });
      }, 120_000);

      it('pages through every hit once however small the limits on counting and ranking', async () => {
        // Limits this small make adapters take the paths of very large results: a total that is a lower bound,
        // relevance that ranks only the most recent hits, filters that thin out the matches.
        const small = sqlSearchIndex(store, { limits: { exactTotal: 12, relevanceWindow: 7, examineLimit: 9, smallSet: 4, setMax: 5 } });
        const caseId = 'case-limits';
        const docs: SearchDocument[] = [];
        for (let i = 0; i < 40; i++)
          docs.push(
            doc(`l${String(i).padStart(3, '0')}`, `${'метка '.repeat(1 + (i % 3))}${i % 2 ? 'чёт' : 'нечет'} ${i}`, {
              caseId,
              type: i % 4 === 0 ? 'email' : 'message',
              itemId: i % 10 === 0 ? 'item-few' : 'item-many',
              at: i % 9 === 0 ? null : at(1 + (i % 20), i % 24),
              entities: i % 5 === 0 ? ['phone:+5'] : [],
            }),
          );
        await small.index(docs);
        const cases: Array<[Partial<SearchQuery>, number]> = [
          [{}, 40],
          [{ types: ['email'] }, 10],
          [{ itemIds: ['item-few'] }, 4],
          [{ entity: 'phone:+5', types: ['message'] }, 6],
          [{ from: at(3), to: at(15) }, 22],
        ];
        for (const [more, expected] of cases)
          for (const sort of ['relevance', 'time_asc', 'time_desc'] as const) {
            const seen: string[] = [];
            let cursor: string | null = null;
            for (let pages = 0; pages < 100; pages++) {
              const page: Awaited<ReturnType<SearchIndex['search']>> = await small.search({
                caseId,
                text: 'метка',
                sort,
                limit: 3,
                cursor,
                ...more,
              });
              if (page.totalIsLowerBound) expect(page.total).toBeLessThanOrEqual(expected);
              else expect(page.total).toBe(expected);
              seen.push(...page.hits.map((h) => h.artifactId));
              cursor = page.nextCursor;
              if (!cursor) break;
            }
            const label = `${sort} ${JSON.stringify(more)}`;
            expect(seen.length, label).toBe(expected);
            expect(new Set(seen).size, label).toBe(expected);
            if (sort !== 'relevance') {
              const full = await index.search({ caseId, text: 'метка', sort, limit: 1000, ...more });
              expect(seen, label).toEqual(full.hits.map((h) => h.artifactId));
            }
          }
      });
    });
  });
}
