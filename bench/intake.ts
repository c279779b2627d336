// Evidence intake benchmark: fsBlobStore.putFile (MD5 + SHA-1 + SHA-256, stored, fsynced) against sha256sum and
// hashdeep on the same bytes, for one 1 GiB file and for a folder of 10,000 small files.
// Run: npx tsx bench/intake.ts [--runs 3] [--size-mib 1024] [--files 10000]
//        [--layout two-workers|three-workers|sha-in-main] [--chunks 6] [--chunk-mib 4] [--tune] [--no-wait-idle]
//        [--no-direct-io]
// Each intake runs in a child process (bench/intake-child.ts), so its peak RSS is its own. Before every timed run the
// page cache is dropped when this process may (root; otherwise every tool reads warm data), and the script waits (up
// to two minutes) for a moment when the CPU is idle, since other work on a 2-core machine slows every row.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FsBlobStoreOptions } from '@tamga/storage';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'size-mib': { type: 'string', default: '1024' },
    files: { type: 'string', default: '10000' },
    layout: { type: 'string' },
    chunks: { type: 'string' },
    'chunk-mib': { type: 'string' },
    tune: { type: 'boolean', default: false },
    'no-wait-idle': { type: 'boolean', default: false },
    'no-direct-io': { type: 'boolean', default: false },
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
  ...(args['no-direct-io'] ? { directIo: false } : {}),
};

interface Measure {
  seconds: number;
  maxRssBytes?: number;
}

interface Summary {
  median: number;
  best: number;
  maxRssBytes?: number;
}

const mb = (bytes: number) => bytes / 1e6;
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

// ---- other work on the machine
function idleShare(ms: number): number {
  const sample = () => {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    return { total: fields.reduce((a, b) => a + b, 0), idle: fields[3]! + fields[4]! };
  };
  const a = sample();
  execFileSync('sleep', [String(ms / 1000)]);
  const b = sample();
  return (b.idle - a.idle) / Math.max(1, b.total - a.total);
}
const waitIdle = !args['no-wait-idle'] && existsSync('/proc/stat');
let timedRuns = 0;
let busyStarts = 0;
/** Waits up to two minutes for two seconds with at least 90 % idle CPU; counts the runs that started busy. */
function awaitIdle(): void {
  timedRuns++;
  if (!waitIdle) return;
  const deadline = Date.now() + 120_000;
  while (idleShare(2000) < 0.9) {
    if (Date.now() > deadline) {
      busyStarts++;
      return;
    }
  }
}

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
/** Before a timed run: an idle machine, then a cold cache if allowed, else the input read once (warm for every tool). */
function prepare(input: string): void {
  awaitIdle();
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
    writeFileSync(join(folder, `f${String(i).padStart(5, '0')}.bin`), randomFillSync(Buffer.alloc(size)));
    folderBytes += size;
  }
  execFileSync('sync');
  return { big, folder, folderBytes };
}

