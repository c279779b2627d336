// The sealed store of evidence bytes: content-addressed by SHA-256, written once, never changed.

export interface Digests {
  size: number;
  md5: string;
  sha1: string;
  sha256: string;
}

export interface BlobProgress {
  /** Bytes read so far from the source. */
  bytes: number;
}

export interface BlobStore {
  /**
   * Streams a file into the store, reading every byte once, and returns its digests (lower-case hex).
   * Content already present is not written again. The blob is durable (fsynced, renamed into place,
   * read-only) when the promise resolves; an interrupted write leaves only a temporary file.
   */
  putFile(path: string, onProgress?: (progress: BlobProgress) => void): Promise<Digests>;
  /** The same for bytes that arrive as a stream (uploads, archive members). */
  putStream(source: AsyncIterable<Uint8Array>, onProgress?: (progress: BlobProgress) => void): Promise<Digests>;
  /**
   * A group of puts made durable together, for many small blobs (archive members, attachments) where one sync
   * each would cost more than their bytes. None of them is in the store before commit() resolves.
   */
  batch(): BlobBatch;
  has(sha256: string): Promise<boolean>;
  /** Size in bytes, or undefined when the blob is absent. */
  size(sha256: string): Promise<number | undefined>;
  /** The stored bytes, optionally a range [start, end) . */
  read(sha256: string, range?: { start: number; end: number }): AsyncIterable<Uint8Array>;
  /** Reads a stored blob again and computes its digests now, for verification and custody re-hashes. */
  rehash(sha256: string): Promise<Digests>;
  /**
   * A read-only path on local disk holding the blob's bytes, for formats that need random access (ZIP,
   * SQLite). The filesystem store returns the blob itself; an object store would return a cached copy.
   */
  localPath(sha256: string): Promise<string>;
  /** Every SHA-256 in the store. */
  list(): AsyncIterable<string>;
  /** Deletes temporary files left by interrupted writes; returns how many. */
  sweep(): Promise<number>;
}

/** Puts that become durable and visible together; see BlobStore.batch. */
export interface BlobBatch {
  /** Reads and hashes a file and keeps its bytes aside (written, not yet synced or in place). */
  putFile(path: string, onProgress?: (progress: BlobProgress) => void): Promise<Digests>;
  /** The same for bytes that arrive as a stream. */
  putStream(source: AsyncIterable<Uint8Array>): Promise<Digests>;
  /** The same for small content already in memory; several may run at once. */
  putBytes(bytes: Uint8Array): Promise<Digests>;
  /** Puts waiting for commit(). */
  readonly size: number;
  /** Bytes waiting for commit(). */
  readonly bytes: number;
  /** Syncs every waiting blob and moves it into the store; afterwards the batch is empty and may be used again. */
  commit(): Promise<void>;
  /** Forgets every waiting blob (after an error). */
  abort(): Promise<void>;
}
