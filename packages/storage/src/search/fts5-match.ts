// Queries as FTS5 MATCH expressions.
import type { SearchNode } from '@tamga/core';

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
