// The SearchIndex port: full-text search over a case's artefacts, in Cyrillic and Latin, with filters and paging.
// The index is derived data: it can be dropped and rebuilt from the artefacts at any time.
export * from './search-query';
export * from './search-text';

/** Markers around each match in a snippet; the presenter turns them into <mark> after escaping the rest. */
export const SNIPPET_MATCH_START = '\u0001';
export const SNIPPET_MATCH_END = '\u0002';
/** The most hits one page may hold. */
export const SEARCH_MAX_LIMIT = 1_000;
/**
 * Matches are counted exactly up to this many; past it `total` stops here and `totalIsLowerBound` is true, as
 * counting every match of a common word would cost more than finding the page.
 */
export const SEARCH_EXACT_TOTAL = 10_000;

/** One artefact as the index holds it. */
export interface SearchDocument {
  artifactId: string;
  caseId: string;
  itemId: string;
  /** The artefact type (`message`, `email` …). */
  type: string;
  /** ISO 8601 UTC with microseconds (text order is time order), null when undated. */
  at: string | null;
  /** Everything searchable, already joined by the caller (subject, body, names, file name …). */
  text: string;
  /** Platform-scoped account ids of the participants, e.g. `telegram:user123`, `email:a@b.kz`. */
  accounts: string[];
  /** Normalised entity keys, e.g. `phone:+77012345678`. */
  entities: string[];
}

export type SearchSort = 'relevance' | 'time_asc' | 'time_desc';

export interface SearchQuery {
  caseId: string;
  /** The user's query syntax (see parseSearchQuery). */
  text: string;
  /**
   * Filters; an empty list filters nothing. Time is [from, to), written like `at` (ISO UTC with microseconds, as
   * times compare as text); undated artefacts fall outside any range.
   */
  types?: string[];
  from?: string;
  to?: string;
  itemIds?: string[];
  entity?: string;
  account?: string;
  /**
   * Relevance by default; undated artefacts come last in either time order. An adapter may rank only part of a
   * very large result by relevance: with more matches than it can score quickly (SQLite: 5,000), it ranks the
   * most recent of them and lists the rest after those, newest first. Every match is still on some page, once.
   */
  sort?: SearchSort;
  /** 1 to SEARCH_MAX_LIMIT. */
  limit: number;
  /** nextCursor of the previous page of this same query. */
  cursor?: string | null;
}

export interface SearchHit {
  artifactId: string;
  itemId: string;
  type: string;
  at: string | null;
  /** Higher is more relevant; comparable only within one adapter, and only between hits of one query. */
  score: number;
  /**
   * About 200 characters of the original text around the first match, each match between SNIPPET_MATCH_START and
   * SNIPPET_MATCH_END, "…" where the text was cut. Nothing is escaped.
   */
  snippet: string;
}

export interface SearchPage {
  hits: SearchHit[];
  /**
   * Every match of the query and filters, on all pages, when `totalIsLowerBound` is false. When it is true the
   * adapter stopped counting (at SEARCH_EXACT_TOTAL, or earlier when filters leave few of the words' matches as
   * hits and counting them would be slow): there are at least `total` matches; show it as "10,000+".
   */
  total: number;
  totalIsLowerBound: boolean;
  /** Null on the last page. Stable while the index does not change; relevance may move when it does. */
  nextCursor: string | null;
}

export interface SearchIndex {
  /** Adds documents, replacing any indexed under the same artifactId. */
  index(docs: SearchDocument[]): Promise<void>;
  /** Forgets every document of these items (before they are analysed again, or when they are disposed of). */
  removeItems(itemIds: readonly string[]): Promise<void>;
  removeCase(caseId: string): Promise<void>;
  /** Throws SEARCH_QUERY_INVALID for a malformed query and VALIDATION_FAILED for a bad limit or cursor. */
  search(query: SearchQuery): Promise<SearchPage>;
}
