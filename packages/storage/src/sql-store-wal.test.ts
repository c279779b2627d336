// The WAL of a SQLite store: a durable transaction is acknowledged only after a sync of the WAL begun after its
// commit, a relaxed one is not synced at all (see wal-sync.ts; the syncs are counted around the real fdatasync); and
// the WAL is checkpointed on the artefact writer's thread once it is large, never by the main connection itself.
import { statSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openStore, sqlitePath } from './sql-store';
import { createTestDatabase } from './test-database';
import { fileSyncer } from './wal-sync';

describe('the WAL of a SQLite store', () => {
  it('sync the WAL after commit, off the connection, once for commits made meanwhile; relaxed ones do not', async () => {
    const database = createTestDatabase('sqlite');
    const synced: string[] = [];
    const wal = fileSyncer();
    let syncing = 0;
    /** While set, a sync waits until this many transactions have run (and then a little, for their commits). */
    let holdUntil = 0;
    let ran = 0;
    const store = await openStore(database.url, {
      syncWal: async (path) => {
        syncing++;
        while (ran < holdUntil) await new Promise((resolve) => setTimeout(resolve, 5));
        if (holdUntil) await new Promise((resolve) => setTimeout(resolve, 50));
        await wal.sync(path);
        synced.push(path);
        syncing--;
      },
    });
    try {
      const before = synced.length;
      await store.transaction((tx) => tx.directory.list(), { durable: false });
      expect(synced.length).toBe(before);

      await store.transaction((tx) => tx.directory.list());
      expect(synced.length).toBe(before + 1);
      expect(synced.at(-1)).toMatch(/-wal$/);
      expect(syncing).toBe(0);

      // Five durable transactions at once: the last four commit while the first one's sync runs, and share the
      // sync that follows it.
      holdUntil = 5;
      await Promise.all(
        Array.from({ length: 5 }, () =>
          store.transaction((tx) => {
            ran++;
            return tx.directory.list();
          }),
        ),
      );
      expect(synced.length).toBe(before + 3);
    } finally {
      await store.close();
      await wal.close();
      await database.drop();
    }
  });

  it('is checkpointed on the writer thread once past the limit, and not before', async () => {
    const database = createTestDatabase('sqlite');
    // Well above what the migrations leave in the WAL (about 1 MB), so they ask for no checkpoint that could still be
    // under way when the test's own pages are written (with larger pages they would).
    const limit = 8 * 1024 * 1024;
    const store = await openStore(database.url, { walCheckpointBytes: limit });
    const file = sqlitePath(database.url);
    const size = () => statSync(file).size;
    try {
      await store.exclusive((db) => sql`create table filler (bytes blob)`.execute(db));
      // The migrations' pages out of the way: an empty WAL to start from.
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
      const fill = () => store.exclusive((db) => sql`insert into filler values (randomblob(1048576))`.execute(db), { durable: false });
      const before = size();
      await fill();
      // Under the limit: the megabyte is in the WAL only, as the main connection does not checkpoint.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(size()).toBe(before);
      for (let megabytes = 1; megabytes <= limit / 1024 / 1024; megabytes++) await fill();
      // Past it: the writer's thread copies the pages into the database file.
      for (let waited = 0; size() < before + limit && waited < 10_000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(size()).toBeGreaterThanOrEqual(before + limit);
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
