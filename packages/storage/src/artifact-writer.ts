// Writes artefact batches to SQLite on a thread of its own (see artifact-writer-worker.js). One writer per store,
// started on first use; batches are written in the order they are handed over.
import { Worker } from 'node:worker_threads';
import type { ArtifactRecord } from '@tamga/core';
import { ARTIFACT_COLUMNS } from './repositories/artifact-repository';
import { SQLITE_WRITER_PRAGMAS, sqliteDriver } from './sqlite-database';

export interface ArtifactWriter {
  append(records: ArtifactRecord[]): Promise<void>;
  close(): Promise<void>;
}

export const ARTIFACT_INSERT_SQL = `INSERT INTO artifacts (${ARTIFACT_COLUMNS.join(', ')}) VALUES (${ARTIFACT_COLUMNS.map(() => '?').join(', ')})`;

export function sqliteArtifactWriter(path: string): ArtifactWriter {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

  function start(): Worker {
    const started = new Worker(new URL('./artifact-writer-worker.js', import.meta.url), {
      workerData: { path, driver: sqliteDriver(), pragmas: SQLITE_WRITER_PRAGMAS, insertSql: ARTIFACT_INSERT_SQL },
    });
    started.on('message', ({ id, error }: { id: number; error?: { message: string; code: string | null } }) => {
      const entry = waiting.get(id);
      waiting.delete(id);
      if (waiting.size === 0) started.unref();
      if (!entry) return;
      if (error) entry.reject(Object.assign(new Error(error.message), { code: error.code ?? undefined }));
      else entry.resolve();
    });
    started.on('error', (error) => {
      for (const entry of waiting.values()) entry.reject(error);
      waiting.clear();
      worker = undefined;
    });
    started.unref();
    return started;
  }

  return {
    append(records) {
      worker ??= start();
      const id = next++;
      // Keep the process alive while a batch is being written; let it go when the writer is idle.
      worker.ref();
      return new Promise<void>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker!.postMessage({ id, records });
      });
    },
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
