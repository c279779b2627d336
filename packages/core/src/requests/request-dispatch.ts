// After approval: sending (G2–G5 checked again, the letter printed and its SHA-256 recorded), the addressee's
// acknowledgement (which starts a preservation's expiry), clarification, and the outcome.
import type { Actor } from '../actor';
import { requirePermission } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { EvidenceRequest, RefusalReason, RequestItemStatus, RequestOutcome, RequestTimer, SentDocument } from './request';
import { clearTimers, ruleIn, startPreservation, timer } from './request-deadlines';
import { guarded, loadRequestFor, rulesOf, saveRequest, transition } from './request-access';
import { assertInScope } from './request-lifecycle';
import { isEmergency } from './request-guards';
import { letterFor, renderLetter } from './letter-builder';
import type { LetterFormat, LetterLanguage } from './request-letter';
import { REQUEST_TYPES } from './request-types';
import { validationTimer } from './request-validation';

export interface SendProps {
  /** The letter to print and send; without it (a provider's web form) no document hash is recorded. */
  letter?: { format: LetterFormat; language: LetterLanguage };
  note?: string;
}

export async function sendRequest(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: SendProps = {},
): Promise<EvidenceRequest> {
  requirePermission(actor, 'requests.draft');
  let document: SentDocument | undefined;
  if (props.letter) {
    // Printing may take a while and is not a database matter: it happens first, on what was approved, and the
    // transaction below refuses if the request changed meanwhile.
    const { request, letter } = await deps.store.transaction(async (tx) => {
      const loaded = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
      return {
        request: loaded.request,
        letter: await letterFor(tx, loaded.request, loaded.access.record.reference, deps.clock.now().toISOString()),
      };
    });
    if (request.status === 'AUTHORIZED') {
      const rendered = await renderLetter(deps, letter, request, props.letter.format, props.letter.language);
      // Kept as evidence of what was sent: the blob store is content-addressed, so the hash names the bytes.
      const stored = await deps.blobs.putStream(
        (async function* () {
          yield rendered.bytes;
        })(),
      );
      document = { ...props.letter, sha256: stored.sha256, size: stored.size, sentAt: letter.issuedAt };
    }
  }
  return guarded(deps, actor, caseId, requestId, 'send', async (tx) => {
    const { request } = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
    if (request.status !== 'AUTHORIZED') return transition(tx, deps, actor, request, 'SENT', 'request.sent');
    await assertInScope(tx, deps, request);
    const now = deps.clock.now().toISOString();
    const rules = rulesOf(deps);
    const timers: RequestTimer[] = [...request.timers];
    if (isEmergency(request) && request.emergency) {
      // G7: the formal process must follow; due at the earlier of the rule's period and the date the request names.
      const rule = ruleIn(rules, 'EMERG_FOLLOWUP');
      const byRule = timer(rule.id, 'EMERGENCY_FOLLOWUP', now, rule.periodHours);
      const named = request.emergency.followUpProcessDue;
      timers.push(Date.parse(named) < Date.parse(byRule.dueAt) ? { ...byRule, dueAt: new Date(named).toISOString() } : byRule);
    }
    // G7: the formal order that validates the emergency request is due within the rule's period.
    const validation = validationTimer(request, rules, now);
    if (validation) timers.push(validation);
    const responseRuleId = REQUEST_TYPES[request.type].responseRuleId;
    if (responseRuleId) {
      const rule = ruleIn(rules, responseRuleId);
      timers.push(timer(rule.id, 'RESPONSE_DUE', now, rule.periodHours));
    }
    const sent = await transition(
      tx,
      deps,
      actor,
      request,
      'SENT',
      'request.sent',
      { sentAt: now, timers, ...(document ? { sentDocument: document } : {}) },
      {
        document: document ?? null,
        channel: request.addressee.channel,
        addressee: request.addressee.name,
        timers: timers.map((t) => ({ ruleId: t.ruleId, dueAt: t.dueAt })),
      },
      props.note?.trim() || null,
    );
    // Sending the formal process answers the emergency requests it follows.
    for (const id of request.linkedRequestIds) {
      const linked = await tx.requests.byId(caseId, id);
      if (!linked || !linked.timers.some((t) => t.kind === 'EMERGENCY_FOLLOWUP' && !t.clearedAt)) continue;
      await saveRequest(
        tx,
        deps,
        actor,
        { ...linked, timers: clearTimers(linked.timers, now, ['EMERGENCY_FOLLOWUP']) },
        'request.followed_up',
        {
          followUpRequestId: request.id,
          followUpReference: request.reference,
        },
      );
    }
    return sent;
  });
}

