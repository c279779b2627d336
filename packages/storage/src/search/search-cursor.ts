// Keyset paging for search: the opaque cursor that carries the last hit's sort keys under a fingerprint of the
// query, so pages neither repeat nor skip a hit however many there are. Each engine writes and reads the keys.
import { createHash } from 'node:crypto';
import { TamgaError, type SearchQuery, type SearchSort } from '@tamga/core';

export type CursorValue = string | number;

interface SortKey {
  column: 'score' | 'artifact_id' | 'at' | 'undated';
  direction: 'asc' | 'desc';
}

/**
 * The keys of each order; artifact_id last, unique, so the order is total and a cursor points between two hits
 * exactly. Relevance cursors also say which part of a large result they are in (see the engines).
 */
export const SORT_KEYS: Record<SearchSort, SortKey[]> = {
  relevance: [
    { column: 'score', direction: 'desc' },
    { column: 'artifact_id', direction: 'asc' },
  ],
  time_asc: [
    { column: 'at', direction: 'asc' },
    { column: 'artifact_id', direction: 'asc' },
  ],
  // Undated ('~') would sort first when descending; the flag keeps them last, as in time_asc.
  time_desc: [
    { column: 'undated', direction: 'asc' },
    { column: 'at', direction: 'desc' },
    { column: 'artifact_id', direction: 'desc' },
  ],
};

/** A cursor is only good for the query that made it: another query's keys would resume at a meaningless place. */
export function queryFingerprint(query: SearchQuery, sort: SearchSort): string {
  const { caseId, text, types, from, to, itemIds, entity, account } = query;
  const canonical = JSON.stringify([
    caseId,
    text,
    types ?? [],
    from ?? null,
    to ?? null,
    itemIds ?? [],
    entity ?? null,
    account ?? null,
    sort,
  ]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}

export function encodeCursor(fingerprint: string, values: CursorValue[]): string {
  return Buffer.from(JSON.stringify([fingerprint, ...values])).toString('base64url');
}

export function badCursor(): TamgaError {
  return new TamgaError('VALIDATION_FAILED', 'The cursor does not belong to this search; start again from the first page');
}

/** The values after the fingerprint; each engine checks they are of the shape it wrote. */
export function decodeCursor(cursor: string, fingerprint: string): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(decoded) || decoded.length < 2 || decoded[0] !== fingerprint) throw badCursor();
  return decoded.slice(1) as unknown[];
}

/** The cursor values of a time order (its SORT_KEYS), checked. */
export function sortKeyValues(sort: SearchSort, values: unknown[]): CursorValue[] {
  const keys = SORT_KEYS[sort];
  if (values.length !== keys.length) throw badCursor();
  keys.forEach((key, i) => {
    const value = values[i];
    const numeric = key.column === 'score' || key.column === 'undated';
    if (numeric ? typeof value !== 'number' || !Number.isFinite(value) : typeof value !== 'string') throw badCursor();
  });
  return values as CursorValue[];
}
