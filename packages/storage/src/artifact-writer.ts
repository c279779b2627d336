// Writes artefact batches to SQLite on a thread of its own (see artifact-writer-worker.js). One writer per store,
// started on first use; batches are written in the order they are handed over.
import { Worker } from 'node:worker_threads';
import { INDEX_FIELDS, NULL_AT, NULL_TEXT, NULL_ZONE, type ArtifactBatch, type ArtifactRecord } from '@tamga/core';
import { ARTIFACT_COLUMNS, REPLACED_COLUMNS } from './repositories/artifact-repository';
import { SQLITE_PRAGMAS, sqliteDriver, WAL_CHECKPOINT_BYTES } from './sqlite-database';

export interface ArtifactWriter {
  append(artifacts: ArtifactBatch | ArtifactRecord[] | readonly ArtifactBatch[]): Promise<void>;
  /**
   * Resolves once every batch handed over so far is written: not once the thread is idle, which with several
   * parsers feeding it might never come.
   */
  drained(): Promise<void>;
  /** Checkpoints the WAL on the writer's thread (PASSIVE: what no reader still needs), after the batches before. */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

/**
 * An artefact of an earlier run of its item (another `run`) is replaced, since its id is the same; one of the same run
 * is left alone, so the statement changes no row, which the writer reports as a repeated key (the parser's bug).
 */
export const ARTIFACT_INSERT_SQL =
  `INSERT INTO artifacts (${ARTIFACT_COLUMNS.join(', ')}) VALUES (${ARTIFACT_COLUMNS.map(() => '?').join(', ')}) ` +
  `ON CONFLICT (id) DO UPDATE SET ${REPLACED_COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ')} ` +
  'WHERE artifacts.run <> excluded.run';

/** Packed batches (of many items), rather than one batch or plain records. */
export function isBatchList(artifacts: ArtifactBatch | ArtifactRecord[] | readonly ArtifactBatch[]): artifacts is readonly ArtifactBatch[] {
  return Array.isArray(artifacts) && artifacts.length > 0 && 'index' in (artifacts[0] as object);
}

export function sqliteArtifactWriter(path: string): ArtifactWriter {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<
    number,
    { batch: ArtifactBatch | null; checkpoint?: true; resolve: () => void; reject: (error: Error) => void }
  >();
  /** Callers waiting for the batches handed over before they asked (the thread writes them in order). */
  let drains: Array<{ through: number; resolve: () => void }> = [];
  const settled = () => {
    if (waiting.size === 0) worker?.unref();
    // Every batch before the oldest still waiting is written (ids rise, and a Map keeps their order). A checkpoint
    // is not waited for: transactions need not wait for it.
    let oldest = Infinity;
    for (const [id, entry] of waiting) {
      if (entry.checkpoint) continue;
      oldest = id;
      break;
    }
    const done = drains.filter((drain) => drain.through < oldest);
    if (done.length === 0) return;
    drains = drains.filter((drain) => drain.through >= oldest);
    for (const drain of done) drain.resolve();
  };

  function start(): Worker {
    const started = new Worker(new URL('./artifact-writer-worker.js', import.meta.url), {
      // Plain JavaScript: a TypeScript loader inherited from the process (tsx) would only cost memory here.
      execArgv: [],
      name: 'tamga-artifact-writer',
      workerData: {
        path,
        driver: sqliteDriver(),
        pragmas: SQLITE_PRAGMAS,
        checkpointBytes: WAL_CHECKPOINT_BYTES,
        insertSql: ARTIFACT_INSERT_SQL,
        // The packed layout (artifact-batch.ts), for the worker, which cannot import TypeScript.
        layout: { fields: INDEX_FIELDS, nullAt: NULL_AT, nullZone: NULL_ZONE, nullText: NULL_TEXT },
      },
    });
    started.on(
      'message',
      ({ id, error, bytes }: { id: number; error?: { message: string; code: string | null }; bytes?: Uint8Array<ArrayBuffer> }) => {
        const entry = waiting.get(id);
        waiting.delete(id);
        if (entry) {
          if (bytes && entry.batch) entry.batch.bytes = bytes;
          if (error) entry.reject(Object.assign(new Error(error.message), { code: error.code ?? undefined }));
          else entry.resolve();
        }
        settled();
      },
    );
    started.on('error', (error) => {
      for (const entry of waiting.values()) entry.reject(error);
      waiting.clear();
      worker = undefined;
      settled();
    });
    started.unref();
    return started;
  }

  return {
    append(artifacts) {
      worker ??= start();
      const id = next++;
      // Keep the process alive while a batch is being written; let it go when the writer is idle.
      worker.ref();
      return new Promise<void>((resolve, reject) => {
        if (isBatchList(artifacts)) {
          // Many items' batches, in one transaction. Copied, not moved: they are small (each item's last few
          // artefacts), and a caller told of a repeated key writes them again one by one to find whose it was.
          waiting.set(id, { batch: null, resolve, reject });
          worker!.postMessage({ id, batches: artifacts });
        } else if (Array.isArray(artifacts)) {
          waiting.set(id, { batch: null, resolve, reject });
          worker!.postMessage({ id, records: artifacts });
        } else {
          // A packed batch's buffers move to the writer thread without a copy; its bytes come back once written.
          waiting.set(id, { batch: artifacts as ArtifactBatch, resolve, reject });
          const batch = artifacts as ArtifactBatch;
          worker!.postMessage({ id, batch }, [batch.bytes.buffer, batch.index.buffer]);
        }
      });
    },
    checkpoint() {
      worker ??= start();
      const id = next++;
      worker.ref();
      return new Promise<void>((resolve, reject) => {
        waiting.set(id, { batch: null, checkpoint: true, resolve, reject });
        worker!.postMessage({ id, checkpoint: true });
      });
    },
    drained() {
      if ([...waiting.values()].every((entry) => entry.checkpoint)) return Promise.resolve();
      return new Promise<void>((resolve) => drains.push({ through: next - 1, resolve }));
    },
    async close() {
      for (const drain of drains.splice(0)) drain.resolve();
      await worker?.terminate();
      worker = undefined;
      // Whatever was still waiting on the thread (a checkpoint, a batch handed over while closing) is told so.
      const closed = new Error('the artefact writer was closed');
      for (const entry of waiting.values()) entry.reject(closed);
      waiting.clear();
    },
  };
}
