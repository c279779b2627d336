// Timers that run without anyone asking: preservation renewals, reminders before expiry (once per request,
// expiry and threshold), preservations that lapse, and unsent requests whose authorisation lapsed (G5).
// The worker calls runRequestTimers periodically; every clock reading goes through deps.clock.
import type { Actor } from '../actor';
import { requirePermission } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { actorEvent, recordEvent } from '../record-event';
import type { EvidenceRequest } from './request';
import { clearTimers, preservationRunning, remindersDue, renewedPreservation, ruleIn, type DueReminder } from './request-deadlines';
import { loadRequestFor, rulesOf, saveRequest, transition } from './request-access';
import { REQUEST_TYPES } from './request-types';
import { invalidateRequest, openValidation } from './request-validation';

/**
 * ACTIVE or EXTENDED → EXTENSION_REQUESTED: the extension has been asked of the addressee. The expiry stays
 * until they confirm it (renewPreservation); the rule's limit is checked now, so nobody asks for what it forbids.
 */
export async function requestExtension(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: { note?: string } = {},
): Promise<EvidenceRequest> {
  requirePermission(actor, 'requests.draft');
  return deps.store.transaction(async (tx) => {
    const { request } = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
    const previous = request.preservation;
    if (!REQUEST_TYPES[request.type].preservation || !previous) {
      throw new TamgaError('REQUEST_NOT_PRESERVATION', `${request.reference} holds no acknowledged preservation to extend`);
    }
    if (previous.state !== 'ACTIVE' && previous.state !== 'EXTENDED') {
      throw new TamgaError('REQUEST_TRANSITION', `A preservation that is ${previous.state} cannot be extended`);
    }
    const rule = ruleIn(rulesOf(deps), previous.ruleId);
    // Checks the rule's renewal period and limit without applying them yet.
    renewedPreservation(previous, rule);
    const now = deps.clock.now().toISOString();
    return saveRequest(
      tx,
      deps,
      actor,
      { ...request, preservation: { ...previous, state: 'EXTENSION_REQUESTED' }, updatedAt: now },
      'request.extension_requested',
      { expiresAt: previous.expiresAt, renewals: previous.renewals, ruleId: rule.id, verified: rule.verified },
      props.note?.trim() || null,
    );
  });
}

/** The addressee confirmed an extension (asked for or not): EXTENDED, the expiry moved by the rule's period. */
export async function renewPreservation(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: { note?: string } = {},
): Promise<EvidenceRequest> {
  requirePermission(actor, 'requests.draft');
  return deps.store.transaction(async (tx) => {
    const { request } = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
    if (!REQUEST_TYPES[request.type].preservation || !request.preservation) {
      throw new TamgaError('REQUEST_NOT_PRESERVATION', `${request.reference} holds no acknowledged preservation to renew`);
    }
    const previous = request.preservation;
    const rule = ruleIn(rulesOf(deps), previous.ruleId);
    const preservation = renewedPreservation(previous, rule);
    const now = deps.clock.now().toISOString();
    const timers = [
      ...clearTimers(request.timers, now, ['PRESERVATION_EXPIRY']),
      { ruleId: rule.id, kind: 'PRESERVATION_EXPIRY' as const, startedAt: now, dueAt: preservation.expiresAt! },
    ];
    return saveRequest(
      tx,
      deps,
      actor,
      { ...request, preservation, timers, updatedAt: now },
      'request.preservation_renewed',
      {
        previousExpiry: previous.expiresAt,
        expiresAt: preservation.expiresAt,
        renewals: preservation.renewals,
        ruleId: rule.id,
        verified: rule.verified,
      },
      props.note?.trim() || null,
    );
  });
}

/** Reminders that are due now and not yet recorded. */
export async function dueReminders(deps: Deps, now: Date = deps.clock.now()): Promise<DueReminder[]> {
  const rules = rulesOf(deps);
  return deps.store.transaction(async (tx) => {
    const due = remindersDue(await tx.requests.listOpen(), now, rules.reminderDays);
    const pending: DueReminder[] = [];
    for (const reminder of due) {
      const sent = await tx.requests.reminders(reminder.requestId);
      if (!sent.some((s) => s.expiresAt === reminder.expiresAt && s.daysBefore === reminder.daysBefore)) pending.push(reminder);
    }
    return pending;
  });
}

