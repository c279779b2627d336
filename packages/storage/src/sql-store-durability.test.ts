// A durable SQLite transaction is acknowledged only after a sync of the WAL begun after its commit; a relaxed one is
// not synced at all (see wal-sync.ts). The syncs are counted around the real fdatasync.
import { describe, expect, it } from 'vitest';
import { openStore } from './sql-store';
import { createTestDatabase } from './test-database';
import { fileSyncer } from './wal-sync';

describe('SQLite durable commits', () => {
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
});
