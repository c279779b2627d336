// SQLite databases found in evidence (browser history …): each is opened read-only on a private working
// copy, so the sealed blob is never touched and no journal or shared-memory file lands in the store.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqliteFile, SqliteFiles, SqliteRow } from '@tamga/core';
import { sqliteDriver } from './sqlite-database';

const require = createRequire(import.meta.url);

interface Statement {
  all(...params: unknown[]): SqliteRow[];
  iterate(...params: unknown[]): IterableIterator<SqliteRow>;
}

interface Connection {
  prepare(sql: string, bigints: boolean): Statement;
  close(): void;
}

function openNodeSqlite(path: string, readOnly: boolean): Connection {
  const { DatabaseSync } = require('node:sqlite') as {
    DatabaseSync: new (
      path: string,
      options: { readOnly: boolean },
    ) => {
      prepare(sql: string): Statement & { setReadBigInts(on: boolean): void };
      close(): void;
    };
  };
  const database = new DatabaseSync(path, { readOnly });
  return {
    prepare(sql, bigints) {
      const statement = database.prepare(sql);
      statement.setReadBigInts(bigints);
      return statement;
    },
    close: () => database.close(),
  };
}

function openBetterSqlite(path: string, readOnly: boolean): Connection {
  const SQLite = require('better-sqlite3') as new (
    path: string,
    options: { readonly: boolean; fileMustExist: boolean },
  ) => { prepare(sql: string): Statement & { safeIntegers(on: boolean): void }; close(): void };
  const database = new SQLite(path, { readonly: readOnly, fileMustExist: true });
  return {
    prepare(sql, bigints) {
      const statement = database.prepare(sql);
      statement.safeIntegers(bigints);
      return statement;
    },
    close: () => database.close(),
  };
}

/**
 * `workingCopy: false` opens the file itself read-only, for files that are not evidence and may be far too large
 * to copy (an NSRL release for a hash bank); evidence is always read on a copy.
 */
export function sqliteFiles(workDir: string = tmpdir(), options: { workingCopy?: boolean } = {}): SqliteFiles {
  const workingCopy = options.workingCopy ?? true;
  return {
    async open(path: string, options: { wal?: string } = {}): Promise<SqliteFile> {
      const folder = workingCopy || options.wal ? await mkdtemp(join(workDir, 'tamga-sqlite-')) : null;
      const copy = folder ? join(folder, 'copy.sqlite') : path;
      let connection: Connection;
      try {
        if (folder) await copyFile(path, copy);
        // SQLite reads a log only through its shared-memory index, which a read-only connection may not build: the
        // private copy is opened for writing then (only the copy and its index change, in the private folder).
        if (options.wal) await copyFile(options.wal, `${copy}-wal`);
        const readOnly = !options.wal;
        connection = sqliteDriver() === 'node:sqlite' ? openNodeSqlite(copy, readOnly) : openBetterSqlite(copy, readOnly);
        // Reading the schema proves it is a database at all, before any parser query.
        connection.prepare('SELECT name FROM sqlite_master', false).all();
      } catch (error) {
        if (folder) await rm(folder, { recursive: true, force: true });
        throw new Error(`not a readable SQLite database: ${(error as Error).message}`, { cause: error });
      }
      const file: SqliteFile = {
        all: (sql, params = [], options = {}) => connection.prepare(sql, options.bigints ?? false).all(...params),
        iterate: (sql, params = [], options = {}) => connection.prepare(sql, options.bigints ?? false).iterate(...params),
        tables: () =>
          connection
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", false)
            .all()
            .map((row) => String(row.name)),
        columns: (table) =>
          connection
            .prepare('SELECT name FROM pragma_table_info(?)', false)
            .all(table)
            .map((row) => String(row.name)),
        close() {
          connection.close();
          if (folder) void rm(folder, { recursive: true, force: true });
        },
      };
      return file;
    },
  };
}
