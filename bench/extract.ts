// Entity extraction benchmark: extractEntities over a generated, labelled corpus (bench/extract-corpus.ts) on one
// thread, with throughput and precision/recall per entity type; beside it, ripgrep extracting e-mail addresses with
// one regex from the same file as a speed reference.
// Run: npx tsx bench/extract.ts [--mb 200] [--out /tmp/tamga-bench-extract] [--examples 5]
//
// Scoring: a valid match is a true positive when (type, value, start) equals a label of its document; every other
// valid match is a false positive (on a decoy or anywhere else, since the filler text is built free of entities);
// a label no valid match meets is a false negative. Matches reported valid: false (unvalidated candidates) are not
// counted either way. Throughput is measured in a first pass that only extracts; the scoring pass comes after.
import { spawnSync } from 'node:child_process';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { extractEntities, TEXT_ENTITY_TYPES, type EntityMatch } from '@tamga/analysis';
import { DOCUMENT_SEPARATOR, ensureExtractCorpus, type DocumentKind, type DocumentLabels } from './extract-corpus';

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '200' },
    out: { type: 'string', default: '/tmp/tamga-bench-extract' },
    examples: { type: 'string', default: '0' },
  },
});
const mb = Number(args.mb);
const exampleLimit = Number(args.examples);
const TARGET_MBPS = 25;
const TARGET_PR = 0.98;
// The reference: one e-mail regex, as an analyst would grep for addresses.
const RG_EMAIL = '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}';

