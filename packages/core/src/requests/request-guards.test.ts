// The pure guards and deadline arithmetic, without a database.
import { describe, expect, it } from 'vitest';
import type { EvidenceRequest } from './request';
import { remindersDue, renewedPreservation, startPreservation } from './request-deadlines';
import { missingEmergencyFields, missingFields, severityFailure, transitionProblem } from './request-guards';
import { countryRule, TIMER_RULES } from './request-rules';
import { computeStatistics } from './request-statistics';

const request = (changes: Partial<EvidenceRequest> = {}): EvidenceRequest => ({
  id: 'r1',
  caseId: 'c1',
  reference: 'KZ-1/REQ-1',
  type: 'DISC_VOLUNTARY',
  urgency: 'ROUTINE',
  status: 'DRAFT',
  requestingAuthority: { name: 'Police', country: 'KZ', unit: 'Cyber', officer: { name: 'E. K.' } },
  addressee: { kind: 'PROVIDER', name: 'Meta', country: 'US', channel: 'PORTAL' },
  legalBasis: [{ instrument: 'PROVIDER_POLICY', domesticProvision: 'УПК РК ст. 232' }],
  authorizationId: 'a1',
  offence: { codes: ['190'], nationalArticle: 'УК РК 190', maxPenaltyYears: 5, summaryOfFacts: 'Fraud' },
  necessityStatement: 'n',
  proportionalityStatement: 'p',
  relationToOffence: 'r',
  items: [
    {
      selectorType: 'ACCOUNT_ID',
      selectorValue: '1',
      category: 'SUBSCRIBER',
      windowFrom: '2025-01-01T00:00:00Z',
      windowTo: '2025-02-01T00:00:00Z',
      status: 'PENDING',
    },
  ],
  confidentiality: { nonDisclosureRequested: false },
  extra: { domesticOrder: 'order', relevance: 'relevant' },
  linkedRequestIds: [],
  language: 'en',
  translationAttached: false,
  timers: [],
  productions: [],
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'u1',
  updatedAt: '2026-01-01T00:00:00Z',
  ...changes,
});

describe('request guards', () => {
  it('a complete request has nothing missing; the type’s own fields are required', () => {
    expect(missingFields(request())).toEqual([]);
    expect(missingFields(request({ extra: {} }))).toEqual(['extra.domesticOrder', 'extra.relevance']);
    expect(
      missingFields(request({ addressee: { kind: 'CENTRAL_AUTHORITY', name: 'MoJ', country: 'US', channel: 'DIPLOMATIC' } }))[0],
    ).toContain('addressee.kind');
  });

  it('emergency fields are needed for emergency types and urgency', () => {
    expect(missingEmergencyFields(request())).toEqual([]);
    expect(missingEmergencyFields(request({ urgency: 'EMERGENCY' }))).toHaveLength(4);
    expect(missingEmergencyFields(request({ type: 'DISC_EMERGENCY' }))).toContain('emergency.howDataAverts');
  });

  it('content and traffic need the country’s threshold; subscriber data does not', () => {
    const content = request({
      items: [{ ...request().items[0]!, category: 'TRAFFIC' }],
      offence: { ...request().offence, maxPenaltyYears: 2 },
    });
    expect(severityFailure(content, countryRule('KZ'))).toContain('TRAFFIC data may be requested in KZ');
    expect(severityFailure(request({ offence: { ...request().offence, maxPenaltyYears: 1 } }), countryRule('KZ'))).toBeNull();
  });

  it('terminal states do not move; the machine follows DOMAIN.md §4.5', () => {
    expect(transitionProblem('FULFILLED', 'WITHDRAWN')?.code).toBe('REQUEST_TERMINAL');
    expect(transitionProblem('DRAFT', 'AUTHORIZED')?.code).toBe('REQUEST_TRANSITION');
    expect(transitionProblem('SENT', 'EXPIRED')?.code).toBe('REQUEST_TRANSITION');
    expect(transitionProblem('ACKNOWLEDGED', 'CLARIFICATION_REQUESTED')).toBeNull();
    expect(transitionProblem('IN_REVIEW', 'WITHDRAWN')).toBeNull();
  });
});

describe('deadlines', () => {
  it('US §2703(f): 90 days, then 90 more once', () => {
    const started = startPreservation(TIMER_RULES.US2703F!, '2026-03-01T00:00:00.000Z');
    expect(started.expiresAt).toBe('2026-05-30T00:00:00.000Z');
    const renewed = renewedPreservation(started, TIMER_RULES.US2703F!);
    expect(renewed).toMatchObject({ expiresAt: '2026-08-28T00:00:00.000Z', renewals: 1, state: 'EXTENDED' });
    expect(() => renewedPreservation(renewed, TIMER_RULES.US2703F!)).toThrow(/allows 1 renewal/);
  });

  it('reminders are due from T−21, T−7 and T−2 days until expiry', () => {
    const preserved = request({ preservation: { state: 'ACTIVE', ruleId: 'US2703F', expiresAt: '2026-05-30T00:00:00.000Z', renewals: 0 } });
    const at = (iso: string) => remindersDue([preserved], new Date(iso), [21, 7, 2]).map((r) => r.daysBefore);
    expect(at('2026-05-08T23:59:59Z')).toEqual([]);
    expect(at('2026-05-09T00:00:00Z')).toEqual([21]);
    expect(at('2026-05-28T00:00:00Z')).toEqual([21, 7, 2]);
    expect(at('2026-05-30T00:00:00Z')).toEqual([]);
  });

  it('statistics take the median of days from sending to the answer', () => {
    const answered = (days: number, status: EvidenceRequest['status']) =>
      request({
        status,
        sentAt: '2026-01-01T00:00:00Z',
        closedAt: new Date(Date.parse('2026-01-01T00:00:00Z') + days * 86_400_000).toISOString(),
      });
    const stats = computeStatistics([answered(2, 'FULFILLED'), answered(10, 'NO_DATA'), answered(4, 'REFUSED'), request()], {});
    expect(stats).toMatchObject({ total: 4, medianDaysToResponse: 4, responses: 3, byOutcome: { FULFILLED: 1, NO_DATA: 1, REFUSED: 1 } });
  });
});
