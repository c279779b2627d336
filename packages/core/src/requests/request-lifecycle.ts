// Review and approval (DOMAIN.md §4.5): DRAFT ⇄ IN_REVIEW → AUTHORIZED, and withdrawal from any open state.
// Approval is where the legal limits bite: four eyes, the authorisation's scope and validity, the severity
// threshold for content and traffic, and the emergency fields.
import type { Actor } from '../actor';
import { requirePermission } from '../access';
import { roleAllows, type AccessLevel } from '../roles';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { Tx } from '../ports';
import type { EvidenceRequest, RequestApproval } from './request';
import { clearTimers } from './request-deadlines';
import { guarded, loadRequestFor, rulesOf, saveRequest, transition } from './request-access';
import { higherApprovalReasons, missingEmergencyFields, missingFields, scopeFailure, severityFailure } from './request-guards';
import { countryRule } from './request-rules';

/** The completeness guards shared by submission and approval. */
export function assertComplete(request: EvidenceRequest): void {
  const missing = missingFields(request);
  if (missing.length > 0) {
    throw new TamgaError('REQUEST_INCOMPLETE', `${request.reference} lacks: ${missing.join(', ')}`, { missing });
  }
  const emergency = missingEmergencyFields(request);
  if (emergency.length > 0) {
    throw new TamgaError(
      'REQUEST_EMERGENCY_FIELDS_MISSING',
      `${request.reference} is an emergency request and lacks: ${emergency.join(', ')}`,
      { missing: emergency },
    );
  }
}

/** G1–G5: the named authorisation covers every item and is valid now; the refusal names the item and the reason. */
export async function assertInScope(tx: Tx, deps: Deps, request: EvidenceRequest): Promise<void> {
  const authorization = await tx.authorizations.byId(request.caseId, request.authorizationId);
  if (!authorization) throw new TamgaError('AUTHORIZATION_NOT_FOUND');
  const failure = scopeFailure(request, authorization, deps.clock.now());
  if (failure) throw new TamgaError(failure.code, failure.reason, { authorizationId: failure.authorizationId });
}

export async function submitRequest(deps: Deps, actor: Actor, caseId: string, requestId: string): Promise<EvidenceRequest> {
  requirePermission(actor, 'requests.draft');
  return guarded(deps, actor, caseId, requestId, 'submit', async (tx) => {
    const { request } = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
    if (request.status !== 'DRAFT') return transition(tx, deps, actor, request, 'IN_REVIEW', 'request.submitted');
    assertComplete(request);
    return transition(tx, deps, actor, request, 'IN_REVIEW', 'request.submitted', { submittedBy: actor.userId });
  });
}

/** A reviewer sends a request back to its author with what to change. */
export async function returnRequest(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: { note: string },
): Promise<EvidenceRequest> {
  requirePermission(actor, 'requests.approve');
  if (!props.note.trim()) throw new TamgaError('VALIDATION_FAILED', 'Say what must change');
  return deps.store.transaction(async (tx) => {
    const { request } = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
    // What comes back may change: approvals given so far no longer hold.
    return transition(tx, deps, actor, request, 'DRAFT', 'request.returned', { approvals: [] }, {}, props.note.trim());
  });
}

/** Who may review at all: a supervisor (requests.approve) or a higher approver (requests.approve.higher). */
export function requireReviewer(actor: Actor): AccessLevel {
  if (roleAllows(actor.role, 'requests.approve')) {
    requirePermission(actor, 'requests.approve');
    return 'contribute';
  }
  // A prosecutor reviews from a reading membership: they approve, they do not draft [D].
  requirePermission(actor, 'requests.approve.higher');
  return 'read';
}

/**
 * IN_REVIEW → AUTHORIZED. Most requests need one approval: a supervisor who is not the author (four eyes).
 * A request asking content or traffic data (G6), or whose target may be privileged or press (G8), needs two: the
 * supervisor's first (recorded as `request.approved_first`, the request stays IN_REVIEW), then a higher
 * approver's — a user whose role is in the rules' higherApproverRoles and who has not approved it yet.
 */
