// The documents every SearchIndex contract suite finds its way through (Cyrillic, Kazakh, Uzbek in both scripts, Latin;
// two cases, a day apart), and the suite's index over them.
import { beforeAll } from 'vitest';
import { isTamgaError, type SearchDocument, type SearchIndex, type SearchQuery } from '@tamga/core';
import { sqlSearchIndex } from './search/sql-search-index';
import type { SqlStore } from './sql-store';
import type { TestDatabase } from './test-database';
import { useTestStore } from './use-test-store';

export const A = 'case-a';
export const B = 'case-b';

export function at(day: number, hour = 12): string {
  return `2024-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000000Z`;
}

export function doc(artifactId: string, text: string, more: Partial<SearchDocument> = {}): SearchDocument {
  return { artifactId, caseId: A, itemId: 'item-1', type: 'message', at: at(1), text, accounts: [], entities: [], ...more };
}

export const FIXTURE: SearchDocument[] = [
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

export interface FixtureIndex {
  store(): SqlStore;
  /** The index over FIXTURE, once the suite's beforeAll has built it. */
  index(): SearchIndex;
  /** The ids of the documents that match, sorted: in case A unless `more` names another case. */
  found(text: string, more?: Partial<SearchQuery>): Promise<string[]>;
}

/** A test store for the suite, with FIXTURE indexed in it before the suite's tests. */
export function useFixtureIndex(makeDatabase: () => TestDatabase): FixtureIndex {
  const { store } = useTestStore(makeDatabase);
  let index: SearchIndex;
  beforeAll(async () => {
    index = sqlSearchIndex(store());
    await index.index(FIXTURE);
  });
  return {
    store,
    index: () => index,
    async found(text, more = {}) {
      const page = await index.search({ caseId: A, text, limit: 1000, ...more });
      return page.hits.map((h) => h.artifactId).sort();
    },
  };
}

/** The TamgaError code `run` rejects with, or what it did instead. */
export async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return isTamgaError(error) ? error.code : `untyped: ${String(error)}`;
  }
  return 'no error';
}
