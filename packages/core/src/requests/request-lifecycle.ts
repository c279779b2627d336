// Review and approval (DOMAIN.md §4.5): DRAFT ⇄ IN_REVIEW → AUTHORIZED, and withdrawal from any open state.
// Approval is where the legal limits bite: four eyes, the authorisation's scope and validity, the severity
// threshold for content and traffic, and the emergency fields.
import type { Actor } from '../actor';
import { requirePermission } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { Tx } from '../ports';
import type { EvidenceRequest } from './request';
import { clearTimers } from './request-deadlines';
import { guarded, loadRequestFor, rulesOf, transition } from './request-access';
import { missingEmergencyFields, missingFields, scopeFailure, severityFailure } from './request-guards';
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
    return transition(tx, deps, actor, request, 'DRAFT', 'request.returned', {}, {}, props.note.trim());
  });
}

export async function approveRequest(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: { note?: string } = {},
): Promise<EvidenceRequest> {
  requirePermission(actor, 'requests.approve');
  return guarded(deps, actor, caseId, requestId, 'approval', async (tx) => {
    const { request, access } = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
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
    const rule = rulesOf(deps).countries[access.record.country.toUpperCase()] ?? countryRule(access.record.country);
    const severity = severityFailure(request, rule);
    if (severity) {
      throw new TamgaError('REQUEST_BELOW_SEVERITY_THRESHOLD', `${request.reference}: ${severity}`, {
        threshold: rule.contentTrafficMinPenaltyYears,
        verified: rule.verified,
      });
    }
    const now = deps.clock.now().toISOString();
    return transition(
      tx,
      deps,
      actor,
      request,
      'AUTHORIZED',
      'request.approved',
      { approvedBy: actor.userId, approvedAt: now },
      { severityRule: { country: rule.country, years: rule.contentTrafficMinPenaltyYears, verified: rule.verified } },
      props.note?.trim() || null,
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
