// One timed processing run for bench/parse.ts, in a process of its own so its peak RSS is its own.
// Argument: JSON { input, dataDir }. Takes the file in, processes it (and its children) with the built-in
// parsers on SQLite, and prints JSON with the timings on stdout.
import { createCase, createUser, ingestPath, processItem, recordAuthorization, type Actor } from '@tamga/core';
import { createContext, initialise, loadConfig } from '@tamga/server';

const { input, dataDir } = JSON.parse(process.argv[2]!) as { input: string; dataDir: string };
const context = await createContext(loadConfig({}, { dataDir }));
const admin = await initialise(context, { adminPassword: 'Qalam-Str0ng-Passw0rd-99' });
const adminActor: Actor = { userId: admin!.user.id, username: 'admin', role: 'admin', sessionId: null, mustChangePassword: false };
const { user } = await createUser(context.deps, adminActor, {
  username: 'bench',
  displayName: 'Bench',
  role: 'investigator',
  password: 'Qalam-Str0ng-Passw0rd-99',
});
const actor: Actor = { userId: user.id, username: 'bench', role: 'investigator', sessionId: null, mustChangePassword: false };
const record = await createCase(context.deps, actor, {
  reference: 'BENCH-1',
  title: 'Benchmark',
  country: 'KZ',
  timeZone: 'Asia/Almaty',
  offences: [{ framework: 'NATIONAL', country: 'KZ', code: '255' }],
});
await recordAuthorization(context.deps, actor, record.id, {
  type: 'COURT_WARRANT',
  number: 'B-1',
  issuerType: 'COURT',
  issuedBy: { body: 'Court', name: 'Judge', country: 'KZ' },
  issuedAt: '2026-01-01T00:00:00Z',
  validFrom: '2026-01-01T00:00:00Z',
  validUntil: '2099-01-01T00:00:00Z',
  measures: ['SEARCH_SEIZURE'],
  scope: { categories: [], selectors: [], exhibits: [], period: null },
  legalBasis: [{ instrument: 'DOMESTIC_CPC', domesticProvision: 'CPC 252' }],
  grounds: 'benchmark',
});

let t = process.hrtime.bigint();
const { root } = await ingestPath(context.deps, actor, record.id, { path: input });
const ingestSeconds = Number(process.hrtime.bigint() - t) / 1e9;

// The item itself, then every child it produced, in this process (the worker's handler, without polling).
t = process.hrtime.bigint();
const main = await processItem(context.deps, context.parsers, { caseId: record.id, itemId: root.id });
const parseSeconds = Number(process.hrtime.bigint() - t) / 1e9;
t = process.hrtime.bigint();
let childArtifacts = 0;
for (;;) {
  const job = await context.deps.jobs.claim('bench', 600_000, ['evidence.process']);
  if (!job) break;
  const payload = job.payload as { caseId: string; itemId: string };
  // The root's own job (queued at intake) finds it done and returns at once; only children count here.
  const state = await processItem(context.deps, context.parsers, payload);
  if (payload.itemId !== root.id) childArtifacts += state.artifacts;
  await context.deps.jobs.complete(job.id, 'bench');
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
