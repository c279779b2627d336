// The SearchIndex contract for results: how every adapter sorts, ranks and pages hits, checks cursors and cuts snippets.
import { describe, expect, it } from 'vitest';
import type { SearchDocument, SearchIndex, SearchSort } from '@tamga/core';
import { A, at, doc, failure, useFixtureIndex } from './search-index-fixtures';
import type { TestDatabase } from './test-database';

export function searchIndexResultsContract(name: string, makeDatabase: () => TestDatabase): void {
  describe(`SearchIndex contract: ${name}`, () => {
    const { index } = useFixtureIndex(makeDatabase);

    describe('sorting, paging and snippets', () => {
      it('sorts by time both ways, undated last', async () => {
        const text = 'meeting OR встречаемся OR перевод';
        const order = async (sort: SearchSort) =>
          (await index().search({ caseId: A, text, sort, limit: 100 })).hits.map((h) => h.artifactId);
        expect(await order('time_asc')).toEqual(['a01', 'a09', 'a11', 'a13', 'a12']);
        expect(await order('time_desc')).toEqual(['a13', 'a11', 'a09', 'a01', 'a12']);
        const undated = (await index().search({ caseId: A, text: 'undated', limit: 1 })).hits[0];
        expect(undated).toMatchObject({ artifactId: 'a12', at: null, type: 'document', itemId: 'item-1' });
      });

      it('ranks more matches higher', async () => {
        await index().index([
          doc('r1', `пароль ${'слово '.repeat(60)}`, { caseId: 'case-rank' }),
          doc('r2', 'пароль пароль пароль', { caseId: 'case-rank' }),
          doc('r3', 'ничего общего', { caseId: 'case-rank' }),
        ]);
        const page = await index().search({ caseId: 'case-rank', text: 'пароль', limit: 10 });
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
        await index().index(docs);
        for (const sort of ['relevance', 'time_asc', 'time_desc'] as const) {
          const seen: string[] = [];
          let cursor: string | null = null;
          let pages = 0;
          do {
            const page: Awaited<ReturnType<SearchIndex['search']>> = await index().search({
              caseId,
              text: 'сигнал',
              sort,
              limit: 5,
              cursor,
            });
            expect(page.total).toBe(53);
            expect(page.hits.length).toBeLessThanOrEqual(5);
            seen.push(...page.hits.map((h) => h.artifactId));
            cursor = page.nextCursor;
            pages++;
          } while (cursor && pages < 100);
          expect(pages, sort).toBe(11);
          expect(new Set(seen).size, sort).toBe(53);
          const full = await index().search({ caseId, text: 'сигнал', sort, limit: 1000 });
          expect(seen, sort).toEqual(full.hits.map((h) => h.artifactId));
        }
      });

      it('refuses a bad limit or a cursor from another query', async () => {
        const first = await index().search({ caseId: A, text: 'мой OR мои', limit: 1 });
        expect(first.nextCursor).not.toBeNull();
        const next = await index().search({ caseId: A, text: 'мой OR мои', limit: 1, cursor: first.nextCursor });
        expect(next.hits).toHaveLength(1);
        expect(next.nextCursor).toBeNull();
        expect(await failure(() => index().search({ caseId: A, text: 'мой', limit: 1, cursor: first.nextCursor }))).toBe(
          'VALIDATION_FAILED',
        );
        expect(
          await failure(() => index().search({ caseId: A, text: 'мой OR мои', limit: 1, cursor: first.nextCursor, sort: 'time_asc' })),
        ).toBe('VALIDATION_FAILED');
        expect(await failure(() => index().search({ caseId: A, text: 'мой', limit: 1, cursor: 'not a cursor' }))).toBe('VALIDATION_FAILED');
        expect(await failure(() => index().search({ caseId: A, text: 'мой', limit: 0 }))).toBe('VALIDATION_FAILED');
        expect(await failure(() => index().search({ caseId: A, text: 'мой', limit: 1.5 }))).toBe('VALIDATION_FAILED');
      });

      it('cuts snippets from the original text with every match marked', async () => {
        const snippet = async (text: string, id: string) =>
          (await index().search({ caseId: A, text, limit: 100 })).hits.find((h) => h.artifactId === id)?.snippet;
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
        await index().index([doc('long', long, { caseId: 'case-long' })]);
        const [hit] = (await index().search({ caseId: 'case-long', text: 'ключ', limit: 1 })).hits;
        expect(hit!.snippet.startsWith('…')).toBe(true);
        expect(hit!.snippet.endsWith('…')).toBe(true);
        expect(hit!.snippet).toContain('здесь \u0001ключ\u0002 к делу');
        expect(hit!.snippet.length).toBeLessThan(230);
        expect(hit!.snippet).not.toContain('снова');
      });
    });
  });
}
