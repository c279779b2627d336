// Reporting for bench/search: rows of timings as a Markdown table, and sizes in megabytes, as BENCHMARKS.md shows them.
import { type Row } from './summarise';

export function table(title: string, rows: Row[]): string {
  const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
  const lines = [`| ${title} | n | p50 ms | p95 ms | p99 ms | max ms |`, '| --- | --: | --: | --: | --: | --: |'];
  for (const r of rows) lines.push(`| ${r.label} | ${r.n} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} |`);
  return lines.join('\n');
}

export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
