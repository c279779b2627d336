// Percentiles of bench/search's timings: one row (n, p50, p95, p99, max) per query class or sort.

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface Row {
  label: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarise(label: string, times: number[]): Row {
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
