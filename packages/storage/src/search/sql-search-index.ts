// The SearchIndex port in SQL: documents, filters, paging and snippets are shared; the engine of the store's
// dialect (FTS5 on SQLite, tsvector on PostgreSQL) writes the tokens and matches the query.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import {
  SEARCH_MAX_LIMIT,
  TamgaError,
  parseSearchQuery,
  searchTokens,
  type SearchDocument,
  type SearchHit,
  type SearchIndex,
  type SearchQuery,
} from '@tamga/core';
import type { Database } from '../schema';
import type { SqlStore } from '../sql-store';
import { postgresFts } from './postgres-fts';
import { afterCursor, cursorValues, decodeCursor, encodeCursor, orderBy, queryFingerprint } from './search-cursor';
import { chunks, type PreparedDocument, type SearchEngine } from './search-engine';
import { searchSnippet } from './snippet';
import { sqliteFts5 } from './sqlite-fts5';

/** Sorts after every ISO date, as in the artifacts table. */
const UNDATED = '~';
/** Documents per transaction: SQLite's write lock is held for one batch, not for a whole item's artefacts. */
const DOCS_PER_TRANSACTION = 1_000;
const KEYS_PER_STATEMENT = 2_000;
/** The index is derived data: a commit the next durable one flushes is enough (see TransactionOptions). */
const RELAXED = { durable: false };

/** PostgreSQL text cannot hold NUL, and a lone surrogate has no UTF-8 form: both become U+FFFD before anything. */
function cleanText(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function prepare(doc: SearchDocument): PreparedDocument {
  const text = cleanText(doc.text);
  const keys = new Set([...doc.accounts.map((a) => `account:${a}`), ...doc.entities.map((e) => `entity:${e}`)]);
  return {
    artifactId: doc.artifactId,
    caseId: doc.caseId,
    itemId: doc.itemId,
    type: doc.type,
    at: doc.at ?? UNDATED,
    text,
    tokens: searchTokens(text),
    keys: [...keys],
  };
}

function filters(query: SearchQuery): RawBuilder<unknown> {
  const where = [sql`d.case_id = ${query.caseId}`];
  if (query.types?.length) where.push(sql`d.type in (${sql.join(query.types)})`);
  if (query.itemIds?.length) where.push(sql`d.item_id in (${sql.join(query.itemIds)})`);
  // Undated artefacts have no place in a time range.
  if (query.from) where.push(sql`d.at >= ${query.from} and d.at < ${UNDATED}`);
  if (query.to) where.push(sql`d.at < ${query.to}`);
  if (query.account) where.push(sql`d.doc in (select doc from search_keys where key = ${`account:${query.account}`})`);
  if (query.entity) where.push(sql`d.doc in (select doc from search_keys where key = ${`entity:${query.entity}`})`);
  return sql.join(where, sql` and `);
}

async function writeBatch(db: Kysely<Database>, engine: SearchEngine, docs: PreparedDocument[]): Promise<void> {
  const written = await engine.upsert(db, docs);
  const keysOf = new Map(docs.map((d) => [d.artifactId, d.keys]));
  const replaced = written.map((w) => w.doc);
  for (const ids of chunks(replaced, KEYS_PER_STATEMENT)) await db.deleteFrom('search_keys').where('doc', 'in', ids).execute();
  const keys = written.flatMap((w) => (keysOf.get(w.artifactId) ?? []).map((key) => ({ doc: w.doc, key })));
  for (const rows of chunks(keys, KEYS_PER_STATEMENT)) await db.insertInto('search_keys').values(rows).execute();
}

/** The SearchIndex of this store's database, in its own tables (migration 0006). */
export function sqlSearchIndex(store: Pick<SqlStore, 'db' | 'dialect' | 'exclusive'>): SearchIndex {
  const engine = store.dialect === 'sqlite' ? sqliteFts5 : postgresFts;
  const db = store.db;

  return {
    async index(docs) {
      // The last of several documents with one artifact id wins, as if they had been indexed one after another.
      const unique = [...new Map(docs.map((d) => [d.artifactId, d])).values()];
      for (const batch of chunks(unique, DOCS_PER_TRANSACTION)) {
        const prepared = batch.map(prepare);
        await store.exclusive((trx) => writeBatch(trx, engine, prepared), RELAXED);
      }
    },

    async removeItem(itemId) {
      // search_keys go by their foreign key; search_fts rows by the trigger on SQLite.
      await store.exclusive((trx) => trx.deleteFrom('search_documents').where('item_id', '=', itemId).execute(), RELAXED);
    },

    async removeCase(caseId) {
      await store.exclusive((trx) => trx.deleteFrom('search_documents').where('case_id', '=', caseId).execute(), RELAXED);
    },

    async search(query) {
      const { limit } = query;
      if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_LIMIT)
        throw new TamgaError('VALIDATION_FAILED', `limit must be a whole number from 1 to ${SEARCH_MAX_LIMIT}`);
      const parsed = parseSearchQuery(query.text);
      const sort = query.sort ?? 'relevance';
      const fingerprint = queryFingerprint(query, sort);
      const after = query.cursor ? afterCursor(sort, decodeCursor(query.cursor, fingerprint, sort)) : null;

      const { from, where, score } = engine.match(parsed);
      const matching = sql`from ${from} where ${where} and ${filters(query)}`;
      const page = await sql<{ artifact_id: string; item_id: string; type: string; at: string; score: number; undated: number }>`
        select * from (
          select d.artifact_id, d.item_id, d.type, d.at, ${score} as score, case when d.at = ${UNDATED} then 1 else 0 end as undated
          ${matching}
        ) s
        ${after ? sql`where ${after}` : sql``}
        order by ${orderBy(sort)}
        limit ${limit + 1}`.execute(db);
      const counted = await sql<{ n: number | string }>`select count(*) as n ${matching}`.execute(db);

      const rows = page.rows.slice(0, limit);
      // Texts for this page only: the ranked query above never carries a whole text through its sort.
      const texts = new Map<string, string>();
      const ids = rows.map((r) => r.artifact_id);
      if (ids.length > 0) {
        const stored = await db.selectFrom('search_documents').select(['artifact_id', 'text']).where('artifact_id', 'in', ids).execute();
        for (const r of stored) texts.set(r.artifact_id, r.text);
      }
      const hits: SearchHit[] = rows.map((r) => ({
        artifactId: r.artifact_id,
        itemId: r.item_id,
        type: r.type,
        at: r.at === UNDATED ? null : r.at,
        score: Number(r.score),
        snippet: searchSnippet(texts.get(r.artifact_id) ?? '', parsed),
      }));
      const last = rows[rows.length - 1];
      return {
        hits,
        total: Number(counted.rows[0]?.n ?? 0),
        nextCursor: page.rows.length > limit && last ? encodeCursor(fingerprint, cursorValues(sort, last)) : null,
      };
    },
  };
}
