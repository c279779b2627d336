// The reference figures of bench/search: the same documents one per line in a file and each single-word query
// answered by `rg -c -i -F WORD`, timed the same way, to show what finding them costs without an index.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDocuments, type CorpusPlan } from '../search-corpus';
import { type BenchQuery, isWordQuery, PAGE } from './bench-query';
import { now } from './clock';
import { percentile } from './summarise';
import { mb } from './table';

/** The reference: every document on a line of one file, and `rg -c -i -F` for each single-word query. */
export function ripgrepReference(
  queries: BenchQuery[],
  plan: CorpusPlan,
  batchSize: number,
  reps: number,
  /** SQLite's times for the single-word queries, for the ratio (sorted in place). */
  wordTimes: number[],
): void {
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
    for (const batch of corpusDocuments(plan, batchSize)) writeSync(fd, batch.map((d) => d.text.replace(/\s+/g, ' ')).join('\n') + '\n');
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
