// The search engine on PostgreSQL: a tsvector of pre-tokenised text under a GIN index, ranked by ts_rank_cd.
import { sql } from 'kysely';
import type { SearchNode } from '@tamga/core';
import { chunks, ROWS_PER_STATEMENT, type SearchEngine } from './search-engine';

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

export const postgresFts: SearchEngine = {
  async upsert(db, docs) {
    const written: Array<{ doc: number; artifactId: string }> = [];
    for (const batch of chunks(docs, ROWS_PER_STATEMENT)) {
      const rows = await sql<{ doc: string | number; artifact_id: string }>`
        insert into search_documents (artifact_id, case_id, item_id, type, at, text, tsv)
        values ${sql.join(
          batch.map(
            (d) =>
              sql`(${d.artifactId}, ${d.caseId}, ${d.itemId}, ${d.type}, ${d.at}, ${d.text}, cast(${tsvectorLiteral(d.tokens)} as tsvector))`,
          ),
        )}
        on conflict (artifact_id) do update set
          case_id = excluded.case_id, item_id = excluded.item_id, type = excluded.type, at = excluded.at, text = excluded.text,
          tsv = excluded.tsv
        returning doc, artifact_id`.execute(db);
      for (const r of rows.rows) written.push({ doc: Number(r.doc), artifactId: r.artifact_id });
    }
    return written;
  },

  match(query) {
    const tsquery = tsqueryLiteral(query);
    return {
      from: sql`search_documents d`,
      where: sql`d.tsv @@ cast(${tsquery} as tsquery)`,
      // float8, so the score survives the round trip through a cursor exactly.
      score: sql<number>`cast(ts_rank_cd(d.tsv, cast(${tsquery} as tsquery)) as float8)`,
    };
  },
};
