// One timed intake for bench/intake.ts, in a process of its own so that its peak RSS is the intake's alone.
// Argument: JSON { mode: 'file' | 'folder', input, root, options, concurrency }. Prints JSON on stdout.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fsBlobStore, type FsBlobStoreOptions } from '@tamga/storage';

interface Job {
  mode: 'file' | 'folder';
  input: string;
  root: string;
  options: FsBlobStoreOptions;
  concurrency: number;
}

const job = JSON.parse(process.argv[2]!) as Job;
const files = job.mode === 'file' ? [job.input] : readdirSync(job.input).map((name) => join(job.input, name));
const bytes = files.reduce((sum, path) => sum + statSync(path).size, 0);

const store = fsBlobStore(job.root, job.options);
const start = process.hrtime.bigint();
let next = 0;
let sha256 = '';
await Promise.all(
  Array.from({ length: Math.min(job.concurrency, files.length) }, async () => {
    while (next < files.length) {
      const digests = await store.putFile(files[next++]!);
      sha256 = digests.sha256;
    }
  }),
);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
await store.close();
console.log(JSON.stringify({ seconds, bytes, files: files.length, sha256, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
