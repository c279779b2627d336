// Changing a case's description, offences or status; only its lead may.
import type { Actor } from '../actor';
import { loadCaseFor } from '../access';
import { CASE_TRANSITIONS, type Case, type CaseStatus } from '../case';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { normalizeTrustedMailHosts } from '../mail-hosts';
import { checkOffences, type OffenceRef } from '../offences';
import { actorEvent, recordEvent } from '../record-event';

export interface UpdateCaseProps {
  title?: string;
  description?: string;
  offences?: OffenceRef[];
  /** Replaces the list (mail-hosts.ts); e-mails already read keep their origin until read again. */
  trustedMailHosts?: string[];
}

export async function updateCase(deps: Deps, actor: Actor, caseId: string, props: UpdateCaseProps): Promise<Case> {
  if (props.offences) {
    const problem = checkOffences(props.offences);
    if (problem) throw new TamgaError(problem);
  }
  const trustedMailHosts = props.trustedMailHosts && normalizeTrustedMailHosts(props.trustedMailHosts);
  return deps.store.transaction(async (tx) => {
    const { record } = await loadCaseFor(tx, actor, caseId, 'lead');
    const updated: Case = {
      ...record,
      title: props.title?.trim() || record.title,
      description: props.description?.trim() ?? record.description,
      offences: props.offences ?? record.offences,
      trustedMailHosts: trustedMailHosts ?? record.trustedMailHosts,
      updatedAt: deps.clock.now().toISOString(),
    };
    await tx.cases.update(updated);
    const changed = Object.keys(props).filter((k) => props[k as keyof UpdateCaseProps] !== undefined);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'case.updated', {
        caseId,
        targetType: 'case',
        targetId: caseId,
        details: {
          fields: changed,
          ...(props.offences ? { offences: props.offences.map((o) => o.code) } : {}),
          ...(trustedMailHosts ? { trustedMailHosts } : {}),
        },
      }),
    );
    return updated;
  });
}

export async function changeCaseStatus(
  deps: Deps,
  actor: Actor,
  caseId: string,
  props: { status: CaseStatus; reason: string },
): Promise<Case> {
  return deps.store.transaction(async (tx) => {
    const { record } = await loadCaseFor(tx, actor, caseId, 'lead');
    if (!CASE_TRANSITIONS[record.status].includes(props.status)) {
      throw new TamgaError('CASE_STATUS_TRANSITION', `A case cannot go from ${record.status} to ${props.status}`, {
        from: record.status,
        to: props.status,
        allowed: CASE_TRANSITIONS[record.status],
      });
    }
    if (!props.reason.trim()) throw new TamgaError('VALIDATION_FAILED', 'Give a reason for the change of status');
    const updated: Case = { ...record, status: props.status, updatedAt: deps.clock.now().toISOString() };
    await tx.cases.update(updated);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'case.status_changed', {
        caseId,
        targetType: 'case',
        targetId: caseId,
        justification: props.reason.trim(),
        details: { from: record.status, to: props.status },
      }),
    );
    return updated;
  });
}
