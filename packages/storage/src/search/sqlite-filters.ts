// The query's filters on SQLite, planned per query: as sets of document numbers or match by match.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { type SearchQuery } from '@tamga/core';
import type { Database } from '../schema';
import { UNDATED, type SearchLimits } from './search-engine';
import { filterKeys } from './search-filters';
import { LAST_DATED, bucketLo, bucketHi } from './sqlite-doc-numbers';
import { type Range, type Ctx } from './sqlite-reads';

/** How each filter is checked: as a set gathered once per statement, or match by match. */
export interface FilterPlan {
  keys: Map<string, boolean>;
  items: boolean;
  types: boolean;
}

/**
 * The filters as SQL. Items, accounts and entities, and types, are best checked as sets of document numbers that
 * SQLite gathers once per statement and tests each match against before reading its document (a tenth of a
 * microsecond a match, not the 1 to 3 µs of a lookup in search_documents) — unless the set is much larger than
 * the matches of the words, when looking each match up is cheaper than gathering the set. Times are read from
 * the document.
 */
export function sqliteFilters(query: SearchQuery, plan: FilterPlan): { where: Ctx['where']; joins: boolean; typeJoin: boolean } {
  const types = query.types?.length ? query.types : null;
  const items = query.itemIds?.length ? query.itemIds : null;
  // Whether the filters but time read the document.
  const typeJoin = Boolean((types && !plan.types) || (items && !plan.items));
  const joins = Boolean(typeJoin || query.from || query.to);
  const where = (range: Range, time = true): RawBuilder<unknown> => {
    const terms: RawBuilder<unknown>[] = [sql`1 = 1`];
    const inSet = (subquery: RawBuilder<unknown>) =>
      terms.push(sql`search_fts.rowid + 0 in (${subquery} and doc between ${range.lo} and ${range.hi})`);
    for (const key of filterKeys(query)) {
      if (plan.keys.get(key)) inSet(sql`select doc from search_keys where key = ${key}`);
      else terms.push(sql`exists (select 1 from search_keys k where k.key = ${key} and k.doc = search_fts.rowid)`);
    }
    if (items && plan.items) inSet(sql`select doc from search_documents where item_id in (${sql.join(items)})`);
    if (items && !plan.items) terms.push(sql`d.item_id in (${sql.join(items)})`);
    if (types && plan.types) inSet(sql`select doc from search_documents where type in (${sql.join(types)})`);
    if (types && !plan.types) terms.push(sql`d.type in (${sql.join(types)})`);
    // Undated artefacts have no place in a time range.
    if (time && query.from) terms.push(sql`d.at >= ${query.from} and d.at < ${UNDATED}`);
    if (time && query.to) terms.push(sql`d.at < ${query.to}`);
    return sql.join(terms, sql` and `);
  };
  return { where, joins, typeJoin };
}

/** Matches of the words counted up to this many decide between sets and lookups. */
export const FEW_MATCHES = 20_000;

export async function planFilters(
  db: Kysely<Database>,
  query: SearchQuery,
  caseNo: number,
  match: string,
  limits: SearchLimits,
): Promise<FilterPlan> {
  const plan: FilterPlan = { keys: new Map(), items: true, types: true };
  const keys = filterKeys(query);
  if (keys.length === 0 && !query.itemIds?.length && !query.types?.length) return plan;
  const all = { lo: bucketLo(caseNo, 0), hi: bucketHi(caseNo, LAST_DATED) };
  const counted = await sql<{ n: number }>`
    select count(*) as n from (select 1 from search_fts where search_fts match ${match} and rowid between ${all.lo} and ${all.hi} limit ${FEW_MATCHES + 1})`.execute(
    db,
  );
  const matches = Number(counted.rows[0]?.n ?? 0);
  // Gathering a document number costs about a fifth of looking a match up.
  const most = matches > FEW_MATCHES ? Number.MAX_SAFE_INTEGER : matches * 5;
  const size = async (subquery: RawBuilder<unknown>, cap: number) => {
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from (${subquery} and doc between ${all.lo} and ${all.hi} limit ${cap + 1})`.execute(db);
    return Number(rows[0]?.n ?? 0);
  };
  // With a common word every set pays (they are gathered window by window); with a rare one, only a small set.
  const cap = Math.min(most, limits.setMax * 4);
  const small = async (subquery: RawBuilder<unknown>) =>
    limits.setMax > 0 && (most === Number.MAX_SAFE_INTEGER || (await size(subquery, cap)) <= cap);
  for (const key of keys) plan.keys.set(key, await small(sql`select 1 from search_keys where key = ${key}`));
  if (query.itemIds?.length) plan.items = await small(sql`select 1 from search_documents where item_id in (${sql.join(query.itemIds)})`);
  // Types can hold most of a case (messages): gathered only up to setMax.
  const typeCap = Math.min(most, limits.setMax);
  if (query.types?.length)
    plan.types = (await size(sql`select 1 from search_documents where type in (${sql.join(query.types)})`, typeCap)) <= typeCap;
  return plan;
}

/** A filter with few documents (an item, an entity, an account) is where to start: they are few to test. */
export async function smallSet(ctx: Ctx): Promise<string[] | null> {
  const all = { lo: bucketLo(ctx.caseNo, 0), hi: bucketHi(ctx.caseNo, LAST_DATED) };
  const cap = ctx.limits.smallSet + 1;
  let best: string[] | null = null;
  const consider = (rows: Array<{ doc: string }>) => {
    if (rows.length < cap && (best === null || rows.length < best.length)) best = rows.map((r) => r.doc);
  };
  for (const key of filterKeys(ctx.query)) {
    const { rows } = await sql<{ doc: string }>`
      select cast(doc as text) as doc from search_keys where key = ${key} and doc between ${all.lo} and ${all.hi} limit ${cap}`.execute(
      ctx.db,
    );
    consider(rows);
  }
  if (ctx.query.itemIds?.length) {
    const { rows } = await sql<{ doc: string }>`
      select cast(doc as text) as doc from search_documents
      where item_id in (${sql.join(ctx.query.itemIds)}) and doc between ${all.lo} and ${all.hi} limit ${cap}`.execute(ctx.db);
    consider(rows);
  }
  return best;
}
