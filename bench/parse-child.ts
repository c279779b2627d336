// One timed processing run for bench/parse.ts, in a process of its own so its peak RSS is its own.
// Argument: JSON { input, dataDir }. Takes the file in, processes it (and its children) with the built-in
// parsers on SQLite, and prints JSON with the timings on stdout.
import { ingestPath, processItem, processItems, PROCESS_JOB, PROCESS_SMALL_JOB, SMALL_GROUP, type ProcessJobPayload } from '@tamga/core';
import { benchCase } from './bench-case';

const { input, dataDir } = JSON.parse(process.argv[2]!) as { input: string; dataDir: string };
const { context, actor, caseId } = await benchCase(dataDir);
const record = { id: caseId };

let t = process.hrtime.bigint();
const { root } = await ingestPath(context.deps, actor, record.id, { path: input });
const ingestSeconds = Number(process.hrtime.bigint() - t) / 1e9;

// The item itself, then every child it produced, in this process (the worker's handler, without polling).
t = process.hrtime.bigint();
const main = await processItem(context.deps, context.parsers, { caseId: record.id, itemId: root.id });
const parseSeconds = Number(process.hrtime.bigint() - t) / 1e9;
t = process.hrtime.bigint();
let childArtifacts = 0;
// As the worker takes them: a small item's job with up to SMALL_GROUP - 1 more, processed as one group.
for (;;) {
  const job = await context.deps.jobs.claim('bench', 600_000, [PROCESS_JOB, PROCESS_SMALL_JOB]);
  if (!job) break;
  const jobs =
    job.name === PROCESS_SMALL_JOB
      ? [job, ...(await context.deps.jobs.claimMany('bench', 600_000, [PROCESS_SMALL_JOB], SMALL_GROUP - 1))]
      : [job];
  const outcomes = await processItems(
    context.deps,
    context.parsers,
    jobs.map((each) => each.payload as ProcessJobPayload),
  );
  for (const [index, outcome] of outcomes.entries()) {
    if (outcome.error) throw outcome.error;
    // The root's own job (queued at intake) finds it done and returns at once; only children count here.
    if (jobs[index]!.payload.itemId !== root.id) childArtifacts += outcome.state.artifacts;
  }
  await context.deps.jobs.completeMany(
    jobs.map((each) => each.id),
    'bench',
  );
}
const childSeconds = Number(process.hrtime.bigint() - t) / 1e9;
await context.close();
console.log(
  JSON.stringify({
    status: main.status,
    reason: main.reason,
    parser: main.parserId,
    artifacts: main.artifacts,
    children: main.children,
    childArtifacts,
    ingestSeconds,
    parseSeconds,
    childSeconds,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
