// The search engine on SQLite: a contentless FTS5 table of pre-tokenised text, ranked by bm25.
import { sql } from 'kysely';
import type { SearchNode } from '@tamga/core';
import { chunks, ROWS_PER_STATEMENT, type SearchEngine } from './search-engine';

/**
 * The query as an FTS5 MATCH expression. Every term is a quoted string of tokens, which FTS5 reads as a phrase
 * and never as syntax, so nothing the user typed (NEAR, ^, column filters, quotes) reaches FTS5's parser.
 * FTS5 has only binary NOT, which is why exclusions hang off an `and` that includes something.
 */
export function fts5Match(node: SearchNode): string {
  switch (node.kind) {
    case 'term':
      return `"${node.tokens.join(' ').replaceAll('"', '""')}"${node.prefix ? ' *' : ''}`;
    case 'or':
      return node.any.map((child) => `(${fts5Match(child)})`).join(' OR ');
    case 'and':
      return node.exclude.reduce(
        (expression, excluded) => `(${expression}) NOT (${fts5Match(excluded)})`,
        node.include.map((child) => `(${fts5Match(child)})`).join(' AND '),
      );
  }
}

export const sqliteFts5: SearchEngine = {
  async upsert(db, docs) {
    const written: Array<{ doc: number; artifactId: string }> = [];
    for (const batch of chunks(docs, ROWS_PER_STATEMENT)) {
      const rows = await sql<{ doc: number; artifact_id: string }>`
        insert into search_documents (artifact_id, case_id, item_id, type, at, text)
        values ${sql.join(batch.map((d) => sql`(${d.artifactId}, ${d.caseId}, ${d.itemId}, ${d.type}, ${d.at}, ${d.text})`))}
        on conflict (artifact_id) do update set
          case_id = excluded.case_id, item_id = excluded.item_id, type = excluded.type, at = excluded.at, text = excluded.text
        returning doc, artifact_id`.execute(db);
      // RETURNING order is unspecified, so tokens are matched to their row by artifact id.
      const docOf = new Map(rows.rows.map((r) => [r.artifact_id, Number(r.doc)]));
      const ids = [...docOf.values()];
      await sql`delete from search_fts where rowid in (${sql.join(ids)})`.execute(db);
      await sql`insert into search_fts (rowid, tokens) values ${sql.join(batch.map((d) => sql`(${docOf.get(d.artifactId)}, ${d.tokens.join(' ')})`))}`.execute(
        db,
      );
      for (const [artifactId, doc] of docOf) written.push({ doc, artifactId });
    }
    return written;
  },

  match(query) {
    return {
      from: sql`search_fts join search_documents d on d.doc = search_fts.rowid`,
      where: sql`search_fts match ${fts5Match(query)}`,
      // bm25 is lower for better matches.
      score: sql<number>`(-bm25(search_fts))`,
    };
  },
};
