// Test support: writes a small SQLite database from SQL text, with node:sqlite where Node has it (Node 24,
// where better-sqlite3 12 crashes on garbage collection) and better-sqlite3 on Node 20.
import { createRequire } from 'node:module';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

interface Writable {
  exec(sql: string): unknown;
  prepare(sql: string): { get(): unknown };
  close(): unknown;
}

function openWritable(path: string): Writable {
  try {
    const { DatabaseSync } = require('node:sqlite') as { DatabaseSync: new (path: string) => Writable };
    return new DatabaseSync(path);
  } catch {
    const SQLite = require('better-sqlite3') as new (path: string) => Writable;
    return new SQLite(path);
  }
}

export async function sqliteFixture(name: string, sql: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'tamga-browser-fixture-')), name);
  const db = openWritable(path);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
  return path;
}

/** The database built step by step, with the file's page count after each step: which pages a table's rows fill. */
export async function sqliteFixtureSteps(name: string, steps: string[]): Promise<{ path: string; pageSize: number; pagesAfter: number[] }> {
  const path = join(await mkdtemp(join(tmpdir(), 'tamga-browser-fixture-')), name);
  const db = openWritable(path);
  const pragma = (name: string) => Number(Object.values(db.prepare(`PRAGMA ${name}`).get() as Record<string, unknown>)[0]);
  try {
    const pagesAfter = steps.map((sql) => {
      db.exec(sql);
      return pragma('page_count');
    });
    return { path, pageSize: pragma('page_size'), pagesAfter };
  } finally {
    db.close();
  }
}

/**
 * A WAL-mode database whose `pending` rows are only in its write-ahead log: both files are copied while the
 * connection is open, as a seized browser profile has them (closing would fold the log into the file).
 */
export async function sqliteFixtureWithWal(name: string, committed: string, pending: string): Promise<{ path: string; wal: string }> {
  const source = join(await mkdtemp(join(tmpdir(), 'tamga-browser-fixture-')), name);
  const db = openWritable(source);
  try {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;');
    db.exec(committed);
    db.exec('PRAGMA wal_checkpoint(TRUNCATE);');
    db.exec(pending);
    const folder = await mkdtemp(join(tmpdir(), 'tamga-browser-fixture-'));
    const path = join(folder, name);
    await copyFile(source, path);
    await copyFile(`${source}-wal`, `${path}-wal`);
    return { path, wal: `${path}-wal` };
  } finally {
    db.close();
  }
}
