// What differs between the SQLite and PostgreSQL search indexes: writing tokens, and matching and scoring a query.
import type { Kysely, RawBuilder } from 'kysely';
import type { SearchNode } from '@tamga/core';
import type { Database } from '../schema';

/** A document ready to write: text cleaned for both databases, tokens from core's tokeniser, filter keys. */
export interface PreparedDocument {
  artifactId: string;
  caseId: string;
  itemId: string;
  type: string;
  /** '~' when undated, so it sorts after every date. */
  at: string;
  text: string;
  tokens: string[];
  keys: string[];
}

export interface SearchEngine {
  /** Inserts or replaces these documents (distinct artifact ids) in the caller's transaction; returns each one's doc. */
  upsert(db: Kysely<Database>, docs: PreparedDocument[]): Promise<Array<{ doc: number; artifactId: string }>>;
  /** The documents matching the query, as alias `d` of search_documents, with a score where higher is better. */
  match(query: SearchNode): { from: RawBuilder<unknown>; where: RawBuilder<unknown>; score: RawBuilder<number> };
}

/** Rows a multi-row insert carries: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
export const ROWS_PER_STATEMENT = 500;

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