export async function acknowledgeRequest(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: { reference: string; preservationRef?: string },
): Promise<EvidenceRequest> {
  requirePermission(actor, 'requests.draft');
  return guarded(deps, actor, caseId, requestId, 'acknowledge', async (tx) => {
    const { request } = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
    if (request.status !== 'SENT') return transition(tx, deps, actor, request, 'ACKNOWLEDGED', 'request.acknowledged');
    const reference = props.reference?.trim();
    if (!reference) throw new TamgaError('REQUEST_ADDRESSEE_REFERENCE_REQUIRED');
    const now = deps.clock.now().toISOString();
    const changes: Partial<EvidenceRequest> = { acknowledgedAt: now, addressee: { ...request.addressee, reference } };
    const type = REQUEST_TYPES[request.type];
    if (type.preservation) {
      // The addressee's own period (directory) comes first; the type's default when it names none.
      const entry = request.addressee.directoryId ? await tx.directory.byId(request.addressee.directoryId) : undefined;
      const rule = ruleIn(rulesOf(deps), entry?.preservationRuleId ?? type.preservationRuleId ?? 'BUD16_MAX');
      const preservation = startPreservation(rule, now, props.preservationRef?.trim() || reference);
      changes.preservation = preservation;
      changes.timers = [
        ...request.timers,
        { ruleId: rule.id, kind: 'PRESERVATION_EXPIRY', startedAt: now, dueAt: preservation.expiresAt! },
      ];
    }
    return transition(tx, deps, actor, request, 'ACKNOWLEDGED', 'request.acknowledged', changes, {
      addresseeReference: reference,
      ...(changes.preservation ? { preservation: changes.preservation } : {}),
    });
  });
}

export async function clarifyRequest(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: { state: 'requested' | 'answered'; note: string },
): Promise<EvidenceRequest> {
  requirePermission(actor, 'requests.draft');
  if (!props.note.trim()) throw new TamgaError('VALIDATION_FAILED', 'Say what was asked or answered');
  return deps.store.transaction(async (tx) => {
    const { request } = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
    const to = props.state === 'requested' ? 'CLARIFICATION_REQUESTED' : 'ACKNOWLEDGED';
    return transition(tx, deps, actor, request, to, `request.clarification_${props.state}`, {}, {}, props.note.trim());
  });
}

export interface CloseProps {
  outcome: RequestOutcome;
  /** One per item, in order; required for FULFILLED, PARTIALLY_FULFILLED, NO_DATA and REFUSED. */
  itemStatuses?: RequestItemStatus[];
  refusalReason?: RefusalReason;
  note?: string;
}

export async function closeRequest(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: CloseProps,
): Promise<EvidenceRequest> {
  requirePermission(actor, 'requests.draft');
  return guarded(deps, actor, caseId, requestId, 'close', async (tx) => {
    const { request } = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
    const answered = ['FULFILLED', 'PARTIALLY_FULFILLED', 'NO_DATA', 'REFUSED'].includes(props.outcome);
    const statuses = props.itemStatuses ?? [];
    if (answered && (statuses.length !== request.items.length || statuses.includes('PENDING'))) {
      throw new TamgaError(
        'REQUEST_ITEM_STATUSES_REQUIRED',
        `${request.reference} has ${request.items.length} item(s); give each a status other than PENDING to record ${props.outcome}`,
      );
    }
    if (props.outcome === 'REFUSED' && !props.refusalReason) throw new TamgaError('REQUEST_REFUSAL_REASON_REQUIRED');
    const now = deps.clock.now().toISOString();
    const p = request.preservation;
    const preservation =
      p && p.state !== 'EXPIRED' ? { ...p, state: p.followUpRequestId ? ('CONVERTED' as const) : ('RELEASED' as const) } : p;
    return transition(
      tx,
      deps,
      actor,
      request,
      props.outcome,
      'request.closed',
      {
        closedAt: now,
        items: request.items.map((item, i) => ({ ...item, status: statuses[i] ?? item.status })),
        timers: clearTimers(request.timers, now, ['PRESERVATION_EXPIRY', 'RESPONSE_DUE']),
        ...(props.refusalReason ? { refusalReason: props.refusalReason } : {}),
        ...(props.note?.trim() ? { outcomeNote: props.note.trim() } : {}),
        ...(preservation ? { preservation } : {}),
      },
      { outcome: props.outcome, itemStatuses: statuses, refusalReason: props.refusalReason ?? null },
      props.note?.trim() || null,
    );
  });
}
