// MD5, SHA-1 and SHA-256 of one stream of bytes, computed in parallel on worker threads over a small fixed pool of
// shared chunks: the caller reads bytes into a chunk once, every hasher reads the same memory (nothing is copied
// per worker), and the chunk goes back to the pool when all of them (and the caller's own writer) are done.
// Memory is the pool (chunks × chunkSize) whatever the size of the data and however many jobs run at once.
import { createHash, type Hash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

export type DigestAlgorithm = 'md5' | 'sha1' | 'sha256';

/**
 * Where the hashes run. MD5 is the slowest (about 600 MB/s against 1.5 GB/s for SHA-1 and SHA-256 with OpenSSL's
 * SHA extensions), so it always has a worker of its own.
 * - `two-workers`: MD5 in one worker, SHA-1 and SHA-256 in a second (the default: the fastest measured, see
 *   BENCHMARKS.md / bench/intake.ts).
 * - `three-workers`: one worker per algorithm, leaving the balancing to the OS scheduler.
 * - `sha-in-main`: MD5 in a worker, SHA-1 and SHA-256 on the calling thread (blocks its event loop per chunk).
 */
export type DigestLayout = 'two-workers' | 'three-workers' | 'sha-in-main';

export interface DigestPoolOptions {
  /** Bytes per chunk; default 4 MiB. */
  chunkSize?: number;
  /** Chunks in the pool; default 6. */
  chunks?: number;
  layout?: DigestLayout;
}

export type HexDigests = Record<DigestAlgorithm, string>;

/** A chunk of the shared pool, held by one job at a time between acquire() and release(). */
export interface Chunk {
  readonly index: number;
  /** A view of the whole chunk (chunkSize bytes) over the shared memory. */
  readonly buffer: Buffer;
}

/** The running digests of one stream of bytes. */
export interface DigestJob {
  /** Hashes bytes [0, length) of a chunk; resolves once every hasher has read them. Calls must follow the byte order. */
  update(chunk: Chunk, length: number): Promise<void>;
  /** Resolves with the lower-case hex digests once every update is hashed. */
  finish(): Promise<HexDigests>;
  /** Forgets the job (after an error); pending updates and finish() reject. */
  abort(): void;
}

export const DEFAULT_CHUNK_SIZE = 4 * 1024 * 1024;
export const DEFAULT_CHUNKS = 6;
/** Direct I/O wants buffers on a 4 KiB boundary; the pool keeps this much slack to place its chunks on one. */
export const IO_ALIGNMENT = 4096;
/** Allocations are at least this aligned, so the boundary is one of IO_ALIGNMENT / ALLOCATION_ALIGNMENT offsets. */
const ALLOCATION_ALIGNMENT = 16;

const LAYOUTS: Record<DigestLayout, { workers: DigestAlgorithm[][]; main: DigestAlgorithm[] }> = {
  'two-workers': { workers: [['md5'], ['sha1', 'sha256']], main: [] },
  'three-workers': { workers: [['md5'], ['sha1'], ['sha256']], main: [] },
  'sha-in-main': { workers: [['md5']], main: ['sha1', 'sha256'] },
};

interface Pending {
  remaining: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

interface JobState {
  id: number;
  seq: number;
  acks: Map<number, Pending>;
  digest?: { remaining: number; hex: Partial<HexDigests>; resolve: (hex: HexDigests) => void; reject: (error: Error) => void };
  main: { algorithm: DigestAlgorithm; hash: Hash }[];
  failed?: Error;
}

type WorkerMessage =
  | { op: 'ack'; job: number; seq: number }
  | { op: 'digest'; job: number; hex: Partial<HexDigests> }
  | { op: 'error'; job: number; message: string };

interface Generation {
  workers: Worker[];
  /** Set when the pool ends this generation on purpose (close, or after another worker of it crashed). */
  ending: boolean;
}

export class DigestPool {
  readonly chunkSize: number;
  readonly chunks: number;
  readonly layout: DigestLayout;
  private readonly memory: SharedArrayBuffer;
  /** Where chunk 0 starts in `memory`. */
  private base = 0;
  /** Whether the chunks are known to start on an IO_ALIGNMENT boundary of memory (see alignChunks). */
  private alignment: boolean | undefined;
  private all: Chunk[];
  private free: Chunk[];
  private readonly waiting: { resolve: (chunk: Chunk) => void; reject: (error: Error) => void }[] = [];
  private readonly jobs = new Map<number, JobState>();
  private generation: Generation | undefined;
  private nextJob = 1;
  private closed = false;

  constructor(options: DigestPoolOptions = {}) {
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    this.chunks = options.chunks ?? DEFAULT_CHUNKS;
    this.layout = options.layout ?? 'two-workers';
    if (!Number.isInteger(this.chunkSize) || this.chunkSize < 64 * 1024) throw new RangeError('chunkSize must be an integer ≥ 64 KiB');
    if (!Number.isInteger(this.chunks) || this.chunks < 2) throw new RangeError('chunks must be an integer ≥ 2');
    this.memory = new SharedArrayBuffer(this.chunkSize * this.chunks + IO_ALIGNMENT);
    this.all = this.layoutChunks();
    this.free = [...this.all];
  }

  private layoutChunks(): Chunk[] {
    return Array.from({ length: this.chunks }, (_, index) => ({
      index,
      buffer: Buffer.from(this.memory, this.base + index * this.chunkSize, this.chunkSize),
    }));
  }

  /**
   * Places the chunks on a memory boundary that direct I/O accepts. JavaScript cannot see addresses, so
   * `accepts` is asked about views at each possible offset (a direct write of one block: the kernel refuses a
   * misaligned buffer with EINVAL before it writes anything). Only before the first job; returns whether the
   * chunks are aligned (false when no offset is accepted, or when it is too late to move them).
   */
  alignChunks(accepts: (block: Buffer) => boolean): boolean {
    if (this.alignment !== undefined) return this.alignment;
    if (this.generation || this.free.length !== this.chunks) return false;
    this.alignment = false;
    for (let base = 0; base < IO_ALIGNMENT; base += ALLOCATION_ALIGNMENT) {
      if (!accepts(Buffer.from(this.memory, base, IO_ALIGNMENT))) continue;
      this.base = base;
      this.all = this.layoutChunks();
      this.free = [...this.all];
      this.alignment = true;
      break;
    }
    return this.alignment;
  }

  /** Waits for a free chunk (first come, first served). */
  acquire(): Promise<Chunk> {
    if (this.closed) return Promise.reject(new Error('digest pool is closed'));
    const chunk = this.free.pop();
    if (chunk) return Promise.resolve(chunk);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  release(chunk: Chunk): void {
    if (this.all[chunk.index] !== chunk || this.free.includes(chunk)) throw new Error('chunk released twice or not from this pool');
    const next = this.waiting.shift();
    if (next) next.resolve(chunk);
    else this.free.push(chunk);
  }

  begin(): DigestJob {
    if (this.closed) throw new Error('digest pool is closed');
    const workers = this.start();
    const state: JobState = {
      id: this.nextJob++,
      seq: 0,
      acks: new Map(),
      main: LAYOUTS[this.layout].main.map((algorithm) => ({ algorithm, hash: createHash(algorithm) })),
    };
    if (this.jobs.size === 0) for (const worker of workers) worker.ref();
    this.jobs.set(state.id, state);
    for (const worker of workers) worker.postMessage({ op: 'begin', job: state.id });

    const forget = () => {
      if (this.jobs.get(state.id) === state) {
        this.jobs.delete(state.id);
        if (this.jobs.size === 0) for (const worker of this.generation?.workers ?? []) worker.unref();
      }
    };

    return {
      update: (chunk, length) => {
        if (state.failed) return Promise.reject(state.failed);
        if (state.digest) return Promise.reject(new Error('digest job already finished'));
        if (this.all[chunk.index] !== chunk) return Promise.reject(new Error('chunk not from this pool'));
        const seq = state.seq++;
        return new Promise<void>((resolve, reject) => {
          state.acks.set(seq, { remaining: workers.length + (state.main.length ? 1 : 0), resolve, reject });
          for (const worker of workers) worker.postMessage({ op: 'update', job: state.id, seq, chunk: chunk.index, length });
          if (state.main.length) {
            // After the caller has queued its next read and write: the hashing blocks this thread.
            setImmediate(() => {
              if (state.failed) return;
              const bytes = chunk.buffer.subarray(0, length);
              for (const { hash } of state.main) hash.update(bytes);
              this.acknowledge(state, seq);
            });
          }
        });
      },
      finish: () => {
        if (state.failed) return Promise.reject(state.failed);
        if (state.digest) return Promise.reject(new Error('digest job already finished'));
        return new Promise<HexDigests>((resolve, reject) => {
          state.digest = {
            remaining: workers.length + (state.main.length ? 1 : 0),
            hex: {},
            resolve: (hex) => {
              forget();
              resolve(hex);
            },
            reject: (error) => {
              forget();
              reject(error);
            },
          };
          for (const worker of workers) worker.postMessage({ op: 'end', job: state.id });
          if (state.main.length) {
            setImmediate(() => {
              if (state.failed) return;
              this.digested(state, Object.fromEntries(state.main.map(({ algorithm, hash }) => [algorithm, hash.digest('hex')])));
            });
          }
        });
      },
      abort: () => {
        if (this.jobs.get(state.id) !== state) return;
        this.fail(state, new Error('digest job aborted'));
        for (const worker of workers) worker.postMessage({ op: 'abort', job: state.id });
        forget();
      },
    };
  }

  /** The live worker threads (none before the first job or after close); for diagnostics and tests. */
  threads(): readonly Worker[] {
    return this.generation?.workers ?? [];
  }

  /** Terminates the workers; jobs still running fail. The pool cannot be used afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('digest pool is closed');
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
    await this.stop(error);
  }

  private start(): Worker[] {
    if (this.generation) return this.generation.workers;
    const generation: Generation = { workers: [], ending: false };
    for (const algorithms of LAYOUTS[this.layout].workers) {
      const worker = new Worker(new URL('./digest-worker.js', import.meta.url), {
        workerData: { buffer: this.memory, base: this.base, chunkSize: this.chunkSize, algorithms },
        // The worker is plain JavaScript: no TypeScript loader (tsx, Vitest) needed or wanted in it.
        execArgv: [],
        name: `tamga-digest-${algorithms.join('+')}`,
      });
      worker.unref();
      worker.on('message', (message: WorkerMessage) => this.onMessage(message, algorithms));
      worker.on('error', (error) => this.crashed(generation, error));
      worker.on('exit', (code) => this.crashed(generation, new Error(`digest worker (${algorithms.join(', ')}) exited with code ${code}`)));
      generation.workers.push(worker);
    }
    this.generation = generation;
    return generation.workers;
  }

  private onMessage(message: WorkerMessage, algorithms: DigestAlgorithm[]): void {
    const state = this.jobs.get(message.job);
    if (!state || state.failed) return;
    if (message.op === 'ack') this.acknowledge(state, message.seq);
    else if (message.op === 'digest') this.digested(state, message.hex);
    else this.fail(state, new Error(`${message.message} (${algorithms.join(', ')})`));
  }

  private acknowledge(state: JobState, seq: number): void {
    const pending = state.acks.get(seq);
    if (!pending) return;
    if (--pending.remaining === 0) {
      state.acks.delete(seq);
      pending.resolve();
    }
  }

  private digested(state: JobState, hex: Partial<HexDigests>): void {
    const digest = state.digest;
    if (!digest) return;
    Object.assign(digest.hex, hex);
    if (--digest.remaining === 0) digest.resolve(digest.hex as HexDigests);
  }

  private fail(state: JobState, error: Error): void {
    if (state.failed) return;
    state.failed = error;
    for (const pending of state.acks.values()) pending.reject(error);
    state.acks.clear();
    state.digest?.reject(error);
  }

  /** A worker died (uncaught error or exit) without being asked to: fail every job, end its generation. */
  private crashed(generation: Generation, error: Error): void {
    if (generation.ending) return;
    void this.stop(error);
  }

  private async stop(error: Error): Promise<void> {
    const generation = this.generation;
    this.generation = undefined;
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const state of jobs) this.fail(state, error);
    if (!generation || generation.ending) return;
    generation.ending = true;
    // The next job starts a fresh generation of workers.
    await Promise.all(generation.workers.map((worker) => worker.terminate()));
  }
}