// ---- the measures
function intake(mode: 'file' | 'folder', input: string, options: FsBlobStoreOptions): Measure & { sha256: string } {
  const root = join(dir, 'store');
  rmSync(root, { recursive: true, force: true });
  execFileSync('sync');
  prepare(input);
  const job = JSON.stringify({ mode, input, root, options });
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

function repeat(measure: () => Measure): Summary {
  const all = Array.from({ length: runs }, measure);
  const seconds = all.map((m) => m.seconds).sort((a, b) => a - b);
  const rss = Math.max(0, ...all.map((m) => m.maxRssBytes ?? 0));
  return { median: seconds[Math.floor(seconds.length / 2)]!, best: seconds[0]!, ...(rss ? { maxRssBytes: rss } : {}) };
}

// ---- the report
const NAME = 50;
const rate = (bytes: number, seconds: number) =>
  `${seconds.toFixed(3).padStart(7)} s ${mb(bytes / seconds)
    .toFixed(0)
    .padStart(5)} MB/s`;
const header = (title: string) => `\n${title}\n  ${''.padEnd(NAME)} ${`median of ${runs}`.padEnd(20)} | ${'best'.padEnd(20)}`;
const row = (name: string, bytes: number, m: Summary | undefined, note = '') =>
  m
    ? `  ${name.padEnd(NAME)} ${rate(bytes, m.median)} | ${rate(bytes, m.best)}${m.maxRssBytes ? ` | peak RSS ${mb(m.maxRssBytes).toFixed(0)} MB` : ''}`
    : `  ${name.padEnd(NAME)} ${note}`;
const ratio = (intakeRun: Summary, other: Summary | undefined) =>
  other ? { median: other.median / intakeRun.median, best: other.best / intakeRun.best } : undefined;
function verdict(value: { median: number; best: number } | undefined, target?: number): string {
  if (!value) return 'not measured';
  const text = `${value.median.toFixed(2)}× (median), ${value.best.toFixed(2)}× (best)`;
  if (target === undefined) return text;
  const met = value.median >= target ? 'met' : value.best >= target ? 'met by the best runs only' : 'NOT met';
  return `${text}; target ≥ ${target}×: ${met}`;
}

// ---- the run
const sizeBytes = Number(args['size-mib']) * MiB;
const fileCount = Number(args.files);
const hashdeep = has('hashdeep');
const options = JSON.stringify(storeOptions) === '{}' ? 'defaults (two-workers, 6 × 4 MiB chunks)' : JSON.stringify(storeOptions);
console.log(`intake benchmark: Node ${process.version}, ${runs} run(s) of each; load average at start: ${loads()}`);
console.log(
  canDrop
    ? 'page cache: dropped (sync; echo 3 > /proc/sys/vm/drop_caches) before every timed run'
    : 'page cache: NOT dropped (needs root); every tool reads the same warm data',
);
if (!hashdeep) console.log('note: hashdeep is not installed (Debian: apt-get install hashdeep); its rows are skipped');

const { big, folder, folderBytes } = makeInputs(sizeBytes, fileCount);
try {
  if (args.tune) {
    console.log(header(`tuning: putFile of the ${args['size-mib']} MiB file`));
    for (const layout of ['two-workers', 'three-workers', 'sha-in-main'] as const) {
      for (const [chunkMiB, chunks] of [
        [1, 16],
        [4, 4],
        [4, 6],
        [4, 8],
        [8, 4],
      ] as const) {
        console.log(
          row(
            `${layout}, ${chunks} × ${chunkMiB} MiB`,
            sizeBytes,
            repeat(() => intake('file', big, { layout, chunks, chunkSize: chunkMiB * MiB })),
          ),
        );
      }
    }
  }

  const expected = execFileSync('sha256sum', [big], { encoding: 'utf8' }).split(' ')[0];
  const bigIntake = repeat(() => {
    const m = intake('file', big, storeOptions);
    if (m.sha256 !== expected) throw new Error(`intake SHA-256 ${m.sha256} differs from sha256sum's ${expected}`);
    return m;
  });
  const bigSha = repeat(() => tool(big, `sha256sum "${big}"`));
  const bigDeep = hashdeep ? repeat(() => tool(big, `hashdeep -c md5,sha1,sha256 "${big}"`)) : undefined;
  // The disk's own floor for an intake, which must read the file once and write and sync a copy of it.
  const scratch = join(dir, 'dd-write.bin');
  const bigRead = repeat(() => tool(big, `dd if="${big}" of=/dev/null bs=4M status=none`));
  const bigWrite = repeat(() => {
    const m = tool(big, `dd if=/dev/zero of="${scratch}" bs=4M count=${sizeBytes / (4 * MiB)} conv=fdatasync status=none`);
    rmSync(scratch, { force: true });
    return m;
  });

  const smallIntake = repeat(() => intake('folder', folder, storeOptions));
  const smallSha = repeat(() => tool(folder, `find "${folder}" -type f -exec sha256sum {} +`));
  const smallDeep = hashdeep ? repeat(() => tool(folder, `hashdeep -c md5,sha1,sha256 -r "${folder}"`)) : undefined;

  console.log(header(`1 file of ${args['size-mib']} MiB (${mb(sizeBytes).toFixed(1)} MB, random bytes); store: ${options}`));
  console.log(row('intake: putFile (md5+sha1+sha256, stored, fsynced)', sizeBytes, bigIntake));
  console.log(row('sha256sum', sizeBytes, bigSha));
  console.log(row('hashdeep -c md5,sha1,sha256', sizeBytes, bigDeep, '— (hashdeep not installed)'));
  console.log(row('dd read (no hashing)', sizeBytes, bigRead));
  console.log(row('dd write + fdatasync (no hashing)', sizeBytes, bigWrite));
  console.log(`  intake ÷ hashdeep throughput:  ${verdict(ratio(bigIntake, bigDeep), 4)}`);
  console.log(`  intake ÷ sha256sum throughput: ${verdict(ratio(bigIntake, bigSha), 2)}`);
  console.log(
    `  ceiling set by the disk (sha256sum ÷ the slower dd): ${verdict(ratio(bigRead.median > bigWrite.median ? bigRead : bigWrite, bigSha))}`,
  );
  const rss = bigIntake.maxRssBytes ?? 0;
  console.log(
    `  intake peak RSS (whole process, max of runs): ${mb(rss).toFixed(0)} MB; target ≤ 256 MB: ${rss <= 256e6 ? 'met' : 'NOT met'}`,
  );

  console.log(header(`${fileCount.toLocaleString('en')} files of 1–64 KiB (${mb(folderBytes).toFixed(1)} MB, random bytes)`));
  console.log(row('intake: ingestPath (records, custody events)', folderBytes, smallIntake));
  console.log(row('find … -exec sha256sum {} +', folderBytes, smallSha));
  console.log(row('hashdeep -c md5,sha1,sha256 -r', folderBytes, smallDeep, '— (hashdeep not installed)'));
  console.log(`  intake ÷ hashdeep throughput:  ${verdict(ratio(smallIntake, smallDeep))}`);
  console.log(`  intake ÷ sha256sum throughput: ${verdict(ratio(smallIntake, smallSha))}`);
  console.log(`  intake peak RSS: ${mb(smallIntake.maxRssBytes ?? 0).toFixed(0)} MB`);

  console.log(
    `\n${timedRuns} timed runs; ${
      waitIdle ? `${busyStarts} of them started on a busy machine (no 90 %-idle moment within two minutes)` : 'no wait for an idle machine'
    }; load average at end: ${loads()}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
