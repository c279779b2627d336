// File operations of the filesystem blob store: background-flushing writes, ranged reads, folder syncs, temporary
// files, and the digests of small content hashed in place.
import { hash, randomBytes } from 'node:crypto';
import { closeSync, constants, createReadStream, fstatSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Digests } from '@tamga/core';
import type { DigestPool } from './digest-pool';
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';

const READ_HIGH_WATER_MARK = 4 * 1024 * 1024;
export const READ_ONLY = 0o444;
/** File operations of a batch in flight at once (each holds a descriptor). */
export const PARALLEL = 32;

/** A temporary file being written, in root/tmp. */
export interface Temp {
  name: string;
  path: string;
  handle: FileHandle;
  /** Waits for background work on the handle (a flush), which must end before the handle is closed. */
  idle?: () => Promise<void>;
}

/** Makes a finished temporary file a blob, or keeps it for a batch. */
export type Place = (temp: Temp, digests: Digests) => Promise<void>;
const FLUSH_EVERY = 8 * 1024 * 1024;

/**
 * Writes at given positions and keeps the kernel writing back while the intake goes on: whenever no flush is running
 * and FLUSH_EVERY bytes were written since the last one started, it starts fdatasync in the background. Without it
 * a large blob's dirty pages pile up in the page cache and the final fsync waits for all of them at once (measured:
 * 1 GiB copy 1.5–2.5 s without, 0.9–1.3 s with). idle() waits for the flush in progress and throws its error.
 */
export function flushingWriter(handle: FileHandle): {
  write: (bytes: Buffer, length: number, position: number) => Promise<void>;
  idle: () => Promise<void>;
} {
  let written = 0;
  let flushedFrom = 0;
  let flushing: Promise<void> | undefined;
  let failure: { error: unknown } | undefined;
  return {
    async write(bytes, length, position) {
      if (failure) throw failure.error;
      await writeAll(handle, bytes, length, position);
      written = Math.max(written, position + length);
      if (!flushing && written - flushedFrom >= FLUSH_EVERY) {
        flushedFrom = written;
        flushing = handle.datasync().then(
          () => {
            flushing = undefined;
          },
          (error: unknown) => {
            flushing = undefined;
            failure ??= { error };
          },
        );
      }
    },
    async idle() {
      await flushing;
      if (failure) throw failure.error;
    },
  };
}

/**
 * Writes whole blocks at block boundaries through a second handle opened with O_DIRECT, and anything else (the
 * tail of the last chunk) through the ordinary handle. Direct writes go from the chunk to the disk without a copy
 * into the page cache and without write-back work later, CPU time the hashes need on a machine with few cores;
 * the final fsync of the ordinary handle still makes the whole file durable. Should the kernel refuse a direct
 * write (EINVAL: a filesystem that accepted the flag but not the buffer), the rest is written the ordinary way.
 * idle() closes the direct handle.
 */
export function directWriter(
  direct: FileHandle,
  buffered: FileHandle,
  block: number,
): { write: (bytes: Buffer, length: number, position: number) => Promise<void>; idle: () => Promise<void> } {
  let usable = true;
  let closed: Promise<void> | undefined;
  return {
    async write(bytes, length, position) {
      const whole = usable && position % block === 0 ? length - (length % block) : 0;
      if (whole > 0) {
        try {
          await writeAll(direct, bytes, whole, position);
        } catch (error) {
          if (!isCode(error, 'EINVAL')) throw error;
          usable = false;
          await writeAll(buffered, bytes, length, position);
          return;
        }
      }
      if (whole < length) await writeAll(buffered, bytes.subarray(whole), length - whole, position + whole);
    },
    idle() {
      closed ??= direct.close();
      return closed;
    },
  };
}

export async function writeAll(handle: FileHandle, buffer: Buffer, length: number, position: number): Promise<void> {
  let written = 0;
  while (written < length) {
    const { bytesWritten } = await handle.write(buffer, written, length - written, position + written);
    written += bytesWritten;
  }
}

/** Content up to this size is read with one synchronous call: a stream costs a millisecond in event-loop turns. */
const READ_AT_ONCE = 256 * 1024;

