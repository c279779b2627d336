// A batch of blobs made durable together (BlobStore.batch): each is written to its own temporary file without a
// sync; commit() syncs them all at once (ext4 gathers concurrent syncs into few journal commits), renames them into
// place and syncs their folders. A mailbox's ten thousand attachments then cost a few hundred syncs, not 40,000.
import { rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BlobBatch, BlobProgress, Digests } from '@tamga/core';
import { eachLimit, hashHere, PARALLEL, READ_ONLY, syncPath, tempName, type Place, type Temp } from './blob-files';
import type { SmallFileWriter } from './small-file-writer';

/** What a batch needs of its store. */
export interface BatchStore {
  /** The store's temporary folder, and the temporary files in use in this process (which its sweep leaves alone). */
  tmp: string;
  active: Set<string>;
  prepare(): Promise<void>;
  blobPath(sha256: string): string;
  /** Creates a shard folder durably (once per folder). */
  ensureShard(folder: string): Promise<void>;
  smallFiles(): SmallFileWriter;
  /** The store's intake of a file or stream, handing the finished temporary file to `keep`. */
  putFile(path: string, onProgress: ((progress: BlobProgress) => void) | undefined, keep: Place): Promise<Digests>;
  putStream(source: AsyncIterable<Uint8Array>, keep: Place): Promise<Digests>;
}

/** A closed temporary file waiting in a batch. */
type Waiting = Pick<Temp, 'name' | 'path'>;

export function blobBatch(store: BatchStore): BlobBatch {
  const { tmp, active, blobPath } = store;
  let waiting = new Map<string, Waiting>();
  let waitingBytes = 0;
  /** Keeps a finished temporary file aside; the same content twice in one batch is kept once. */
  const keep: Place = async (temp, digests) => {
    await temp.handle.close();
    if (waiting.has(digests.sha256)) {
      await unlink(temp.path).catch(() => undefined);
      active.delete(temp.name);
      return;
    }
    waiting.set(digests.sha256, temp);
    waitingBytes += digests.size;
  };
  const forget = async (temps: Iterable<Waiting>) => {
    await eachLimit([...temps], PARALLEL, async (temp) => {
      await unlink(temp.path).catch(() => undefined);
      active.delete(temp.name);
    });
  };
  return {
    putFile: (path, onProgress) => store.putFile(path, onProgress, keep),
    putStream: (source) => store.putStream(source, keep),
    async putBytes(content) {
      await store.prepare();
      const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
      const digests = hashHere(bytes);
      if (waiting.has(digests.sha256)) return digests;
      // Hashed here and written in one message to the small-file thread, not through the digest pool or five
      // round trips through the thread pool: a mailbox has thousands of small attachments. Synced with the rest
      // of the batch on commit.
      const name = tempName();
      const path = join(tmp, name);
      active.add(name);
      let written: boolean;
      try {
        written = await store.smallFiles().write(blobPath(digests.sha256), path, bytes, READ_ONLY);
      } catch (error) {
        active.delete(name);
        throw error;
      }
      if (!written || waiting.has(digests.sha256)) {
        // Stored before, or the same content was put meanwhile in this batch.
        if (written) await unlink(path).catch(() => undefined);
        active.delete(name);
      } else {
        waiting.set(digests.sha256, { name, path });
        waitingBytes += digests.size;
      }
      return digests;
    },
    get size() {
      return waiting.size;
    },
    get bytes() {
      return waitingBytes;
    },
    async commit() {
      const entries = [...waiting];
      waiting = new Map();
      waitingBytes = 0;
      const moved = new Set<string>();
      try {
        // Every file's sync at once, then every rename, then each folder that gained an entry: a blob is in place
        // only once its bytes are durable.
        await eachLimit(entries, PARALLEL, ([sha256, temp]) =>
          Promise.all([syncPath(temp.path), store.ensureShard(dirname(blobPath(sha256)))]),
        );
        await eachLimit(entries, PARALLEL, async ([sha256, temp]) => {
          await rename(temp.path, blobPath(sha256));
          moved.add(sha256);
          active.delete(temp.name);
        });
        await eachLimit([...new Set(entries.map(([sha256]) => dirname(blobPath(sha256))))], PARALLEL, syncPath);
      } catch (error) {
        await forget(entries.filter(([sha256]) => !moved.has(sha256)).map(([, temp]) => temp));
        // A blob already in place whose folder may not be durable must not be taken as stored by a later put.
        const placed = [...moved].map((sha256) => blobPath(sha256));
        try {
          await eachLimit([...new Set(placed.map((path) => dirname(path)))], PARALLEL, syncPath);
        } catch {
          await eachLimit(placed, PARALLEL, (path) => unlink(path).catch(() => undefined));
        }
        throw error;
      }
    },
    async abort() {
      const temps = [...waiting.values()];
      waiting = new Map();
      waitingBytes = 0;
      await forget(temps);
    },
  };
}
