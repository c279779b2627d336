// Where the bytes of one intake come from, and the loop that runs them through the digest workers and a writer.
import type { FileHandle } from 'node:fs/promises';
import type { BlobProgress } from '@tamga/core';
import type { Chunk, DigestJob, DigestPool } from './digest-pool';

/** Where the bytes of one intake come from: fill() puts up to buffer.length bytes at its start, 0 at the end. */
export interface ChunkSource {
  fill(buffer: Buffer): Promise<number>;
  close(): Promise<void>;
}

/**
 * Runs the chunks of a source through a digest job and, when `write` is given, a writer: while the workers hash
 * chunk k and the writer writes it, the next chunk is read. A chunk returns to the pool when both are done with it.
 * Returns the number of bytes; on the first error stops reading, waits for what is in flight and throws it.
 */
export async function pump(
  pool: DigestPool,
  job: DigestJob,
  source: ChunkSource,
  first: Chunk | undefined,
  firstLength: number,
  write: ((bytes: Buffer, length: number, position: number) => Promise<void>) | undefined,
  onProgress: ((progress: BlobProgress) => void) | undefined,
): Promise<number> {
  const inflight = new Set<Promise<void>>();
  let failed = false;
  let failure: unknown;
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    failure = error;
  };
  let writing: Promise<void> = Promise.resolve();
  let size = 0;

  const dispatch = (chunk: Chunk, length: number) => {
    const position = size;
    size += length;
    const hashed = job.update(chunk, length);
    const written = write ? (writing = writing.then(() => write(chunk.buffer, length, position))) : undefined;
    // allSettled, not all: the chunk must not be reused while the writer may still read it.
    const done: Promise<void> = Promise.allSettled([hashed, written]).then((results) => {
      for (const result of results) if (result.status === 'rejected') fail(result.reason);
      pool.release(chunk);
      inflight.delete(done);
    });
    inflight.add(done);
  };

  let more = true;
  if (first) {
    dispatch(first, firstLength);
    more = firstLength === pool.chunkSize;
  }
  while (more && !failed) {
    let chunk: Chunk;
    try {
      chunk = await pool.acquire();
    } catch (error) {
      fail(error);
      break;
    }
    let length: number;
    try {
      if (failed) throw failure;
      length = await source.fill(chunk.buffer);
      if (length > 0) onProgress?.({ bytes: size + length });
    } catch (error) {
      pool.release(chunk);
      fail(error);
      break;
    }
    if (length === 0) {
      pool.release(chunk);
      break;
    }
    dispatch(chunk, length);
    more = length === pool.chunkSize;
  }
  while (inflight.size > 0) await Promise.all([...inflight]);
  if (failed) throw failure;
  return size;
}

/**
 * A file read in order. With `openDirect`, a file longer than its first chunk is read on from a second handle
 * opened with O_DIRECT, block-aligned reads straight into the (aligned) chunk: the page cache's copy of a cold
 * file costs as much CPU as a hash on some machines. Reads that are not whole blocks at a block boundary (the
 * end of the file), and all reads after the kernel refuses one (EINVAL), use the ordinary handle.
 */
export function fileSource(handle: FileHandle, openDirect?: () => Promise<FileHandle>, block = 4096): ChunkSource {
  let position = 0;
  let direct: FileHandle | undefined;
  let tried = !openDirect;
  const read = async (buffer: Buffer, offset: number, length: number): Promise<number> => {
    if (direct && position % block === 0 && length % block === 0) {
      try {
        return (await direct.read(buffer, offset, length, position)).bytesRead;
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'EINVAL') throw error;
        await direct.close().catch(() => undefined);
        direct = undefined;
      }
    }
    return (await handle.read(buffer, offset, length, position)).bytesRead;
  };
  return {
    async fill(buffer) {
      if (!tried && position > 0) {
        tried = true;
        direct = await openDirect!().catch(() => undefined);
      }
      let filled = 0;
      while (filled < buffer.length) {
        const bytesRead = await read(buffer, filled, buffer.length - filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
        position += bytesRead;
      }
      return filled;
    },
    async close() {
      await direct?.close();
      await handle.close();
    },
  };
}

export function streamSource(source: AsyncIterable<Uint8Array>): ChunkSource {
  const iterator = source[Symbol.asyncIterator]();
  let pending: Uint8Array | undefined;
  let offset = 0;
  let done = false;
  return {
    async fill(buffer) {
      let filled = 0;
      while (filled < buffer.length) {
        if (!pending || offset === pending.length) {
          if (done) break;
          const next = await iterator.next();
          if (next.done) {
            done = true;
            break;
          }
          if (!ArrayBuffer.isView(next.value)) throw new TypeError('putStream: the source must yield Uint8Array chunks');
          pending = next.value;
          offset = 0;
          continue;
        }
        const n = Math.min(buffer.length - filled, pending.length - offset);
        buffer.set(pending.subarray(offset, offset + n), filled);
        offset += n;
        filled += n;
      }
      return filled;
    },
    async close() {
      if (!done) {
        done = true;
        await iterator.return?.();
      }
    },
  };
}
