// The filesystem blob store on real files in a temporary folder, checked against coreutils' md5sum, sha1sum and
// sha256sum. No mocks: worker crashes are real terminated threads, a full disk is a small tmpfs (root only).
import { execFileSync, spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Digests } from '@tamga/core';
import { DigestPool } from './digest-pool';
import { fsBlobStore, type FsBlobStore } from './fs-blob-store';

const MiB = 1024 * 1024;
const SAMPLES = resolve(import.meta.dirname, '../../../../../shared/samples');
const REPO = resolve(import.meta.dirname, '../../../..');

let work: string;
let counter = 0;
const stores: FsBlobStore[] = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tamga-blobs-'));
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function freshStore(options: Parameters<typeof fsBlobStore>[1] = {}): { store: FsBlobStore; root: string } {
  const root = join(work, `store-${++counter}`);
  const store = fsBlobStore(root, options);
  stores.push(store);
  return { store, root };
}

/** A file of `size` bytes: random, or a fast deterministic pattern (a random block stamped with its index). */
function makeFile(size: number, kind: 'random' | 'pattern' = 'random'): string {
  const path = join(work, `input-${++counter}.bin`);
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(Math.min(size, 4 * MiB));
  randomFillSync(block);
  for (let written = 0, index = 0; written < size; index++) {
    if (kind === 'random') randomFillSync(block);
    else block.writeUInt32LE(index, 0);
    const n = Math.min(block.length, size - written);
    writeSync(fd, block, 0, n);
    written += n;
  }
  closeSync(fd);
  return path;
}

/** The digests of coreutils for one file. */
function reference(path: string): Digests {
  const sum = (tool: string) => execFileSync(tool, ['-b', path], { encoding: 'utf8' }).split(' ')[0]!;
  return { size: statSync(path).size, md5: sum('md5sum'), sha1: sum('sha1sum'), sha256: sum('sha256sum') };
}

async function collect(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of source) parts.push(Buffer.from(part));
  return Buffer.concat(parts);
}

async function listAll(store: FsBlobStore): Promise<string[]> {
  const all: string[] = [];
  for await (const sha256 of store.list()) all.push(sha256);
  return all;
}

function tmpEntries(root: string): string[] {
  const tmp = join(root, 'tmp');
  return existsSync(tmp) ? readdirSync(tmp) : [];
}

/** Yields the bytes of a file in pieces of varying, odd sizes. */
async function* oddPieces(path: string): AsyncGenerator<Uint8Array> {
  const bytes = readFileSync(path);
  const sizes = [1, 7, 65_537, 3 * MiB + 5, 100, 5 * MiB];
  for (let offset = 0, i = 0; offset < bytes.length; i++) {
    const n = sizes[i % sizes.length]!;
    yield bytes.subarray(offset, offset + n);
    offset += n;
  }
}

