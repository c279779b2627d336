// The query's filters other than the case, as conditions on alias `d` of search_documents; both engines use them.
import { sql, type RawBuilder } from 'kysely';
import type { SearchQuery } from '@tamga/core';
import { UNDATED } from './search-engine';

/** True when some filter besides the case applies (so a match of the words is not yet a hit). */
export function hasRowFilters(query: SearchQuery): boolean {
  return Boolean(query.types?.length || query.itemIds?.length || query.from || query.to || query.account || query.entity);
}

/** The key a filter looks up in search_keys (accounts and entities share the table, each under its own prefix). */
export function filterKeys(query: SearchQuery): string[] {
  const keys: string[] = [];
  if (query.account) keys.push(`account:${query.account}`);
  if (query.entity) keys.push(`entity:${query.entity}`);
  return keys;
}

/** Always at least one condition (`1 = 1`), so callers can join them with `and`. */
export function rowFilters(query: SearchQuery): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (query.types?.length) where.push(sql`d.type in (${sql.join(query.types)})`);
  if (query.itemIds?.length) where.push(sql`d.item_id in (${sql.join(query.itemIds)})`);
  // Undated artefacts have no place in a time range.
  if (query.from) where.push(sql`d.at >= ${query.from} and d.at < ${UNDATED}`);
  if (query.to) where.push(sql`d.at < ${query.to}`);
  for (const key of filterKeys(query)) where.push(sql`exists (select 1 from search_keys k where k.doc = d.doc and k.key = ${key})`);
  return where;
}
