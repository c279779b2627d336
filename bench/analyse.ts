// After processing: how long until a mailbox (or a chat export) is searchable and matched. A generated mboxrd file
// (every tenth message with an attachment) or Telegram export is taken in and processed as bench/parse does, then
// its analysis jobs (entities, communications, search) and hash-matching jobs are run as a worker runs them: a group
// handler's group at once, or one job at a time with --one-by-one. The file's own item is timed apart from its
// attachments. While the item is analysed, a second worker's work is stood in for by a probe on connections of its
// own: every 100 ms a ledger append (a use case's transaction) and a job enqueue, each timed; the longest waits are
// what analysis makes other workers wait. --database runs it all on PostgreSQL, in a schema of its own, dropped after
// unless --keep (to look at its tables and plans afterwards).
// Run: npx tsx bench/analyse.ts [--mbox 20000 | --telegram 100000] [--one-by-one] [--database postgres://… [--keep]]
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  actorEvent,
  ANALYSE_JOB,
  HASH_MATCH_JOB,
  ingestPath,
  processItem,
  processItems,
  PROCESS_JOB,
  PROCESS_SMALL_JOB,
  recordEvent,
  SMALL_GROUP,
  type Job,
  type ProcessJobPayload,
} from '@tamga/core';
import { groupHandlers, jobHandlers } from '@tamga/server';
import { benchCase } from './bench-case';
import { writeMbox, writeTelegramExport } from './parse-corpus';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const telegram = option('--telegram') !== undefined;
const messages = Number(option('--telegram') ?? option('--mbox') ?? 20_000);
const oneByOne = args.includes('--one-by-one');
const databaseUrl = option('--database');
if (!Number.isInteger(messages) || messages <= 0) throw new Error('--mbox and --telegram take a number of messages');
if (databaseUrl && !databaseUrl.startsWith('postgres')) throw new Error('--database takes a postgres:// URL');
const corpus = join(tmpdir(), 'tamga-bench-parse');
mkdirSync(corpus, { recursive: true });
const input = join(corpus, telegram ? `telegram-${messages}.json` : `mail-${messages}.mbox`);
if (!existsSync(input)) await (telegram ? writeTelegramExport(input, messages) : writeMbox(input, messages));
const what = telegram ? 'the export' : 'the mailbox';

const dataDir = mkdtempSync(join(tmpdir(), 'tamga-bench-analyse-'));
const schema = databaseUrl ? `bench_${Math.random().toString(36).slice(2, 10)}` : undefined;
const { context, actor, caseId } = await benchCase(dataDir, databaseUrl ? { databaseUrl, databaseSchema: schema } : {});
const jobs = context.deps.jobs;
const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * A second worker's small writes while the item is analysed: the longest wait for the ledger's lock, for a whole
 * ledger append (the lock, the event and a durable commit) and for a whole job enqueue, and how many of each ran.
 */
function startProbe() {
  const waits = { lock: 0, ledger: 0, enqueue: 0, count: 0 };
  let running = true;
  const timed = async (key: 'ledger' | 'enqueue', work: () => Promise<unknown>) => {
    const start = performance.now();
    await work();
    waits[key] = Math.max(waits[key], performance.now() - start);
  };
  const append = () =>
    context.deps.store.transaction(async (tx) => {
      const start = performance.now();
      await tx.ledger.lockHead();
      waits.lock = Math.max(waits.lock, performance.now() - start);
      await recordEvent(tx, context.deps, actorEvent(actor, 'bench.probe', { caseId }));
    });
  const loop = (async () => {
    while (running) {
      await Promise.all([
        timed('ledger', append),
        timed('enqueue', () => jobs.enqueue({ name: 'bench.probe', payload: { n: waits.count } })),
      ]);
      waits.count++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return waits;
  };
}

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
  console.log(
    `${databaseUrl ? 'PostgreSQL' : 'SQLite'}: processing (${messages.toLocaleString('en-US')} messages${telegram ? '' : ' and their attachments'}): ${seconds(start).toFixed(2)} s`,
  );

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
    // The file's own job first (it was queued first), alone; then its attachments' jobs, as a worker takes them.
    start = performance.now();
    const own = await jobs.claim('bench', 600_000, [name]);
    if (own?.payload.itemId !== root.id) throw new Error(`the first ${name} job is not ${what}'s`);
    const stopProbe = name === ANALYSE_JOB ? startProbe() : undefined;
    const cpu = process.cpuUsage();
    await run([own]);
    const item = seconds(start);
    const { user, system } = process.cpuUsage(cpu);
    const waits = await stopProbe?.();
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
      `${name}: ${what}'s item ${item.toFixed(2)} s (this process's CPU ${((user + system) / 1e6).toFixed(2)} s); ${count.toLocaleString('en-US')} attachments ${seconds(start).toFixed(2)} s`,
    );
    if (waits) {
      console.log(
        `  meanwhile ${waits.count} probes, the longest: ledger lock ${waits.lock.toFixed(0)} ms, ledger append ${waits.ledger.toFixed(0)} ms, enqueue ${waits.enqueue.toFixed(0)} ms`,
      );
    }
  }
} finally {
  await context.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (databaseUrl && !args.includes('--keep')) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  }
}
