import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileSyncer, groupSync } from './wal-sync';

/** A sync that ends when told to, recording when each began. */
function controlledSync() {
  const started: Array<{ end: (error?: Error) => void }> = [];
  const syncFile = () =>
    new Promise<void>((resolve, reject) => {
      started.push({ end: (error) => (error ? reject(error) : resolve()) });
    });
  return { started, syncFile };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('groupSync', () => {
  it('acknowledges a caller only after a sync begun after its call, one sync for all who wait meanwhile', async () => {
    const { started, syncFile } = controlledSync();
    const sync = groupSync('/wal', syncFile);
    const done: string[] = [];
    const first = sync().then(() => done.push('first'));
    expect(started).toHaveLength(1);
    // Two commits while the first sync runs: it may have begun before them, so they wait for the next.
    const second = sync().then(() => done.push('second'));
    const third = sync().then(() => done.push('third'));
    await tick();
    expect(started).toHaveLength(1);
    started[0]!.end();
    await first;
    await tick();
    expect(done).toEqual(['first']);
    expect(started).toHaveLength(2);
    started[1]!.end();
    await Promise.all([second, third]);
    expect(done).toEqual(['first', 'second', 'third']);
    expect(started).toHaveLength(2);
    // Nothing running: the next caller starts a sync of its own at once.
    const fourth = sync();
    expect(started).toHaveLength(3);
    started[2]!.end();
    await fourth;
  });

  it("gives a failed sync's error to its callers only; the next sync is tried afresh", async () => {
    const { started, syncFile } = controlledSync();
    const sync = groupSync('/wal', syncFile);
    const first = sync();
    const second = sync();
    started[0]!.end(new Error('EIO'));
    await expect(first).rejects.toThrow('EIO');
    await tick();
    expect(started).toHaveLength(2);
    started[1]!.end();
    await expect(second).resolves.toBeUndefined();
  });
});

describe('fileSyncer', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tamga-wal-sync-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('syncs a file by its path, again through the same descriptor, and reports a missing one', async () => {
    const path = join(folder, 'db-wal');
    writeFileSync(path, 'frames');
    const syncer = fileSyncer();
    await expect(syncer.sync(path)).resolves.toBeUndefined();
    await expect(syncer.sync(path)).resolves.toBeUndefined();
    await syncer.close();
    const missing = fileSyncer();
    await expect(missing.sync(join(folder, 'missing-wal'))).rejects.toMatchObject({ code: 'ENOENT' });
    // A failed open is not kept: the file, once there, is synced.
    writeFileSync(join(folder, 'missing-wal'), 'frames');
    await expect(missing.sync(join(folder, 'missing-wal'))).resolves.toBeUndefined();
    await missing.close();
  });
});
