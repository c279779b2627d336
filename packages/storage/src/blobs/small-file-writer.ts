// Writes small files on a thread of its own (see small-file-worker.js): each write is one message there and back,
// and the writes asked for while the thread is busy go over together.
import { Worker } from 'node:worker_threads';

export interface SmallFileWriter {
  /**
   * Creates `path` (it must not exist) with these bytes and mode, unless `target` exists already (the blob is
   * stored). Resolves to whether it wrote.
   */
  write(target: string, path: string, bytes: Uint8Array, mode: number): Promise<boolean>;
  close(): Promise<void>;
}

interface Result {
  id: number;
  written?: boolean;
  error?: { message: string; code: string | null };
}

export function smallFileWriter(): SmallFileWriter {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (written: boolean) => void; reject: (error: Error) => void }>();
  let queued: Array<{ id: number; target: string; path: string; bytes: Uint8Array; mode: number }> = [];
  let busy = false;

  const send = () => {
    if (busy || queued.length === 0) return;
    busy = true;
    worker!.ref();
    worker!.postMessage(queued);
    queued = [];
  };

  const start = (): Worker => {
    const started = new Worker(new URL('./small-file-worker.js', import.meta.url), {
      execArgv: [],
      name: 'tamga-small-files',
      // It keeps nothing: a small heap is enough.
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    started.on('message', (results: Result[]) => {
      for (const { id, written, error } of results) {
        const entry = waiting.get(id);
        waiting.delete(id);
        if (error) entry?.reject(Object.assign(new Error(error.message), { code: error.code ?? undefined }));
        else entry?.resolve(written === true);
      }
      busy = false;
      if (queued.length > 0) send();
      else started.unref();
    });
    // A thread that fails or ends (close(), or a crash) settles every write still waiting on it.
    const end = (error: Error) => {
      for (const entry of waiting.values()) entry.reject(error);
      waiting.clear();
      queued = [];
      busy = false;
      if (worker === started) worker = undefined;
    };
    started.on('error', end);
    started.on('exit', (code) => end(new Error(`the small-file writer thread ended (exit code ${code})`)));
    started.unref();
    return started;
  };

  return {
    write(target, path, bytes, mode) {
      worker ??= start();
      const id = next++;
      return new Promise<boolean>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        queued.push({ id, target, path, bytes, mode });
        send();
      });
    },
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
