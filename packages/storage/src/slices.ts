// Long lists go to the database a slice at a time: a statement has a limit on its bound parameters.

/** Values a statement carries at most (ids, or rows of an insert): well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
export const ROWS_PER_STATEMENT = 500;

/** Consecutive slices of `values`, `size` values each (the last one may be shorter), in order. */
export function* slices<T>(values: readonly T[], size = ROWS_PER_STATEMENT): Generator<T[]> {
  for (let at = 0; at < values.length; at += size) yield values.slice(at, at + size);
}
