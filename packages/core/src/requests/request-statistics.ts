// Oversight statistics (DOMAIN.md §5 "Oversight"; 2AP Art 14): how many requests of each type, to whom, in
// which category and with which outcome, and how long answers take. Counts only: no case, selector or text
// leaves this function, so auditors may read it across all cases. Training cases are left out.
import type { Actor } from '../actor';
import { requireSignedIn } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { actorEvent, recordEvent } from '../record-event';
import { roleAllows } from '../roles';
import { isTerminal, type EvidenceRequest } from './request';

export interface RequestStatistics {
  from: string | null;
  to: string | null;
  total: number;
  byType: Record<string, number>;
  byStatus: Record<string, number>;
  /** Terminal statuses only: how requests ended. */
  byOutcome: Record<string, number>;
  byCategory: Record<string, number>;
  byAddressee: Array<{ name: string; kind: string; country: string; count: number; outcomes: Record<string, number> }>;
  /** Days from SENT to the outcome, over requests answered (fulfilled, partly, no data, refused). */
  medianDaysToResponse: number | null;
  responses: number;
  medianDaysToAcknowledgement: number | null;
}

const ANSWERED = ['FULFILLED', 'PARTIALLY_FULFILLED', 'NO_DATA', 'REFUSED'];
const DAY_MS = 24 * 3600_000;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export function computeStatistics(requests: EvidenceRequest[], range: { from?: string; to?: string }): RequestStatistics {
  const stats: RequestStatistics = {
    from: range.from ?? null,
    to: range.to ?? null,
    total: 0,
    byType: {},
    byStatus: {},
    byOutcome: {},
    byCategory: {},
    byAddressee: [],
    medianDaysToResponse: null,
    responses: 0,
    medianDaysToAcknowledgement: null,
  };
  const addressees = new Map<string, RequestStatistics['byAddressee'][number]>();
  const toResponse: number[] = [];
  const toAck: number[] = [];
  for (const r of requests) {
    if (range.from && r.createdAt < range.from) continue;
    if (range.to && r.createdAt >= range.to) continue;
    stats.total++;
    bump(stats.byType, r.type);
    bump(stats.byStatus, r.status);
    if (isTerminal(r.status)) bump(stats.byOutcome, r.status);
    for (const category of new Set(r.items.map((i) => i.category))) bump(stats.byCategory, category);
    const key = `${r.addressee.kind}|${r.addressee.name}|${r.addressee.country}`;
    const entry = addressees.get(key) ?? {
      name: r.addressee.name,
      kind: r.addressee.kind,
      country: r.addressee.country,
      count: 0,
      outcomes: {},
    };
    entry.count++;
    if (isTerminal(r.status)) bump(entry.outcomes, r.status);
    addressees.set(key, entry);
    if (r.sentAt && r.closedAt && ANSWERED.includes(r.status)) toResponse.push((Date.parse(r.closedAt) - Date.parse(r.sentAt)) / DAY_MS);
    if (r.sentAt && r.acknowledgedAt) toAck.push((Date.parse(r.acknowledgedAt) - Date.parse(r.sentAt)) / DAY_MS);
  }
  stats.byAddressee = [...addressees.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  stats.medianDaysToResponse = median(toResponse);
  stats.responses = toResponse.length;
  stats.medianDaysToAcknowledgement = median(toAck);
  return stats;
}

/** For auditors (statistics across all cases, DOMAIN.md §9) and supervisors (who approve requests). */
export async function requestStatistics(deps: Deps, actor: Actor, range: { from?: string; to?: string } = {}): Promise<RequestStatistics> {
  requireSignedIn(actor);
  if (!roleAllows(actor.role, 'ledger.read.all') && !roleAllows(actor.role, 'requests.approve')) {
    throw new TamgaError('ROLE_FORBIDDEN', `The role ${actor.role} does not see request statistics`);
  }
  return deps.store.transaction(async (tx) => {
    const training = new Set((await tx.cases.listAll()).filter((c) => c.training).map((c) => c.id));
    const requests = (await tx.requests.listAll()).filter((r) => !training.has(r.caseId));
    const stats = computeStatistics(requests, range);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'requests.statistics_viewed', { details: { from: stats.from, to: stats.to, total: stats.total } }),
    );
    return stats;
  });
}
