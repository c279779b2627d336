// Start-up of the tamga command: `tamga case list` on a fresh data folder, run from its cached bundle (as the bin
// does) and through tsx's loader (as it does where no bundle can be written), beside a bare `node -e 0` and
// `sqlite3` reading the same database. Run: npx tsx bench/cli.ts [--runs 10]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 10);
const bin = resolve(import.meta.dirname, '../packages/cli/bin/tamga.js');
const dir = mkdtempSync(join(tmpdir(), 'tamga-bench-cli-'));
const env = { ...process.env, TAMGA_DATA_DIR: dir };
// TAMGA_BUNDLE=off: the bin runs its entry through tsx.
const noBundle = { ...env, TAMGA_BUNDLE: 'off' };

writeFileSync(join(dir, 'pw'), 'Bench-Str0ng-Passw0rd\n');
execFileSync(process.execPath, [bin, 'init', '--admin-password-file', join(dir, 'pw')], { env, stdio: 'ignore' });

/** Median and best wall time of `runs` runs, in seconds (one run first, unmeasured, to warm caches). */
function time(command: string, args: string[], runEnv: NodeJS.ProcessEnv): { median: number; best: number } {
  execFileSync(command, args, { env: runEnv, stdio: 'ignore' });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    execFileSync(command, args, { env: runEnv, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, best: times[0]! };
}

const caseList = [bin, '--as', 'admin', 'case', 'list'];
const rows = [
  ['`tamga case list`, from its bundle', time(process.execPath, caseList, env)],
  ['`tamga case list`, through tsx', time(process.execPath, caseList, noBundle)],
  ['`node -e 0`', time(process.execPath, ['-e', '0'], env)],
  ['`sqlite3 tamga.db "select count(*) from cases"`', time('sqlite3', [join(dir, 'tamga.db'), 'select count(*) from cases'], env)],
] as const;
const floor = rows[2][1].median;
console.log(`| Command (${runs} runs) | median | best | ÷ node -e 0 |`);
console.log('| --- | --- | --- | --- |');
for (const [label, { median, best }] of rows)
  console.log(`| ${label} | ${median.toFixed(3)} s | ${best.toFixed(3)} s | ${(median / floor).toFixed(2)}× |`);
rmSync(dir, { recursive: true, force: true });
