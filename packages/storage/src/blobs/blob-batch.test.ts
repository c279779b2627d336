// Placing a batch (BlobBatch.commit) on real files: with one filesystem sync (`sync -f`), without it (a
// sync per file and per folder), and failing half-way. A `sync` placed first on PATH records how it was called.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fsBlobStore, type FsBlobStore } from './fs-blob-store';

let work: string;
let counter = 0;
const stores: FsBlobStore[] = [];
const PATH = process.env.PATH;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tamga-blob-batch-'));
});
afterEach(async () => {
  process.env.PATH = PATH;
  await Promise.all(stores.splice(0).map((store) => store.close()));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/**
 * A fresh store whose threads see a `sync` command that logs its arguments, then runs the real one or fails.
 * The small-file thread copies the environment when it starts, that is, at the store's first small put.
 */
function storeWithSync(behaviour: 'real' | 'fails'): { store: FsBlobStore; root: string; calls: () => string[] } {
  const root = join(work, `store-${++counter}`);
  const bin = join(work, `bin-${counter}`);
  const log = join(work, `sync-${counter}.log`);
  mkdirSync(bin);
  const then = behaviour === 'real' ? `exec ${JSON.stringify(realSync())} "$@"` : 'exit 1';
  writeFileSync(join(bin, 'sync'), `#!/bin/sh\necho "$*" >> ${JSON.stringify(log)}\n${then}\n`);
  chmodSync(join(bin, 'sync'), 0o755);
  process.env.PATH = `${bin}:${PATH}`;
  const store = fsBlobStore(root);
  stores.push(store);
  return { store, root, calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) };
}

function realSync(): string {
  for (const dir of (PATH ?? '').split(':')) if (existsSync(join(dir, 'sync'))) return join(dir, 'sync');
  throw new Error('no sync command on PATH');
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const blobPath = (root: string, hash: string) => join(root, hash.slice(0, 2), hash.slice(2, 4), hash);
const contents = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`member ${i} of a batch, ${'x'.repeat(i)}`));

describe('BlobBatch.commit', () => {
  it('makes a batch durable with one filesystem sync for the files and one for the folders', async () => {
    const { store, root, calls } = storeWithSync('real');
    const batch = store.batch();
    const bytes = contents(50);
    for (const each of bytes) await batch.putBytes(each);
    await batch.commit();
    expect(calls()).toEqual([`-f ${join(root, 'tmp')}`, `-f ${join(root, 'tmp')}`]);
    for (const each of bytes) {
      const path = blobPath(root, sha256(each));
      expect(readFileSync(path).equals(each)).toBe(true);
      expect(statSync(path).mode & 0o777).toBe(0o444);
    }
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });

  it('syncs each file and folder instead where that sync fails, and stops asking for it', async () => {
    const { store, root, calls } = storeWithSync('fails');
    const bytes = contents(30);
    for (const group of [bytes.slice(0, 15), bytes.slice(15)]) {
      const batch = store.batch();
      for (const each of group) await batch.putBytes(each);
      await batch.commit();
    }
    expect(calls()).toHaveLength(1);
    for (const each of bytes) expect(readFileSync(blobPath(root, sha256(each))).equals(each)).toBe(true);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });

  it('fails with the members placed before the failure kept and the rest left out, and no temporary file', async () => {
    const { store, root } = storeWithSync('real');
    const [first, second] = [Buffer.from('placed first'), Buffer.from('blocked second')];
    // A file where the second member's shard folder would be made.
    const blocked = join(root, sha256(second).slice(0, 2));
    const batch = store.batch();
    await batch.putBytes(first);
    await batch.putBytes(second);
    if (sha256(first).slice(0, 2) === sha256(second).slice(0, 2)) throw new Error('the two contents share a shard');
    writeFileSync(blocked, 'not a folder');
    await expect(batch.commit()).rejects.toThrow();
    expect(await store.has(sha256(first))).toBe(true);
    rmSync(blocked);
    expect(await store.has(sha256(second))).toBe(false);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });
});
