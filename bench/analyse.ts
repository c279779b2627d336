// After processing: how long until a mailbox is searchable and matched. A generated mboxrd file (every tenth
// message with an attachment) is taken in and processed as bench/parse does, then its analysis jobs (entities,
// communications, search) and hash-matching jobs are run as a worker runs them: a group handler's group at once,
// or one job at a time with --one-by-one. The mailbox's own item is timed apart from its attachments.
// Run: npx tsx bench/analyse.ts [--mbox 20000] [--one-by-one]
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ANALYSE_JOB,
  HASH_MATCH_JOB,
  ingestPath,
  processItem,
  processItems,
  PROCESS_JOB,
  PROCESS_SMALL_JOB,
  SMALL_GROUP,
  type Job,
  type ProcessJobPayload,
} from '@tamga/core';
import { groupHandlers, jobHandlers } from '@tamga/server';
import { benchCase } from './bench-case';
import { writeMbox } from './parse-corpus';

const args = process.argv.slice(2);
const at = args.indexOf('--mbox');
const messages = at >= 0 ? Number(args[at + 1]) : 20_000;
const oneByOne = args.includes('--one-by-one');
const corpus = join(tmpdir(), 'tamga-bench-parse');
mkdirSync(corpus, { recursive: true });
const input = join(corpus, `mail-${messages}.mbox`);
if (!existsSync(input)) await writeMbox(input, messages);

const dataDir = mkdtempSync(join(tmpdir(), 'tamga-bench-analyse-'));
const { context, actor, caseId } = await benchCase(dataDir);
const jobs = context.deps.jobs;
const seconds = (since: number) => (performance.now() - since) / 1000;

try {
  const { root } = await ingestPath(context.deps, actor, caseId, { path: input });
  let start = performance.now();
  await processItem(context.deps, context.parsers, { caseId, itemId: root.id });
  for (let job = await jobs.claim('bench', 600_000, [PROCESS_JOB, PROCESS_SMALL_JOB]); job;) {
    const group = job.name === PROCESS_SMALL_JOB ? [job, ...(await jobs.claimMany('bench', 600_000, [job.name], SMALL_GROUP - 1))] : [job];
    await processItems(
      context.deps,
      context.parsers,
      group.map((each) => each.payload as ProcessJobPayload),
    );
    await jobs.completeMany(
      group.map((each) => each.id),
      'bench',
    );
    job = await jobs.claim('bench', 600_000, [PROCESS_JOB, PROCESS_SMALL_JOB]);
  }
  console.log(`processing (${messages.toLocaleString('en-US')} messages and their attachments): ${seconds(start).toFixed(2)} s`);

  const handlers = jobHandlers(context);
  const groups = groupHandlers(context);
  const run = async (group: Job[]) => {
    const handler = groups[group[0]!.name];
    if (handler && !oneByOne) await handler.run(group);
    else for (const job of group) await handlers[job.name]!(job.payload, job);
    await jobs.completeMany(
      group.map((job) => job.id),
      'bench',
    );
  };
  for (const name of [ANALYSE_JOB, HASH_MATCH_JOB]) {
    // The mailbox's own job first (it was queued first), alone; then its attachments' jobs, as a worker takes them.
    start = performance.now();
    const own = await jobs.claim('bench', 600_000, [name]);
    if (own?.payload.itemId !== root.id) throw new Error(`the first ${name} job is not the mailbox's`);
    await run([own]);
    const item = seconds(start);
    start = performance.now();
    let count = 0;
    for (;;) {
      const size = oneByOne ? 1 : (groups[name]?.size ?? 1);
      const group = await jobs.claimMany('bench', 600_000, [name], size);
      if (group.length === 0) break;
      await run(group);
      count += group.length;
    }
    console.log(
      `${name}: the mailbox's item ${item.toFixed(2)} s; ${count.toLocaleString('en-US')} attachments ${seconds(start).toFixed(2)} s`,
    );
  }
} finally {
  await context.close();
  rmSync(dataDir, { recursive: true, force: true });
}
