// A query evaluated on a document's own tokens, and FTS5's bm25 computed the same way. FTS5 holds exactly core's
// tokens (see the tokeniser test in search-index.sqlite.test.ts), so a stored text re-tokenised here matches and
// scores as FTS5 would, without asking FTS5 about single rows: each such question costs FTS5 a fresh cursor, and
// bm25 on a fresh cursor re-counts every document of every phrase.
import type { SearchNode } from '@tamga/core';

type Term = Extract<SearchNode, { kind: 'term' }>;

/** The phrases of a query in the order FTS5 numbers them (fts5Match writes included phrases before excluded). */
export function phrases(node: SearchNode): Array<{ term: Term; excluded: boolean }> {
  if (node.kind === 'term') return [{ term: node, excluded: false }];
  if (node.kind === 'or') return node.any.flatMap(phrases);
  return [...node.include.flatMap(phrases), ...node.exclude.flatMap((n) => phrases(n).map((p) => ({ ...p, excluded: true })))];
}

/** How many times the phrase occurs in the tokens (overlapping occurrences count, as FTS5 counts instances). */
export function occurrences(term: Term, tokens: string[]): number {
  const n = term.tokens.length;
  let count = 0;
  for (let i = 0; i + n <= tokens.length; i++) {
    let all = true;
    for (let j = 0; j < n && all; j++) {
      const token = tokens[i + j]!;
      const wanted = term.tokens[j]!;
      all = term.prefix && j === n - 1 ? token.startsWith(wanted) : token === wanted;
    }
    if (all) count++;
  }
  return count;
}

/** Whether the tokens match the query, as FTS5 decides it. */
export function matches(node: SearchNode, tokens: string[]): boolean {
  switch (node.kind) {
    case 'term':
      return occurrences(node, tokens) > 0;
    case 'or':
      return node.any.some((n) => matches(n, tokens));
    case 'and':
      return node.include.every((n) => matches(n, tokens)) && !node.exclude.some((n) => matches(n, tokens));
  }
}

/** What bm25 needs beyond the document: rows and tokens in the index, and documents holding each phrase. */
export interface Bm25Stats {
  rows: number;
  tokens: number;
  /** Per phrase, in phrases() order. */
  documents: number[];
}

/** FTS5's bm25 (k1 = 1.2, b = 0.75, idf floored at 1e-6), positive: higher is better. */
export function bm25(node: SearchNode, tokens: string[], stats: Bm25Stats): number {
  const k1 = 1.2;
  const b = 0.75;
  const avgdl = stats.tokens / stats.rows;
  let score = 0;
  phrases(node).forEach(({ term, excluded }, i) => {
    const n = stats.documents[i]!;
    let idf = Math.log((stats.rows - n + 0.5) / (n + 0.5));
    if (idf <= 0) idf = 1e-6;
    const f = excluded ? 0 : occurrences(term, tokens);
    // The operations in FTS5's order, so the doubles come out the same.
    score += idf * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * tokens.length) / avgdl)));
  });
  return score;
}
