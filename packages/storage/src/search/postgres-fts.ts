// The search engine on PostgreSQL: a tsvector of pre-tokenised text under a GIN index, ranked by ts_rank_cd. The
// planner has statistics to choose between the GIN index and the (case_id, at) index, so a page is one query.
import { sql } from 'kysely';
import type { SearchNode } from '@tamga/core';
import { badCursor, sortKeyValues } from './search-cursor';
import { slices } from '../slices';
import { insertUnnested, ROWS_PER_UNNEST, unnested } from '../unnested';
import { compareText, UNDATED, type FoundRow, type SearchEngine } from './search-engine';
import { rowFilters } from './search-filters';

/** tsvector positions stop at 16,383 and keep 256 per lexeme; past them PostgreSQL would clamp or drop its own way. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS = 256;

function lexeme(token: string): string {
  return `'${token.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/**
 * The tokens as a tsvector literal. This is the `simple` configuration's result (no stemming, no stop words) with
 * core's tokens taken as they are: PostgreSQL's own parser would split words by the server's locale, and its
 * tokens could then differ from the ones SQLite indexes.
 */
export function tsvectorLiteral(tokens: string[]): string {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const position = Math.min(i + 1, MAX_POSITION);
    let list = positions.get(token);
    if (!list) positions.set(token, (list = []));
    if (list.length < MAX_POSITIONS && list[list.length - 1] !== position) list.push(position);
  });
  return [...positions].map(([token, list]) => `${lexeme(token)}:${list.join(',')}`).join(' ');
}

/** The query as a tsquery literal: & and | and !, <-> between a phrase's tokens, :* on a prefix. */
export function tsqueryLiteral(node: SearchNode): string {
  switch (node.kind) {
    case 'term':
      return node.tokens.map((t, i) => lexeme(t) + (node.prefix && i === node.tokens.length - 1 ? ':*' : '')).join(' <-> ');
    case 'or':
      return node.any.map((child) => `(${tsqueryLiteral(child)})`).join(' | ');
    case 'and':
      return [
        ...node.include.map((child) => `(${tsqueryLiteral(child)})`),
        ...node.exclude.map((child) => `!(${tsqueryLiteral(child)})`),
      ].join(' & ');
  }
}

interface Row extends FoundRow {
  /** Relevance only: 1 for hits past the ranked window, listed newest first. */
  tier?: 0 | 1;
}

/** A place in time order: undated after every date. */
interface Position {
  undated: boolean;
  at: string;
  artifact_id: string;
}

function position(at: string, artifactId: string): Position {
  return { undated: at === UNDATED, at, artifact_id: artifactId };
}

type RelevanceCursor = { tier: 0; score: number; artifact_id: string } | { tier: 1; at: string; artifact_id: string };

function relevanceCursor(after: unknown[] | null): RelevanceCursor | null {
  if (!after) return null;
  const [tier, a, b] = after;
  if (after.length !== 3 || typeof b !== 'string') throw badCursor();
  if (tier === 0 && typeof a === 'number' && Number.isFinite(a)) return { tier, score: a, artifact_id: b };
  if (tier === 1 && typeof a === 'string') return { tier, at: a, artifact_id: b };
  throw badCursor();
}

