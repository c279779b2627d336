// The seized material crash-safety.test.ts ingests: a folder of files in nested folders, of every size from empty
// to megabytes, and a single file beside it, all of fresh random bytes so that every blob is new.
import { createHash, randomFillSync, randomInt } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { localFiles } from '@tamga/storage';

export const MiB = 1024 * 1024;
export const FILES_PER_ROUND = 60;

export interface SourceFile {
  relativePath: string;
  sha256: string;
  size: number;
}

/** Writes `size` random bytes and returns their SHA-256. */
export function writeRandomFile(path: string, size: number): string {
  mkdirSync(dirname(path), { recursive: true });
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(Math.min(Math.max(size, 1), 4 * MiB));
  try {
    for (let written = 0; written < size;) {
      const n = Math.min(block.length, size - written);
      randomFillSync(block, 0, n);
      writeSync(fd, block, 0, n);
      hash.update(block.subarray(0, n));
      written += n;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

export function writeTextFile(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  writeSync(fd, text);
  closeSync(fd);
  return createHash('sha256').update(text).digest('hex');
}

const FOLDERS = ['', 'mail/', 'mail/2026/', 'phone/DCIM/', 'phone/chats/ватсап/'];

/**
 * A seized folder of FILES_PER_ROUND files in nested folders: most a few bytes (one empty, two with the same
 * content), some 100–500 KB, two of 8–12 MB, so that a kill can land in the middle of one; and a single file of
 * 10–14 MB beside it.
 */
export async function makeSource(
  root: string,
  n: number,
): Promise<{ folder: string; file: string; files: SourceFile[]; fileSha256: string }> {
  const folder = join(root, 'seized');
  const byPath = new Map<string, { sha256: string; size: number }>();
  for (let i = 0; i < FILES_PER_ROUND; i++) {
    const relativePath = `${FOLDERS[i % FOLDERS.length]}${i % 7 === 0 ? `note ${i}.txt` : `f${i}.bin`}`;
    const path = join(folder, relativePath);
    let size: number;
    let sha256: string;
    if (i === 17 || i === 42) {
      size = randomInt(8 * MiB, 12 * MiB);
      sha256 = writeRandomFile(path, size);
    } else if (i % 3 === 0) {
      size = randomInt(100_000, 500_000);
      sha256 = writeRandomFile(path, size);
    } else if (i === 1) {
      size = 0;
      sha256 = writeTextFile(path, '');
    } else if (i === 5 || i === 8) {
      const text = `the same content in two files, round ${n}\n`;
      size = Buffer.byteLength(text);
      sha256 = writeTextFile(path, text);
    } else {
      size = randomInt(1, 64);
      sha256 = writeRandomFile(path, size);
    }
    byPath.set(relativePath, { sha256, size });
  }
  const files: SourceFile[] = [];
  for await (const entry of localFiles.walk(folder)) {
    const known = byPath.get(entry.relativePath);
    if (!known) throw new Error(`walk found ${entry.relativePath}, which the test did not write`);
    files.push({ relativePath: entry.relativePath, ...known });
  }
  if (files.length !== FILES_PER_ROUND) throw new Error(`walk found ${files.length} files of ${FILES_PER_ROUND}`);
  const file = join(root, 'disk.img');
  const fileSha256 = writeRandomFile(file, randomInt(10 * MiB, 14 * MiB));
  return { folder, file, files, fileSha256 };
}
