// Evidence intake benchmark: fsBlobStore.putFile (MD5 + SHA-1 + SHA-256, stored, fsynced) against sha256sum and
// hashdeep on the same bytes, for one 1 GiB file and for a folder of 10,000 small files.
// Run: npx tsx bench/intake.ts [--runs 3] [--size-mib 1024] [--files 10000] [--concurrency 8]
//                              [--layout two-workers|three-workers|sha-in-main] [--chunks 6] [--chunk-mib 4] [--tune]
// Each intake runs in a child process (bench/intake-child.ts) so its peak RSS is its own. The page cache is dropped
// before every timed run when this process may (root); otherwise every tool reads warm data.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FsBlobStoreOptions } from '@tamga/storage';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'size-mib': { type: 'string', default: '1024' },
    files: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '8' },
    layout: { type: 'string' },
    chunks: { type: 'string' },
    'chunk-mib': { type: 'string' },
    tune: { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
const MiB = 1024 * 1024;
const repo = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'tamga-intake-'));
const storeOptions: FsBlobStoreOptions = {
  ...(args.layout ? { layout: args.layout as FsBlobStoreOptions['layout'] } : {}),
  ...(args.chunks ? { chunks: Number(args.chunks) } : {}),
  ...(args['chunk-mib'] ? { chunkSize: Number(args['chunk-mib']) * MiB } : {}),
};

interface Measure {
  seconds: number;
  maxRssBytes?: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => bytes / 1e6;
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

// ---- the page cache
function dropCaches(): boolean {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}
const canDrop = dropCaches();
/** Before a timed run: cold cache if allowed, else the input read once so that every tool starts warm. */
function prepare(input: string): void {
  if (canDrop) dropCaches();
  else execFileSync('sh', ['-c', `find "${input}" -type f -exec cat {} + > /dev/null`]);
}

// ---- the inputs
function makeInputs(sizeBytes: number, fileCount: number): { big: string; folder: string; folderBytes: number } {
  const big = join(dir, 'big.bin');
  const block = Buffer.alloc(4 * MiB);
  const fd = openSync(big, 'w');
  for (let written = 0; written < sizeBytes;) {
    randomFillSync(block);
    const n = Math.min(block.length, sizeBytes - written);
    writeSync(fd, block, 0, n);
    written += n;
  }
  closeSync(fd);

  const folder = join(dir, 'small');
  mkdirSync(folder);
  let seed = 0x9e3779b9;
  const nextRandom = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  let folderBytes = 0;
  for (let i = 0; i < fileCount; i++) {
    const size = 1024 + Math.floor(nextRandom() * (63 * 1024 + 1)); // 1–64 KiB
    const bytes = randomFillSync(Buffer.alloc(size));
    writeFileSync(join(folder, `f${String(i).padStart(5, '0')}.bin`), bytes);
    folderBytes += size;
  }
  execFileSync('sync');
  return { big, folder, folderBytes };
}

// ---- the measures
function intake(mode: 'file' | 'folder', input: string, options: FsBlobStoreOptions, concurrency = 1): Measure & { sha256: string } {
  const root = join(dir, 'store');
  rmSync(root, { recursive: true, force: true });
  execFileSync('sync');
  prepare(input);
  const job = JSON.stringify({ mode, input, root, options, concurrency });
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'bench/intake-child.ts'), job], { cwd: repo, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`intake failed: ${child.stderr}`);
  rmSync(root, { recursive: true, force: true });
  return JSON.parse(child.stdout) as Measure & { sha256: string };
}

function tool(input: string, command: string): Measure {
  prepare(input);
  const start = process.hrtime.bigint();
  const child = spawnSync('sh', ['-c', command], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) throw new Error(`${command} failed: ${child.stderr}`);
  return { seconds };
}

function repeat(measure: () => Measure): Measure {
  const all = Array.from({ length: runs }, measure);
  const rss = all.map((m) => m.maxRssBytes ?? 0);
  return { seconds: median(all.map((m) => m.seconds)), ...(rss.some(Boolean) ? { maxRssBytes: Math.max(...rss) } : {}) };
}

const row = (name: string, bytes: number, m: Measure | undefined, note = '') =>
  m
    ? `  ${name.padEnd(52)} ${m.seconds.toFixed(3).padStart(8)} s ${mb(bytes / m.seconds)
        .toFixed(0)
        .padStart(6)} MB/s${m.maxRssBytes ? `   peak RSS ${mb(m.maxRssBytes).toFixed(0)} MB` : ''}${note}`
    : `  ${name.padEnd(52)} ${'—'.padStart(8)}   ${'—'.padStart(6)}       ${note}`;

