// Opens a SQLite file for Kysely. better-sqlite3 12 is the driver on Node.js 20 and 22; on Node.js 24 its
// native objects abort the process when garbage-collected (a Node 24 ObjectWrap change that only
// better-sqlite3 13 handles, and 13 does not run on Node 20), so there Tamga uses Node's own node:sqlite.
import { createRequire } from 'node:module';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const require = createRequire(import.meta.url);

export type SqliteDriver = 'better-sqlite3' | 'node:sqlite';

export function sqliteDriver(nodeVersion = process.versions.node): SqliteDriver {
  const override = process.env.TAMGA_SQLITE_DRIVER;
  if (override === 'better-sqlite3' || override === 'node:sqlite') return override;
  return Number(nodeVersion.split('.')[0]) >= 24 ? 'node:sqlite' : 'better-sqlite3';
}

export const SQLITE_PRAGMAS = [
  'journal_mode = WAL',
  // NORMAL: COMMIT writes the WAL without syncing it, on the calling thread. A durable transaction is
  // acknowledged only after the store syncs the WAL off the event loop (wal-sync.ts), so a committed custody
  // event still survives a power cut, not only a crash.
  'synchronous = NORMAL',
  'foreign_keys = ON',
  'busy_timeout = 10000',
  // The WAL is checkpointed only when it is large (WAL_CHECKPOINT_BYTES): the artefact writer's batches dirty
  // thousands of index pages again and again, and checkpointing after each copied them over and over (40 % of its
  // time at a million artefacts). A checkpoint runs in the connection whose commit passes the limit, so this one,
  // the main connection, never checkpoints by itself: on the event loop one held it for 0.2-0.6 s in a mailbox's
  // run. The store asks the writer's thread to once the WAL has grown past the limit (sql-store.ts), and the
  // writer's own commits checkpoint past it too. The WAL is cut back to 64 MiB after a checkpoint.
  'wal_autocheckpoint = 0',
  'journal_size_limit = 67108864',
  // 32 MiB of page cache (SQLite's default is 2 MiB): analysis inserts an item's entity occurrences into four
  // indexes, two of them keyed by random ids, and past 2 MiB nearly every insert read its pages back from the
  // file (a 40,000-message mailbox's analysis 17.7-19.7 s against 21.5-23.7 s; BENCHMARKS.md). The cache is
  // filled only as pages are used.
  'cache_size = -32768',
];

/**
 * What the WAL may grow to before it is checkpointed. The artefact writer's connection checkpoints past it by itself
 * (its `wal_autocheckpoint`, in pages of the file's own size). Its commits are never synced by themselves: artefacts
 * are derived data, and the item's durable "processed" commit that follows them syncs the WAL, and with it every
 * batch before.
 */
export const WAL_CHECKPOINT_BYTES = 128 << 20;

interface NodeStatement {
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint };
  iterate(...params: unknown[]): IterableIterator<unknown>;
  columns(): unknown[];
}

function openWithNodeSqlite(path: string): SqliteDatabase {
  const { DatabaseSync } = require('node:sqlite') as {
    DatabaseSync: new (path: string) => { exec(sql: string): void; prepare(sql: string): NodeStatement; close(): void };
  };
  const database = new DatabaseSync(path);
  for (const pragma of SQLITE_PRAGMAS) database.exec(`PRAGMA ${pragma}`);
  return {
    close: () => database.close(),
    prepare(sql): SqliteStatement {
      const statement = database.prepare(sql);
      return {
        // Kysely asks whether a statement returns rows; node:sqlite tells by its result columns.
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...parameters),
        run: (parameters) => statement.run(...parameters),
        iterate: (parameters) => statement.iterate(...parameters),
      };
    },
  };
}

function openWithBetterSqlite(path: string): SqliteDatabase {
  const SQLite = require('better-sqlite3') as new (path: string) => SqliteDatabase & { pragma(source: string): unknown };
  const database = new SQLite(path);
  for (const pragma of SQLITE_PRAGMAS) database.pragma(pragma);
  return withStatementCache(database);
}

const CACHED_STATEMENTS = 500;

/**
 * Kysely prepares every query anew, and preparing costs as much as running a small query; the same few hundred
 * SQL texts recur, so their statements are kept (least recently used out). A statement still iterating rows is
 * busy and cannot run twice at once: then a fresh one is prepared.
 */
function withStatementCache(database: SqliteDatabase): SqliteDatabase {
  const cache = new Map<string, SqliteStatement & { busy?: boolean }>();
  const prepare = database.prepare.bind(database);
  database.prepare = (sql) => {
    const cached = cache.get(sql);
    if (cached && !cached.busy) {
      cache.delete(sql);
      cache.set(sql, cached);
      return cached;
    }
    const statement = prepare(sql) as SqliteStatement & { busy?: boolean };
    if (!cached) {
      if (cache.size >= CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
      cache.set(sql, statement);
    }
    return statement;
  };
  return database;
}

export function openSqliteDatabase(path: string): SqliteDatabase {
  return sqliteDriver() === 'node:sqlite' ? openWithNodeSqlite(path) : openWithBetterSqlite(path);
}
