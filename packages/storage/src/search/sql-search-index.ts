// The SearchIndex port in SQL: validation, cursors and snippets are shared; the engine of the store's dialect
// (FTS5 on SQLite, tsvector on PostgreSQL) writes the documents and finds a page with its total.
import {
  SEARCH_EXACT_TOTAL,
  SEARCH_MAX_LIMIT,
  TamgaError,
  parseSearchQuery,
  type SearchDocument,
  type SearchHit,
  type SearchIndex,
} from '@tamga/core';
import type { SqlStore } from '../sql-store';
import { documentTokens } from './document-tokens';
import { postgresFts } from './postgres-fts';
import { decodeCursor, encodeCursor, queryFingerprint } from './search-cursor';
import { slices } from '../slices';
import { UNDATED, type PreparedDocument, type SearchEngine, type SearchLimits } from './search-engine';
import { searchSnippet } from './snippet';
import { sqliteFts5 } from './sqlite-fts5';

/** Documents per transaction: SQLite's write lock is held for one batch, not for a whole item's artefacts. */
const DOCS_PER_TRANSACTION = 1_000;
/** The index is derived data: a commit the next durable one flushes is enough (see TransactionOptions). */
const RELAXED = { durable: false };

export const DEFAULT_SEARCH_LIMITS: SearchLimits = {
  exactTotal: SEARCH_EXACT_TOTAL,
  // bm25 costs some 5 µs a match on SQLite: 5,000 of them are 25 ms.
  relevanceWindow: 5_000,
  // A look at a match costs 1 to 3 µs when a filter needs the document: 5,000 of them are some 10 ms.
  examineLimit: 5_000,
  smallSet: 200,
  setMax: 50_000,
};

/** PostgreSQL text cannot hold NUL, and a lone surrogate has no UTF-8 form: both become U+FFFD before anything. */
function cleanText(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function prepare(doc: SearchDocument): PreparedDocument {
  const text = cleanText(doc.text);
  const keys = [...new Set([...doc.accounts.map((a) => `account:${a}`), ...doc.entities.map((e) => `entity:${e}`)])];
  return {
    artifactId: doc.artifactId,
    caseId: doc.caseId,
    itemId: doc.itemId,
    type: doc.type,
    at: doc.at ?? UNDATED,
    text,
    tokens: documentTokens(text, keys),
    keys,
  };
}

/**
 * The SearchIndex of this store's database, in its own tables (migration 0006). `limits` are for tests, which
 * make them small to reach the paths that large results take.
 */
export function sqlSearchIndex(
  store: Pick<SqlStore, 'db' | 'dialect' | 'exclusive'>,
  options: { limits?: Partial<SearchLimits>; engine?: SearchEngine } = {},
): SearchIndex {
  const engine = options.engine ?? (store.dialect === 'sqlite' ? sqliteFts5() : postgresFts);
  const limits = { ...DEFAULT_SEARCH_LIMITS, ...options.limits };
  const db = store.db;

  return {
    async index(docs) {
      // The last of several documents with one artifact id wins, as if they had been indexed one after another.
      const unique = [...new Map(docs.map((d) => [d.artifactId, d])).values()];
      for (const batch of slices(unique, DOCS_PER_TRANSACTION)) {
        const prepared = batch.map(prepare);
        await store.exclusive((trx) => engine.write(trx, prepared), RELAXED);
      }
    },

    async removeItems(itemIds) {
      if (itemIds.length === 0) return;
      // search_keys go by their foreign key; texts (and search_fts rows on SQLite) by the foreign key or trigger.
      await store.exclusive(async (trx) => {
        for (const slice of slices(itemIds)) {
          await trx.deleteFrom('search_documents').where('item_id', 'in', slice).execute();
        }
      }, RELAXED);
    },

    async removeCase(caseId) {
      await store.exclusive((trx) => engine.removeCase(trx, caseId), RELAXED);
    },

    async search(query) {
      const { limit } = query;
      if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_LIMIT)
        throw new TamgaError('VALIDATION_FAILED', `limit must be a whole number from 1 to ${SEARCH_MAX_LIMIT}`);
      const match = parseSearchQuery(query.text);
      const sort = query.sort ?? 'relevance';
      const fingerprint = queryFingerprint(query, sort);
      const after = query.cursor ? decodeCursor(query.cursor, fingerprint) : null;

      const found = await engine.find(db, { query, match, sort, limit, after, limits });
      // Texts for this page only: the engines never carry a whole text through a sort.
      const stored = await engine.texts(
        db,
        found.rows.filter((r) => r.text === undefined).map((r) => r.artifact_id),
      );
      for (const r of found.rows) if (r.text !== undefined) stored.set(r.artifact_id, r.text);
      const hits: SearchHit[] = found.rows.map((r) => ({
        artifactId: r.artifact_id,
        itemId: r.item_id,
        type: r.type,
        at: r.at === UNDATED ? null : r.at,
        score: Number(r.score),
        snippet: searchSnippet(stored.get(r.artifact_id) ?? '', match),
      }));
      return {
        hits,
        total: found.total,
        totalIsLowerBound: found.totalIsLowerBound,
        nextCursor: found.next ? encodeCursor(fingerprint, found.next) : null,
      };
    },
  };
}
