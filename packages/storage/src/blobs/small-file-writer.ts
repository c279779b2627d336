// Writes small files and places batches on a thread of its own (see small-file-worker.js): each task is one message
// there and back, and the tasks asked for while the thread is busy go over together, in order.
import { Worker } from 'node:worker_threads';

export interface SmallFileWriter {
  /**
   * Creates `path` (it must not exist) with these bytes and mode, unless `target` exists already (the blob is
   * stored). Resolves to whether it wrote.
   */
  write(target: string, path: string, bytes: Uint8Array, mode: number): Promise<boolean>;
  /**
   * Makes the files durable, renames each to its target (making its folder) and makes the folders durable. On
   * failure the error's `moved` lists the targets already in place.
   */
  place(tmp: string, entries: ReadonlyArray<{ from: string; to: string }>): Promise<void>;
  close(): Promise<void>;
}

type Task =
  | { id: number; write: { target: string; path: string; bytes: Uint8Array; mode: number } }
  | { id: number; place: { tmp: string; entries: ReadonlyArray<{ from: string; to: string }> } };

interface Result {
  id: number;
  written?: boolean;
  moved?: string[];
  error?: { message: string; code: string | null };
}

export function smallFileWriter(): SmallFileWriter {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();
  let queued: Task[] = [];
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
      for (const result of results) {
        const entry = waiting.get(result.id);
        waiting.delete(result.id);
        const { error } = result;
        if (error) entry?.reject(Object.assign(new Error(error.message), { code: error.code ?? undefined, moved: result.moved ?? [] }));
        else entry?.resolve(result);
      }
      busy = false;
      if (queued.length > 0) send();
      else started.unref();
    });
    // A thread that fails or ends (close(), or a crash) settles every task still waiting on it.
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

  const run = (task: Omit<Task, 'id'>): Promise<Result> => {
    worker ??= start();
    const id = next++;
    return new Promise<Result>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      queued.push({ ...task, id } as Task);
      send();
    });
  };

  return {
    async write(target, path, bytes, mode) {
      return (await run({ write: { target, path, bytes, mode } })).written === true;
    },
    async place(tmp, entries) {
      await run({ place: { tmp, entries } });
    },
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
