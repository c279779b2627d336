// A query of the bench/search set: the query itself, its class for the report and, for deep pages, how far to page
// before timing; and which of them are plain single words, the ones ripgrep can answer too.
import { type SearchQuery } from '@tamga/core';

/** Hits per timed page: the first page, or the page a deep cursor leads to. */
export const PAGE = 50;

export interface BenchQuery {
  cls: string;
  query: SearchQuery;
  /** Deep pages: how many hits to page past (untimed) before the timed page. */
  skip?: number;
}

export function isWordQuery(q: BenchQuery): boolean {
  return !q.skip && /^\p{L}+$/u.test(q.query.text) && Object.keys(q.query).every((k) => ['caseId', 'text', 'limit', 'sort'].includes(k));
}