const started = Date.now();
const corpus = await ensureExtractCorpus(args.out, mb);
const fileBytes = statSync(corpus.textPath).size;
console.log(
  `corpus: ${corpus.documents.toLocaleString('en-US')} documents, ${(corpus.textBytes / 1e6).toFixed(1)} MB of text, ` +
    `${corpus.labels.toLocaleString('en-US')} labels, ${corpus.decoys.toLocaleString('en-US')} decoys (${corpus.textPath}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);

/**
 * Documents of the text file, in order, read in chunks so that the corpus size is not bounded by string length. Each
 * is decoded from its own bytes, so it is a flat string as JSON.parse or a database driver would hand it over (not a
 * slice of a larger one). The separator's bytes cannot occur inside a UTF-8 sequence.
 */
async function* documents(path: string): AsyncGenerator<string> {
  const separator = Buffer.from(DOCUMENT_SEPARATOR);
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 8 << 20 })) {
    const buffer = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let from = 0;
    for (let at = buffer.indexOf(separator, from); at >= 0; at = buffer.indexOf(separator, from)) {
      yield buffer.toString('utf8', from, at);
      from = at + separator.length;
    }
    rest = buffer.subarray(from);
  }
  if (rest.length) yield rest.toString('utf8');
}

async function* labelLines(path: string): AsyncGenerator<DocumentLabels> {
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (line) yield JSON.parse(line) as DocumentLabels;
  }
}

interface Tally {
  planted: number;
  tp: number;
  fp: number;
  /** The part of fp that fell on a decoy. */
  fpOnDecoy: number;
  fn: number;
}

const tallies = new Map<string, Tally>(TEXT_ENTITY_TYPES.map((t) => [t, { planted: 0, tp: 0, fp: 0, fpOnDecoy: 0, fn: 0 }]));
const decoyTallies = new Map<string, { count: number; reportedValid: number }>();
const examples = new Map<string, string[]>();

function example(kind: string, line: string): void {
  const list = examples.get(kind) ?? [];
  if (list.length < exampleLimit) list.push(line);
  examples.set(kind, list);
}

function context(text: string, start: number, end: number): string {
  return JSON.stringify(text.slice(Math.max(0, start - 30), start) + '⟦' + text.slice(start, end) + '⟧' + text.slice(end, end + 30));
}

function score(text: string, expected: DocumentLabels, found: EntityMatch[]): void {
  const open = new Map<string, [string, string, number]>();
  for (const label of expected.labels) {
    open.set(`${label[0]}\u0000${label[1]}\u0000${label[2]}`, label);
    tallies.get(label[0])!.planted++;
  }
  const decoyHit = new Array<boolean>(expected.decoys.length).fill(false);
  for (const m of found) {
    if (!m.valid) continue;
    const tally = tallies.get(m.type)!;
    const key = `${m.type}\u0000${m.value}\u0000${m.start}`;
    if (open.delete(key)) {
      tally.tp++;
      continue;
    }
    tally.fp++;
    let onDecoy = false;
    expected.decoys.forEach(([, raw, start], i) => {
      if (m.start < start + raw.length && start < m.end) {
        onDecoy = true;
        decoyHit[i] = true;
      }
    });
    if (onDecoy) tally.fpOnDecoy++;
    example(`FP ${m.type}`, `${m.value} [${expected.region}] ${context(text, m.start, m.end)}`);
  }
  for (const [type, value, start] of open.values()) {
    tallies.get(type)!.fn++;
    const near = found
      .filter((m) => m.type === type && Math.abs(m.start - start) < 60)
      .map((m) => `${m.value}@${m.start}${m.valid ? '' : '(invalid)'}`);
    example(`FN ${type}`, `${value}@${start} [${expected.region}] ${context(text, start, start + 20)} found: ${near.join(', ') || '-'}`);
  }
  expected.decoys.forEach(([type, , , kind], i) => {
    const key = `${type}/${kind}`;
    const tally = decoyTallies.get(key) ?? { count: 0, reportedValid: 0 };
    tally.count++;
    if (decoyHit[i]) tally.reportedValid++;
    decoyTallies.set(key, tally);
  });
}

// Three clocks per timed section: wall time (on a shared machine it also counts the time other processes held the
// core), the process's CPU time (the extraction's thread plus V8's garbage-collection and compiler threads; the
// headline figure, as the whole cost of the work) and the CPU time of the extraction's own thread.
interface Timing {
  docs: number;
  bytes: number;
  labels: number;
  wallNs: bigint;
  /** CPU time of the whole process (GC and compiler threads included). */
  cpuUs: number;
  /** CPU time of the thread that runs the extraction (Linux), or NaN. */
  threadNs: number;
}

/** The calling thread's CPU time in nanoseconds, from the scheduler (Linux); NaN elsewhere. */
function threadCpuNs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
  } catch {
    return NaN;
  }
}

// Rows: each document kind; documents without any entity or decoy ('plain') and those with some; everything.
type Row = DocumentKind | 'plain' | 'with entities' | 'all';
const ROWS: readonly Row[] = ['chat', 'email', 'dense', 'plain', 'with entities', 'all'];
const timings = new Map<Row, Timing>();
const timing = (kind: Row): Timing => {
  let t = timings.get(kind);
  if (!t) timings.set(kind, (t = { docs: 0, bytes: 0, labels: 0, wallNs: 0n, cpuUs: 0, threadNs: 0 }));
  return t;
};
const BATCH = 10_000;
const WARM_UP = 10_000;
type Document = { text: string; labels: DocumentLabels; bytes: number };

async function* batches(): AsyncGenerator<Document[]> {
  const labels = labelLines(corpus.labelsPath);
  let batch: Document[] = [];
  let read = 0;
  for await (const text of documents(corpus.textPath)) {
    const next = await labels.next();
    if (next.done) throw new Error('labels file ends before the text file');
    batch.push({ text, labels: next.value, bytes: Buffer.byteLength(text) });
    read++;
    if (batch.length === BATCH || read === WARM_UP) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

const extract = (d: Document) => extractEntities(d.text, { defaultRegion: d.labels.region, field: 'text' });

// Pass 1, timed: every document once, in file order, batch by batch, each batch's kinds (and within a kind the
// documents with and without entities) timed apart; the results are dropped, as a worker drops them once stored.
// The first WARM_UP documents are not timed: they pay for compiling the code and the libraries' patterns, which a
// long-running worker pays once.
const plain = (d: Document) => !d.labels.labels.length && !d.labels.decoys.length;
let seen = 0;
for await (const batch of batches()) {
  const timed = seen >= WARM_UP;
  seen += batch.length;
  for (const [kind, empty] of (['chat', 'email', 'dense'] as const).flatMap((k) => [[k, true] as const, [k, false] as const])) {
    const docs = batch.filter((d) => d.labels.kind === kind && plain(d) === empty);
    if (!docs.length) continue;
    const cpu0 = process.cpuUsage();
    const thread0 = threadCpuNs();
    const t0 = process.hrtime.bigint();
    for (const d of docs) extract(d);
    const wall = process.hrtime.bigint() - t0;
    const thread = threadCpuNs() - thread0;
    const cpu = process.cpuUsage(cpu0);
    if (!timed) continue;
    for (const t of [timing(kind), timing(empty ? 'plain' : 'with entities'), timing('all')]) {
      t.docs += docs.length;
      t.wallNs += wall;
      t.cpuUs += cpu.user + cpu.system;
      t.threadNs += thread;
      for (const d of docs) {
        t.bytes += d.bytes;
        t.labels += d.labels.labels.length;
      }
    }
  }
}

// Pass 2, untimed: the same extraction again, scored against the labels.
let matches = 0;
for await (const batch of batches()) {
  for (const d of batch) {
    const found = extract(d);
    score(d.text, d.labels, found);
    matches += found.length;
  }
}
const all = timing('all');
const textBytes = all.bytes;
const seconds = Number(all.wallNs) / 1e9;
const cpuSeconds = all.cpuUs / 1e6;
const mbps = textBytes / 1e6 / cpuSeconds;

// Reference: ripgrep, one thread, warm cache (the first run reads the file in); bash's `time` gives its CPU time.
function timeRg(): { seconds: number; cpuSeconds: number; count: number } {
  const child = spawnSync('bash', ['-c', 'TIMEFORMAT="%R %U %S"; time rg -j1 -o -c "$0" "$1"', RG_EMAIL, corpus.textPath], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`rg failed: ${child.stderr || child.error}`);
  const [real, user, sys] = child.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number];
  return { seconds: real, cpuSeconds: user + sys, count: Number(child.stdout.trim()) };
}
timeRg();
const rg = [timeRg(), timeRg(), timeRg()].sort((a, b) => a.cpuSeconds - b.cpuSeconds)[0]!;
const rgMbps = fileBytes / 1e6 / rg.cpuSeconds;

const fmt = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(4));
const n = (x: number) => x.toLocaleString('en-US');
console.log('\n| type | planted | TP | FP | FN | precision | recall |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
const total: Tally = { planted: 0, tp: 0, fp: 0, fpOnDecoy: 0, fn: 0 };
const below: string[] = [];
for (const [type, t] of tallies) {
  const precision = t.tp / (t.tp + t.fp);
  const recall = t.tp / (t.tp + t.fn);
  if (!(precision >= TARGET_PR) || !(recall >= TARGET_PR)) below.push(type);
  const fp = t.fpOnDecoy ? `${n(t.fp)} (${n(t.fpOnDecoy)} on decoys)` : n(t.fp);
  console.log(`| ${type} | ${n(t.planted)} | ${n(t.tp)} | ${fp} | ${n(t.fn)} | ${fmt(precision)} | ${fmt(recall)} |`);
  for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += t[key];
}
console.log(
  `| **all** | ${n(total.planted)} | ${n(total.tp)} | ${n(total.fp)} | ${n(total.fn)} | ${fmt(total.tp / (total.tp + total.fp))} | ${fmt(total.tp / (total.tp + total.fn))} |`,
);

console.log('\n| decoy (type imitated / kind) | planted | reported valid |');
console.log('| --- | ---: | ---: |');
for (const [key, t] of [...decoyTallies].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`| ${key} | ${n(t.count)} | ${n(t.reportedValid)} |`);

console.log(
  '\n| documents | count | MB | labels per KB | process CPU s | thread CPU s | wall s | MB/s (process CPU) | MB/s (thread CPU) | MB/s (wall) |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const kind of ROWS) {
  const t = timings.get(kind);
  if (!t) continue;
  const cpu = t.cpuUs / 1e6;
  const thread = t.threadNs / 1e9;
  const wall = Number(t.wallNs) / 1e9;
  const rate = (s: number) => (t.bytes / 1e6 / s).toFixed(1);
  console.log(
    `| ${kind} | ${n(t.docs)} | ${(t.bytes / 1e6).toFixed(1)} | ${((t.labels / t.bytes) * 1000).toFixed(2)} | ${cpu.toFixed(2)} | ${thread.toFixed(2)} | ` +
      `${wall.toFixed(2)} | ${rate(cpu)} | ${rate(thread)} | ${rate(wall)} |`,
  );
}
console.log(
  `\nextractEntities, one thread: ${(textBytes / 1e6).toFixed(1)} MB (${n(all.docs)} documents after ${n(WARM_UP)} untimed ones; ${n(matches)} matches in the whole corpus) in ${cpuSeconds.toFixed(2)} s ` +
    `of process CPU = **${mbps.toFixed(1)} MB/s per core** (target ≥ ${TARGET_MBPS} MB/s: ${mbps >= TARGET_MBPS ? 'met' : 'NOT met'}); ` +
    `its own thread ${(all.threadNs / 1e9).toFixed(2)} s = ${(textBytes / 1e6 / (all.threadNs / 1e9)).toFixed(1)} MB/s; ` +
    `wall ${seconds.toFixed(2)} s = ${(textBytes / 1e6 / seconds).toFixed(1)} MB/s (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
);
console.log(
  `reference: rg -j1 -o -c '${RG_EMAIL}' (${spawnSync('rg', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]}): ` +
    `${(fileBytes / 1e6).toFixed(1)} MB in ${rg.cpuSeconds.toFixed(2)} s of CPU (${rg.seconds.toFixed(2)} s wall) = ${rgMbps.toFixed(1)} MB/s ` +
    `(wall: ${(fileBytes / 1e6 / rg.seconds).toFixed(1)} MB/s), ${n(rg.count)} e-mail matches`,
);
console.log(
  `extractEntities ÷ rg: ${(rgMbps / mbps).toFixed(1)}× the time per MB on CPU time (${(fileBytes / rg.seconds / (textBytes / seconds)).toFixed(1)}× on wall time); ` +
    'all 13 types found and validated against one regex',
);
console.log(`precision and recall ≥ ${TARGET_PR} for every type: ${below.length ? `NOT met (${below.join(', ')})` : 'met'}`);
for (const [kind, list] of [...examples].sort((a, b) => a[0].localeCompare(b[0]))) {
  if (!list.length) continue;
  console.log(`\n${kind}:`);
  for (const line of list) console.log(`  ${line}`);
}
