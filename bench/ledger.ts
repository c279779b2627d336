// Ledger benchmark: appending events (one transaction each, as use cases do; one caller, then several at once)
// and verifying the whole chain, beside sha256sum over the same canonical bytes. Run: npm run bench:ledger [-- events]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actorEvent, canonicalJson, DEFAULT_SETTINGS, recordEvent, scanLedger, type LedgerDeps } from '@tamga/core';
import { keyFileSigner, openStore } from '@tamga/storage';

const total = Number(process.argv[2] ?? 20_000);
const url = process.env.TAMGA_BENCH_DATABASE_URL;
const dir = mkdtempSync(join(tmpdir(), 'tamga-bench-'));
const schema = url ? `bench_${process.pid}` : undefined;
const store = await openStore(url ?? `sqlite:${join(dir, 'tamga.db')}`, schema ? { schema } : {});
const deps: LedgerDeps = { clock: { now: () => new Date() }, signer: keyFileSigner(join(dir, 'key')), settings: DEFAULT_SETTINGS };

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

const append = (i: number) =>
  store.transaction((tx) =>
    recordEvent(
      tx,
      deps,
      actorEvent(null, 'bench.event', {
        caseId: 'bench',
        targetType: 'item',
        targetId: String(i),
        details: { i, note: 'Проверка целостности' },
      }),
    ),
  );

let start = process.hrtime.bigint();
for (let i = 0; i < total; i++) await append(i);
const appendSeconds = seconds(start);

// As a server with several users and workers: this many callers appending at once, each waiting for its own.
const callers = 8;
start = process.hrtime.bigint();
await Promise.all(
  Array.from({ length: callers }, async (_, caller) => {
    for (let i = caller; i < total; i += callers) await append(total + i);
  }),
);
const concurrentSeconds = seconds(start);
const events = 2 * total;

start = process.hrtime.bigint();
const report = await scanLedger(store, deps.signer.publicKeyHex);
const verifySeconds = seconds(start);
if (!report.ok) throw new Error(`verification failed: ${report.firstProblem?.message}`);

// The reference: hashing the same canonical JSON with sha256sum (one pass over the bytes, no chain, no database).
const rows = await store.transaction((tx) => tx.ledger.list({ limit: events + 10, order: 'asc' }));
const file = join(dir, 'events.jsonl');
writeFileSync(file, rows.map(({ hash: _hash, ...rest }) => canonicalJson(rest)).join('\n'));
start = process.hrtime.bigint();
execFileSync('sha256sum', [file]);
const sha256sumSeconds = seconds(start);

await store.close();
if (url && schema) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA ${schema} CASCADE`);
  await client.end();
}
rmSync(dir, { recursive: true, force: true });

const row = (name: string, s: number, count = events) =>
  `${name.padEnd(34)} ${s.toFixed(3).padStart(8)} s  ${Math.round(count / s)
    .toLocaleString('en')
    .padStart(10)} events/s`;
console.log(`ledger benchmark: ${events} events on ${store.dialect}, ${report.checkpoints} checkpoints`);
console.log(row('append (one transaction each)', appendSeconds, total));
console.log(row(`append, ${callers} callers at once`, concurrentSeconds, total));
console.log(row('tamga verify (chain + checkpoints)', verifySeconds));
console.log(row('sha256sum of the same bytes', sha256sumSeconds));
console.log(`verify / sha256sum: ${(verifySeconds / sha256sumSeconds).toFixed(1)}×`);
