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
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import type { SearchIndex, SearchQuery, SearchSort } from '@tamga/core';
import { openStore, sqlSearchIndex, type SqlStore } from '@tamga/storage';
import {
  COLLOCATIONS,
  VOCABULARY,
  Rng,
  corpusDocuments,
  corpusPlan,
  type CorpusCase,
  type CorpusPlan,
  type Language,
} from './search-corpus';

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
const PAGE = 50;
const BATCH = 5_000;

const plan = corpusPlan(docs);

// The query set ---------------------------------------------------------------------------------------------------

interface BenchQuery {
  cls: string;
  query: SearchQuery;
  /** Deep pages: how many hits to page past (untimed) before the timed page. */
  skip?: number;
}

function buildQueries(plan: CorpusPlan): BenchQuery[] {
  const rng = new Rng(7);
  const out: BenchQuery[] = [];
  const sorts: SearchSort[] = ['relevance', 'time_desc', 'time_asc'];
  let turn = 0;
  const nextSort = () => sorts[turn++ % sorts.length]!;
  // Mostly the big case, where the work is.
  const pickCase = (): CorpusCase =>
    rng.weighted([
      [plan.cases[0]!, 0.7],
      [plan.cases[1]!, 0.2],
      [plan.cases[2]!, 0.1],
    ]);
  const lang = (c: CorpusCase): Language => rng.weighted(c.languages);
  const word = (l: Language, from: number, to: number) => VOCABULARY[l][from + rng.int(Math.min(to, VOCABULARY[l].length) - from)]!;
  const common = (l: Language) => word(l, 0, 12);
  const medium = (l: Language) => word(l, 40, 400);
  const rare = (l: Language) => word(l, Math.floor(VOCABULARY[l].length / 2), VOCABULARY[l].length);
  const add = (cls: string, kase: CorpusCase, text: string, more: Partial<SearchQuery> = {}, skip?: number) =>
    out.push({ cls, query: { caseId: kase.id, text, limit: PAGE, sort: more.sort ?? nextSort(), ...more }, ...(skip ? { skip } : {}) });
  const times = (n: number, f: (i: number) => void) => Array.from({ length: n }, (_, i) => f(i));
  const written = (phone: string) =>
    rng.chance(0.5) ? phone : `"${phone.slice(0, -7)} ${phone.slice(-7, -4)} ${phone.slice(-4, -2)} ${phone.slice(-2)}"`;
  const dayMs = 86_400_000;
  const window = (days: number) => {
    const from = Date.parse(plan.from) + rng.next() * (Date.parse(plan.to) - Date.parse(plan.from) - days * dayMs);
    const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}.000000Z`;
    return { from: iso(from), to: iso(from + days * dayMs) };
  };

  times(20, (i) => {
    const c = pickCase();
    if (i < 12) add('rare word', c, rare(lang(c)));
    else if (i < 17) add('rare word', c, written(c.mentionedPhones[1000 + rng.int(2000)]!));
    else add('rare word', c, c.contacts[c.contacts.length - 1 - rng.int(5)]!.email.slice(6));
  });
  times(15, () => {
    const c = pickCase();
    add('medium word', c, medium(lang(c)));
  });
  times(15, () => {
    const c = pickCase();
    add('common word, relevance', c, rng.chance(0.2) ? rng.pick(['telegram', 'whatsapp', 'email']) : common(lang(c)), {
      sort: 'relevance',
    });
  });
  times(15, (i) => {
    const c = pickCase();
    add('common word, by time', c, rng.chance(0.2) ? rng.pick(['telegram', 'whatsapp']) : common(lang(c)), {
      sort: i % 3 === 2 ? 'time_asc' : 'time_desc',
    });
  });
  times(18, (i) => {
    const c = pickCase();
    const l = lang(c);
    const pair = [
      [common(l), common(l)],
      [common(l), medium(l)],
      [medium(l), medium(l)],
      [rare(l), common(l)],
    ][i % 4]!;
    add('AND', c, rng.chance(0.3) ? pair.join(' AND ') : pair.join(' '));
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const text = [
      `${medium(l)} OR ${medium(l)}`,
      `${common(l)} OR ${medium(l)}`,
      `${medium(l)} OR ${medium(l)} OR ${medium(l)}`,
      `${rare(l)} OR ${rare(l)}`,
      'перевод OR аударым OR oʻtkazma OR ўтказма OR transfer',
    ][i % 5]!;
    add('OR', c, text);
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const text = [
      `${common(l)} -${common(l)}`,
      `${medium(l)} -${common(l)}`,
      `${common(l)} NOT ${medium(l)}`,
      `${medium(l)} -"${rng.pick(COLLOCATIONS[l])}"`,
    ][i % 4]!;
    add('NOT', c, text);
  });
  times(18, (i) => {
    const c = pickCase();
    const l = lang(c);
    const text = [
      `"${rng.pick(COLLOCATIONS[l])}"`,
      `"${common(l)} ${common(l)}"`,
      `"${common(l)} ${medium(l)}"`,
      `"${common(l)} ${common(l)} ${common(l)}"`,
      `"${rng.pick(COLLOCATIONS[l])}" ${medium(l)}`,
      `"${medium(l)} ${rare(l)}"`,
    ][i % 6]!;
    add('phrase', c, text);
  });
  times(18, (i) => {
    const c = pickCase();
    const l = lang(c);
    const w = i % 3 === 0 ? medium(l) : word(l, 0, 3000);
    const phrase = rng.pick(COLLOCATIONS[l]);
    const text = [`${w.slice(0, 3)}*`, `${w.slice(0, Math.max(4, w.length - 2))}*`, `"${phrase.slice(0, phrase.length - 2)}"*`][i % 3]!;
    add('prefix', c, [...text.replace(/[*"]/g, '')].length < 3 ? `${w}*` : text);
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const [text, types] = [
      [common(l), ['email']],
      [medium(l), ['call', 'message']],
      [common(l), ['document']],
      [rare(l), ['email', 'document']],
      [common(l), ['web_visit', 'download']],
    ][i % 5]! as [string, string[]];
    add('filter: type', c, text, { types });
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const [text, days] = [
      [common(l), 1],
      [common(l), 7],
      [common(l), 31],
      [medium(l), 365],
      [`${medium(l)} OR ${medium(l)}`, 90],
    ][i % 5]! as [string, number];
    add('filter: time', c, text, window(days));
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const items = [...c.items].sort((a, b) => a.docs - b.docs);
    const [text, ids] = [
      [common(l), [items[0]!.id]],
      [medium(l), [items[items.length - 1]!.id]],
      [common(l), [items[0]!.id, items[1]!.id]],
    ][i % 3]! as [string, string[]];
    add('filter: item', c, text, { itemIds: ids });
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const [text, entity] = [
      [common(l), `phone:${c.mentionedPhones[500 + rng.int(2500)]}`],
      [medium(l), `phone:${c.owners[0]!.whatsapp.slice(9)}`],
      [common(l), `payment_card:${c.cards[rng.int(20)]}`],
      [rare(l), `account:${c.owners[0]!.telegram}`],
      [common(l), `url:${c.links[rng.int(300)]}`],
    ][i % 5]! as [string, string];
    add('filter: entity', c, text, { entity });
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const quiet = c.contacts[c.contacts.length - 1 - rng.int(5)]!;
    const [text, account] = [
      [common(l), c.owners[0]!.telegram],
      [common(l), quiet.telegram],
      [medium(l), c.contacts[rng.int(3)]!.whatsapp],
      [common(l), quiet.email],
      [`${medium(l)} OR ${medium(l)}`, c.owners[1]!.telegram],
    ][i % 5]! as [string, string];
    add('filter: account', c, text, { account });
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const deep = i % 3 === 0;
    add('deep page (cursor)', c, deep ? common(l) : medium(l), {}, deep ? 5_000 : 1_000);
  });
  return out;
}

// Measuring -------------------------------------------------------------------------------------------------------

const now = () => Number(process.hrtime.bigint()) / 1e6;
/** CPU time of this process in ms: on a shared machine, wall time also measures everyone else's work. */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Row {
  label: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function summarise(label: string, times: number[]): Row {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    label,
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1]!,
  };
}

function table(title: string, rows: Row[]): string {
  const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
  const lines = [`| ${title} | n | p50 ms | p95 ms | p99 ms | max ms |`, '| --- | --: | --: | --: | --: | --: |'];
  for (const r of rows) lines.push(`| ${r.label} | ${r.n} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} |`);
  return lines.join('\n');
}

async function deepCursor(index: SearchIndex, q: BenchQuery): Promise<string | null> {
  let cursor: string | null = null;
  let skipped = 0;
  while (skipped < q.skip!) {
    const page = await index.search({ ...q.query, limit: Math.min(1_000, q.skip! - skipped), cursor });
    skipped += page.hits.length;
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return cursor;
}

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

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

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

function isWordQuery(q: BenchQuery): boolean {
  return !q.skip && /^\p{L}+$/u.test(q.query.text) && Object.keys(q.query).every((k) => ['caseId', 'text', 'limit', 'sort'].includes(k));
}

/** The reference: every document on a line of one file, and `rg -c -i -F` for each single-word query. */
function ripgrepReference(queries: BenchQuery[]): void {
  const words = queries.filter(isWordQuery).map((q) => q.query.text);
  let version: string;
  try {
    version = execFileSync('rg', ['--version'], { encoding: 'utf8' }).split('\n')[0]!;
  } catch {
    console.log('\nripgrep (rg) is not installed: no reference figures (apt-get install ripgrep).');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tamga-bench-rg-'));
  const file = join(dir, 'corpus.txt');
  try {
    const fd = openSync(file, 'w');
    for (const batch of corpusDocuments(plan, BATCH)) writeSync(fd, batch.map((d) => d.text.replace(/\s+/g, ' ')).join('\n') + '\n');
    closeSync(fd);
    const times: number[] = [];
    for (let rep = 0; rep <= reps; rep++)
      for (const word of words) {
        const start = now();
        try {
          execFileSync('rg', ['-c', '-i', '-F', word, file], { encoding: 'utf8' });
        } catch {
          // rg exits 1 when nothing matches; the time still counts.
        }
        if (rep > 0) times.push(now() - start);
      }
    const sorted = times.sort((a, b) => a - b);
    const [p50, p95] = [percentile(sorted, 50), percentile(sorted, 95)];
    console.log(
      `\n### Reference: ${version}, ${words.length} single-word queries × ${reps} runs over ${mb(statSync(file).size)} of text\n`,
    );
    console.log(`| | p50 ms | p95 ms |\n|---|---:|---:|\n| rg -c -i -F | ${p50.toFixed(1)} | ${p95.toFixed(1)} |`);
    if (wordTimes.length > 0) {
      const words = wordTimes.sort((a, b) => a - b);
      const [s50, s95] = [percentile(words, 50), percentile(words, 95)];
      console.log(`| SQLite, the same queries (first page of ${PAGE}, sorted) | ${s50.toFixed(1)} | ${s95.toFixed(1)} |`);
      console.log(`| ratio rg / SQLite | ${(p50 / s50).toFixed(0)}× | ${(p95 / s95).toFixed(0)}× |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describeCorpus();
const queries = buildQueries(plan);
console.log(`${queries.length} queries in ${new Set(queries.map((q) => q.cls)).size} classes\n`);
if (withSqlite) await benchSqlite(queries);
if (withPg) await benchPostgres(queries);
if (!indexOnly) ripgrepReference(queries);
