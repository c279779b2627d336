// The Store port over Kysely: SQLite (better-sqlite3, WAL) or PostgreSQL (pg), chosen by URL.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import {
  TamgaError,
  artifactBatchRecords,
  type ArtifactBatch,
  type ArtifactRecord,
  type Store,
  type TransactionOptions,
  type Tx,
} from '@tamga/core';
import { isBatchList, sqliteArtifactWriter } from './artifact-writer';
import { migrateToLatest } from './migrate';
import { openSqliteDatabase, WAL_CHECKPOINT_BYTES } from './sqlite-database';
import { slices } from './slices';
import { fileSyncer, groupSync, type SyncFile } from './wal-sync';
import { artifactRepository, artifactRow, isDuplicateArtifact, REPLACED_COLUMNS } from './repositories/artifact-repository';
import { authorizationRepository } from './repositories/authorization-repository';
import { caseRepository } from './repositories/case-repository';
import { evidenceRepository } from './repositories/evidence-repository';
import { ledgerRepository } from './repositories/ledger-repository';
import { analysisRepository } from './repositories/analysis-repository';
import { accessRequestRepository } from './repositories/access-request-repository';
import { hashBankRepository } from './repositories/hash-bank-repository';
import { requestRepository } from './repositories/request-repository';
import { directoryRepository } from './repositories/directory-repository';
import { processingRepository } from './repositories/processing-repository';
import { sessionRepository, userRepository } from './repositories/user-repository';
import type { Database } from './schema';
import type { SqlDialect } from './sql-dialect';

export interface SqlStore extends Store {
  readonly dialect: SqlDialect;
  /** For tests and tools that must reach under the ports, such as tamper tests. */
  readonly db: Kysely<Database>;
  /** Runs fn in one write transaction on the raw database (SQLite: holding the write lock from the start). */
  exclusive<T>(fn: (db: Kysely<Database>) => Promise<T>, options?: TransactionOptions): Promise<T>;
}

export interface OpenStoreOptions {
  /** PostgreSQL only: put every table in this schema (tests use one schema each). */
  schema?: string;
  migrate?: boolean;
  /** Tests of a migration: stop after this one. */
  migrateUpTo?: string;
  /** SQLite: how the WAL is synced after a durable commit (tests count the syncs; a power cut cannot be staged). */
  syncWal?: SyncFile;
  /** SQLite: the WAL's size past which the writer's thread is asked to checkpoint it (tests set it low). */
  walCheckpointBytes?: number;
}

/** PostgreSQL allows 65,535 bound parameters per statement; 12 columns a row. */
const ROWS_PER_INSERT = 1000;

function repositories(db: Kysely<Database>, dialect: SqlDialect): Tx {
  return {
    users: userRepository(db),
    sessions: sessionRepository(db),
    cases: caseRepository(db),
    authorizations: authorizationRepository(db),
    evidence: evidenceRepository(db),
    ledger: ledgerRepository(db, dialect),
    artifacts: artifactRepository(db),
    processing: processingRepository(db, dialect),
    analysis: analysisRepository(db, dialect),
    accessRequests: accessRequestRepository(db),
    hashBanks: hashBankRepository(db),
    requests: requestRepository(db),
    directory: directoryRepository(db),
  };
}

export function sqlitePath(url: string): string {
  const path = url.slice('sqlite:'.length);
  return path === ':memory:' ? path : resolve(path);
}

function openSqlite(url: string): Kysely<Database> {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqliteDatabase(path) }) });
}

function openPostgres(url: string, schema?: string): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export function dialectOf(url: string): SqlDialect {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres';
  throw new Error(`TAMGA_DATABASE_URL must start with sqlite: or postgres:// (got ${url.split(':')[0]}:)`);
}

/** SQLite's "database is locked": a lock it chose not to wait for (WAL snapshot or checkpoint contention). */
function isBusy(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'SQLITE_BUSY' || (typeof message === 'string' && message.includes('database is locked'));
}

/**
 * BEGIN IMMEDIATE waits for the write lock through busy_timeout, but SQLite may refuse at once when waiting
 * could deadlock (the artefact writer thread is a second connection). Nothing has run yet, so trying again
 * after a pause is always safe.
 */
async function beginImmediate(conn: Kysely<Database>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await sql`begin immediate`.execute(conn);
      return;
    } catch (error) {
      if (!isBusy(error) || attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
    }
  }
}

