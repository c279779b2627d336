// Deadlines computed from the rule data (DOMAIN.md §4.6): the expiry a preservation gets when acknowledged,
// what a renewal does, which reminders are due, and what is overdue. Pure: the clock is always a parameter.
import { TamgaError } from '../errors';
import type { EvidenceRequest, PreservationRecord, RequestTimer } from './request';
import {
  COUNTRY_RULES,
  HIGHER_APPROVER_ROLES,
  PRESERVATION_REMINDER_DAYS,
  TIMER_RULES,
  type CountryRule,
  type TimerRule,
} from './request-rules';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

/** The rule data in force; the composition root may replace any row (Deps.requestRules). */
export interface RequestRules {
  timers: Record<string, TimerRule>;
  countries: Record<string, CountryRule>;
  reminderDays: readonly number[];
  /** Roles that may give the higher approval (G6, G8). */
  higherApproverRoles: readonly string[];
  /**
   * Days after a response was due before the scheduler records NO_RESPONSE (§4.5 "NO_RESPONSE (timer)"). A
   * design choice, not a provider's rule: until then the request is overdue and a person may still record an
   * answer.
   */
  noResponseAfterDays: number;
}

export const DEFAULT_REQUEST_RULES: RequestRules = {
  timers: TIMER_RULES,
  countries: COUNTRY_RULES,
  reminderDays: PRESERVATION_REMINDER_DAYS,
  higherApproverRoles: HIGHER_APPROVER_ROLES,
  noResponseAfterDays: 30,
};

export function mergeRules(overrides: Partial<RequestRules> | undefined): RequestRules {
  return {
    timers: { ...DEFAULT_REQUEST_RULES.timers, ...overrides?.timers },
    countries: { ...DEFAULT_REQUEST_RULES.countries, ...overrides?.countries },
    reminderDays: overrides?.reminderDays ?? DEFAULT_REQUEST_RULES.reminderDays,
    higherApproverRoles: overrides?.higherApproverRoles ?? DEFAULT_REQUEST_RULES.higherApproverRoles,
    noResponseAfterDays: overrides?.noResponseAfterDays ?? DEFAULT_REQUEST_RULES.noResponseAfterDays,
  };
}

export function ruleIn(rules: RequestRules, id: string): TimerRule {
  const rule = rules.timers[id];
  if (!rule) throw new TamgaError('VALIDATION_FAILED', `No timer rule ${id} is configured`);
  return rule;
}

export function addHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * HOUR_MS).toISOString();
}

export function timer(ruleId: string, kind: RequestTimer['kind'], startedAt: string, hours: number): RequestTimer {
  return { ruleId, kind, startedAt, dueAt: addHours(startedAt, hours) };
}

/** On ACKNOWLEDGED: the preservation runs for the rule's period from the acknowledgement. */
export function startPreservation(rule: TimerRule, acknowledgedAt: string, preservationRef?: string): PreservationRecord {
  return {
    state: 'ACTIVE',
    ruleId: rule.id,
    ...(preservationRef ? { preservationRef } : {}),
    expiresAt: addHours(acknowledgedAt, rule.periodHours),
    renewals: 0,
  };
}

/** A renewal moves the expiry by the rule's renewal period, counted against the rule's limit. */
export function renewedPreservation(preservation: PreservationRecord, rule: TimerRule): PreservationRecord {
  if (!['ACTIVE', 'EXTENSION_REQUESTED', 'EXTENDED'].includes(preservation.state)) {
    throw new TamgaError('REQUEST_TRANSITION', `A preservation that is ${preservation.state} cannot be renewed`);
  }
  if (!rule.renewal) throw new TamgaError('REQUEST_RENEWAL_LIMIT', `The rule ${rule.id} allows no renewal`);
  const { maxRenewals, periodHours } = rule.renewal;
  if (maxRenewals !== null && preservation.renewals >= maxRenewals) {
    throw new TamgaError(
      'REQUEST_RENEWAL_LIMIT',
      `The rule ${rule.id} allows ${maxRenewals} renewal${maxRenewals === 1 ? '' : 's'}; this preservation has had ${preservation.renewals}`,
    );
  }
  if (!preservation.expiresAt) throw new TamgaError('REQUEST_TRANSITION', 'The preservation has no expiry to move');
  return {
    ...preservation,
    state: 'EXTENDED',
    expiresAt: addHours(preservation.expiresAt, periodHours),
    renewals: preservation.renewals + 1,
  };
}

export function preservationRunning(request: EvidenceRequest): boolean {
  const p = request.preservation;
  return !!p && !!p.expiresAt && ['ACTIVE', 'EXTENSION_REQUESTED', 'EXTENDED'].includes(p.state);
}

export interface DueReminder {
  requestId: string;
  caseId: string;
  reference: string;
  expiresAt: string;
  daysBefore: number;
  /** Whole days left at `now`, rounded up. */
  daysLeft: number;
}

/** Reminders whose time has come (on or after T−n days, before expiry) for running preservations. */
export function remindersDue(requests: EvidenceRequest[], now: Date, reminderDays: readonly number[]): DueReminder[] {
  const due: DueReminder[] = [];
  const at = now.getTime();
  for (const request of requests) {
    if (!preservationRunning(request)) continue;
    const expiresAt = request.preservation!.expiresAt!;
    const expiry = Date.parse(expiresAt);
    if (at >= expiry) continue;
    for (const days of reminderDays) {
      if (at >= expiry - days * DAY_MS) {
        due.push({
          requestId: request.id,
          caseId: request.caseId,
          reference: request.reference,
          expiresAt,
          daysBefore: days,
          daysLeft: Math.ceil((expiry - at) / DAY_MS),
        });
      }
    }
  }
  return due;
}

export interface Deadline {
  requestId: string;
  caseId: string;
  reference: string;
  type: string;
  status: string;
  addressee: string;
  kind: RequestTimer['kind'];
  ruleId: string;
  /** Whether the rule behind the date is confirmed. */
  verified: boolean;
  dueAt: string;
  daysLeft: number;
  overdue: boolean;
}

/** The open timers of a request: preservation expiry, emergency follow-up and the expected answer. */
export function deadlinesOf(request: EvidenceRequest, now: Date, rules: RequestRules): Deadline[] {
  return request.timers
    .filter((t) => !t.clearedAt)
    .map((t) => {
      const left = Date.parse(t.dueAt) - now.getTime();
      return {
        requestId: request.id,
        caseId: request.caseId,
        reference: request.reference,
        type: request.type,
        status: request.status,
        addressee: request.addressee.name,
        kind: t.kind,
        ruleId: t.ruleId,
        verified: rules.timers[t.ruleId]?.verified ?? false,
        dueAt: t.dueAt,
        daysLeft: Math.ceil(left / DAY_MS),
        overdue: left < 0,
      };
    });
}

export function clearTimers(timers: RequestTimer[], at: string, kinds: Array<RequestTimer['kind']>): RequestTimer[] {
  return timers.map((t) => (!t.clearedAt && kinds.includes(t.kind) ? { ...t, clearedAt: at } : t));
}
