// Deep pages for bench/search: pages through a query's first hits, untimed, to the cursor of the page that is then
// timed, as a user who keeps scrolling would reach it.
import { type SearchIndex } from '@tamga/core';
import { type BenchQuery } from './bench-query';

export async function deepCursor(index: SearchIndex, q: BenchQuery): Promise<string | null> {
  let cursor: string | null = null;
  let skipped = 0;
  while (skipped < q.skip!) {
    const page = await index.search({ ...q.query, limit: Math.min(1_000, q.skip! - skipped), cursor });
    skipped += page.hits.length;
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return cursor;
}
