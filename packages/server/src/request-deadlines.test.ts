// Request deadlines under a test clock on a real database: a preservation acknowledged today expires after the
// provider's period, reminders fire once each on T−21, T−7 and T−2, a renewal moves the expiry by the rule's
// period (and no further than the rule allows), emergencies start their follow-up timer; plus the directory
// and the oversight statistics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, type TamgaClient } from '@tamga/api';
import { dueReminders, runRequestTimers } from '@tamga/core';
import { openRequestCase, plainTextLetters, sentRequest, type RequestFixture } from './request-fixture';
import { ADMIN_PASSWORD, startTestApp, testClock, type TestApp } from './test-app';

const DAY = 24 * 3600_000;

async function code(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'OK';
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
}

describe('request deadlines, reminders and renewals', () => {
  const clock = testClock(Date.parse('2026-03-01T09:00:00Z'));
  let t: TestApp;
  let f: RequestFixture;
  let admin: TamgaClient;
  let auditor: TamgaClient;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    t.context.deps.letters = plainTextLetters;
    // The test clock travels months ahead: sessions opened now must outlive it.
    t.context.deps.settings.apiSessionHours = 24 * 3650;
    admin = await t.signIn('admin', ADMIN_PASSWORD);
    f = await openRequestCase(t);
    auditor = (await t.user('auditor', 'auditor')).client;
  });
  afterAll(() => t?.close());

  const params = (requestId: string) => ({ caseId: f.caseId, requestId });

  it('a preservation acknowledged today expires after Meta’s 90 days; reminders fire on T−21, T−7, T−2, once each', async () => {
    clock.set('2026-03-01T09:00:00Z');
    const sent = await sentRequest(f, 'PRES_DIRECT');
    clock.set('2026-03-02T10:00:00Z');
    const acknowledged = await f.author.client.call('acknowledgeRequest', {
      params: params(sent.id),
      body: { reference: 'META-PRES-88121', preservationRef: 'PR-88121' },
    });
    expect(acknowledged.status).toBe('ACKNOWLEDGED');
    expect(acknowledged.preservation).toMatchObject({
      state: 'ACTIVE',
      ruleId: 'META_PRES',
      preservationRef: 'PR-88121',
      expiresAt: '2026-05-31T10:00:00.000Z',
      renewals: 0,
    });
    const detail = await f.author.client.call('getRequest', { params: params(sent.id) });
    expect(detail.deadlines).toEqual([
      expect.objectContaining({
        kind: 'PRESERVATION_EXPIRY',
        ruleId: 'META_PRES',
        verified: false,
        dueAt: '2026-05-31T10:00:00.000Z',
        daysLeft: 90,
      }),
    ]);

    const expiry = Date.parse('2026-05-31T10:00:00Z');
    const fired: number[] = [];
    // Walk day by day (twice a day, so "once" is tested too) up to the expiry.
    for (let at = Date.parse('2026-03-02T12:00:00Z'); at < expiry; at += DAY / 2) {
      clock.set(new Date(at).toISOString());
      const run = await runRequestTimers(t.context.deps);
      if (run.reminders) fired.push(Math.round((expiry - at) / DAY));
      expect(await dueReminders(t.context.deps)).toEqual([]);
    }
    expect(fired).toEqual([21, 7, 2]);
    const reminders = (await f.author.client.call('getRequest', { params: params(sent.id) })).reminders;
    expect(reminders.map((r) => [r.daysBefore, r.at.slice(0, 10)])).toEqual([
      [21, '2026-05-10'],
      [7, '2026-05-24'],
      [2, '2026-05-29'],
    ]);

    // Renewal: +90 days from the old expiry, counted; Meta's rule allows one.
    clock.set('2026-05-30T09:00:00Z');
    const renewed = await f.author.client.call('renewPreservation', { params: params(sent.id), body: { note: 'MLA in preparation' } });
    expect(renewed.preservation).toMatchObject({ state: 'EXTENDED', expiresAt: '2026-08-29T10:00:00.000Z', renewals: 1 });
    expect(await code(f.author.client.call('renewPreservation', { params: params(sent.id), body: {} }))).toBe('REQUEST_RENEWAL_LIMIT');
    // The reminders start again for the new expiry.
    clock.set('2026-08-08T10:00:00Z');
    expect((await dueReminders(t.context.deps)).map((r) => [r.requestId, r.daysBefore])).toEqual([[sent.id, 21]]);
    // And when nobody renews again, the preservation lapses.
    clock.set('2026-08-29T10:00:01Z');
    expect((await runRequestTimers(t.context.deps)).preservationsExpired).toBe(1);
    expect((await f.author.client.call('getRequest', { params: params(sent.id) })).request.preservation?.state).toBe('EXPIRED');
  });

  it('a US provider follows §2703(f): 90 days plus 90 days once', async () => {
    clock.set('2026-03-01T09:00:00Z');
    const sent = await sentRequest(f, 'PRES_DIRECT', { addressee: { directoryId: 'provider-google' } });
    const ack = await f.author.client.call('acknowledgeRequest', { params: params(sent.id), body: { reference: 'LERS-1' } });
    expect(ack.preservation).toMatchObject({ ruleId: 'US2703F', expiresAt: '2026-05-30T09:00:00.000Z' });
    // Asking for the extension changes nothing of the expiry until the provider confirms it.
    const asked = await f.author.client.call('requestExtension', { params: params(sent.id), body: { note: 'Asked through LERS' } });
    expect(asked.preservation).toMatchObject({ state: 'EXTENSION_REQUESTED', expiresAt: '2026-05-30T09:00:00.000Z', renewals: 0 });
    expect(await code(f.author.client.call('requestExtension', { params: params(sent.id), body: {} }))).toBe('REQUEST_TRANSITION');
    const renewed = await f.author.client.call('renewPreservation', { params: params(sent.id), body: {} });
    expect(renewed.preservation).toMatchObject({ state: 'EXTENDED', expiresAt: '2026-08-28T09:00:00.000Z', renewals: 1 });
    expect(await code(f.author.client.call('renewPreservation', { params: params(sent.id), body: {} }))).toBe('REQUEST_RENEWAL_LIMIT');
    // Nobody asks for what the rule forbids.
    expect(await code(f.author.client.call('requestExtension', { params: params(sent.id), body: {} }))).toBe('REQUEST_RENEWAL_LIMIT');
    const history = (await f.author.client.call('getRequest', { params: params(sent.id) })).history.map((e) => e.action);
    expect(history.slice(-2)).toEqual(['request.extension_requested', 'request.preservation_renewed']);
  });

  it('an emergency request starts its follow-up timer on SEND; the formal request clears it', async () => {
    clock.set('2026-03-03T09:00:00Z');
    const emergency = {
      natureOfThreat: 'A child is being lured to a meeting',
      howDataAverts: 'The IP address locates the account holder',
      attestedBy: { name: 'Ерлан Касымов', position: 'Старший следователь' },
      followUpProcessDue: '2026-03-10T09:00:00Z',
    };
    const sent = await sentRequest(f, 'DISC_EMERGENCY', { emergency });
    expect(sent.urgency).toBe('EMERGENCY');
    expect(sent.timers).toEqual([
      expect.objectContaining({ ruleId: 'EMERG_FOLLOWUP', kind: 'EMERGENCY_FOLLOWUP', dueAt: '2026-03-05T09:00:00.000Z' }),
      // G7: the formal order validating it is due in 48 h (request-approvals.test.ts covers it).
      expect.objectContaining({ ruleId: 'EU_VALID_48H', kind: 'VALIDATION_DUE', dueAt: '2026-03-05T09:00:00.000Z' }),
    ]);
    await f.prosecutor.client.call('validateRequest', { params: params(sent.id), body: { orderReference: 'Order 7-60/2026' } });
    clock.set('2026-03-05T10:00:00Z');
    const lists = await f.author.client.call('requestDeadlines', { query: { withinDays: 30 } });
    expect(lists.overdue).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ requestId: sent.id, kind: 'EMERGENCY_FOLLOWUP', overdue: true, caseReference: 'KZ-2026-0142' }),
      ]),
    );
    const formal = await sentRequest(f, 'MLA_STORED', { linkedRequestIds: [sent.id] });
    expect(formal.timers).toEqual([expect.objectContaining({ ruleId: 'MLA_EXPECTED_90D', kind: 'RESPONSE_DUE' })]);
    const after = await f.author.client.call('getRequest', { params: params(sent.id) });
    expect(after.deadlines).toEqual([]);
    const lists2 = await f.author.client.call('requestDeadlines', { query: {} });
    expect(lists2.overdue.filter((d) => d.requestId === sent.id)).toEqual([]);
    expect(lists2.expiring.some((d) => d.requestId === formal.id)).toBe(false); // 90 days away, outside 30
  });

  it('the directory ships the starter set with unverified facts marked; only the administrator edits it', async () => {
    const { entries } = await f.author.client.call('listDirectory');
    const names = entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Meta', 'Google', 'Microsoft', 'Apple', 'TikTok', 'Telegram']));
    expect(entries.some((e) => e.kind === 'POC_24_7')).toBe(true);
    expect(entries.some((e) => e.kind === 'CENTRAL_AUTHORITY')).toBe(true);
    const tiktok = entries.find((e) => e.name === 'TikTok')!;
    expect(tiktok).toMatchObject({ legalEntity: 'TikTok Pte. Ltd.', preservationRuleId: 'PROVIDER_UNVERIFIED_90D' });
    expect(tiktok.unverified).toContain('preservationPeriod');
    const input = {
      kind: 'PROVIDER' as const,
      name: 'Yandex',
      legalEntity: 'Yandex LLC',
      country: 'RU',
      channel: 'EMAIL' as const,
      contact: 'lawenforcement@example.org',
      emergencyCriteria: null,
      preservationRuleId: 'PROVIDER_UNVERIFIED_90D',
      requirements: 'A court order',
      notes: '',
      unverified: ['contact'],
      verifiedOn: '2026-02-01',
      sourceUrl: null,
    };
    expect(await code(f.author.client.call('createDirectoryEntry', { body: input }))).toBe('ROLE_FORBIDDEN');
    expect(await code(admin.call('createDirectoryEntry', { body: { ...input, preservationRuleId: 'NO_SUCH_RULE' } }))).toBe(
      'VALIDATION_FAILED',
    );
    const created = await admin.call('createDirectoryEntry', { body: input });
    const updated = await admin.call('updateDirectoryEntry', { params: { entryId: created.id }, body: { ...input, channel: 'PORTAL' } });
    expect(updated).toMatchObject({ id: created.id, channel: 'PORTAL' });
    const catalogue = await f.author.client.call('requestCatalogue');
    expect(catalogue.types.map((x) => x.code)).toEqual(
      expect.arrayContaining(['PRES_DIRECT', 'SUBSCRIBER_ORDER_2AP7', 'SPONTANEOUS_INFO']),
    );
    expect(catalogue.timerRules.find((r) => r.id === 'US2703F')).toMatchObject({ verified: true, renewal: { maxRenewals: 1 } });
  });

  it('oversight statistics count by type, addressee and outcome with the median days to response', async () => {
    clock.set('2026-09-01T09:00:00Z');
    const a = await sentRequest(f, 'DISC_VOLUNTARY');
    clock.set('2026-09-05T09:00:00Z');
    await f.author.client.call('closeRequest', { params: params(a.id), body: { outcome: 'FULFILLED', itemStatuses: ['FULFILLED'] } });
    clock.set('2026-09-01T09:00:00Z');
    const b = await sentRequest(f, 'DISC_VOLUNTARY', { addressee: { directoryId: 'provider-tiktok' } });
    clock.set('2026-09-11T09:00:00Z');
    await f.author.client.call('closeRequest', { params: params(b.id), body: { outcome: 'NO_DATA', itemStatuses: ['NO_DATA'] } });
    const stats = await auditor.call('requestStatistics', { query: { from: '2026-09-01T00:00:00Z' } });
    expect(stats).toMatchObject({
      total: 2,
      byType: { DISC_VOLUNTARY: 2 },
      byOutcome: { FULFILLED: 1, NO_DATA: 1 },
      byCategory: { SUBSCRIBER: 2 },
      medianDaysToResponse: 7,
      responses: 2,
    });
    expect(stats.byAddressee).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Meta', count: 1, outcomes: { FULFILLED: 1 } }),
        expect.objectContaining({ name: 'TikTok' }),
      ]),
    );
    expect(JSON.stringify(stats)).not.toContain('KZ-2026-0142');
    expect(await code(f.author.client.call('requestStatistics', { query: {} }))).toBe('ROLE_FORBIDDEN');
    expect((await f.supervisor.client.call('requestStatistics', { query: {} })).total).toBeGreaterThanOrEqual(2);
  });

  it('a request left unanswered past its response date plus the rule’s grace is recorded as NO_RESPONSE by the scheduler', async () => {
    clock.set('2026-09-01T09:00:00Z');
    const sent = await sentRequest(f, 'DISC_VOLUNTARY');
    const due = sent.timers.find((timer) => timer.kind === 'RESPONSE_DUE')!;
    expect(due).toBeDefined();
    const days = (n: number) => new Date(Date.parse(due.dueAt) + n * 86_400_000).toISOString();
    clock.set(days(29));
    await runRequestTimers(t.context.deps);
    expect((await f.author.client.call('getRequest', { params: params(sent.id) })).request.status).toBe('SENT');
    clock.set(days(30));
    expect((await runRequestTimers(t.context.deps)).requestsUnanswered).toBeGreaterThanOrEqual(1);
    const detail = await f.author.client.call('getRequest', { params: params(sent.id) });
    expect(detail.request.status).toBe('NO_RESPONSE');
    expect(detail.history.at(-1)).toMatchObject({ action: 'request.no_response', actorId: null });
    expect(detail.history.at(-1)?.details).toMatchObject({ from: 'SENT', to: 'NO_RESPONSE', dueAt: due.dueAt, noResponseAfterDays: 30 });
    // A closed request stays closed.
    expect(await code(f.author.client.call('withdrawRequest', { params: params(sent.id), body: { reason: 'late' } }))).not.toBe('OK');
  });
});
