// G7 (DOMAIN.md §3.4, §4.5): an emergency request goes out before the formal order exists. When sent it gets a
// VALIDATION_DUE timer (EU_VALID_48H, 48 h [S], unverified rule data); a supervisor or prosecutor validates it by
// recording the formal order's reference. If the timer passes first, the timer run moves the request to
// INVALIDATED and sequesters whatever was produced for it (the G9 mechanism: not processed, indexed or readable).
import type { Actor } from '../actor';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { EvidenceItem } from '../evidence-item';
import type { Tx } from '../ports';
import { actorEvent, recordEvent } from '../record-event';
import { isTerminal, type EvidenceRequest, type RequestTimer } from './request';
import { clearTimers, ruleIn, timer, type RequestRules } from './request-deadlines';
import { guarded, loadRequestFor, saveRequest, transition } from './request-access';
import { isEmergency } from './request-guards';
import { requireReviewer } from './request-lifecycle';
import { EMERGENCY_VALIDATION_RULE } from './request-rules';

/** The VALIDATION_DUE timer an emergency request gets when it is sent; none for other requests. */
export function validationTimer(request: EvidenceRequest, rules: RequestRules, sentAt: string): RequestTimer | null {
  if (!isEmergency(request)) return null;
  const rule = ruleIn(rules, EMERGENCY_VALIDATION_RULE);
  return timer(rule.id, 'VALIDATION_DUE', sentAt, rule.periodHours);
}

export const openValidation = (request: EvidenceRequest) => request.timers.find((t) => t.kind === 'VALIDATION_DUE' && !t.clearedAt);

export async function validateRequest(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: { orderReference: string; note?: string },
): Promise<EvidenceRequest> {
  const level = requireReviewer(actor);
  const orderReference = props.orderReference?.trim();
  if (!orderReference) throw new TamgaError('VALIDATION_FAILED', 'Give the reference of the formal order that validates the request');
  return guarded(deps, actor, caseId, requestId, 'validation', async (tx) => {
    const { request } = await loadRequestFor(tx, actor, caseId, requestId, level);
    if (!isEmergency(request)) {
      throw new TamgaError('REQUEST_NOT_EMERGENCY', `${request.reference} is not an emergency request; nothing to validate`);
    }
    if (request.validation) {
      throw new TamgaError(
        'REQUEST_VALIDATION_CLOSED',
        `${request.reference} was ${request.validation.state === 'VALIDATED' ? 'validated' : 'invalidated'} at ${request.validation.at}`,
      );
    }
    const due = openValidation(request);
    if (!due) {
      throw new TamgaError('REQUEST_TRANSITION', `${request.reference} is ${request.status}; an emergency request is validated once sent`);
    }
    const now = deps.clock.now().toISOString();
    if (Date.parse(due.dueAt) < Date.parse(now)) {
      throw new TamgaError(
        'REQUEST_VALIDATION_CLOSED',
        `${request.reference} had to be validated by ${due.dueAt}; it is invalidated and its data quarantined`,
      );
    }
    const note = props.note?.trim() || undefined;
    return saveRequest(
      tx,
      deps,
      actor,
      {
        ...request,
        validation: { state: 'VALIDATED', at: now, by: actor.userId, orderReference, ...(note ? { note } : {}) },
        timers: clearTimers(request.timers, now, ['VALIDATION_DUE']),
        updatedAt: now,
      },
      'request.validated',
      { orderReference, validationDue: due.dueAt, ruleId: due.ruleId },
      note ?? null,
    );
  });
}

/** The items of a production: its root and everything inside or extracted from it. */
function productionItems(all: EvidenceItem[], rootIds: string[]): EvidenceItem[] {
  const ids = new Set(rootIds);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of all) {
      if (ids.has(item.id)) continue;
      const from = item.parentId ?? item.derivation?.fromItemId;
      if ((from && ids.has(from)) || (item.derivation && ids.has(item.derivation.fromItemId))) {
        ids.add(item.id);
        grew = true;
      }
    }
  }
  return all.filter((i) => ids.has(i.id));
}

/**
 * The validation timer passed: an open request becomes INVALIDATED; one already closed keeps its outcome (terminal
 * states are immutable) and records the lapse. Either way its productions are sequestered. Returns the ids of the
 * items whose search documents the caller removes after the commit.
 */
export async function invalidateRequest(
  tx: Tx,
  deps: Deps,
  request: EvidenceRequest,
  due: RequestTimer,
): Promise<{ request: EvidenceRequest; sequestered: string[] }> {
  const now = deps.clock.now().toISOString();
  const validation = { state: 'LAPSED' as const, at: now };
  const reason = `Emergency request ${request.reference} was not validated by ${due.dueAt} (G7)`;
  const details = { validationDue: due.dueAt, ruleId: due.ruleId, productions: request.productions.length };
  const updated = isTerminal(request.status)
    ? await saveRequest(
        tx,
        deps,
        null,
        { ...request, validation, timers: clearTimers(request.timers, now, ['VALIDATION_DUE']), updatedAt: now },
        'request.validation_lapsed',
        details,
      )
    : await transition(
        tx,
        deps,
        null,
        request,
        'INVALIDATED',
        'request.invalidated',
        {
          validation,
          closedAt: now,
          timers: clearTimers(request.timers, now, ['VALIDATION_DUE', 'EMERGENCY_FOLLOWUP', 'RESPONSE_DUE', 'PRESERVATION_EXPIRY']),
        },
        details,
      );
  const sequestered: string[] = [];
  if (request.productions.length === 0) return { request: updated, sequestered };
  const items = productionItems(
    await tx.evidence.listForCase(request.caseId),
    request.productions.map((p) => p.itemId),
  );
  for (const item of items) {
    const state = item.sequestration?.state;
    if (state === 'SEQUESTERED' || state === 'DISPOSED' || item.custody.disposedAt) continue;
    await tx.evidence.update({
      ...item,
      sequestration: {
        state: 'SEQUESTERED',
        requestId: request.id,
        reason,
        at: now,
        by: 'system',
        decidedAt: null,
        decidedBy: null,
        note: null,
      },
    });
    // What processing and analysis made of it goes too: a sequestered item yields nothing searchable.
    await tx.artifacts.deleteForItem(item.caseId, item.id);
    await tx.analysis.deleteForItem(item.id);
    await recordEvent(
      tx,
      deps,
      actorEvent(null, 'evidence.sequestered', {
        caseId: item.caseId,
        targetType: 'evidence',
        targetId: item.id,
        authorizationId: item.authorizationId,
        justification: reason,
        details: { exhibitNumber: item.exhibitNumber, requestId: request.id, sha256: item.digests?.sha256 ?? null, rule: 'G7' },
      }),
    );
    sequestered.push(item.id);
  }
  return { request: updated, sequestered };
}