export async function approveRequest(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: { note?: string } = {},
): Promise<EvidenceRequest> {
  const level = requireReviewer(actor);
  return guarded(deps, actor, caseId, requestId, 'approval', async (tx) => {
    const { request, access } = await loadRequestFor(tx, actor, caseId, requestId, level);
    if (request.status !== 'IN_REVIEW') return transition(tx, deps, actor, request, 'AUTHORIZED', 'request.approved');
    // Four eyes: neither the author nor whoever submitted it may approve it.
    if (request.createdBy === actor.userId || request.submittedBy === actor.userId) {
      throw new TamgaError(
        'REQUEST_SELF_APPROVAL',
        `${request.reference} was drafted or submitted by you; another supervisor must approve it`,
      );
    }
    assertComplete(request);
    await assertInScope(tx, deps, request);
    const rules = rulesOf(deps);
    const rule = rules.countries[access.record.country.toUpperCase()] ?? countryRule(access.record.country);
    const severity = severityFailure(request, rule);
    if (severity) {
      throw new TamgaError('REQUEST_BELOW_SEVERITY_THRESHOLD', `${request.reference}: ${severity}`, {
        threshold: rule.contentTrafficMinPenaltyYears,
        verified: rule.verified,
      });
    }
    const now = deps.clock.now().toISOString();
    const note = props.note?.trim() || undefined;
    const reasons = higherApprovalReasons(request);
    const approvals = request.approvals ?? [];
    const severityRule = { country: rule.country, years: rule.contentTrafficMinPenaltyYears, verified: rule.verified };
    const higherRoles = [...rules.higherApproverRoles];
    if (reasons.length === 0 || approvals.length === 0) {
      if (!roleAllows(actor.role, 'requests.approve')) {
        throw new TamgaError(
          'REQUEST_FIRST_APPROVAL_REQUIRED',
          `${request.reference} is approved first by a supervisor other than its author; the higher approval follows`,
        );
      }
      const first: RequestApproval = {
        by: actor.userId,
        role: actor.role,
        at: now,
        stage: reasons.length ? 'FIRST' : 'HIGHER',
        ...(note ? { note } : {}),
      };
      if (reasons.length > 0) {
        return saveRequest(
          tx,
          deps,
          actor,
          { ...request, approvals: [{ ...first, stage: 'FIRST' }], updatedAt: now },
          'request.approved_first',
          { approvals: 1, higherApprovalNeeded: reasons, higherApproverRoles: higherRoles, severityRule },
          note ?? null,
        );
      }
      return transition(
        tx,
        deps,
        actor,
        request,
        'AUTHORIZED',
        'request.approved',
        { approvedBy: actor.userId, approvedAt: now, approvals: [first] },
        { severityRule },
        note ?? null,
      );
    }
    if (approvals.some((a) => a.by === actor.userId)) {
      throw new TamgaError(
        'REQUEST_APPROVER_REPEATED',
        `${request.reference} already has your approval; the higher approval must come from someone else (${higherRoles.join(' or ')})`,
      );
    }
    if (!higherRoles.includes(actor.role)) {
      throw new TamgaError(
        'REQUEST_HIGHER_APPROVAL_REQUIRED',
        `${request.reference} needs a higher approver (${higherRoles.join(' or ')}) because ${reasons.join('; ')}; ` +
          `a ${actor.role} cannot complete it`,
        { reasons, higherApproverRoles: higherRoles },
      );
    }
    const higher: RequestApproval = { by: actor.userId, role: actor.role, at: now, stage: 'HIGHER', ...(note ? { note } : {}) };
    return transition(
      tx,
      deps,
      actor,
      request,
      'AUTHORIZED',
      'request.approved',
      { approvedBy: actor.userId, approvedAt: now, approvals: [...approvals, higher] },
      { severityRule, approvals: approvals.length + 1, higherApprovalFor: reasons },
      note ?? null,
    );
  });
}

export async function withdrawRequest(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: { reason: string },
): Promise<EvidenceRequest> {
  requirePermission(actor, 'requests.draft');
  const reason = props.reason.trim();
  if (!reason) throw new TamgaError('VALIDATION_FAILED', 'Say why the request is withdrawn');
  return deps.store.transaction(async (tx) => {
    const { request } = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
    const now = deps.clock.now().toISOString();
    const preservation = request.preservation && { ...request.preservation, state: 'RELEASED' as const };
    return transition(
      tx,
      deps,
      actor,
      request,
      'WITHDRAWN',
      'request.withdrawn',
      {
        timers: clearTimers(request.timers, now, ['PRESERVATION_EXPIRY', 'RESPONSE_DUE', 'EMERGENCY_FOLLOWUP']),
        closedAt: now,
        ...(preservation ? { preservation } : {}),
      },
      {},
      reason,
    );
  });
}
