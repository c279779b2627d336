// Brings a database to the latest schema; the same migrations run on SQLite and PostgreSQL.
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { foundation } from './migrations/0001-foundation';
import { evidence } from './migrations/0002-evidence';
import { jobs } from './migrations/0003-jobs';
import { evidenceAppendOnly } from './migrations/0004-evidence-append-only';
import { processing } from './migrations/0005-processing';
import { search } from './migrations/0006-search';
import { analysis } from './migrations/0007-analysis';
import { hashBanks } from './migrations/0008-hash-banks';
import { searchLayout } from './migrations/0009-search-layout';
import { requests } from './migrations/0010-requests';
import { jobClaims } from './migrations/0011-job-claims';
import { jobReruns } from './migrations/0012-job-reruns';
import { messageReferences } from './migrations/0013-message-references';
import { jobGiveUp } from './migrations/0014-job-give-up';
import { trustedMailHosts } from './migrations/0015-trusted-mail-hosts';
import { artifactRuns } from './migrations/0016-artifact-runs';
import type { Database } from './schema';
import type { SqlDialect } from './sql-dialect';

function migrations(dialect: SqlDialect): Record<string, Migration> {
  return {
    '0001-foundation': foundation(dialect),
    '0002-evidence': evidence,
    '0003-jobs': jobs,
    '0004-evidence-append-only': evidenceAppendOnly(dialect),
    '0005-processing': processing,
    '0006-search': search(dialect),
    '0007-analysis': analysis,
    '0008-hash-banks': hashBanks,
    '0009-search-layout': searchLayout(dialect),
    '0010-requests': requests,
    '0011-job-claims': jobClaims,
    '0012-job-reruns': jobReruns,
    '0013-message-references': messageReferences,
    '0014-job-give-up': jobGiveUp,
    '0015-trusted-mail-hosts': trustedMailHosts,
    '0016-artifact-runs': artifactRuns,
  };
}

/** The migrations a database has recorded (none when it has no migration table yet). */
async function recorded(db: Kysely<Database>): Promise<Set<string>> {
  try {
    const { rows } = await sql<{ name: string }>`select name from tamga_migrations`.execute(db);
    return new Set(rows.map((row) => row.name));
  } catch {
    return new Set();
  }
}

export async function migrateToLatest(db: Kysely<Database>, dialect: SqlDialect, schema?: string, upTo?: string): Promise<string[]> {
  const all = migrations(dialect);
  // Up to date, as nearly every start finds it: Kysely's migrator is not needed, nor its read of every schema's
  // tables in PostgreSQL's catalog (which races other processes' DDL, see below).
  if (!upTo) {
    const done = await recorded(db);
    if (Object.keys(all).every((name) => done.has(name))) return [];
  }
  const provider: MigrationProvider = { getMigrations: async () => all };
  // With a schema of its own, the migration tables must live there too: otherwise Kysely finds another
  // schema's lock table and never creates this one.
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'tamga_migrations',
    migrationLockTableName: 'tamga_migrations_lock',
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await (upTo ? migrator.migrateTo(upTo) : migrator.migrateToLatest());
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    // Kysely first reads PostgreSQL's catalog for every schema's tables; another process changing the catalog at
    // that moment (its own migrations, a schema being dropped) can make the read fail on an object that vanished
    // mid-query. Nothing was changed then (the run is one transaction), so it is tried again.
    if (dialect === 'postgres' && attempt < 4 && isCatalogRace(error)) {
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      continue;
    }
    throw error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * PostgreSQL's "undefined column/table/schema" or "cache lookup failed": what a catalog read racing DDL reports
 * (seen in CI: an undefined column, then an undefined schema, each time as another test file's schema was dropped
 * while a crash test's child process started).
 */
function isCatalogRace(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === '42703' || code === '42P01' || code === '3F000') return true;
  return code === 'XX000' && /cache lookup failed/.test(message ?? '');
}