const ratio = (a: Measure, b: Measure | undefined) => (b ? b.seconds / a.seconds : undefined);
const verdict = (value: number | undefined, target: number) =>
  value === undefined ? 'not measured' : `${value.toFixed(2)}× (target ≥ ${target}×: ${value >= target ? 'met' : 'NOT met'})`;

// ---- the run
const sizeBytes = Number(args['size-mib']) * MiB;
const fileCount = Number(args.files);
const hashdeep = has('hashdeep');
console.log(
  `intake benchmark: Node ${process.version}, ${runs} run(s) each, median shown; load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  canDrop
    ? 'page cache: dropped (sync; echo 3 > /proc/sys/vm/drop_caches) before every timed run'
    : 'page cache: could not drop it (not root); every tool reads the same warm data',
);
if (!hashdeep) console.log('note: hashdeep is not installed (Debian: apt-get install hashdeep); its rows are skipped');

const { big, folder, folderBytes } = makeInputs(sizeBytes, fileCount);
try {
  if (args.tune) {
    console.log(`\ntuning on the ${Number(args['size-mib'])} MiB file (putFile, median of ${runs}):`);
    for (const layout of ['two-workers', 'three-workers', 'sha-in-main'] as const) {
      for (const [chunkMiB, chunks] of [
        [1, 16],
        [4, 4],
        [4, 6],
        [4, 8],
        [8, 4],
      ] as const) {
        const m = repeat(() => intake('file', big, { layout, chunks, chunkSize: chunkMiB * MiB }));
        console.log(row(`${layout}, ${chunks} × ${chunkMiB} MiB`, sizeBytes, m));
      }
    }
  }

  const sha256sum = execFileSync('sha256sum', [big], { encoding: 'utf8' }).split(' ')[0];
  const bigIntake = repeat(() => {
    const m = intake('file', big, storeOptions);
    if (m.sha256 !== sha256sum) throw new Error(`intake SHA-256 ${m.sha256} differs from sha256sum ${sha256sum}`);
    return m;
  });
  const bigSha = repeat(() => tool(big, `sha256sum "${big}"`));
  const bigDeep = hashdeep ? repeat(() => tool(big, `hashdeep -c md5,sha1,sha256 "${big}"`)) : undefined;

  const concurrency = Number(args.concurrency);
  const smallIntake = repeat(() => intake('folder', folder, storeOptions, concurrency));
  const smallSha = repeat(() => tool(folder, `find "${folder}" -type f -exec sha256sum {} +`));
  const smallDeep = hashdeep ? repeat(() => tool(folder, `hashdeep -c md5,sha1,sha256 -r "${folder}"`)) : undefined;

  const options = JSON.stringify(storeOptions) === '{}' ? 'defaults' : JSON.stringify(storeOptions);
  console.log(`\n1 file of ${Number(args['size-mib'])} MiB (${mb(sizeBytes).toFixed(1)} MB), random bytes; store options: ${options}`);
  console.log(row('intake: putFile (md5+sha1+sha256, stored, fsynced)', sizeBytes, bigIntake));
  console.log(row('sha256sum', sizeBytes, bigSha));
  console.log(row('hashdeep -c md5,sha1,sha256', sizeBytes, bigDeep, hashdeep ? '' : '(hashdeep not installed)'));
  console.log(`  intake ÷ hashdeep throughput:  ${verdict(ratio(bigIntake, bigDeep), 4)}`);
  console.log(`  intake ÷ sha256sum throughput: ${verdict(ratio(bigIntake, bigSha), 2)}`);
  console.log(
    `  intake peak RSS: ${mb(bigIntake.maxRssBytes ?? 0).toFixed(0)} MB (target ≤ 256 MB: ${(bigIntake.maxRssBytes ?? 0) <= 256e6 ? 'met' : 'NOT met'})`,
  );

  console.log(`\n${fileCount.toLocaleString('en')} files of 1–64 KiB (${mb(folderBytes).toFixed(1)} MB), random bytes`);
  console.log(row(`intake: putFile each, ${concurrency} at a time`, folderBytes, smallIntake));
  console.log(row('find -exec sha256sum {} +', folderBytes, smallSha));
  console.log(row('hashdeep -c md5,sha1,sha256 -r', folderBytes, smallDeep, hashdeep ? '' : '(hashdeep not installed)'));
  console.log(`  intake ÷ hashdeep throughput:  ${(ratio(smallIntake, smallDeep) ?? NaN).toFixed(2)}×`);
  console.log(`  intake ÷ sha256sum throughput: ${(ratio(smallIntake, smallSha) ?? NaN).toFixed(2)}×`);
  console.log(`  intake peak RSS: ${mb(smallIntake.maxRssBytes ?? 0).toFixed(0)} MB`);
  console.log(
    `\nload average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (other work on this machine's 2 cores slows every row)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
