// The intake that crash-safety.test.ts kills with SIGKILL: a Tamga process of its own with the real adapters, as the
// CLI's local mode runs it. Configuration comes from TAMGA_* variables.
//
// Loading Tamga's modules is most of a process's start-up, so the test starts the next process while the current
// one runs: this one loads everything, prints "ready", and waits for its job as one line of JSON on standard input
//   { "username": "...", "caseId": "...", "folder": "/path", "file": "/path" }
// (end of input without a job: exit 0). Only then does it open the data folder. It prints "starting" just before
// the first intake, "folder-file K" each time K files of the folder are recorded, "folder-done", "file-done", and
// finally "result {json}", and exits 0.
//
// It imports ./context and ./config directly, not @tamga/server, so Fastify and the routes are not loaded.
import { ingestPath, openLocalSession, resolveSession } from '@tamga/core';
import { loadConfig } from './config';
import { createContext } from './context';

interface Job {
  username: string;
  caseId: string;
  folder: string;
  file: string;
}

function say(line: string): void {
  // Synchronous for pipes on Linux: a line printed is a line the parent can read, even if SIGKILL follows.
  process.stdout.write(`${line}\n`);
}

function readJob(): Promise<Job | undefined> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (data: string) => {
      buffered += data;
      const end = buffered.indexOf('\n');
      if (end < 0) return;
      process.stdin.destroy();
      try {
        resolve(JSON.parse(buffered.slice(0, end)) as Job);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    process.stdin.on('end', () => resolve(undefined));
    process.stdin.on('error', reject);
  });
}

say('ready');
const job = await readJob();
if (job) {
  const context = await createContext(loadConfig(process.env));
  try {
    const { token } = await openLocalSession(context.deps, job.username);
    const { actor } = await resolveSession(context.deps, token);
    say('starting');
    let filesDone = 0;
    const folder = await ingestPath(context.deps, actor, job.caseId, { path: job.folder }, (progress) => {
      if (progress.filesDone > filesDone) say(`folder-file ${(filesDone = progress.filesDone)}`);
    });
    say('folder-done');
    const file = await ingestPath(context.deps, actor, job.caseId, { path: job.file });
    say('file-done');
    say(
      `result ${JSON.stringify({
        folder: { id: folder.root.id, status: folder.root.status, files: folder.files.length, alreadyPresent: folder.alreadyPresent },
        file: { id: file.root.id, status: file.root.status, alreadyPresent: file.alreadyPresent },
      })}`,
    );
  } finally {
    await context.close();
  }
}
