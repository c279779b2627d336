// What the fsBlobStore test files share: a temporary folder per file with stores closed after each test, input files,
// and coreutils' digests to check against.
import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Digests } from '@tamga/core';
import { fsBlobStore, type FsBlobStore } from './fs-blob-store';

export const MiB = 1024 * 1024;

export interface BlobFolder {
  /** A path in the temporary folder that nothing has used yet. */
  freshPath(prefix: string): string;
  /** A store in a folder of its own, closed after the test. */
  freshStore(options?: Parameters<typeof fsBlobStore>[1]): { store: FsBlobStore; root: string };
  /** Closes `store` after the test, as freshStore's stores are. */
  closeAfterTest(store: FsBlobStore): FsBlobStore;
  /** A file of `size` bytes: random, or a fast deterministic pattern (a random block stamped with its index). */
  makeFile(size: number, kind?: 'random' | 'pattern'): string;
}

/** Registers the test file's hooks: the temporary folder is made before its tests and removed after them. */
export function useBlobFolder(): BlobFolder {
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

  const freshPath = (prefix: string) => join(work, `${prefix}-${++counter}`);
  const closeAfterTest = (store: FsBlobStore) => {
    stores.push(store);
    return store;
  };
  return {
    freshPath,
    closeAfterTest,
    freshStore(options = {}) {
      const root = freshPath('store');
      return { store: closeAfterTest(fsBlobStore(root, options)), root };
    },
    makeFile(size, kind = 'random') {
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
    },
  };
}

/** The digests of coreutils for one file. */
export function reference(path: string): Digests {
  const sum = (tool: string) => execFileSync(tool, ['-b', path], { encoding: 'utf8' }).split(' ')[0]!;
  return { size: statSync(path).size, md5: sum('md5sum'), sha1: sum('sha1sum'), sha256: sum('sha256sum') };
}

export async function collect(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of source) parts.push(Buffer.from(part));
  return Buffer.concat(parts);
}

export async function listAll(store: FsBlobStore): Promise<string[]> {
  const all: string[] = [];
  for await (const sha256 of store.list()) all.push(sha256);
  return all;
}

export function tmpEntries(root: string): string[] {
  const tmp = join(root, 'tmp');
  return existsSync(tmp) ? readdirSync(tmp) : [];
}

/** Yields the bytes of a file in pieces of varying, odd sizes. */
export async function* oddPieces(path: string): AsyncGenerator<Uint8Array> {
  const bytes = readFileSync(path);
  const sizes = [1, 7, 65_537, 3 * MiB + 5, 100, 5 * MiB];
  for (let offset = 0, i = 0; offset < bytes.length; i++) {
    const n = sizes[i % sizes.length]!;
    yield bytes.subarray(offset, offset + n);
    offset += n;
  }
}
