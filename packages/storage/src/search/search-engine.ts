// What differs between the SQLite and PostgreSQL search indexes: writing documents, and finding one page of a
// query with its total. Parsing, validation, cursors' fingerprints and snippets are shared (sql-search-index.ts).
import type { Kysely } from 'kysely';
import type { SearchNode, SearchQuery, SearchSort } from '@tamga/core';
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

/** Sorts after every ISO date, as in the artifacts table. */
export const UNDATED = '~';

/** How much work one search may do before it settles for a bound; tests make these small to reach every path. */
export interface SearchLimits {
  /** Matches counted exactly; past it the total is a lower bound (SEARCH_EXACT_TOTAL). */
  exactTotal: number;
  /** Most matches ranked by relevance together (the most recent ones); the rest follow, newest first. */
  relevanceWindow: number;
  /** Most candidates (matches of the words) a count or a relevance window looks at when other filters apply. */
  examineLimit: number;
  /** A filter (item, entity, account) holding at most this many documents is searched from its side. */
  smallSet: number;
  /**
   * SQLite: a type filter whose types hold at most this many of the case's documents is checked as a set of
   * document numbers, and an item, account or entity filter of up to four times as many; larger ones match by match.
   */
  setMax: number;
}

/** One hit as an engine finds it; snippets are cut later from the stored text. */
export interface FoundRow {
  artifact_id: string;
  item_id: string;
  type: string;
  at: string;
  score: number;
  /** The stored text, when the engine read it anyway (the snippet is cut from it). */
  text?: string;
}

export interface FindRequest {
  query: SearchQuery;
  match: SearchNode;
  sort: SearchSort;
  limit: number;
  /** The decoded values of the cursor (after its fingerprint), null on the first page. */
  after: unknown[] | null;
  limits: SearchLimits;
}

export interface Found {
  rows: FoundRow[];
  /** The values to resume after the last row, null on the last page. */
  next: Array<string | number> | null;
  total: number;
  totalIsLowerBound: boolean;
}

export interface SearchEngine {
  /** Inserts or replaces these documents (distinct artifact ids) and their keys, in the caller's transaction. */
  write(db: Kysely<Database>, docs: PreparedDocument[]): Promise<void>;
  /** The stored texts of these artefacts, by artifact id. */
  texts(db: Kysely<Database>, artifactIds: string[]): Promise<Map<string, string>>;
  /** One page of the query, in the order of its sort, with the total. */
  find(db: Kysely<Database>, request: FindRequest): Promise<Found>;
  /** Deletes a case's documents (their keys and texts go with them) and whatever else the engine keeps for it. */
  removeCase(db: Kysely<Database>, caseId: string): Promise<void>;
}

/** Text order as both databases sort it (SQLite BINARY, PostgreSQL "C"): by code point, not by UTF-16 unit. */
export function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