export interface TimerRun {
  reminders: number;
  preservationsExpired: number;
  requestsExpired: number;
  /** G7: emergency requests whose validation lapsed, and the production items sequestered for them. */
  requestsInvalidated: number;
  itemsSequestered: number;
  /** Requests whose answer was due more than noResponseAfterDays ago: recorded as NO_RESPONSE. */
  requestsUnanswered: number;
}

/** The response-due timer of a sent request that has gone unanswered for `afterDays` past it, if any. */
function responseLapsed(request: EvidenceRequest, now: Date, afterDays: number): { dueAt: string } | null {
  if (!['SENT', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED'].includes(request.status)) return null;
  const timer = request.timers.find((t) => t.kind === 'RESPONSE_DUE' && !t.clearedAt);
  if (!timer || Date.parse(timer.dueAt) + afterDays * 86_400_000 > now.getTime()) return null;
  return { dueAt: timer.dueAt };
}

/** One pass of the scheduler; safe to run from several workers at once (each step is idempotent). */
export async function runRequestTimers(deps: Deps): Promise<TimerRun> {
  const rules = rulesOf(deps);
  const toUnindex: string[] = [];
  const result = await deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const iso = now.toISOString();
    const run: TimerRun = {
      reminders: 0,
      preservationsExpired: 0,
      requestsExpired: 0,
      requestsInvalidated: 0,
      itemsSequestered: 0,
      requestsUnanswered: 0,
    };
    const open = await tx.requests.listOpen();
    for (const reminder of remindersDue(open, now, rules.reminderDays)) {
      const recorded = await tx.requests.insertReminder({
        requestId: reminder.requestId,
        caseId: reminder.caseId,
        expiresAt: reminder.expiresAt,
        daysBefore: reminder.daysBefore,
        at: iso,
      });
      if (!recorded) continue;
      run.reminders++;
      await recordEvent(
        tx,
        deps,
        actorEvent(null, 'request.reminder', {
          caseId: reminder.caseId,
          targetType: 'request',
          targetId: reminder.requestId,
          details: {
            reference: reminder.reference,
            rule: 'REMIND_PRES',
            daysBefore: reminder.daysBefore,
            daysLeft: reminder.daysLeft,
            expiresAt: reminder.expiresAt,
          },
        }),
      );
    }
    for (const request of open) {
      const validationDue = openValidation(request);
      if (validationDue && Date.parse(validationDue.dueAt) <= now.getTime()) {
        const { sequestered } = await invalidateRequest(tx, deps, request, validationDue);
        run.requestsInvalidated++;
        run.itemsSequestered += sequestered.length;
        toUnindex.push(...sequestered);
        continue;
      }
      if (preservationRunning(request) && Date.parse(request.preservation!.expiresAt!) <= now.getTime()) {
        run.preservationsExpired++;
        await saveRequest(
          tx,
          deps,
          null,
          {
            ...request,
            preservation: { ...request.preservation!, state: 'EXPIRED' },
            timers: clearTimers(request.timers, iso, ['PRESERVATION_EXPIRY']),
            updatedAt: iso,
          },
          'request.preservation_expired',
          { expiresAt: request.preservation!.expiresAt, renewals: request.preservation!.renewals },
        );
        continue;
      }
      const unanswered = responseLapsed(request, now, rules.noResponseAfterDays);
      if (unanswered) {
        run.requestsUnanswered++;
        await transition(
          tx,
          deps,
          null,
          { ...request, timers: clearTimers(request.timers, iso, ['RESPONSE_DUE']) },
          'NO_RESPONSE',
          'request.no_response',
          { closedAt: iso },
          { dueAt: unanswered.dueAt, noResponseAfterDays: rules.noResponseAfterDays },
        );
        continue;
      }
      if (!['DRAFT', 'IN_REVIEW', 'AUTHORIZED'].includes(request.status) || !request.authorizationId) continue;
      const authorization = await tx.authorizations.byId(request.caseId, request.authorizationId);
      const lapsed = authorization && (authorization.revokedAt || Date.parse(authorization.validUntil) < now.getTime());
      if (!lapsed) continue;
      run.requestsExpired++;
      await transition(
        tx,
        deps,
        null,
        request,
        'EXPIRED',
        'request.expired',
        { closedAt: iso },
        {
          reason: authorization.revokedAt ? 'authorisation revoked' : `authorisation expired at ${authorization.validUntil}`,
        },
      );
    }
    return run;
  });
  // After the commit: the search index is not transactional; a crash in between leaves documents that the next
  // reprocessing or release replaces, and a sequestered item is unreadable meanwhile.
  await deps.search.removeItems(toUnindex);
  return result;
}