export const postgresFts: SearchEngine = {
  async write(db, docs) {
    // Each column bound as one array (unnested.ts): a thousand documents are four statements, not thousands of
    // parameters each planned on its own.
    for (const batch of slices(docs, ROWS_PER_UNNEST)) {
      // Only documents indexed before (an artefact indexed again) have keys to replace; after an item's documents
      // were removed, as analysis does first, none has, and the keys' index is not searched for each one.
      const { rows: earlier } = await sql<{ doc: string | number }>`
        select doc from search_documents where artifact_id = any(cast(${batch.map((d) => d.artifactId)} as text[]))`.execute(db);
      const rows = await sql<{ doc: string | number; artifact_id: string }>`
        insert into search_documents (artifact_id, case_id, item_id, type, at, tsv)
        select artifact_id, case_id, item_id, type, at, cast(tsv as tsvector) from ${unnested([
          ['text', batch.map((d) => d.artifactId)],
          ['text', batch.map((d) => d.caseId)],
          ['text', batch.map((d) => d.itemId)],
          ['text', batch.map((d) => d.type)],
          ['text', batch.map((d) => d.at)],
          ['text', batch.map((d) => tsvectorLiteral(d.tokens))],
        ])} as u(artifact_id, case_id, item_id, type, at, tsv)
        on conflict (artifact_id) do update set
          case_id = excluded.case_id, item_id = excluded.item_id, type = excluded.type, at = excluded.at, tsv = excluded.tsv
        returning doc, artifact_id`.execute(db);
      const docOf = new Map(rows.rows.map((r) => [r.artifact_id, String(r.doc)]));
      const written = batch.map((d) => ({ doc: docOf.get(d.artifactId)!, d }));
      await sql`
        insert into search_texts (doc, text) select * from ${unnested([
          ['bigint', written.map((w) => w.doc)],
          ['text', written.map((w) => w.d.text)],
        ])}
        on conflict (doc) do update set text = excluded.text`.execute(db);
      if (earlier.length > 0) {
        await sql`delete from search_keys where doc = any(cast(${earlier.map((r) => String(r.doc))} as bigint[]))`.execute(db);
      }
      const keys = written.flatMap(({ doc, d }) => d.keys.map((key) => ({ doc, key })));
      await insertUnnested(db, 'search_keys', { doc: 'bigint', key: 'text' }, keys);
    }
  },

  async texts(db, ids) {
    const out = new Map<string, string>();
    for (const part of slices(ids)) {
      const { rows } = await sql<{ artifact_id: string; text: string }>`
        select d.artifact_id, t.text from search_documents d join search_texts t on t.doc = d.doc
        where d.artifact_id in (${sql.join(part)})`.execute(db);
      for (const r of rows) out.set(r.artifact_id, r.text);
    }
    return out;
  },

  async removeCase(db, caseId) {
    await db.deleteFrom('search_documents').where('case_id', '=', caseId).execute();
  },

  async find(db, { query, match, sort, limit, after, limits }) {
    const tsquery = sql`cast(${tsqueryLiteral(match)} as tsquery)`;
    const where = sql`d.tsv @@ ${tsquery} and d.case_id = ${query.caseId} and ${sql.join(rowFilters(query), sql` and `)}`;
    const need = limit + 1;
    // Counting stops past the exact limit: a common word's every match would cost more than the page.
    const counted = await sql<{ n: string | number }>`
      select count(*) as n from (select 1 from search_documents d where ${where} limit ${limits.exactTotal + 1}) m`.execute(db);
    const n = Number(counted.rows[0]?.n ?? 0);
    // So few hits are gathered through the GIN index and sorted: walking the time index for them (which the
    // planner may choose when it misjudges a rare word) would read the whole case. OFFSET 0 keeps them apart.
    const hits = n <= limits.exactTotal ? sql`(select * from search_documents d where ${where} offset 0) d` : sql`search_documents d`;
    const hitsWhere = n <= limits.exactTotal ? sql`true` : where;

    /**
     * Hits in time order from a position, dated ones first and undated last, at most n. Each part is one walk of
     * the (case_id, at, artifact_id) index (or, for rare words, of the GIN index's few rows, sorted), and ranks
     * only the rows it returns.
     */
    const inTime = async (descending: boolean, from: Position | null, n: number): Promise<Row[]> => {
      const order = sql.raw(descending ? 'desc' : 'asc');
      const past = sql.raw(descending ? '<' : '>');
      const out: Row[] = [];
      for (const undated of [false, true]) {
        if (out.length >= n || (from?.undated && !undated)) continue;
        const resume =
          from && from.undated === undated
            ? sql`and (d.at ${past} ${from.at} or (d.at = ${from.at} and d.artifact_id ${past} ${from.artifact_id}))`
            : sql``;
        const { rows } = await sql<Row>`
          select s.artifact_id, s.item_id, s.type, s.at, cast(ts_rank_cd(s.tsv, ${tsquery}) as float8) as score from (
            select d.artifact_id, d.item_id, d.type, d.at, d.tsv from ${hits}
            where ${hitsWhere} and d.at ${sql.raw(undated ? '=' : '<>')} ${UNDATED} ${resume}
            order by d.at ${order}, d.artifact_id ${order} limit ${n - out.length}
          ) s
          order by s.at ${order}, s.artifact_id ${order}`.execute(db);
        out.push(...rows.map((r) => ({ ...r, score: Number(r.score) })));
      }
      return out;
    };

    let page: Row[];
    let next: Array<string | number> | null = null;
    if (sort !== 'relevance') {
      const values = after ? sortKeyValues(sort, after) : null;
      const [at, id] = values ? (sort === 'time_desc' ? values.slice(1) : values) : [];
      page = await inTime(sort === 'time_desc', values ? position(String(at), String(id)) : null, need);
      const last = page[limit - 1];
      if (page.length > limit && last)
        next = sort === 'time_desc' ? [last.at === UNDATED ? 1 : 0, last.at, last.artifact_id] : [last.at, last.artifact_id];
    } else {
      // The most recent hits, ranked; past relevanceWindow of them, the rest follow newest first (tier 1).
      const cursor = relevanceCursor(after);
      let ranked: Row[] = [];
      let boundary: Position | null = null;
      if (cursor?.tier !== 1) {
        ranked = await inTime(true, null, limits.relevanceWindow + 1);
        if (ranked.length > limits.relevanceWindow) {
          ranked = ranked.slice(0, limits.relevanceWindow);
          const last = ranked[ranked.length - 1]!;
          boundary = position(last.at, last.artifact_id);
        }
      }
      for (const r of ranked) r.tier = 0;
      page = ranked.sort((a, b) => b.score - a.score || compareText(a.artifact_id, b.artifact_id));
      if (cursor?.tier === 0)
        page = page.filter(
          (r) => r.score < cursor.score || (r.score === cursor.score && compareText(r.artifact_id, cursor.artifact_id) > 0),
        );
      page = page.slice(0, need);
      const below = cursor?.tier === 1 ? position(cursor.at, cursor.artifact_id) : boundary;
      if (page.length < need && below) {
        const older = await inTime(true, below, need - page.length);
        page.push(...older.map((r) => ({ ...r, tier: 1 as const })));
      }
      const last = page[limit - 1];
      if (page.length > limit && last) next = last.tier === 1 ? [1, last.at, last.artifact_id] : [0, last.score, last.artifact_id];
    }
    return {
      rows: page.slice(0, limit).map(({ artifact_id, item_id, type, at, score }) => ({ artifact_id, item_id, type, at, score })),
      next,
      total: Math.min(n, limits.exactTotal),
      totalIsLowerBound: n > limits.exactTotal,
    };
  },
};