export async function* readBlob(path: string, range?: { start: number; end: number }): AsyncGenerator<Uint8Array> {
  if (range) {
    const { start, end } = range;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
      throw new RangeError(`invalid range [${start}, ${end})`);
    }
    if (start === end) {
      await stat(path); // still fails for a missing blob
      return;
    }
  }
  const small = readSmall(path, range);
  if (small) {
    if (small.length > 0) yield small;
    return;
  }
  const stream = createReadStream(path, {
    highWaterMark: READ_HIGH_WATER_MARK,
    ...(range ? { start: range.start, end: range.end - 1 } : {}),
  });
  for await (const chunk of stream) yield chunk as Buffer;
}

/** The bytes of a blob (or of its range) when they are at most READ_AT_ONCE, read at once; otherwise undefined. */
function readSmall(path: string, range?: { start: number; end: number }): Buffer | undefined {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const start = Math.min(range?.start ?? 0, size);
    const end = Math.min(range?.end ?? size, size);
    if (end - start > READ_AT_ONCE) return undefined;
    const bytes = Buffer.allocUnsafe(end - start);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, start + filled);
      if (n === 0) break;
      filled += n;
    }
    return bytes.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

export async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

export async function exists(path: string): Promise<boolean> {
  return (await sizeOf(path)) !== undefined;
}

export async function folderNames(path: string): Promise<string[]> {
  try {
    return (await readdir(path)).sort();
  } catch (error) {
    if (isCode(error, 'ENOENT')) return [];
    throw error;
  }
}

/** Opens a folder, or a file closed since it was written, read-only and fsyncs it. */
export async function syncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

/**
 * Whether the filesystem of `folder` takes direct writes from the pool's chunks, aligning them if it can: the
 * probe is one block written to a file of its own there (tmpfs, for one, refuses O_DIRECT when opening).
 */
export function alignForDirectIo(pool: DigestPool, folder: string): boolean {
  if (constants.O_DIRECT === undefined) return false;
  const probe = join(folder, `${process.pid}-${randomBytes(8).toString('hex')}.direct.tmp`);
  let fd: number;
  try {
    fd = openSync(probe, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_DIRECT, 0o600);
  } catch {
    try {
      unlinkSync(probe);
    } catch {
      // never created
    }
    return false;
  }
  try {
    return pool.alignChunks((block) => {
      try {
        writeSync(fd, block, 0, block.length, 0);
        return true;
      } catch (error) {
        if (isCode(error, 'EINVAL')) return false;
        throw error;
      }
    });
  } catch {
    return false;
  } finally {
    closeSync(fd);
    unlinkSync(probe);
  }
}

/**
 * This process's part of its temporary files' names: random once, so a stale file left by an earlier process
 * with the same pid is never reused. Random bytes per file cost 30 µs each (a mailbox's 10,000 attachments: 0.3 s
 * of the thread that parses).
 */
const RUN = randomBytes(6).toString('hex');
let made = 0;

/**
 * Temporary files of puts in progress in this process, by name, whichever store makes them: a store's sweep leaves
 * them alone, while this process's other temporary files are leftovers of puts that failed (see writerAlive).
 */
export const putsInProgress = new Set<string>();

/** A temporary file's name: the writer's pid first (see writerAlive), unique within this process by a counter. */
export function tempName(): string {
  return `${process.pid}-${RUN}-${(made++).toString(36)}.tmp`;
}

/**
 * MD5, SHA-1 and SHA-256 of bytes in memory, on the calling thread (for small content). One-shot `hash` makes no
 * Hash object: a mailbox's ten thousand attachments made thirty thousand.
 */
export function hashHere(bytes: Buffer): Digests {
  return {
    size: bytes.length,
    md5: hash('md5', bytes, 'hex'),
    sha1: hash('sha1', bytes, 'hex'),
    sha256: hash('sha256', bytes, 'hex'),
  };
}

/** Runs fn over items with at most `limit` calls in flight; rejects with the first error once all have settled. */
export async function eachLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        await fn(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure) throw failure.error;
}
