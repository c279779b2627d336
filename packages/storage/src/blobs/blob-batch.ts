// A batch of blobs made durable together (BlobStore.batch): each is written to its own temporary file without a
// sync; commit() makes them durable at once, renames them into place and makes their folders durable, on the
// small-file thread (one filesystem sync for the files and one for the folders where syncfs is available). A
// mailbox's ten thousand attachments then cost a few syncs, not 40,000.
import { unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BlobBatch, BlobProgress, Digests } from '@tamga/core';
import { eachLimit, hashHere, PARALLEL, putsInProgress, READ_ONLY, syncPath, tempName, type Place, type Temp } from './blob-files';
import type { SmallFileWriter } from './small-file-writer';

/** What a batch needs of its store. */
export interface BatchStore {
  /** The store's temporary folder. */
  tmp: string;
  prepare(): Promise<void>;
  blobPath(sha256: string): string;
  smallFiles(): SmallFileWriter;
  /** The store's intake of a file or stream, handing the finished temporary file to `keep`. */
  putFile(path: string, onProgress: ((progress: BlobProgress) => void) | undefined, keep: Place): Promise<Digests>;
  putStream(source: AsyncIterable<Uint8Array>, keep: Place): Promise<Digests>;
}

/** A closed temporary file waiting in a batch. */
type Waiting = Pick<Temp, 'name' | 'path'>;

export function blobBatch(store: BatchStore): BlobBatch {
  const { tmp, blobPath } = store;
  let waiting = new Map<string, Waiting>();
  let waitingBytes = 0;
  /** Keeps a finished temporary file aside; the same content twice in one batch is kept once. */
  const keep: Place = async (temp, digests) => {
    await temp.handle.close();
    if (waiting.has(digests.sha256)) {
      await unlink(temp.path).catch(() => undefined);
      putsInProgress.delete(temp.name);
      return;
    }
    waiting.set(digests.sha256, temp);
    waitingBytes += digests.size;
  };
  const forget = async (temps: Iterable<Waiting>) => {
    await eachLimit([...temps], PARALLEL, async (temp) => {
      await unlink(temp.path).catch(() => undefined);
      putsInProgress.delete(temp.name);
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
      putsInProgress.add(name);
      let written: boolean;
      try {
        written = await store.smallFiles().write(blobPath(digests.sha256), path, bytes, READ_ONLY);
      } catch (error) {
        putsInProgress.delete(name);
        throw error;
      }
      if (!written || waiting.has(digests.sha256)) {
        // Stored before, or the same content was put meanwhile in this batch.
        if (written) await unlink(path).catch(() => undefined);
        putsInProgress.delete(name);
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
      if (entries.length === 0) return;
      try {
        // On the small-file thread: every file made durable, then renamed into place, then the folders made durable.
        await store.smallFiles().place(
          tmp,
          entries.map(([sha256, temp]) => ({ from: temp.path, to: blobPath(sha256) })),
        );
        for (const [, temp] of entries) putsInProgress.delete(temp.name);
      } catch (error) {
        const moved = new Set((error as { moved?: string[] }).moved ?? []);
        await forget(entries.filter(([sha256]) => !moved.has(blobPath(sha256))).map(([, temp]) => temp));
        for (const [, temp] of entries) putsInProgress.delete(temp.name);
        // A blob already in place whose folder may not be durable must not be taken as stored by a later put.
        try {
          await eachLimit([...new Set([...moved].map((path) => dirname(path)))], PARALLEL, syncPath);
        } catch {
          await eachLimit([...moved], PARALLEL, (path) => unlink(path).catch(() => undefined));
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
