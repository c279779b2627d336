// Shared steps of the request use cases: load a request for a member, move it to a new status with its
// ledger event, and record refused guards as events too (oversight sees what was attempted, not only what passed).
import type { Actor } from '../actor';
import { loadCaseFor, type CaseAccess } from '../access';
import type { Deps } from '../deps';
import { isTamgaError, TamgaError } from '../errors';
import type { Tx } from '../ports';
import { actorEvent, recordEvent } from '../record-event';
import type { AccessLevel } from '../roles';
import type { EvidenceRequest, RequestStatus } from './request';
import { mergeRules, type RequestRules } from './request-deadlines';
import { transitionProblem } from './request-guards';

export function rulesOf(deps: Deps): RequestRules {
  return mergeRules(deps.requestRules);
}

export async function loadRequestFor(
  tx: Tx,
  actor: Actor,
  caseId: string,
  requestId: string,
  level: AccessLevel,
): Promise<{ request: EvidenceRequest; access: CaseAccess }> {
  // Membership first: for a non-member a hidden case and a missing one must answer alike.
  const access = await loadCaseFor(tx, actor, caseId, level);
  const request = await tx.requests.byId(caseId, requestId);
  if (!request) throw new TamgaError('REQUEST_NOT_FOUND');
  return { request, access };
}

export function assertTransition(request: EvidenceRequest, to: RequestStatus): void {
  const problem = transitionProblem(request.status, to);
  if (problem) throw new TamgaError(problem.code, `${request.reference}: ${problem.reason}`);
}

/** Saves the request and writes its event in the same transaction. */
export async function saveRequest(
  tx: Tx,
  deps: Deps,
  actor: Actor | null,
  request: EvidenceRequest,
  action: string,
  details: Record<string, unknown> = {},
  justification: string | null = null,
): Promise<EvidenceRequest> {
  await tx.requests.update(request);
  await recordEvent(
    tx,
    deps,
    actorEvent(actor, action, {
      caseId: request.caseId,
      targetType: 'request',
      targetId: request.id,
      authorizationId: request.authorizationId || null,
      justification,
      details: { reference: request.reference, type: request.type, status: request.status, ...details },
    }),
  );
  return request;
}

/** A status change: checks the state machine, stamps the time, records `request.<action>` with from → to. */
export async function transition(
  tx: Tx,
  deps: Deps,
  actor: Actor | null,
  request: EvidenceRequest,
  to: RequestStatus,
  action: string,
  changes: Partial<EvidenceRequest> = {},
  details: Record<string, unknown> = {},
  justification: string | null = null,
): Promise<EvidenceRequest> {
  assertTransition(request, to);
  const updated: EvidenceRequest = { ...request, ...changes, status: to, updatedAt: deps.clock.now().toISOString() };
  return saveRequest(tx, deps, actor, updated, action, { from: request.status, to, ...details }, justification);
}

/**
 * Runs a guarded step; when a guard refuses (a TamgaError with a code), the refusal is itself a ledger event
 * (`request.<step>_refused` with the code), committed, and the error is then thrown to the caller.
 */
export async function guarded<T>(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  step: string,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  const outcome = await deps.store.transaction(async (tx) => {
    try {
      return { value: await fn(tx) };
    } catch (error) {
      // Errors that reveal nothing about the request (not found, not a member) are not recorded against it.
      if (!isTamgaError(error) || ['CASE_NOT_FOUND', 'REQUEST_NOT_FOUND', 'ROLE_FORBIDDEN', 'ACCESS_LEVEL_TOO_LOW'].includes(error.code)) {
        throw error;
      }
      await recordEvent(
        tx,
        deps,
        actorEvent(actor, `request.${step}_refused`, {
          caseId,
          targetType: 'request',
          targetId: requestId,
          details: { code: error.code, reason: error.message },
        }),
      );
      return { error };
    }
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}
