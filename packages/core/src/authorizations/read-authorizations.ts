// Reading the legal authorisations of a case; members only.
import type { Actor } from '../actor';
import { loadCaseFor } from '../access';
import type { Authorization } from '../authorization';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { actorEvent, recordEvent } from '../record-event';

export async function listAuthorizations(deps: Deps, actor: Actor, caseId: string): Promise<Authorization[]> {
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const list = await tx.authorizations.listForCase(caseId);
    await recordEvent(tx, deps, actorEvent(actor, 'authorizations.viewed', { caseId, targetType: 'case', targetId: caseId }));
    return list;
  });
}

export async function getAuthorization(deps: Deps, actor: Actor, caseId: string, id: string): Promise<Authorization> {
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const authorization = await tx.authorizations.byId(caseId, id);
    if (!authorization) throw new TamgaError('AUTHORIZATION_NOT_FOUND');
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'authorization.viewed', { caseId, targetType: 'authorization', targetId: id, authorizationId: id }),
    );
    return authorization;
  });
}
