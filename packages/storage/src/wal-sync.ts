// Durable SQLite commits without holding the event loop. With synchronous = FULL SQLite syncs the WAL inside
// COMMIT, and better-sqlite3 and node:sqlite run COMMIT on the calling thread: every durable commit held the event
// loop (and the parser, and every web request) for as long as the disk took to flush the WAL, which holds the
// artefact writer's batches too: 1.2-1.4 s of a 100,000-message mailbox's run. Connections now commit with
// synchronous = NORMAL (the WAL is written, not synced) and a durable transaction is acknowledged only after an
// fdatasync of the WAL file that began after its COMMIT, on libuv's thread pool. The WAL is appended in commit
// order and recovery stops at the first frame that is not whole, so a sync also makes every earlier commit
// durable: one sync serves every commit made while the one before it ran (a group commit).
import { open, type FileHandle } from 'node:fs/promises';

export type SyncFile = (path: string) => Promise<void>;

/**
 * fdatasync(2) of one file, off the event loop, through a descriptor kept open between syncs (fsync works on a
 * descriptor opened read-only): opening and closing the file for each sync made one-event transactions a third
 * slower. The WAL keeps its inode while the store is open (only the last connection to close deletes it).
 */
export function fileSyncer(): { sync: SyncFile; close(): Promise<void> } {
  let handle: Promise<FileHandle> | undefined;
  return {
    async sync(path) {
      handle ??= open(path, 'r');
      const opened = await handle.catch((error: unknown) => {
        handle = undefined;
        throw error;
      });
      await opened.datasync();
    },
    async close() {
      const closing = handle;
      handle = undefined;
      await (await closing?.catch(() => undefined))?.close();
    },
  };
}

/**
 * Returns a function whose promise settles once a sync of `path` that began after the call has ended (with that
 * sync's error, if it failed). Calls made while a sync runs share the one that follows it.
 */
export function groupSync(path: string, syncFile: SyncFile): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const start = (): Promise<void> => {
    const current: Promise<void> = syncFile(path).finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };
  const ignore = () => undefined;
  return () => {
    if (!running) return start();
    // The running sync may have begun before this caller's commit: it waits for the next one.
    queued ??= running.then(ignore, ignore).then(() => {
      queued = undefined;
      return start();
    });
    return queued;
  };
}
