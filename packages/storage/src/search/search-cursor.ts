// Keyset paging for search: each sort's key columns, the opaque cursor that carries the last hit's keys, and the
// condition that resumes after it, so pages neither repeat nor skip a hit however many there are.
import { createHash } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import { TamgaError, type SearchQuery, type SearchSort } from '@tamga/core';

export type CursorValue = string | number;

interface SortKey {
  column: 'score' | 'artifact_id' | 'at' | 'undated';
  direction: 'asc' | 'desc';
}

/** artifact_id last in every sort: unique, so the order is total and a cursor points between two hits exactly. */
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

function badCursor(): TamgaError {
  return new TamgaError('VALIDATION_FAILED', 'The cursor does not belong to this search; start again from the first page');
}

export function decodeCursor(cursor: string, fingerprint: string, sort: SearchSort): CursorValue[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  const keys = SORT_KEYS[sort];
  if (!Array.isArray(decoded) || decoded.length !== keys.length + 1 || decoded[0] !== fingerprint) throw badCursor();
  const values = decoded.slice(1) as unknown[];
  keys.forEach((key, i) => {
    const value = values[i];
    const numeric = key.column === 'score' || key.column === 'undated';
    if (numeric ? typeof value !== 'number' || !Number.isFinite(value) : typeof value !== 'string') throw badCursor();
  });
  return values as CursorValue[];
}

/** ORDER BY for the rows of subquery `s`. */
export function orderBy(sort: SearchSort): RawBuilder<unknown> {
  return sql.join(SORT_KEYS[sort].map((k) => sql`${sql.ref(`s.${k.column}`)} ${sql.raw(k.direction)}`));
}

/** Rows of `s` after the cursor's: (k1 past v1) or (k1 = v1 and k2 past v2) or … */
export function afterCursor(sort: SearchSort, values: CursorValue[]): RawBuilder<unknown> {
  const keys = SORT_KEYS[sort];
  const branches = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => sql`${sql.ref(`s.${k.column}`)} = ${values[j]}`);
    const past = sql`${sql.ref(`s.${key.column}`)} ${sql.raw(key.direction === 'asc' ? '>' : '<')} ${values[i]}`;
    return sql`(${sql.join([...equal, past], sql` and `)})`;
  });
  return sql`(${sql.join(branches, sql` or `)})`;
}

export function cursorValues(sort: SearchSort, row: Record<string, unknown>): CursorValue[] {
  return SORT_KEYS[sort].map((k) => (k.column === 'score' || k.column === 'undated' ? Number(row[k.column]) : String(row[k.column])));
}
