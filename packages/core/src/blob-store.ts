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
