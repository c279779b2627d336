// The small-file thread (plain JavaScript: worker threads load it without a TypeScript loader). Two kinds of work
// arrive, in order: writing a small blob's temporary file, and placing a batch (BlobBatch.commit). Creating a file
// waits for the filesystem's journal, which is busy with other members' syncs (measured 0.5 ms a file while a
// batch was synced, 0.05 ms on a quiet disk); placing a batch is thousands of syncs, folders made and renames.
// Here those waits hold this thread, not the event loop of the process that parses.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';

let syncfsWorks = process.platform === 'linux';

/**
 * Flushes the whole filesystem that holds `path`: syncfs(2), through `sync -f` (coreutils, BusyBox). One call makes a
 * batch of ten thousand files (and their folders) durable in tens of milliseconds, where a sync per file and per
 * folder took seconds. Where it is missing or fails, the caller syncs each file and folder instead, which also
 * reports a write error that a kernel before 5.8 does not report through syncfs. Linux only: elsewhere `sync` may
 * take no options, or return before the data is on disk.
 */
function syncFileSystem(path) {
  if (!syncfsWorks) return false;
  const result = spawnSync('sync', ['-f', path], { stdio: 'ignore' });
  if (result.error || result.status !== 0) {
    syncfsWorks = false;
    return false;
  }
  return true;
}

function syncPath(path) {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function write({ target, path, bytes, mode }) {
  try {
    if (existsSync(target)) return { written: false };
    writeFileSync(path, bytes, { flag: 'wx', mode });
    return { written: true };
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
}

/**
 * Every file's bytes made durable, then each renamed into place (its folder made if needed), then the folders
 * made durable: a blob is in place only once its bytes are durable. Returns the targets moved, also on failure.
 */
function place({ tmp, entries }, moved) {
  if (!syncFileSystem(tmp)) for (const { from } of entries) syncPath(from);
  const changed = new Set();
  for (const { from, to } of entries) {
    const folder = dirname(to);
    // `created` is the first folder made (root/ab/cd, or root/ab): its parent gained an entry too.
    const created = mkdirSync(folder, { recursive: true });
    if (created !== undefined) changed.add(dirname(created));
    renameSync(from, to);
    moved.push(to);
    changed.add(folder);
    // A folder another put is still making durable: synced here as well, in case this batch ends first.
    changed.add(dirname(folder));
  }
  if (!syncFileSystem(tmp)) for (const folder of changed) syncPath(folder);
}

parentPort.on('message', (tasks) => {
  const results = tasks.map((task) => {
    const moved = [];
    try {
      if (task.place) {
        place(task.place, moved);
        return { id: task.id, moved };
      }
      return { id: task.id, ...write(task.write) };
    } catch (error) {
      return { id: task.id, moved, error: { message: String(error?.message ?? error), code: error?.code ?? null } };
    }
  });
  parentPort.postMessage(results);
});
