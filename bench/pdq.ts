// PDQ benchmark: hashing one-megapixel JPEGs with bounded concurrency, and radius queries on a PdqIndex of random
// hashes (build time, memory, latency percentiles, beside a linear scan).
// Run: npx tsx bench/pdq.ts [--images 200] [--concurrency 2] [--index 1000000] [--queries 10000]
// (add --expose-gc after tsx for steadier memory figures)
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { hammingDistanceWords, pdqHexToWords, pdqWordsToHex } from '../packages/analysis/src/pdq/hamming';
import { pdqHash, PDQ_MIN_QUALITY, type PdqHash } from '../packages/analysis/src/pdq/pdq-hash';
import { PdqIndex } from '../packages/analysis/src/pdq/pdq-index';
import { mulberry32, writeSyntheticJpeg } from './pdq-corpus';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const imageCount = option('images', 200);
const concurrency = option('concurrency', 2);
const indexSize = option('index', 1_000_000);
const queryCount = option('queries', 10_000);
const WIDTH = 1155;
const HEIGHT = 866; // 1,000,230 pixels, 4:3

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** Runs `task` over `items` with at most `limit` in flight; results in input order. */
async function mapConcurrent<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// ---- hashing ----
const corpus = join(tmpdir(), 'tamga-bench-pdq');
mkdirSync(corpus, { recursive: true });
const files: string[] = [];
for (let i = 0; i < imageCount; i++) {
  const path = join(corpus, `img-${WIDTH}x${HEIGHT}-${i}.jpg`);
  if (!existsSync(path)) await writeSyntheticJpeg(path, WIDTH, HEIGHT, 1000 + i);
  files.push(path);
}
// Warm up the JIT and sharp's thread pool, as a long-running server would be.
await mapConcurrent(files.slice(0, Math.min(20, files.length)), concurrency, (f) => pdqHash(f));

const hashRuns: Array<{ limit: number; perSecond: number; cores: number; cpuPerImage: number }> = [];
let hashes: PdqHash[] = [];
for (const limit of [...new Set([concurrency, 1, 4])]) {
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = await mapConcurrent(files, limit, (f) => pdqHash(f));
  const elapsed = seconds(start);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  hashRuns.push({ limit, perSecond: files.length / elapsed, cores: cpuSeconds / elapsed, cpuPerImage: (cpuSeconds / files.length) * 1000 });
  if (limit === concurrency) hashes = result;
}
const lowQuality = hashes.filter((h) => h.quality < PDQ_MIN_QUALITY).length;
const distinct = new Set(hashes.map((h) => h.hash)).size;

// ---- index ----
gc?.();
const before = process.memoryUsage();
const next = mulberry32(20240601);
const words = new Uint32Array(8);
const randomHex = () => {
  for (let i = 0; i < 8; i++) words[i] = next();
  return pdqWordsToHex(words);
};
const index = new PdqIndex(indexSize);
const keep = Math.min(indexSize, 5000);
const kept: string[] = [];
let start = process.hrtime.bigint();
for (let id = 0; id < indexSize; id++) {
  const hex = randomHex();
  if (id < keep) kept.push(hex);
  index.add(id, hex);
}
const addSeconds = seconds(start);
start = process.hrtime.bigint();
index.build();
const buildSeconds = seconds(start);
gc?.();
const after = process.memoryUsage();

/** A stored hash with `flips` random bits changed (may flip the same bit twice, so the distance is ≤ flips). */
const near = (hex: string, flips: number) => {
  const w = pdqHexToWords(hex);
  for (let f = 0; f < flips; f++) {
    const bit = next() & 255;
    w[bit >> 5] = (w[bit >> 5]! ^ (1 << (bit & 31))) >>> 0;
  }
  return pdqWordsToHex(w);
};
const queries: Array<{ hex: string; expect: number }> = [];
for (let q = 0; q < queryCount; q++) {
  if (q % 2 === 0) queries.push({ hex: randomHex(), expect: -1 });
  else {
    const target = next() % keep;
    queries.push({ hex: near(kept[target]!, next() % 32), expect: target });
  }
}
for (let q = 0; q < Math.min(500, queries.length); q++) index.query(queries[q]!.hex);
const latencies = new Float64Array(queries.length);
let matches = 0;
let missed = 0;
for (let q = 0; q < queries.length; q++) {
  const t = performance.now();
  const found = index.query(queries[q]!.hex, 31);
  latencies[q] = performance.now() - t;
  matches += found.length;
  if (queries[q]!.expect >= 0 && !found.some((m) => m.id === queries[q]!.expect)) missed++;
}
latencies.sort();
const mean = latencies.reduce((a, b) => a + b, 0) / latencies.length;

// The same question answered by scanning every hash, for scale.
const all = new Uint32Array(indexSize * 8);
const scanNext = mulberry32(20240601);
for (let i = 0; i < all.length; i++) all[i] = scanNext();
const scanTimes = new Float64Array(20);
let scanHits = 0;
for (let q = 0; q < scanTimes.length; q++) {
  const qw = pdqHexToWords(queries[q]!.hex);
  const t = performance.now();
  for (let e = 0; e < indexSize; e++) if (hammingDistanceWords(all, qw, e * 8, 0) <= 31) scanHits++;
  scanTimes[q] = performance.now() - t;
}
scanTimes.sort();

// ---- report ----
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(`\n## PDQ benchmark (${availableParallelism()} CPUs, Node ${process.version})\n`);
console.log(`Hashing ${files.length} synthetic ${WIDTH}×${HEIGHT} JPEGs (quality 85) from ${corpus}:\n`);
console.log('| concurrency | images/s | CPU ms per image (all threads) | cores busy |');
console.log('|---:|---:|---:|---:|');
for (const r of hashRuns) console.log(`| ${r.limit} | ${r.perSecond.toFixed(1)} | ${r.cpuPerImage.toFixed(1)} | ${r.cores.toFixed(2)} |`);
console.log(
  `\nLoad average during the run: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} (other processes share the CPUs).`,
);
console.log(`\n${distinct} distinct hashes, ${lowQuality} below quality ${PDQ_MIN_QUALITY}.\n`);
console.log(
  `PdqIndex of ${indexSize.toLocaleString('en')} random hashes, ${queries.length.toLocaleString('en')} queries at distance ≤ 31:\n`,
);
console.log('| measure | value |');
console.log('|---|---:|');
console.log(`| generate random hex + add | ${addSeconds.toFixed(2)} s |`);
console.log(`| build (16 bucket tables) | ${buildSeconds.toFixed(2)} s |`);
console.log(`| index typed arrays (byteLength) | ${mb(index.byteLength)} |`);
console.log(`| process arrayBuffers growth | ${mb(after.arrayBuffers - before.arrayBuffers)} |`);
console.log(`| process RSS after build | ${mb(after.rss)} (growth ${mb(after.rss - before.rss)}) |`);
console.log(`| query p50 | ${fmt(percentile(latencies, 50))} |`);
console.log(`| query p95 | ${fmt(percentile(latencies, 95))} |`);
console.log(`| query p99 | ${fmt(percentile(latencies, 99))} |`);
console.log(`| query mean / max | ${fmt(mean)} / ${fmt(latencies[latencies.length - 1]!)} |`);
console.log(`| matches returned (all queries) | ${matches} |`);
console.log(`| near queries that missed their target | ${missed} |`);
console.log(`| linear scan of all hashes, p50 of ${scanTimes.length} (${scanHits} hits) | ${fmt(percentile(scanTimes, 50))} |`);
if (missed > 0) process.exitCode = 1;
