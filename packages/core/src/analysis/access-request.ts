// Asking to join a case found only through a shared entity: the requester never learns which case it is
// (not its title, reference or members) unless its lead approves; both the request and the decision are events.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission, requireSignedIn } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { actorEvent, recordEvent } from '../record-event';

export type AccessRequestStatus = 'pending' | 'approved' | 'refused';

export interface AccessRequest {
  id: string;
  requesterId: string;
  /** The requester's own case, where they found the entity. */
  fromCaseId: string;
  targetCaseId: string;
  entityKey: string;
  reason: string;
  status: AccessRequestStatus;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
}

/** What the requester sees: never the target case, until they are a member of it. */
export interface OwnAccessRequest {
  id: string;
  fromCaseId: string;
  entityKey: string;
  reason: string;
  status: AccessRequestStatus;
  createdAt: string;
  decidedAt: string | null;
  /** Only once approved, when the case is theirs to see anyway. */
  targetCaseId: string | null;
}

/** What the target case's lead sees, to decide. */
export interface IncomingAccessRequest extends AccessRequest {
  requesterUsername: string;
  requesterDisplayName: string;
  fromCaseReference: string;
}

export async function requestCaseAccess(
  deps: Deps,
  actor: Actor,
  fromCaseId: string,
  props: { entityKey: string; reason: string },
): Promise<{ requested: number }> {
  requirePermission(actor, 'case.content.read');
  const reason = props.reason.trim();
  if (reason.length < 10) throw new TamgaError('VALIDATION_FAILED', 'Say why you need access (at least 10 characters)');
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, fromCaseId, 'read');
    // Only an entity of one's own case can be asked about: no probing the index with arbitrary values.
    if (!(await tx.analysis.entity(fromCaseId, props.entityKey))) throw new TamgaError('ENTITY_NOT_FOUND');
    const holders = await tx.analysis.casesWith([props.entityKey], fromCaseId);
    const pending = new Set(
      (await tx.accessRequests.byRequester(actor.userId)).filter((r) => r.status === 'pending').map((r) => r.targetCaseId),
    );
    const now = deps.clock.now().toISOString();
    let requested = 0;
    for (const { caseId: targetCaseId } of holders) {
      if (pending.has(targetCaseId) || (await tx.cases.membership(targetCaseId, actor.userId))) continue;
      const request: AccessRequest = {
        id: deps.random.id(),
        requesterId: actor.userId,
        fromCaseId,
        targetCaseId,
        entityKey: props.entityKey,
        reason,
        status: 'pending',
        createdAt: now,
        decidedAt: null,
        decidedBy: null,
        decisionNote: null,
      };
      await tx.accessRequests.insert(request);
      await recordEvent(
        tx,
        deps,
        actorEvent(actor, 'case.access_requested', {
          caseId: targetCaseId,
          targetType: 'access_request',
          targetId: request.id,
          details: { fromCaseId, entityKey: props.entityKey, reason },
        }),
      );
      requested++;
    }
    if (requested === 0) throw new TamgaError('NOTHING_TO_REQUEST');
    return { requested };
  });
}

export async function listOwnAccessRequests(deps: Deps, actor: Actor): Promise<OwnAccessRequest[]> {
  requireSignedIn(actor);
  return deps.store.transaction(async (tx) => {
    const requests = await tx.accessRequests.byRequester(actor.userId);
    return requests.map((r) => ({
      id: r.id,
      fromCaseId: r.fromCaseId,
      entityKey: r.entityKey,
      reason: r.reason,
      status: r.status,
      createdAt: r.createdAt,
      decidedAt: r.decidedAt,
      targetCaseId: r.status === 'approved' ? r.targetCaseId : null,
    }));
  });
}

export async function listIncomingAccessRequests(
  deps: Deps,
  actor: Actor,
  caseId: string,
  status?: AccessRequestStatus,
): Promise<IncomingAccessRequest[]> {
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'lead');
    const views: IncomingAccessRequest[] = [];
    for (const request of await tx.accessRequests.forTargetCase(caseId, status)) {
      const user = await tx.users.byId(request.requesterId);
      const from = await tx.cases.byId(request.fromCaseId);
      views.push({
        ...request,
        requesterUsername: user?.username ?? '?',
        requesterDisplayName: user?.displayName ?? '?',
        fromCaseReference: from?.reference ?? '?',
      });
    }
    return views;
  });
}

/** The lead approves (the requester joins with read access) or refuses; either way the requester is told only that. */
export async function decideAccessRequest(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: { decision: 'approve' | 'refuse'; note?: string },
): Promise<AccessRequest> {
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'lead');
    const request = await tx.accessRequests.byId(requestId);
    if (!request || request.targetCaseId !== caseId) throw new TamgaError('ACCESS_REQUEST_NOT_FOUND');
    if (request.status !== 'pending') throw new TamgaError('ACCESS_REQUEST_DECIDED');
    const now = deps.clock.now().toISOString();
    const decided: AccessRequest = {
      ...request,
      status: props.decision === 'approve' ? 'approved' : 'refused',
      decidedAt: now,
      decidedBy: actor.userId,
      decisionNote: props.note?.trim() || null,
    };
    await tx.accessRequests.update(decided);
    if (decided.status === 'approved' && !(await tx.cases.membership(caseId, request.requesterId))) {
      await tx.cases.upsertMember({ caseId, userId: request.requesterId, level: 'read', addedAt: now, addedBy: actor.userId });
      const user = await tx.users.byId(request.requesterId);
      await recordEvent(
        tx,
        deps,
        actorEvent(actor, 'case.member_added', {
          caseId,
          targetType: 'user',
          targetId: request.requesterId,
          details: { level: 'read', username: user?.username ?? '?', accessRequestId: request.id },
        }),
      );
    }
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, decided.status === 'approved' ? 'case.access_approved' : 'case.access_refused', {
        caseId,
        targetType: 'access_request',
        targetId: request.id,
        details: { requesterId: request.requesterId, note: decided.decisionNote },
      }),
    );
    return decided;
  });
}
