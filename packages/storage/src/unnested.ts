// Many rows in one PostgreSQL statement: `insert into t (a, b) select * from unnest($1::text[], $2::integer[])` binds
// each column as one array and unnests them side by side. A VALUES list binds every value as a parameter of its own,
// and PostgreSQL parses, binds and plans each: for an item's analysis (hundreds of thousands of rows of up to 15
// columns) that was a large part of every page's write.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema';
import { slices } from './slices';

/** Rows per unnested statement: a page of analysis in one or a few, each array a few megabytes at most. */
export const ROWS_PER_UNNEST = 5_000;

/** The element types columns are bound as; each array is cast to its type, so NULLs and numbers arrive typed. */
export type UnnestType = 'text' | 'integer' | 'bigint';

/** unnest(cast($1 as type[]), …) over columns of equal length, in order. */
export function unnested(columns: ReadonlyArray<readonly [UnnestType, readonly unknown[]]>): RawBuilder<unknown> {
  const length = columns[0]?.[1].length ?? 0;
  if (columns.some(([, values]) => values.length !== length)) throw new Error('unnested columns must be of one length');
  return sql`unnest(${sql.join(columns.map(([type, values]) => sql`cast(${values} as ${sql.raw(type)}[])`))})`;
}

/**
 * Inserts rows into a PostgreSQL table ROWS_PER_UNNEST at a time, each column bound as one array. `types` names
 * every column of the row with its element type (the type checker holds it to the table's shape).
 */
export async function insertUnnested<Table extends keyof Database & string>(
  db: Kysely<Database>,
  table: Table,
  types: { readonly [Column in keyof Database[Table] & string]: UnnestType },
  rows: ReadonlyArray<Database[Table]>,
): Promise<void> {
  const columns = Object.keys(types) as Array<keyof Database[Table] & string>;
  for (const slice of slices(rows, ROWS_PER_UNNEST)) {
    const arrays = columns.map((column) => [types[column], slice.map((row) => row[column])] as const);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
      select * from ${unnested(arrays)}`.execute(db);
  }
}
