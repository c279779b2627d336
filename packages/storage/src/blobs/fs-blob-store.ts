// The BlobStore port on a local filesystem: content-addressed by SHA-256 in sharded folders (root/ab/cd/<sha256>),
// written through a temporary file in root/tmp (same filesystem), fsynced, renamed into place and read-only.
// Every byte of an incoming file is read once, in chunks of the DigestPool; MD5, SHA-1 and SHA-256 are computed
// on worker threads while the same chunk is written to the temporary file (with direct I/O where the filesystem
// allows it: see directWriter).
import { constants } from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BlobBatch, BlobProgress, BlobStore, Digests } from '@tamga/core';
import {
  alignForDirectIo,
  directWriter,
  exists,
  flushingWriter,
  folderNames,
  hashHere,
  isCode,
  readBlob,
  READ_ONLY,
  sizeOf,
  syncPath,
  putsInProgress,
  tempName,
  writeAll,
  type Place,
  type Temp,
} from './blob-files';
import { fileSource, pump, streamSource, type ChunkSource } from './chunk-source';
import { DigestPool, IO_ALIGNMENT, type DigestJob, type DigestLayout } from './digest-pool';
import { smallFileWriter, type SmallFileWriter } from './small-file-writer';
import { blobBatch } from './blob-batch';

export interface FsBlobStoreOptions {
  /** Bytes per chunk of the digest pool; default 4 MiB. Ignored when `pool` is given. */
  chunkSize?: number;
  /** Chunks in the digest pool (its whole memory is chunks × chunkSize); default 6. Ignored when `pool` is given. */
  chunks?: number;
  /** Where the three hashes run; default 'two-workers'. Ignored when `pool` is given. */
  layout?: DigestLayout;
  /** A digest pool shared with other stores. The store's close() leaves it running: its owner closes it. */
  pool?: DigestPool;
  /**
   * Write blobs of more than one chunk with direct I/O where the filesystem allows it (default true): measured
   * faster on two cores, where the page cache's copy and write-back take CPU time from the hashes.
   */
  directIo?: boolean;
}

