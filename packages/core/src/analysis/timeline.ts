// One time order for all of a case's artefacts, with a histogram for any range. Each artefact keeps the
// source's own zone beside UTC; undated artefacts and those of unknown zone are counted and marked.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Artifact } from '../artifact';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { TimeRangeFilter } from '../ports';
import { utcRange } from '../instant';
import { actorEvent, recordEvent } from '../record-event';

export interface TimelineRequest extends TimeRangeFilter {
  limit?: number;
  /** Keyset cursor from the previous page. */
  after?: { at: string | null; id: string };
}

export interface TimelineEntry {
  artifact: Artifact;
  /** True when the source did not say which zone its time is in. */
  unknownZone: boolean;
}

export async function readTimeline(
  deps: Deps,
  actor: Actor,
  caseId: string,
  request: TimelineRequest,
): Promise<{ entries: TimelineEntry[]; next: { at: string | null; id: string } | null }> {
  requirePermission(actor, 'case.content.read');
  const limit = Math.min(Math.max(request.limit ?? 100, 1), 1000);
  const range = utcRange(request);
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const artifacts = await tx.artifacts.list(caseId, {
      types: request.types,
      itemIds: request.itemIds,
      from: range.from,
      to: range.to,
      after: request.after,
      limit: limit + 1,
    });
    const page = artifacts.slice(0, limit);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'timeline.read', { caseId, details: JSON.parse(JSON.stringify({ ...request, limit })) as Record<string, unknown> }),
    );
    const last = page[page.length - 1];
    return {
      entries: page.map((artifact) => ({ artifact, unknownZone: artifact.at !== null && artifact.zone === null })),
      next: artifacts.length > limit && last ? { at: last.at, id: last.id } : null,
    };
  });
}

export interface Histogram {
  from: string;
  to: string;
  /** Bucket width in seconds. */
  bucketSeconds: number;
  buckets: Array<{ start: string; count: number }>;
  undated: number;
}

/** Widths a person reads at a glance; the smallest that gives at most the requested number of buckets wins. */
const DAY = 86_400;
const WIDTHS = [1, 60, 300, 900, 3600, 3 * 3600, 6 * 3600, DAY, 7 * DAY, 30 * DAY, 91 * DAY, 365 * DAY, 730 * DAY, 1826 * DAY, 3652 * DAY];

export async function readHistogram(
  deps: Deps,
  actor: Actor,
  caseId: string,
  request: TimeRangeFilter & { buckets?: number },
): Promise<Histogram> {
  requirePermission(actor, 'case.content.read');
  const wanted = Math.min(Math.max(request.buckets ?? 60, 1), 500);
  request = utcRange(request);
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const span = await tx.artifacts.span(caseId, request);
    const fromIso = request.from ?? span.first;
    const toIso = request.to ?? span.last;
    if (!fromIso || !toIso) return { from: fromIso ?? '', to: toIso ?? '', bucketSeconds: 0, buckets: [], undated: span.undated };
    const from = Date.parse(fromIso);
    // The last artefact's own second must fall inside the last bucket.
    const to = request.to ? Date.parse(toIso) : Date.parse(toIso) + 1000;
    if (!(to > from)) throw new TamgaError('VALIDATION_FAILED', 'The end of the range must come after its start');
    const range = (to - from) / 1000;
    const width = WIDTHS.find((w) => range / w <= wanted) ?? Math.ceil(range / wanted);
    const start = Math.floor(from / 1000 / width) * width * 1000;
    const boundaries: string[] = [];
    for (let t = start; t < to; t += width * 1000) boundaries.push(isoMicros(t));
    boundaries.push(isoMicros(Math.min(start + boundaries.length * width * 1000, Number.MAX_SAFE_INTEGER)));
    const counts = await tx.artifacts.histogram(caseId, { ...request, from: undefined, to: undefined }, boundaries);
    return {
      from: boundaries[0]!,
      to: boundaries[boundaries.length - 1]!,
      bucketSeconds: width,
      buckets: counts.map((count, i) => ({ start: boundaries[i]!, count })),
      undated: span.undated,
    };
  });
}

/** Artefact times are stored with microseconds, so boundaries are too: text order is time order. */
function isoMicros(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '000Z');
}
