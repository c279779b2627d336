// Reading the ledger: a case's members see its events; an auditor sees every event.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Deps } from '../deps';
import type { LedgerEvent } from '../ledger-event';
import { actorEvent, recordEvent } from '../record-event';

export interface LedgerPage {
  events: LedgerEvent[];
  /** Pass as beforeSeq to get the next (older) page; null at the start of the ledger. */
  nextBeforeSeq: number | null;
}

export interface LedgerPageQuery {
  beforeSeq?: number;
  limit?: number;
  caseId?: string;
}

function page(events: LedgerEvent[], limit: number): LedgerPage {
  const last = events[events.length - 1];
  return { events, nextBeforeSeq: events.length === limit && last ? last.seq : null };
}

export async function readCaseLedger(deps: Deps, actor: Actor, caseId: string, query: LedgerPageQuery = {}): Promise<LedgerPage> {
  const limit = Math.min(query.limit ?? 100, 1000);
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const events = await tx.ledger.list({ caseId, beforeSeq: query.beforeSeq, limit, order: 'desc' });
    await recordEvent(tx, deps, actorEvent(actor, 'ledger.case_viewed', { caseId, targetType: 'case', targetId: caseId }));
    return page(events, limit);
  });
}

export async function readLedger(deps: Deps, actor: Actor, query: LedgerPageQuery = {}): Promise<LedgerPage> {
  requirePermission(actor, 'ledger.read.all');
  const limit = Math.min(query.limit ?? 100, 1000);
  return deps.store.transaction(async (tx) => {
    const events = await tx.ledger.list({ caseId: query.caseId, beforeSeq: query.beforeSeq, limit, order: 'desc' });
    await recordEvent(tx, deps, actorEvent(actor, 'ledger.viewed', { details: { caseId: query.caseId ?? null } }));
    return page(events, limit);
  });
}