export interface FsBlobStore extends BlobStore {
  /** Terminates the digest workers (they never keep the process alive); puts and rehashes fail afterwards. */
  close(): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;
const SHARD = /^[0-9a-f]{2}$/;

/** Content up to this size is hashed on the calling thread: cheaper than a round trip to the digest workers. */
const HASH_HERE = 256 * 1024;

/**
 * Whether the process that named this temporary file (pid first) is still running, so the file may be in use. This
 * process's own files in use are in putsInProgress; any other of its pid is a leftover (or an earlier process's).
 */
function writerAlive(name: string): boolean {
  const pid = Number(name.split('-')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isCode(error, 'EPERM');
  }
}

export function fsBlobStore(root: string, options: FsBlobStoreOptions = {}): FsBlobStore {
  const ownsPool = !options.pool;
  let pool: DigestPool | undefined = options.pool;
  let smallFiles: SmallFileWriter | undefined;
  const tmp = join(root, 'tmp');
  /** Shard folders made (or found) by this store: each resolves once the folder exists durably. */
  const shards = new Map<string, Promise<void>>();
  let ready: Promise<void> | undefined;
  let closed = false;

  /** Whether large blobs are written with O_DIRECT: decided before the pool's first job. */
  let direct: boolean | undefined;

  /** Called after prepare(): the direct I/O probe writes in the temporary folder. */
  const digestPool = (): DigestPool => {
    if (closed) throw new Error('blob store is closed');
    pool ??= new DigestPool({ chunkSize: options.chunkSize, chunks: options.chunks, layout: options.layout });
    direct ??= options.directIo !== false && alignForDirectIo(pool, tmp);
    return pool;
  };

  const prepare = (): Promise<void> => {
    ready ??= mkdir(tmp, { recursive: true }).then(
      () => undefined,
      (error: unknown) => {
        ready = undefined;
        throw error;
      },
    );
    return ready;
  };

  const blobPath = (sha256: string): string => {
    if (typeof sha256 !== 'string' || !SHA256.test(sha256)) throw new TypeError(`not a lower-case hex SHA-256: ${String(sha256)}`);
    return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };

  /**
   * Creates the shard folder of a blob if needed and fsyncs the folders that gained an entry. Concurrent puts into
   * the same new folder share one promise, so none of them renames into it before it is durable.
   */
  const ensureShard = (folder: string): Promise<void> => {
    let made = shards.get(folder);
    if (!made) {
      made = (async () => {
        const created = await mkdir(folder, { recursive: true });
        if (created === undefined) return;
        // `created` is the first folder made: root/ab/cd, or root/ab (and root gained an entry too).
        await Promise.all([syncPath(dirname(folder)), created !== folder ? syncPath(root) : undefined]);
      })();
      made.catch(() => shards.delete(folder));
      shards.set(folder, made);
    }
    return made;
  };

  /**
   * Makes a complete, read-only temporary file durable and moves it into place: the file's fsync and the shard
   * folder's creation run together (ext4 commits them in one journal transaction), then the rename, then the
   * folder's fsync. Closes the handle.
   */
  const commit: Place = async (temp, digests) => {
    const target = blobPath(digests.sha256);
    const folder = dirname(target);
    await Promise.all([temp.handle.sync(), ensureShard(folder)]);
    await temp.handle.close();
    await rename(temp.path, target);
    await syncPath(folder);
    putsInProgress.delete(temp.name);
  };

  /** A file to take in; read with direct I/O past its first chunk once the pool's chunks are aligned for it. */
  const sourceOf = async (path: string): Promise<ChunkSource> =>
    fileSource(await open(path, 'r'), () =>
      direct ? open(path, constants.O_RDONLY | constants.O_DIRECT) : Promise.reject(new Error('no direct I/O')),
    );

  const newTemp = async (): Promise<Temp> => {
    await prepare();
    const name = tempName();
    const path = join(tmp, name);
    // Before it exists: another store's sweep in this process could otherwise remove it in between.
    putsInProgress.add(name);
    try {
      return { name, path, handle: await open(path, 'wx', 0o600) };
    } catch (error) {
      putsInProgress.delete(name);
      throw error;
    }
  };

  const dropTemp = async (temp: Temp): Promise<void> => {
    await temp.idle?.().catch(() => undefined);
    await temp.handle.close().catch(() => undefined);
    await unlink(temp.path).catch(() => undefined);
    putsInProgress.delete(temp.name);
  };

  /** Writes a small blob whose digests are already known (the whole content is in one chunk). */
  const storeWhole = async (bytes: Buffer, digests: Digests, place: Place): Promise<void> => {
    const temp = await newTemp();
    try {
      await writeAll(temp.handle, bytes, bytes.length, 0);
      await temp.handle.chmod(READ_ONLY);
      await place(temp, digests);
    } catch (error) {
      await dropTemp(temp);
      throw error;
    }
  };

  /** The intake of putFile and putStream; `place` makes the finished temporary file a blob (or defers it). */
  const put = async (source: ChunkSource, onProgress?: (progress: BlobProgress) => void, place: Place = commit): Promise<Digests> => {
    let job: DigestJob | undefined;
    let temp: Temp | undefined;
    try {
      await prepare();
      const pool = digestPool();
      const first = await pool.acquire();
      let length: number;
      try {
        length = await source.fill(first.buffer);
        onProgress?.({ bytes: length });
      } catch (error) {
        pool.release(first);
        throw error;
      }

      if (length < pool.chunkSize) {
        // The whole content is in one chunk: hash it first, and write it only when it is new.
        let digests: Digests;
        try {
          const bytes = first.buffer.subarray(0, length);
          if (length <= HASH_HERE) {
            digests = hashHere(bytes);
          } else {
            job = pool.begin();
            await job.update(first, length);
            digests = toDigests(await job.finish(), length);
          }
          if (!(await exists(blobPath(digests.sha256)))) await storeWhole(bytes, digests, place);
        } finally {
          pool.release(first);
        }
        return digests;
      }

      try {
        temp = await newTemp();
      } catch (error) {
        pool.release(first);
        throw error;
      }
      const handle = temp.handle;
      const writer = direct
        ? directWriter(await open(temp.path, constants.O_WRONLY | constants.O_DIRECT), handle, IO_ALIGNMENT)
        : flushingWriter(handle);
      temp.idle = writer.idle;
      job = pool.begin();
      const size = await pump(pool, job, source, first, length, writer.write, onProgress);
      const digests = toDigests(await job.finish(), size);
      await writer.idle();
      if (await exists(blobPath(digests.sha256))) {
        await dropTemp(temp); // the same content arrived before: nothing new is written
      } else {
        await handle.chmod(READ_ONLY);
        await place(temp, digests);
      }
      return digests;
    } catch (error) {
      job?.abort();
      if (temp) await dropTemp(temp);
      throw error;
    } finally {
      await source.close().catch(() => undefined);
    }
  };

  const batch = (): BlobBatch =>
    blobBatch({
      tmp,
      prepare,
      blobPath,
      smallFiles: () => (smallFiles ??= smallFileWriter()),
      putFile: async (path, onProgress, keep) => put(await sourceOf(path), onProgress, keep),
      putStream: (source, keep) => put(streamSource(source), undefined, keep),
    });

  return {
    batch,

    async putFile(path, onProgress) {
      return put(await sourceOf(path), onProgress);
    },

    putStream(source, onProgress) {
      return put(streamSource(source), onProgress);
    },

    async has(sha256) {
      return (await sizeOf(blobPath(sha256))) !== undefined;
    },

    async size(sha256) {
      return sizeOf(blobPath(sha256));
    },

    async localPath(sha256) {
      const path = blobPath(sha256);
      if ((await sizeOf(path)) === undefined) throw new Error(`blob ${sha256} is not in the store`);
      return path;
    },

    async *read(sha256, range) {
      yield* readBlob(blobPath(sha256), range);
    },

    async rehash(sha256) {
      const source = fileSource(await open(blobPath(sha256), 'r'));
      let job: DigestJob | undefined;
      try {
        await prepare();
        const pool = digestPool();
        job = pool.begin();
        const size = await pump(pool, job, source, undefined, 0, undefined, undefined);
        return toDigests(await job.finish(), size);
      } catch (error) {
        job?.abort();
        throw error;
      } finally {
        await source.close().catch(() => undefined);
      }
    },

    async *list() {
      for (const a of await folderNames(root)) {
        if (!SHARD.test(a)) continue;
        for (const b of await folderNames(join(root, a))) {
          if (!SHARD.test(b)) continue;
          for (const name of await folderNames(join(root, a, b))) {
            if (SHA256.test(name) && name.startsWith(a + b)) yield name;
          }
        }
      }
    },

    async sweep() {
      let count = 0;
      for (const name of await folderNames(tmp)) {
        // Another process on the same data folder may be writing this one right now: leave it to that process.
        if (putsInProgress.has(name) || writerAlive(name)) continue;
        try {
          await unlink(join(tmp, name));
          count++;
        } catch (error) {
          if (!isCode(error, 'ENOENT')) throw error;
        }
      }
      return count;
    },

    async close() {
      closed = true;
      await smallFiles?.close();
      if (ownsPool) await pool?.close();
    },
  };
}

function toDigests(hex: { md5: string; sha1: string; sha256: string }, size: number): Digests {
  return { size, md5: hex.md5, sha1: hex.sha1, sha256: hex.sha256 };
}
