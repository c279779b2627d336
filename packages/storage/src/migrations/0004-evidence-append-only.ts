// Evidence rows and integrity incidents may change state but are never deleted; the database refuses it.
import { sql, type Kysely, type Migration } from 'kysely';
import type { SqlDialect } from '../sql-dialect';

export function evidenceAppendOnly(dialect: SqlDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const table of ['evidence_items', 'integrity_incidents']) {
        if (dialect === 'sqlite') {
          await sql
            .raw(
              `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} rows are never deleted'); END`,
            )
            .execute(db);
        } else {
          await sql
            .raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION tamga_append_only()`)
            .execute(db);
          await sql
            .raw(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION tamga_append_only()`)
            .execute(db);
        }
      }
    },
  };
}
