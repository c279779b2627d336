// The filesystem blob store on real files in a temporary folder: content stored once, read-only, read back and
// rehashed, leftovers swept, and batches that keep their puts out of the store until commit.
import { chmodSync, closeSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsBlobStore } from './fs-blob-store';
import { collect, listAll, MiB, oddPieces, reference, tmpEntries, useBlobFolder } from './fs-blob-store-fixtures';

const { freshPath, freshStore, makeFile } = useBlobFolder();

describe('fsBlobStore storage', () => {
  it('stores content once in sharded folders, read-only', async () => {
    const { store, root } = freshStore();
    for (const size of [1000, 9 * MiB]) {
      const path = makeFile(size);
      const first = await store.putFile(path);
      const stored = join(root, first.sha256.slice(0, 2), first.sha256.slice(2, 4), first.sha256);
      const before = statSync(stored);
      expect(before.mode & 0o777).toBe(0o444);

      const copy = freshPath('copy');
      writeFileSync(copy, readFileSync(path));
      expect(await store.putFile(copy)).toEqual(first);
      expect(await store.putStream(oddPieces(path))).toEqual(first);
      const after = statSync(stored);
      expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
      expect(tmpEntries(root)).toEqual([]);
    }
    expect(await listAll(store)).toHaveLength(2);
  });

  it('answers has, size, read and list', async () => {
    const { store } = freshStore();
    const path = makeFile(6 * MiB + 3);
    const bytes = readFileSync(path);
    const { sha256 } = await store.putFile(path);
    const small = await store.putFile(makeFile(10));
    expect(await store.has(sha256)).toBe(true);
    expect(await store.has('0'.repeat(64))).toBe(false);
    expect(await store.size('0'.repeat(64))).toBeUndefined();
    expect((await collect(store.read(sha256))).equals(bytes)).toBe(true);
    expect((await collect(store.read(sha256, { start: 4 * MiB - 2, end: 5 * MiB }))).equals(bytes.subarray(4 * MiB - 2, 5 * MiB))).toBe(
      true,
    );
    expect(await collect(store.read(sha256, { start: 10, end: 10 }))).toHaveLength(0);
    await expect(collect(store.read('0'.repeat(64)))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(collect(store.read(sha256, { start: 5, end: 4 }))).rejects.toThrow(RangeError);
    await expect(store.has('../../etc/passwd')).rejects.toThrow(TypeError);
    await expect(store.size(sha256.toUpperCase())).rejects.toThrow(TypeError);
    await expect(collect(store.read(`${sha256}/..`))).rejects.toThrow(TypeError);
    expect((await listAll(store)).sort()).toEqual([sha256, small.sha256].sort());
  });

  it('rehashes a stored blob and notices a flipped byte', async () => {
    const { store, root } = freshStore();
    const path = makeFile(5 * MiB);
    const digests = await store.putFile(path);
    expect(await store.rehash(digests.sha256)).toEqual(digests);

    const stored = join(root, digests.sha256.slice(0, 2), digests.sha256.slice(2, 4), digests.sha256);
    chmodSync(stored, 0o644);
    const position = 4 * MiB + 17;
    const byte = Buffer.from([readFileSync(stored)[position]! ^ 0x01]);
    const fd = openSync(stored, 'r+');
    writeSync(fd, byte, 0, 1, position);
    closeSync(fd);
    const again = await store.rehash(digests.sha256);
    expect(again.size).toBe(digests.size);
    expect(again.sha256).not.toBe(digests.sha256);
    expect(again.sha1).not.toBe(digests.sha1);
    expect(again.md5).not.toBe(digests.md5);
    expect(again).toEqual(reference(stored));
  });

  it('sweeps leftovers of interrupted writes, and list ignores them', async () => {
    const { store, root } = freshStore();
    await store.putFile(makeFile(100));
    writeFileSync(join(root, 'tmp', 'left-1.tmp'), 'x');
    writeFileSync(join(root, 'tmp', 'left-2.tmp'), 'y');
    writeFileSync(join(root, 'tmp', 'a'.repeat(64)), 'z');
    expect(await listAll(store)).toHaveLength(1);
    expect(await store.sweep()).toBe(3);
    expect(tmpEntries(root)).toEqual([]);
    expect(await store.sweep()).toBe(0);
    expect(await fsBlobStore(freshPath('never-used')).sweep()).toBe(0);
  });

  it("leaves alone a put in progress of another store in the same process, but not this process's leftovers", async () => {
    const { store, root } = freshStore();
    const other = fsBlobStore(root);
    // Past one digest chunk (4 MiB), so the put writes a temporary file before the rest arrives.
    const path = makeFile(9 * MiB);
    const bytes = readFileSync(path);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    async function* slowly() {
      yield bytes.subarray(0, 6 * MiB);
      await held;
      yield bytes.subarray(6 * MiB);
    }
    const writing = store.putStream(slowly());
    while (tmpEntries(root).length === 0) await new Promise((r) => setTimeout(r, 5));
    // A leftover named by this process (a put that failed) is swept; the put still writing is not.
    writeFileSync(join(root, 'tmp', `${process.pid}-000000000000-zz.tmp`), 'x');
    expect(await other.sweep()).toBe(1);
    expect(tmpEntries(root)).toHaveLength(1);
    release();
    expect(await writing).toEqual(reference(path));
    expect(tmpEntries(root)).toEqual([]);
    await other.close();
  });

  it('runs concurrent puts of different files with correct digests', async () => {
    const { store, root } = freshStore({ chunks: 4 });
    const paths = [0, 1, 4 * MiB, 4 * MiB + 1, 9 * MiB, 300_000, 17 * MiB + 5, 64 * 1024].map((size) => makeFile(size));
    const results = await Promise.all(paths.map((path, i) => (i % 2 ? store.putStream(oddPieces(path)) : store.putFile(path))));
    expect(results).toEqual(paths.map(reference));
    expect(await listAll(store)).toHaveLength(paths.length);
    expect(tmpEntries(root)).toEqual([]);
  });
});

describe('fsBlobStore batches', () => {
  it('keeps puts out of the store until commit, then stores each once, read-only, with coreutils digests', async () => {
    const { store, root } = freshStore();
    const paths = [0, 10, 200_000, 300_000, 5 * MiB + 1].map((size) => makeFile(size));
    const already = await store.putFile(paths[1]!);
    const batch = store.batch();
    const results = [];
    for (const path of [...paths, paths[2]!]) results.push(await batch.putStream(oddPieces(path)));
    expect(results).toEqual([...paths, paths[2]!].map(reference));
    // Stored content and a repeat within the batch wait once each: five new contents are the first, third to fifth.
    expect(batch.size).toBe(4);
    expect(batch.bytes).toBe(0 + 200_000 + 300_000 + 5 * MiB + 1);
    expect(await listAll(store)).toEqual([already.sha256]);
    expect(tmpEntries(root)).toHaveLength(4);

    await batch.commit();
    expect(batch.size).toBe(0);
    expect(tmpEntries(root)).toEqual([]);
    expect((await listAll(store)).sort()).toEqual([...new Set(results.map((r) => r.sha256))].sort());
    for (const { sha256 } of results) {
      const stored = join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
      expect(statSync(stored).mode & 0o777).toBe(0o444);
      expect(await store.rehash(sha256)).toEqual(results.find((r) => r.sha256 === sha256));
    }
    // The batch can be used again after a commit.
    const later = makeFile(77);
    expect(await batch.putStream(oddPieces(later))).toEqual(reference(later));
    await batch.commit();
    expect(await store.has(reference(later).sha256)).toBe(true);
  });

  it('takes many small contents at once with putBytes, each kept once until commit', async () => {
    const { store, root } = freshStore();
    const paths = Array.from({ length: 40 }, (_, i) => makeFile(1 + i * 997));
    const batch = store.batch();
    const twice = [...paths, ...paths.slice(0, 5)];
    const results = await Promise.all(twice.map((path) => batch.putBytes(readFileSync(path))));
    expect(results).toEqual(twice.map(reference));
    expect(batch.size).toBe(40);
    expect(await listAll(store)).toEqual([]);
    await batch.commit();
    expect(tmpEntries(root)).toEqual([]);
    for (const path of paths) {
      const { sha256 } = reference(path);
      expect(readFileSync(join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256)).equals(readFileSync(path))).toBe(true);
    }
  });

  it('forgets waiting puts on abort, and a failed put leaves nothing behind', async () => {
    const { store, root } = freshStore();
    const batch = store.batch();
    const digests = await batch.putStream(oddPieces(makeFile(1234)));
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield Buffer.alloc(100);
      throw new Error('the member is corrupt');
    }
    await expect(batch.putStream(broken())).rejects.toThrow('the member is corrupt');
    expect(tmpEntries(root)).toHaveLength(1);
    await batch.abort();
    expect(tmpEntries(root)).toEqual([]);
    expect(await store.has(digests.sha256)).toBe(false);
    await batch.commit();
    expect(await listAll(store)).toEqual([]);
  });
});
