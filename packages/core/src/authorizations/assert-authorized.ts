// The one gate every later measure passes: is there a valid authorisation in this case covering this action?
import type { Actor } from '../actor';
import { loadCaseFor } from '../access';
import {
  checkAuthorization,
  closestFailure,
  type Authorization,
  type AuthorizationTarget,
  type Measure,
  type ScopeFailure,
} from '../authorization';
import type { Deps } from '../deps';
import { isTamgaError, TamgaError } from '../errors';
import { actorEvent, recordEvent } from '../record-event';
import type { Tx } from '../ports';

export interface AuthorizedAction {
  measure: Measure;
  target: AuthorizationTarget;
  /** Check this authorisation only, as when a request names the one it relies on. */
  authorizationId?: string;
}

/**
 * Inside a caller's transaction: returns the authorisation relied on, or throws the error of the condition
 * that failed (for the authorisation that came closest). Callers record the returned id on their events.
 */
export async function assertAuthorizedIn(
  tx: Tx,
  deps: Deps,
  actor: Actor,
  caseId: string,
  action: AuthorizedAction,
): Promise<Authorization> {
  await loadCaseFor(tx, actor, caseId, 'read');
  const all = await tx.authorizations.listForCase(caseId);
  const candidates = action.authorizationId ? all.filter((a) => a.id === action.authorizationId) : all;
  if (action.authorizationId && candidates.length === 0) throw new TamgaError('AUTHORIZATION_NOT_FOUND');
  if (candidates.length === 0) throw new TamgaError('AUTH_NONE', `No legal authorisation in this case covers ${action.measure}`);
  const now = deps.clock.now();
  const failures: ScopeFailure[] = [];
  for (const authorization of candidates) {
    const failure = checkAuthorization(authorization, action.measure, action.target, now);
    if (!failure) return authorization;
    failures.push(failure);
  }
  const closest = closestFailure(failures) as ScopeFailure;
  throw new TamgaError(closest.code, closest.reason, { authorizationId: closest.authorizationId, failures });
}

/** The standalone check (API and CLI): its outcome, covered or refused, is itself a ledger event. */
export async function assertAuthorized(deps: Deps, actor: Actor, caseId: string, action: AuthorizedAction): Promise<Authorization> {
  const outcome = await deps.store.transaction(async (tx) => {
    try {
      const authorization = await assertAuthorizedIn(tx, deps, actor, caseId, action);
      await recordEvent(tx, deps, checkedEvent(actor, caseId, action, authorization.id, 'covered'));
      return { authorization };
    } catch (error) {
      if (!isTamgaError(error) || !error.code.startsWith('AUTH_')) throw error;
      await recordEvent(tx, deps, checkedEvent(actor, caseId, action, null, error.code));
      return { error };
    }
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.authorization;
}

function checkedEvent(actor: Actor, caseId: string, action: AuthorizedAction, authorizationId: string | null, result: string) {
  return actorEvent(actor, 'authorization.checked', {
    caseId,
    targetType: 'case',
    targetId: caseId,
    authorizationId,
    details: { measure: action.measure, result },
  });
}
