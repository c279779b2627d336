// Parsing benchmark: a generated Telegram export of 1,000,000 messages and an MBOX of 100,000 messages,
// each taken in and processed end to end on SQLite (parse, artefacts written in batches, attachments stored as
// derived items and processed), with peak RSS; beside them, reference tools reading the same files. The mailbox
// runs a second time without its attachments, to show what the e-mails cost apart from the attached files.
// Run: npx tsx bench/parse.ts [--telegram 1000000] [--mbox 100000]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleOf } from '../scripts/bundled-entry.js';
import { writeMbox, writeTelegramExport } from './parse-corpus';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const telegramMessages = option('telegram', 1_000_000);
const mboxMessages = option('mbox', 100_000);
const repo = resolve(import.meta.dirname, '..');
const corpus = join(tmpdir(), 'tamga-bench-parse');
mkdirSync(corpus, { recursive: true });

const telegramPath = join(corpus, `result-${telegramMessages}.json`);
const mboxPath = join(corpus, `mail-${mboxMessages}.mbox`);
// The same messages without their attachments: what the e-mails cost, apart from the attached files' exhibits.
const plainMboxPath = join(corpus, `mail-${mboxMessages}-plain.mbox`);
if (!existsSync(telegramPath)) await writeTelegramExport(telegramPath, telegramMessages);
if (!existsSync(mboxPath)) await writeMbox(mboxPath, mboxMessages);
if (!existsSync(plainMboxPath)) await writeMbox(plainMboxPath, mboxMessages, false);

interface ChildResult {
  status: string;
  reason: string | null;
  parser: string;
  artifacts: number;
  children: number;
  childArtifacts: number;
  ingestSeconds: number;
  parseSeconds: number;
  childSeconds: number;
  maxRssBytes: number;
}

/**
 * The runs' data folders, removed once all have run: deleting a gigabyte just before the next run's intake made
 * its fsyncs wait for the file system (the mailbox's intake 1.9 s after the export's folder was deleted, 0.5 s
 * alone).
 */
const dataDirs: string[] = [];
process.on('exit', () => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/** The child runs from its bundle, as the tamga command (and so the worker) runs Tamga (scripts/bundled-entry.js). */
const childBundle = await bundleOf(join(repo, 'bench/parse-child.ts'));
const childArgs = childBundle ? [childBundle] : ['--import', 'tsx', join(repo, 'bench/parse-child.ts')];

function runTamga(input: string): ChildResult {
  const dataDir = mkdtempSync(join(tmpdir(), 'tamga-bench-data-'));
  dataDirs.push(dataDir);
  const child = spawnSync(process.execPath, [...childArgs, JSON.stringify({ input, dataDir })], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`parse-child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildResult;
}

function timeCommand(command: string, argv: string[]): { seconds: number; output: string } {
  const start = process.hrtime.bigint();
  const child = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`${command} failed: ${child.stderr}`);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, output: child.stdout.trim() };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en-US')}/s`;

for (const [label, path, reference] of [
  [
    `Telegram export, ${telegramMessages.toLocaleString('en-US')} messages`,
    telegramPath,
    [
      'python3',
      ['-c', 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(c["messages"]) for c in d["chats"]["list"]))', telegramPath],
      'python3 json.load, count messages',
    ],
  ],
  [`MBOX, ${mboxMessages.toLocaleString('en-US')} messages`, mboxPath, ['grep', ['-c', '^From ', mboxPath], 'grep -c "^From "']],
  [
    `MBOX, the same ${mboxMessages.toLocaleString('en-US')} messages without attachments`,
    plainMboxPath,
    ['grep', ['-c', '^From ', plainMboxPath], 'grep -c "^From "'],
  ],
] as const) {
  const size = statSync(path).size;
  const ref = timeCommand(reference[0], [...reference[1]]);
  const result = runTamga(path);
  const total = result.artifacts + result.childArtifacts;
  const processing = result.parseSeconds + result.childSeconds;
  // End to end: from the file on disk to its artefacts stored, intake included.
  const seconds = result.ingestSeconds + processing;
  console.log(`\n${label} (${mb(size)})`);
  console.log(`  Tamga: ${result.parser} ${result.status}${result.reason ? ` (${result.reason})` : ''}`);
  console.log(`  intake (3 digests, stored, fsynced): ${result.ingestSeconds.toFixed(2)} s`);
  console.log(
    `  processing: ${result.artifacts.toLocaleString('en-US')} artefacts in ${result.parseSeconds.toFixed(2)} s = ${rate(result.artifacts, result.parseSeconds)}`,
  );
  if (result.children > 0) {
    console.log(`  + ${result.children} derived items (${result.childArtifacts} artefacts) in ${result.childSeconds.toFixed(2)} s`);
  }
  console.log(
    `  end to end: ${total.toLocaleString('en-US')} artefacts in ${seconds.toFixed(2)} s = ${rate(total, seconds)} (target ≥ 20,000/s)`,
  );
  console.log(`  peak RSS: ${mb(result.maxRssBytes)} (target ≤ 512 MB)`);
  console.log(
    `  reference: ${reference[2]}: ${ref.seconds.toFixed(2)} s (${ref.output}); Tamga processing ÷ reference time = ${(processing / ref.seconds).toFixed(1)}×`,
  );
}