export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<SqlStore> {
  const dialect = dialectOf(url);
  if (dialect === 'postgres' && options.schema) {
    if (!/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`Bad schema name ${options.schema}`);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    } finally {
      await admin.end();
    }
  }
  const db = dialect === 'sqlite' ? openSqlite(url) : openPostgres(url, options.schema);
  if (options.migrate !== false) await migrateToLatest(db, dialect, options.schema, options.migrateUpTo);

  // Artefacts go in bulk: on a SQLite file through a writer thread with its own connection (parsing and
  // writing then use both cores); on PostgreSQL in a transaction of their own, without the ledger's lock.
  const path = dialect === 'sqlite' ? sqlitePath(url) : null;
  const writer = path && path !== ':memory:' ? sqliteArtifactWriter(path) : null;

  // SQLite commits write the WAL without syncing it; a durable transaction is acknowledged once a sync of the WAL
  // begun after its commit has ended (wal-sync.ts), off the event loop and with the connection already free for
  // the next transaction, whose commit the same or the next sync makes durable too.
  const walFile = fileSyncer();
  const syncWal = path && path !== ':memory:' ? groupSync(`${path}-wal`, options.syncWal ?? walFile.sync) : null;

  // The main connection never checkpoints by itself (see SQLITE_PRAGMAS): once the WAL has grown past the limit,
  // the writer's thread is asked to, one checkpoint at a time. The size is read with a stat, without touching the
  // disk. A checkpoint that fails (the disk, a reader holding the WAL) is asked for again after the next commit.
  const checkpointBytes = options.walCheckpointBytes ?? WAL_CHECKPOINT_BYTES;
  let checkpointing = false;
  const checkpointIfLarge = () => {
    if (!writer || checkpointing) return;
    if ((statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0) < checkpointBytes) return;
    checkpointing = true;
    writer
      .checkpoint()
      .catch(() => undefined)
      .finally(() => (checkpointing = false));
  };

  async function exclusive<T>(fn: (db: Kysely<Database>) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const durable = options.durable !== false;
    if (dialect === 'postgres') {
      return db.transaction().execute(async (trx) => {
        if (!durable) await sql`set local synchronous_commit = off`.execute(trx);
        return fn(trx);
      });
    }
    // BEGIN IMMEDIATE takes SQLite's write lock up front, so two processes on one file (server and CLI)
    // queue for it instead of failing when a read turns into a write.
    const result = await db.connection().execute(async (conn) => {
      // While the writer thread holds the write lock (a batch takes up to a few hundred milliseconds), waiting
      // in BEGIN IMMEDIATE would hold the event loop, and with it the parser, for as long.
      await writer?.drained();
      await beginImmediate(conn);
      try {
        const value = await fn(conn);
        await sql`commit`.execute(conn);
        return value;
      } catch (error) {
        await sql`rollback`.execute(conn);
        throw error;
      }
    });
    checkpointIfLarge();
    if (durable) await syncWal?.();
    return result;
  }

  // Use cases read, decide and write (custody state, exhibit numbers, the last lead, failed sign-ins). On
  // PostgreSQL's READ COMMITTED two of them could decide on the same old state, so each takes the ledger's
  // advisory lock first: the same one-writer-at-a-time order SQLite's write lock gives. The job queue,
  // which must stay concurrent, uses exclusive() without it, and so do derived bulk writes (lockLedger: false).
  const transaction = <T>(fn: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> =>
    exclusive(async (conn) => {
      const tx = repositories(conn, dialect);
      if (options.lockLedger !== false) await tx.ledger.lockHead();
      return fn(tx);
    }, options);

  // A snapshot without the write lock: SQLite's deferred BEGIN takes none until a write, which query_only refuses;
  // PostgreSQL's read-only transaction at REPEATABLE READ sees one snapshot and takes no ledger lock.
  async function read<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    if (dialect === 'postgres') {
      return db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute((trx) => fn(repositories(trx, dialect)));
    }
    return db.connection().execute(async (conn) => {
      await sql`pragma query_only = on`.execute(conn);
      try {
        await sql`begin`.execute(conn);
        try {
          const value = await fn(repositories(conn, dialect));
          await sql`commit`.execute(conn);
          return value;
        } catch (error) {
          await sql`rollback`.execute(conn);
          throw error;
        }
      } finally {
        await sql`pragma query_only = off`.execute(conn);
      }
    });
  }

  async function appendArtifacts(artifacts: ArtifactBatch | ArtifactRecord[] | readonly ArtifactBatch[]): Promise<void> {
    try {
      if (writer) return await writer.append(artifacts);
      const records = isBatchList(artifacts)
        ? artifacts.flatMap(artifactBatchRecords)
        : Array.isArray(artifacts)
          ? artifacts
          : artifactBatchRecords(artifacts as ArtifactBatch);
      await exclusive(async (conn) => {
        for (const slice of slices(records, ROWS_PER_INSERT)) {
          // As the writer's ARTIFACT_INSERT_SQL: an earlier run's artefact is replaced, the same run's is a repeated key.
          const result = await conn
            .insertInto('artifacts')
            .values(slice.map(artifactRow))
            .onConflict((conflict) =>
              conflict
                .column('id')
                .doUpdateSet((eb) => Object.fromEntries(REPLACED_COLUMNS.map((column) => [column, eb.ref(`excluded.${column}`)])))
                .whereRef('artifacts.run', '<>', 'excluded.run'),
            )
            .executeTakeFirst();
          if (Number(result.numInsertedOrUpdatedRows) < slice.length) throw new TamgaError('ARTIFACT_KEY_REPEATED');
        }
      });
    } catch (error) {
      if (isDuplicateArtifact(error)) throw new TamgaError('ARTIFACT_KEY_REPEATED');
      throw error;
    }
  }

  return {
    dialect,
    db,
    transaction,
    read,
    exclusive,
    appendArtifacts,
    async close() {
      await writer?.close();
      await walFile.close();
      await db.destroy();
    },
  };
}
