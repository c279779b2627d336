// Reading requests: a case's list with due dates, one request with its deadlines and reminders, and the
// overdue and expiring lists across the cases a person belongs to. Every read is an access event.
import type { Actor } from '../actor';
import { loadCaseFor, requireSignedIn } from '../access';
import type { Deps } from '../deps';
import type { LedgerEvent } from '../ledger-event';
import type { Tx } from '../ports';
import { actorEvent, recordEvent } from '../record-event';
import { roleAllows } from '../roles';
import type { EvidenceRequest, RequestStatus } from './request';
import { deadlinesOf, type Deadline } from './request-deadlines';
import { loadRequestFor, rulesOf } from './request-access';
import type { RequestReminder } from './request-ports';
import { higherApprovalReasons } from './request-guards';

export interface RequestSummary {
  request: EvidenceRequest;
  /** The nearest open deadline, if any. */
  nextDeadline: Deadline | null;
}

function nearest(deadlines: Deadline[]): Deadline | null {
  return [...deadlines].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0] ?? null;
}

export async function listRequests(
  deps: Deps,
  actor: Actor,
  caseId: string,
  filter: { status?: RequestStatus } = {},
): Promise<RequestSummary[]> {
  const rules = rulesOf(deps);
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const requests = await tx.requests.listForCase(caseId, filter);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'requests.listed', { caseId, targetType: 'case', targetId: caseId, details: { count: requests.length } }),
    );
    const now = deps.clock.now();
    return requests.map((request) => ({ request, nextDeadline: nearest(deadlinesOf(request, now, rules)) }));
  });
}

export interface RequestDetail {
  request: EvidenceRequest;
  deadlines: Deadline[];
  reminders: RequestReminder[];
  linked: Array<{ id: string; reference: string; type: string; status: RequestStatus }>;
  approval: ApprovalPlan;
  /** Its ledger events in order (drafted, submitted, approved, refusals, sent, …), views and letter reads left out. */
  history: LedgerEvent[];
}

/** Reading a request or its letter is an access event, not a step in its history. */
const NOT_HISTORY = new Set(['request.viewed', 'request.letter_previewed', 'request.letter_read']);

async function historyOf(tx: Tx, caseId: string, requestId: string): Promise<LedgerEvent[]> {
  const out: LedgerEvent[] = [];
  for (let afterSeq = 0; ;) {
    const page = await tx.ledger.list({ caseId, targetId: requestId, afterSeq, limit: 1000, order: 'asc' });
    out.push(...page.filter((e) => !NOT_HISTORY.has(e.action)));
    if (page.length < 1000) return out;
    afterSeq = page[page.length - 1]!.seq;
  }
}

/** Who approves (G6, G8): the reasons a higher approver is needed, and whose approval comes next. */
export interface ApprovalPlan {
  higherApprovalReasons: string[];
  higherApproverRoles: string[];
  /** SUPERVISOR: the first (or only) approval; HIGHER: the higher approver's; null: not awaiting approval. */
  next: 'SUPERVISOR' | 'HIGHER' | null;
}

export function approvalPlan(request: EvidenceRequest, higherApproverRoles: readonly string[]): ApprovalPlan {
  const reasons = higherApprovalReasons(request);
  const given = request.approvals?.length ?? 0;
  const next = request.status !== 'IN_REVIEW' ? null : given === 0 ? 'SUPERVISOR' : reasons.length ? 'HIGHER' : null;
  return { higherApprovalReasons: reasons, higherApproverRoles: [...higherApproverRoles], next };
}

export async function getRequest(deps: Deps, actor: Actor, caseId: string, requestId: string): Promise<RequestDetail> {
  const rules = rulesOf(deps);
  return deps.store.transaction(async (tx) => {
    const { request } = await loadRequestFor(tx, actor, caseId, requestId, 'read');
    const linked: RequestDetail['linked'] = [];
    for (const id of request.linkedRequestIds) {
      const other = await tx.requests.byId(caseId, id);
      if (other) linked.push({ id: other.id, reference: other.reference, type: other.type, status: other.status });
    }
    const history = await historyOf(tx, caseId, requestId);
    await recordEvent(tx, deps, actorEvent(actor, 'request.viewed', { caseId, targetType: 'request', targetId: requestId }));
    return {
      request,
      deadlines: deadlinesOf(request, deps.clock.now(), rules),
      reminders: await tx.requests.reminders(requestId),
      linked,
      approval: approvalPlan(request, rules.higherApproverRoles),
      history,
    };
  });
}

export interface DeadlineList {
  overdue: Array<Deadline & { caseReference: string }>;
  expiring: Array<Deadline & { caseReference: string }>;
}

/** Across the reader's cases: what is past due, and what falls due within `withinDays`. */
export async function listDeadlines(deps: Deps, actor: Actor, props: { withinDays?: number } = {}): Promise<DeadlineList> {
  requireSignedIn(actor);
  const rules = rulesOf(deps);
  const within = (props.withinDays ?? 30) * 24 * 3600_000;
  return deps.store.transaction(async (tx) => {
    const list: DeadlineList = { overdue: [], expiring: [] };
    if (!roleAllows(actor.role, 'case.content.read')) return list;
    const now = deps.clock.now();
    for (const { case: record } of await tx.cases.listForMember(actor.userId)) {
      for (const request of await tx.requests.listForCase(record.id)) {
        for (const deadline of deadlinesOf(request, now, rules)) {
          const entry = { ...deadline, caseReference: record.reference };
          if (deadline.overdue) list.overdue.push(entry);
          else if (Date.parse(deadline.dueAt) - now.getTime() <= within) list.expiring.push(entry);
        }
      }
    }
    const byDue = (a: Deadline, b: Deadline) => Date.parse(a.dueAt) - Date.parse(b.dueAt);
    list.overdue.sort(byDue);
    list.expiring.sort(byDue);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'requests.deadlines_viewed', { details: { overdue: list.overdue.length, expiring: list.expiring.length } }),
    );
    return list;
  });
}
