// Browser databases with damaged pages (half overwritten, carved, copied while written): rows are read in key order,
// and where SQLite finds a page malformed the reader goes on past it, so one bad page costs the rows on it, not the
// whole history. What could not be read is counted for the item's warnings.
import type { ParserOutput, SqliteFile, SqliteRow, WarningKey } from '@tamga/core';
import { quoteId } from './browser-sqlite';

/** Set on a row read without its joined rows (the URL of a visit), because those sit on a damaged page. */
const JOINED_UNREADABLE = Symbol('joined rows unreadable');

export const readWithoutJoins = (row: SqliteRow): boolean => JOINED_UNREADABLE in row;

export interface KeyedRows {
  /** The table and its integer key, read alone to find the row after a damaged one. */
  table: string;
  key: string;
  /** Select list and joins (`SELECT v.*, u.url AS u_url FROM visits v LEFT JOIN …`), without WHERE or ORDER BY. */
  select: string;
  /** The table's alias in `select`. */
  alias: string;
}

export interface Losses {
  /** Rows read without their joined rows. */
  withoutJoins: number;
  /** Key ranges of rows that could not be read at all. */
  lost: string[];
  /** SQLite's first complaint. */
  error: string | null;
}

export const noLosses = (): Losses => ({ withoutJoins: 0, lost: [], error: null });

export function isDamaged(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /malformed|corrupt|not a database|disk I\/O error/i.test(message);
}

/** Rows before the first key: SQLite's keys are signed 64-bit integers. */
const BEFORE_ALL = -(2n ** 63n);
const DAMAGED = Symbol('damaged');

/** The first key after `after`, null past the last row, or DAMAGED when the table's pages there cannot be read. */
function nextKey(db: SqliteFile, rows: KeyedRows, after: bigint): bigint | null | typeof DAMAGED {
  const key = quoteId(rows.key);
  try {
    const [row] = db.all(`SELECT ${key} AS k FROM ${quoteId(rows.table)} WHERE ${key} > ? ORDER BY ${key} LIMIT 1`, [after], {
      bigints: true,
    });
    return row ? (row.k as bigint) : null;
  } catch (error) {
    if (isDamaged(error)) return DAMAGED;
    throw error;
  }
}

export function* survivingRows(db: SqliteFile, rows: KeyedRows, losses: Losses): Generator<SqliteRow> {
  const key = `${rows.alias}.${quoteId(rows.key)}`;
  const joined = `${rows.select} WHERE ${key} > ? ORDER BY ${key}`;
  let after = BEFORE_ALL;
  for (;;) {
    try {
      for (const row of db.iterate(joined, [after], { bigints: true })) {
        after = row[rows.key] as bigint;
        yield row;
      }
      return;
    } catch (error) {
      if (!isDamaged(error)) throw error;
      losses.error ??= error instanceof Error ? error.message : String(error);
    }
    const next = nextKey(db, rows, after);
    if (next === null) return;
    if (next !== DAMAGED) {
      // The row itself reads: what failed is a row it joins. It is given without them.
      try {
        const [alone] = db.all(`SELECT * FROM ${quoteId(rows.table)} WHERE ${quoteId(rows.key)} = ?`, [next], { bigints: true });
        if (alone) {
          losses.withoutJoins++;
          yield Object.assign(alone, { [JOINED_UNREADABLE]: true });
        }
      } catch (error) {
        if (!isDamaged(error)) throw error;
        losses.lost.push(String(next));
      }
      after = next;
      continue;
    }
    // The table's own pages are damaged: the next key that reads, looked for further and further on.
    let resume: bigint | null | typeof DAMAGED = DAMAGED;
    for (let step = 1n; resume === DAMAGED && step < 2n ** 62n; step *= 2n) resume = nextKey(db, rows, after + step);
    if (resume === DAMAGED || resume === null) {
      losses.lost.push(after === BEFORE_ALL ? 'all' : `after ${after}`);
      return;
    }
    losses.lost.push(after === BEFORE_ALL ? `before ${resume}` : `${after + 1n}–${resume - 1n}`);
    after = resume - 1n;
  }
}

/** One warning for what a table lost, or none. */
export function lossWarning(what: string, losses: Losses): { text: string; key: WarningKey } | null {
  if (losses.error === null) return null;
  const params = { table: what, error: losses.error };
  if (losses.lost.includes('all')) {
    const text = `${what}: the database is damaged (${losses.error}); none of its rows could be read`;
    return { text, key: { code: 'browser.table_unreadable', params } };
  }
  const parts: string[] = [];
  if (losses.withoutJoins > 0) parts.push(`${losses.withoutJoins} read without the rows they refer to`);
  if (losses.lost.length > 0) parts.push(`ids ${losses.lost.join(', ')} could not be read`);
  const text = `${what}: the database is damaged (${losses.error}); the rest was read: ${parts.join('; ')}`;
  // Which of the two losses it names decides the words: rows read without what they refer to, ids lost, or both.
  const code =
    losses.withoutJoins > 0 && losses.lost.length > 0
      ? 'browser.table_damaged'
      : losses.withoutJoins > 0
        ? 'browser.table_damaged_joins'
        : 'browser.table_damaged_ids';
  return { text, key: { code, params: { ...params, withoutJoins: losses.withoutJoins, ids: losses.lost.join(', ') } } };
}

/**
 * Runs one table's reading; when SQLite finds that table's pages damaged, says so and lets the other tables be
 * read (what the table gave before the damage is kept). Anything else is thrown.
 */
export async function readingDamaged<T>(table: string, out: ParserOutput, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (!isDamaged(error)) throw error;
    out.warn(`${table}: the database is damaged (${(error as Error).message}); the rest of this table was not read`, {
      code: 'browser.table_cut_short',
      params: { table, error: (error as Error).message },
    });
    return undefined;
  }
}
