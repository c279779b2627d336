// The intake that crash-safety.test.ts kills with SIGKILL: a process of its own with the real adapters, as the CLI's
// local mode runs it. Configuration comes from TAMGA_* variables; the job from argv[2] as JSON:
//   { username, caseId, folder, file }
// It prints "starting" on its own line just before the first intake (so the parent times the kill from there),
// then one line of JSON with what each intake reported, and exits 0.
// It imports ./context and ./config directly, not @tamga/server, so Fastify is not loaded: start-up stays short.
import { ingestPath, openLocalSession, resolveSession } from '@tamga/core';
import { loadConfig } from './config';
import { createContext } from './context';

interface Job {
  username: string;
  caseId: string;
  folder: string;
  file: string;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
const context = await createContext(loadConfig(process.env));
try {
  const { token } = await openLocalSession(context.deps, job.username);
  const { actor } = await resolveSession(context.deps, token);
  process.stdout.write('starting\n');
  const folder = await ingestPath(context.deps, actor, job.caseId, { path: job.folder });
  const file = await ingestPath(context.deps, actor, job.caseId, { path: job.file });
  process.stdout.write(
    `${JSON.stringify({
      folder: { id: folder.root.id, status: folder.root.status, files: folder.files.length, alreadyPresent: folder.alreadyPresent },
      file: { id: file.root.id, status: file.root.status, alreadyPresent: file.alreadyPresent },
    })}\n`,
  );
} finally {
  await context.close();
}
