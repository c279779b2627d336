// Sets of [start, end) spans of a text, merged so that an overlap test is one binary search.

export type Spans = Array<[number, number]>;

/** Sorted, merged spans, so that an overlap test is one binary search. */
export function mergeSpans(spans: Spans): Spans {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Spans = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export function overlaps(merged: Spans, start: number, end: number): boolean {
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (merged[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < merged.length && merged[lo]![0] < end;
}
