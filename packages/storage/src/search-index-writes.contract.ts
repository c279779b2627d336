// The SearchIndex contract for writing: every adapter replaces and removes documents, stores odd text, indexes in
// bulk, and pages exactly however small its limits on counting and ranking.
import { describe, expect, it } from 'vitest';
import type { SearchDocument, SearchIndex, SearchQuery } from '@tamga/core';
import { sqlSearchIndex } from './search/sql-search-index';
import { at, doc, useFixtureIndex } from './search-index-fixtures';
import type { TestDatabase } from './test-database';

export function searchIndexWritesContract(name: string, makeDatabase: () => TestDatabase): void {
  describe(`SearchIndex contract: ${name}`, () => {
    const { store, index, found } = useFixtureIndex(makeDatabase);

    describe('writing', () => {
      it('replaces a document indexed again under the same id', async () => {
        const caseId = 'case-upsert';
        await index().index([doc('u1', 'старый текст', { caseId, entities: ['phone:+1'], type: 'message' })]);
        await index().index([doc('u1', 'новый текст', { caseId, entities: ['phone:+2'], type: 'email', at: at(20) })]);
        expect(await found('старый', { caseId })).toEqual([]);
        expect(await found('новый', { caseId })).toEqual(['u1']);
        expect(await found('текст', { caseId, entity: 'phone:+1' })).toEqual([]);
        expect(await found('текст', { caseId, entity: 'phone:+2', types: ['email'] })).toEqual(['u1']);
        const page = await index().search({ caseId, text: 'текст', limit: 10 });
        expect(page.total).toBe(1);
        expect(page.hits[0]).toMatchObject({ at: at(20), type: 'email' });
        // The last of two documents with one id in the same call wins.
        await index().index([doc('u2', 'первый', { caseId }), doc('u2', 'второй', { caseId })]);
        expect(await found('первый OR второй', { caseId })).toEqual(['u2']);
        expect(await found('первый', { caseId })).toEqual([]);
      });

      it('removes an item’s documents and a case’s', async () => {
        const caseId = 'case-remove';
        await index().index([
          doc('x1', 'удалить это', { caseId, itemId: 'gone', entities: ['e:1'] }),
          doc('x2', 'удалить и это', { caseId, itemId: 'gone' }),
          doc('x3', 'оставить это', { caseId, itemId: 'kept', entities: ['e:1'] }),
        ]);
        await index().removeItems(['gone']);
        expect(await found('это', { caseId })).toEqual(['x3']);
        expect(await found('это', { caseId, entity: 'e:1' })).toEqual(['x3']);
        // Indexing the item again after removal works: nothing of the old rows is left in the way.
        await index().index([doc('x1', 'вернуть это', { caseId, itemId: 'gone' })]);
        expect(await found('это', { caseId })).toEqual(['x1', 'x3']);
        await index().removeCase(caseId);
        expect(await found('это', { caseId })).toEqual([]);
        expect(await found('привет')).toEqual(['a01']);
      });

      it('stores text that PostgreSQL cannot hold as it can', async () => {
        const caseId = 'case-odd';
        await index().index([doc('o1', 'нуль\u0000байт и \uD800 одинокий суррогат, маркеры \u0001 \u0002', { caseId })]);
        const [hit] = (await index().search({ caseId, text: 'суррогат', limit: 1 })).hits;
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
        await index().index(docs);
        const total = async (text: string, more: Partial<SearchQuery> = {}) => {
          const { total, totalIsLowerBound } = await index().search({ caseId, text, limit: 1, ...more });
          return { total, totalIsLowerBound };
        };
        expect(await total('сообщение')).toEqual({ total: 10_000, totalIsLowerBound: false });
        expect(await total('нечетное')).toEqual({ total: 5_000, totalIsLowerBound: false });
        expect(await total('юбилейное', { entity: 'n:30' })).toEqual({ total: 100, totalIsLowerBound: false });
        expect(await found('"номер 4321"', { caseId })).toEqual(['bulk-4321']);
        // Past SEARCH_EXACT_TOTAL matches, the total is that many and says it is a lower bound.
        await index().index([doc('bulk-extra', 'Сообщение лишнее', { caseId, at: at(2) })]);
        expect(await total('сообщение')).toEqual({ total: 10_000, totalIsLowerBound: true });
        expect(await total('сообщение', { sort: 'time_desc' })).toEqual({ total: 10_000, totalIsLowerBound: true });
        expect(await total('нечетное')).toEqual({ total: 5_000, totalIsLowerBound: false });
      }, 120_000);

      it('pages through every hit once however small the limits on counting and ranking', async () => {
        // Limits this small make adapters take the paths of very large results: a total that is a lower bound,
        // relevance that ranks only the most recent hits, filters that thin out the matches.
        const small = sqlSearchIndex(store(), { limits: { exactTotal: 12, relevanceWindow: 7, examineLimit: 9, smallSet: 4, setMax: 5 } });
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
              const full = await index().search({ caseId, text: 'метка', sort, limit: 1000, ...more });
              expect(seen, label).toEqual(full.hits.map((h) => h.artifactId));
            }
          }
      });
    });
  });
}