describe('fsBlobStore digests', () => {
  const samples = existsSync(SAMPLES) ? it : it.skip;
  samples(
    `equal md5sum, sha1sum and sha256sum for every file under shared/samples${existsSync(SAMPLES) ? '' : ` (skipped: ${SAMPLES} is absent)`}`,
    async () => {
      const { store } = freshStore();
      const files = (readdirSync(SAMPLES, { recursive: true }) as string[])
        .map((name) => join(SAMPLES, name))
        .filter((path) => statSync(path).isFile());
      expect(files.length).toBeGreaterThan(0);
      const distinct = new Set<string>();
      for (const path of files) {
        const expected = reference(path);
        distinct.add(expected.sha256);
        expect({ file: relative(SAMPLES, path), ...(await store.putFile(path)) }).toEqual({ file: relative(SAMPLES, path), ...expected });
      }
      expect((await listAll(store)).sort()).toEqual([...distinct].sort());
    },
  );

  it.each([
    ['an empty file', 0],
    ['a file of exactly one chunk (4 MiB)', 4 * MiB],
    ['a file of one chunk and one byte (4 MiB + 1)', 4 * MiB + 1],
    ['a random file of about 50 MB', 50 * 1000 * 1000 + 3],
  ])('equal coreutils for %s', async (_name, size) => {
    const { store, root } = freshStore();
    const path = makeFile(size);
    const digests = await store.putFile(path);
    expect(digests).toEqual(reference(path));
    const stored = join(root, digests.sha256.slice(0, 2), digests.sha256.slice(2, 4), digests.sha256);
    expect(readFileSync(stored).equals(readFileSync(path))).toBe(true);
    expect(await store.size(digests.sha256)).toBe(size);
    expect(tmpEntries(root)).toEqual([]);
  });

  it('are the same for putStream as for putFile, whatever the pieces', async () => {
    const { store } = freshStore();
    const path = makeFile(13 * MiB + 11);
    const fromStream = await store.putStream(oddPieces(path));
    expect(fromStream).toEqual(reference(path));
    expect(await store.putFile(path)).toEqual(fromStream);
    expect(await store.putStream(oddPieces(makeFile(0)))).toEqual(reference(makeFile(0)));
  });

  it.each([true, false])('are right and the blob identical with direct I/O %s, for chunks with an odd tail', async (directIo) => {
    const { store, root } = freshStore({ directIo });
    for (const size of [4 * MiB + 1, 8 * MiB, 12 * MiB + 4095]) {
      const path = makeFile(size);
      const digests = await store.putFile(path);
      expect(digests).toEqual(reference(path));
      const stored = join(root, digests.sha256.slice(0, 2), digests.sha256.slice(2, 4), digests.sha256);
      expect(readFileSync(stored).equals(readFileSync(path))).toBe(true);
      expect(statSync(stored).mode & 0o777).toBe(0o444);
    }
    expect(tmpEntries(root)).toEqual([]);
  });

  it('are right when the pool moves its chunks to a boundary, which it does only before its first job', async () => {
    const pool = new DigestPool({ chunkSize: 64 * 1024, chunks: 3 });
    try {
      expect(pool.alignChunks((block) => block.byteOffset === 496)).toBe(true);
      const store = fsBlobStore(join(work, `store-${++counter}`), { pool, directIo: false });
      stores.push(store);
      const path = makeFile(200 * 1024 + 17);
      expect(await store.putFile(path)).toEqual(reference(path));
      expect(pool.alignChunks(() => true)).toBe(true); // decided once
      const late = new DigestPool({ chunkSize: 64 * 1024, chunks: 2 });
      const lateStore = fsBlobStore(join(work, `store-${++counter}`), { pool: late, directIo: false });
      stores.push(lateStore);
      await lateStore.putFile(path);
      expect(late.alignChunks(() => true)).toBe(false);
      await late.close();
      const never = new DigestPool({ chunkSize: 64 * 1024, chunks: 2 });
      expect(never.alignChunks(() => false)).toBe(false);
      await never.close();
    } finally {
      await pool.close();
    }
  });

  it('report progress in bytes read', async () => {
    const { store } = freshStore();
    const path = makeFile(9 * MiB);
    const seen: number[] = [];
    await store.putFile(path, ({ bytes }) => seen.push(bytes));
    expect(seen).toEqual([4 * MiB, 8 * MiB, 9 * MiB]);
  });
});

describe('fsBlobStore storage', () => {
  it('stores content once in sharded folders, read-only', async () => {
    const { store, root } = freshStore();
    for (const size of [1000, 9 * MiB]) {
      const path = makeFile(size);
      const first = await store.putFile(path);
      const stored = join(root, first.sha256.slice(0, 2), first.sha256.slice(2, 4), first.sha256);
      const before = statSync(stored);
      expect(before.mode & 0o777).toBe(0o444);

      const copy = join(work, `copy-${++counter}`);
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
    expect(await fsBlobStore(join(work, 'never-used')).sweep()).toBe(0);
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

describe('fsBlobStore failures', () => {
  it('rejects a read error and leaves no temporary file', async () => {
    const { store, root } = freshStore();
    const folder = join(work, `folder-${++counter}`);
    mkdirSync(folder);
    await expect(store.putFile(folder)).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(store.putFile(join(work, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });

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
    const mountPoint = join(work, `tmpfs-${++counter}`);
    mkdirSync(mountPoint);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tamga-test', mountPoint], { stdio: 'ignore' });
    if (mounted.status !== 0) ctx.skip('needs root to mount a small tmpfs');
    try {
      const store = fsBlobStore(join(mountPoint, 'blobs'));
      stores.push(store);
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

describe('fsBlobStore resources', () => {
  it('keeps memory bounded on a large file', async () => {
    const size = Number(process.env.TAMGA_TEST_BIG_MIB ?? 256) * MiB;
    const path = makeFile(size, 'pattern');
    const { store } = freshStore();
    await store.putFile(makeFile(10 * MiB)); // workers started, pool allocated
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const digests = await store.putFile(path);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(digests.sha256).toBe(reference(path).sha256);
    expect(peak - baseline).toBeLessThan(256 * 1024 * 1024);
  }, 60_000);

  it('loads its worker under plain Node with the tsx loader, and its idle workers do not keep the process alive', () => {
    const path = makeFile(9 * MiB + 1);
    const root = join(work, `store-${++counter}`);
    const url = new URL('./fs-blob-store.ts', import.meta.url).href;
    // As packages/cli/bin/tamga.js does: register tsx's loader, import the TypeScript, never call close().
    const script = [
      "import { register } from 'tsx/esm/api';",
      'register();',
      `const { fsBlobStore } = await import(${JSON.stringify(url)});`,
      `const store = fsBlobStore(${JSON.stringify(root)});`,
      `console.log(JSON.stringify(await store.putFile(${JSON.stringify(path)})));`,
    ].join('\n');
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8', timeout: 20_000 });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual(reference(path));
  });
});
