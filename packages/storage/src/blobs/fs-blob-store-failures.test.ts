// The filesystem blob store when things go wrong, with no mocks: broken reads, worker crashes that are real terminated
// threads, a full disk that is a small tmpfs (root only), and puts after close().
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DigestPool } from './digest-pool';
import { fsBlobStore } from './fs-blob-store';
import { listAll, MiB, oddPieces, reference, tmpEntries, useBlobFolder } from './fs-blob-store-fixtures';

const { closeAfterTest, freshPath, freshStore, makeFile } = useBlobFolder();

describe('fsBlobStore failures', () => {
  it('rejects a read error and leaves no temporary file', async () => {
    const { store, root } = freshStore();
    const folder = freshPath('folder');
    mkdirSync(folder);
    await expect(store.putFile(folder)).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(store.putFile(freshPath('missing'))).rejects.toMatchObject({ code: 'ENOENT' });

    const path = makeFile(30 * MiB);
    async function* breaksAfter(bytes: number): AsyncGenerator<Uint8Array> {
      let sent = 0;
      for await (const piece of oddPieces(path)) {
        if (sent >= bytes) throw new Error('the upload broke');
        yield piece;
        sent += piece.length;
      }
    }
    await expect(store.putStream(breaksAfter(10 * MiB))).rejects.toThrow('the upload broke');
    expect(tmpEntries(root)).toEqual([]);
    expect(await listAll(store)).toEqual([]);
    expect(await store.putFile(path)).toEqual(reference(path));
  });

  it('rejects when a digest worker dies, and keeps working', async () => {
    const pool = new DigestPool();
    const { store, root } = freshStore({ pool });
    const path = makeFile(40 * MiB);
    let killed = false;
    async function* killsAWorker(): AsyncGenerator<Uint8Array> {
      let sent = 0;
      for await (const piece of oddPieces(path)) {
        if (!killed && sent > 12 * MiB) {
          killed = true;
          expect(pool.threads().length).toBeGreaterThan(0);
          void pool.threads()[0]!.terminate();
        }
        yield piece;
        sent += piece.length;
      }
    }
    await expect(store.putStream(killsAWorker())).rejects.toThrow(/digest worker .* exited/);
    expect(killed).toBe(true);
    expect(tmpEntries(root)).toEqual([]);
    expect(await listAll(store)).toEqual([]);
    expect(await store.putFile(path)).toEqual(reference(path));
    await pool.close();
    await expect(store.putFile(path)).rejects.toThrow(/closed/);
  });

  it('rejects a full disk (ENOSPC) and leaves no temporary file', async (ctx) => {
    const mountPoint = freshPath('tmpfs');
    mkdirSync(mountPoint);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tamga-test', mountPoint], { stdio: 'ignore' });
    if (mounted.status !== 0) ctx.skip('needs root to mount a small tmpfs');
    try {
      const store = fsBlobStore(join(mountPoint, 'blobs'));
      closeAfterTest(store);
      const big = makeFile(20 * MiB);
      await expect(store.putFile(big)).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(tmpEntries(join(mountPoint, 'blobs'))).toEqual([]);
      const small = makeFile(2 * MiB);
      expect(await store.putFile(small)).toEqual(reference(small));
      await store.close();
    } finally {
      execFileSync('umount', [mountPoint]);
    }
  });

  it('fails puts after close()', async () => {
    const { store } = freshStore();
    const path = makeFile(10);
    await store.putFile(path);
    await store.close();
    await expect(store.putFile(path)).rejects.toThrow(/closed/);
    expect(await listAll(store)).toHaveLength(1);
  });
});
