// One timed intake for bench/intake.ts, in a process of its own so that its peak RSS is the intake's alone.
// Argument: JSON { mode: 'file' | 'folder', input, root, options }. Prints JSON on stdout.
// A file goes through fsBlobStore.putFile alone; a folder through the whole intake use case (ingestPath: blobs in
// groups, each file's record and custody event, the folder's manifest) on SQLite in `root`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fsBlobStore, type FsBlobStoreOptions } from '@tamga/storage';

interface Job {
  mode: 'file' | 'folder';
  input: string;
  root: string;
  options: FsBlobStoreOptions;
}

const job = JSON.parse(process.argv[2]!) as Job;
const files = job.mode === 'file' ? [job.input] : readdirSync(job.input).map((name) => join(job.input, name));
const bytes = files.reduce((sum, path) => sum + statSync(path).size, 0);

let seconds: number;
let sha256: string;
if (job.mode === 'file') {
  const store = fsBlobStore(job.root, job.options);
  const start = process.hrtime.bigint();
  sha256 = (await store.putFile(job.input)).sha256;
  seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await store.close();
} else {
  // Loaded only here: the file intake's peak RSS is the blob store's, not the whole application's.
  const { ingestPath } = await import('@tamga/core');
  const { benchCase } = await import('./bench-case');
  const { context, actor, caseId } = await benchCase(job.root);
  const start = process.hrtime.bigint();
  const result = await ingestPath(context.deps, actor, caseId, { path: job.input });
  seconds = Number(process.hrtime.bigint() - start) / 1e9;
  sha256 = result.files.at(-1)!.digests!.sha256;
  if (result.files.length !== files.length) throw new Error(`${result.files.length} of ${files.length} files recorded`);
  await context.close();
}
console.log(JSON.stringify({ seconds, bytes, files: files.length, sha256, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
