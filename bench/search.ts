// Search benchmark: a generated corpus of artefact documents (bench/search-corpus.ts) indexed through the
// SearchIndex port, then a mixed query set timed through search(): rare and common words, AND, OR, NOT,
// phrases, prefixes, every filter, the three sorts, first pages of 50 and deep pages reached by cursor.
// The reference is ripgrep: the same documents one per line in a file, and the same single-word queries answered
// by `rg -c -i -F WORD` (what finding them costs without an index), timed the same way.
// Run: npx tsx bench/search.ts [--docs 1000000] [--reps 3] [--pg] [--no-sqlite] [--db file.db] [--results out] [--index-only]
//   --pg        also on PostgreSQL (TAMGA_BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test):
//               a database of its own, tamga_bench_search, created and dropped.
//   --db        keep the SQLite index in this file and reuse it when it is there (skips indexing).
//   --pg-keep   keep the PostgreSQL database, and reuse it when it holds the corpus (skips indexing).
//   --results   write each query's total and hit ids, to compare two runs or two databases.
//
// This file runs the benchmark and prints its report; search/build-queries.ts draws the query set, search/clock.ts,
// search/summarise.ts and search/table.ts measure and tabulate, search/ripgrep-reference.ts times ripgrep.
import { mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import type { SearchIndex } from '@tamga/core';
import { openStore, sqlSearchIndex, type SqlStore } from '@tamga/storage';
import { corpusDocuments, corpusPlan } from './search-corpus';
import { type BenchQuery, isWordQuery, PAGE } from './search/bench-query';
import { buildQueries } from './search/build-queries';
import { cpuNow, load, now } from './search/clock';
import { deepCursor } from './search/deep-cursor';
import { ripgrepReference } from './search/ripgrep-reference';
import { summarise } from './search/summarise';
import { mb, table } from './search/table';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const docs = Number(option('docs') ?? 1_000_000);
const reps = Number(option('reps') ?? 3);
const withPg = args.includes('--pg');
const withSqlite = !args.includes('--no-sqlite');
const keepDb = option('db');
const resultsFile = option('results');
const indexOnly = args.includes('--index-only');
const pgKeep = args.includes('--pg-keep');
const pgUrl = process.env.TAMGA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PG_DATABASE = 'tamga_bench_search';
const BATCH = 5_000;

const plan = corpusPlan(docs);

async function runQueries(name: string, index: SearchIndex, queries: BenchQuery[]): Promise<void> {
  const cursors = new Map<BenchQuery, string | null>();
  for (const q of queries) if (q.skip) cursors.set(q, await deepCursor(index, q));
  // One pass untimed to warm the caches as a server that has been running would have them, then `reps` timed.
  const byClass = new Map<string, number[]>();
  const bySort = new Map<string, number[]>();
  const all: number[] = [];
  const cpuByClass = new Map<string, number[]>();
  const cpuAll: number[] = [];
  const results: string[] = [];
  const loadBefore = load();
  const slowest: Array<{ ms: number; q: BenchQuery; total: number }> = [];
  for (let rep = 0; rep <= reps; rep++) {
    const order = queries.map((q, i) => ({ q, k: (i * 7919 + rep * 104729) % 1_000_003 })).sort((a, b) => a.k - b.k);
    for (const { q } of order) {
      const query = q.skip ? { ...q.query, cursor: cursors.get(q) ?? null } : q.query;
      const start = now();
      const cpuStart = cpuNow();
      const page = await index.search(query);
      const ms = now() - start;
      const cpuMs = cpuNow() - cpuStart;
      if (rep === 0) {
        if (resultsFile)
          results.push(
            JSON.stringify({
              cls: q.cls,
              query: q.query,
              skip: q.skip ?? 0,
              total: page.total,
              ...pageFlags(page),
              hits: page.hits.map((h) => h.artifactId),
            }),
          );
        continue;
      }
      for (const [map, key] of [
        [byClass, q.cls],
        [bySort, q.query.sort ?? 'relevance'],
        [cpuByClass, q.cls],
      ] as const)
        map.set(key, [...(map.get(key) ?? []), map === cpuByClass ? cpuMs : ms]);
      all.push(ms);
      cpuAll.push(cpuMs);
      if (name === 'SQLite' && isWordQuery(q)) wordTimes.push(ms);
      slowest.push({ ms, q, total: page.total });
    }
  }
  if (resultsFile) writeFileSync(`${resultsFile}.${name}.jsonl`, results.join('\n') + '\n');
  console.log(`\n### ${name}: ${queries.length} queries × ${reps} runs (after one warm-up run), pages of ${PAGE}`);
  console.log(`\nLoad average (1, 5, 15 min) before the timed runs: ${loadBefore}; after: ${load()}. Wall time:\n`);
  console.log(table('Query class', [...[...byClass].map(([k, v]) => summarise(k, v)), summarise('**all**', all)]));
  if (name === 'SQLite') {
    // PostgreSQL's work is in the server's processes, so only SQLite's shows in this process's CPU time.
    console.log('\nCPU time of the process per query (what the search costs without the other load on the machine):\n');
    console.log(table('Query class (CPU)', [...[...cpuByClass].map(([k, v]) => summarise(k, v)), summarise('**all**', cpuAll)]));
  }
  console.log();
  console.log(
    table(
      'Sort',
      [...bySort].map(([k, v]) => summarise(k, v)),
    ),
  );
  console.log('\nSlowest queries:');
  const seen = new Set<BenchQuery>();
  for (const s of slowest.sort((a, b) => b.ms - a.ms)) {
    if (seen.has(s.q)) continue;
    seen.add(s.q);
    const { caseId: _caseId, limit: _limit, ...rest } = s.q.query;
    console.log(`  ${s.ms.toFixed(1)} ms  [${s.q.cls}] ${JSON.stringify(rest)}${s.q.skip ? ` after ${s.q.skip}` : ''} total=${s.total}`);
    if (seen.size >= 10) break;
  }
}

function pageFlags(page: object): Record<string, unknown> {
  return 'totalIsLowerBound' in page ? { totalIsLowerBound: page.totalIsLowerBound } : {};
}

async function indexCorpus(name: string, index: SearchIndex): Promise<number> {
  let indexed = 0;
  let indexMs = 0;
  let indexCpuMs = 0;
  let generateMs = 0;
  let last = now();
  const loadBefore = load();
  const progress = process.stdout.isTTY;
  for (const batch of corpusDocuments(plan, BATCH)) {
    const start = now();
    const cpuStart = cpuNow();
    generateMs += start - last;
    await index.index(batch);
    last = now();
    indexMs += last - start;
    indexCpuMs += cpuNow() - cpuStart;
    indexed += batch.length;
    if (progress) process.stdout.write(`\r${name}: indexed ${indexed.toLocaleString('en-US')} of ${docs.toLocaleString('en-US')}`);
  }
  if (progress) process.stdout.write('\n');
  console.log(
    `${name}: indexed ${indexed.toLocaleString('en-US')} documents in ${(indexMs / 1000).toFixed(1)} s = ${Math.round(indexed / (indexMs / 1000)).toLocaleString('en-US')} docs/s; CPU time of this process ${(indexCpuMs / 1000).toFixed(1)} s = ${Math.round(indexed / (indexCpuMs / 1000)).toLocaleString('en-US')} docs/s (generating them took ${(generateMs / 1000).toFixed(1)} s more; load average ${loadBefore} before, ${load()} after)`,
  );
  return indexMs;
}

function describeCorpus(): void {
  console.log(`## bench/search: ${docs.toLocaleString('en-US')} documents, seed ${plan.seed}\n`);
  for (const c of plan.cases)
    console.log(
      `- ${c.name} (${c.id.slice(0, 8)}): ${c.docs.toLocaleString('en-US')} documents in ${c.items.length} items, ${c.owners.length} owners × 3 accounts, ${c.contacts.length} contacts; ${c.languages.map(([l, w]) => `${l} ${Math.round(w * 100)}%`).join(', ')}`,
    );
  console.log();
}

async function benchSqlite(queries: BenchQuery[]): Promise<void> {
  const dir = keepDb ? null : mkdtempSync(join(tmpdir(), 'tamga-bench-search-'));
  const path = keepDb ?? join(dir!, 'tamga.db');
  const reuse = keepDb !== undefined && existsSync(keepDb);
  const store: SqlStore = await openStore(`sqlite:${path}`);
  try {
    const index = sqlSearchIndex(store);
    if (reuse) console.log(`SQLite: reusing the index in ${path}`);
    else await indexCorpus('SQLite', index);
    // What a server would see: the WAL checkpointed into the file.
    await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
    const size = statSync(path).size;
    const { rows } = await sql<{ name: string; bytes: number }>`select name, sum(pgsize) as bytes from dbstat group by name order by 2 desc`
      .execute(store.db)
      .catch(() => ({ rows: [] as Array<{ name: string; bytes: number }> }));
    console.log(
      `SQLite: database file ${mb(size)}${
        rows.length
          ? ` (${rows
              .slice(0, 8)
              .map((r) => `${r.name} ${mb(r.bytes)}`)
              .join(', ')})`
          : ''
      }`,
    );
    if (!indexOnly) await runQueries('SQLite', index, queries);
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function benchPostgres(queries: BenchQuery[]): Promise<void> {
  const url = new URL(pgUrl);
  url.pathname = `/${PG_DATABASE}`;
  const exists = await admin(async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [PG_DATABASE])).rowCount === 1);
  let reuse = false;
  if (pgKeep && exists) {
    const probe = await openStore(url.toString());
    const { rows } = await sql<{ n: string }>`select count(*) as n from search_documents`.execute(probe.db);
    await probe.close();
    reuse = Number(rows[0]?.n) === docs;
  }
  if (!reuse)
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${PG_DATABASE} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${PG_DATABASE}`);
    });
  const store = await openStore(url.toString());
  try {
    const index = sqlSearchIndex(store);
    if (reuse) console.log(`PostgreSQL: reusing the index in database ${PG_DATABASE}`);
    else await indexCorpus('PostgreSQL', index);
    // Autovacuum would get there on its own; the benchmark does not wait for it.
    const start = now();
    await sql`vacuum analyze search_documents`.execute(store.db);
    await sql`vacuum analyze search_keys`.execute(store.db);
    await sql`vacuum analyze search_texts`.execute(store.db);
    console.log(`PostgreSQL: vacuum analyze ${((now() - start) / 1000).toFixed(1)} s`);
    const { rows } = await sql<{ total: string; docs: string; keys: string }>`
      select pg_database_size(current_database()) as total,
             pg_total_relation_size('search_documents') as docs,
             pg_total_relation_size('search_keys') as keys`.execute(store.db);
    const r = rows[0]!;
    console.log(
      `PostgreSQL: database ${mb(Number(r.total))} (search_documents with indexes ${mb(Number(r.docs))}, search_keys ${mb(Number(r.keys))})`,
    );
    if (!indexOnly) await runQueries('PostgreSQL', index, queries);
  } finally {
    await store.close();
    if (!pgKeep) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${PG_DATABASE} WITH (FORCE)`));
  }
}

/** p50 and p95 of SQLite's single-word queries, for the ratio to ripgrep. */
const wordTimes: number[] = [];

describeCorpus();
const queries = buildQueries(plan);
console.log(`${queries.length} queries in ${new Set(queries.map((q) => q.cls)).size} classes\n`);
if (withSqlite) await benchSqlite(queries);
if (withPg) await benchPostgres(queries);
if (!indexOnly) ripgrepReference(queries, plan, BATCH, reps, wordTimes);
