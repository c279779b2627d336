// Cases through the API: offences, status lifecycle, and legal authorisations checked by assertAuthorized.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, type TamgaClient } from '@tamga/api';
import { startTestApp, testClock, type TestApp } from './test-app';

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the call to fail');
}

const base = {
  issuerType: 'PROSECUTOR' as const,
  issuedBy: { body: 'Прокуратура г. Бишкек', name: 'А. Токтогулов', country: 'KG' },
  issuedAt: '2026-11-01T00:00:00Z',
  legalBasis: [{ instrument: 'DOMESTIC_CPC', domesticProvision: 'УПК КР ст. 196' }],
  grounds: 'Перечисления на кошелёк',
};

describe('cases and legal authorisations', () => {
  let t: TestApp;
  let lead: TamgaClient;
  let caseId: string;
  const clock = testClock(Date.parse('2026-11-28T06:00:00Z'));

  beforeAll(async () => {
    t = await startTestApp({ clock });
    lead = (await t.user('kanat', 'investigator')).client;
    caseId = (
      await lead.call('createCase', {
        body: {
          reference: 'KG-2026-17',
          title: 'Финансирование через USDT',
          country: 'KG',
          timeZone: 'Asia/Bishkek',
          offences: [
            { framework: 'NATIONAL', country: 'KG', code: '226-1' },
            { framework: 'UNODC_TUI', code: 'TUI-FIN' },
          ],
        },
      })
    ).id;
  });
  afterAll(() => t?.close());

  it('needs a national article, known international codes, a real time zone and a unique reference', async () => {
    const body = { reference: 'KG-X', title: 'x', country: 'KG', timeZone: 'Asia/Bishkek' };
    expect((await failure(lead.call('createCase', { body: { ...body, offences: [{ framework: 'BUDAPEST', code: 'BC-8' }] } }))).code).toBe(
      'OFFENCE_NATIONAL_REQUIRED',
    );
    expect(
      (
        await failure(
          lead.call('createCase', {
            body: {
              ...body,
              offences: [
                { framework: 'NATIONAL', country: 'KG', code: '190' },
                { framework: 'BUDAPEST', code: 'BC-99' },
              ],
            },
          }),
        )
      ).code,
    ).toBe('OFFENCE_UNKNOWN');
    expect(
      (
        await failure(
          lead.call('createCase', {
            body: { ...body, timeZone: 'Mars/Olympus', offences: [{ framework: 'NATIONAL', country: 'KG', code: '190' }] },
          }),
        )
      ).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      (
        await failure(
          lead.call('createCase', {
            body: { ...body, reference: 'KG-2026-17', offences: [{ framework: 'NATIONAL', country: 'KG', code: '190' }] },
          }),
        )
      ).code,
    ).toBe('CASE_REFERENCE_TAKEN');
  });

  it('moves through its statuses only along allowed transitions, each with a reason in the ledger', async () => {
    const other = await lead.call('createCase', {
      body: {
        reference: 'KG-2026-18',
        title: 'y',
        country: 'KG',
        timeZone: 'Asia/Bishkek',
        offences: [{ framework: 'NATIONAL', country: 'KG', code: '190' }],
      },
    });
    const move = (status: 'open' | 'suspended' | 'closed' | 'archived') =>
      lead.call('changeCaseStatus', { params: { caseId: other.id }, body: { status, reason: `to ${status}` } });
    expect((await failure(move('archived'))).code).toBe('CASE_STATUS_TRANSITION');
    expect((await move('suspended')).status).toBe('suspended');
    expect((await move('closed')).status).toBe('closed');
    expect((await move('archived')).status).toBe('archived');
    expect((await failure(move('open'))).code).toBe('CASE_STATUS_TRANSITION');
    const ledger = await lead.call('caseLedger', { params: { caseId: other.id } });
    expect(ledger.events.filter((e) => e.action === 'case.status_changed').map((e) => e.justification)).toEqual([
      'to archived',
      'to closed',
      'to suspended',
    ]);
  });

  it('refuses an authorisation without a domestic provision or with an inverted window', async () => {
    const body = {
      ...base,
      type: 'PROSECUTOR_SANCTION' as const,
      number: 'S-1',
      validFrom: '2026-11-01T00:00:00Z',
      validUntil: '2026-10-01T00:00:00Z',
      measures: ['PRODUCTION' as const],
      scope: {},
    };
    expect((await failure(lead.call('recordAuthorization', { params: { caseId }, body }))).code).toBe('AUTH_VALIDITY_INVERTED');
    expect(
      (
        await failure(
          lead.call('recordAuthorization', {
            params: { caseId },
            body: { ...body, validUntil: '2027-01-01T00:00:00Z', legalBasis: [{ instrument: 'CIS_IT_2018', domesticProvision: ' ' }] },
          }),
        )
      ).code,
    ).toBe('AUTH_LEGAL_BASIS_MISSING');
  });

  it('assertAuthorized names the condition that failed, and the check is in the ledger', async () => {
    const sanction = await lead.call('recordAuthorization', {
      params: { caseId },
      body: {
        ...base,
        type: 'PROSECUTOR_SANCTION',
        number: 'S-2026-044',
        validFrom: '2026-11-01T00:00:00Z',
        validUntil: '2026-12-15T00:00:00Z',
        measures: ['PRODUCTION', 'PRESERVATION'],
        scope: {
          categories: ['SUBSCRIBER', 'TRAFFIC'],
          selectors: [
            { type: 'CRYPTO_ADDRESS', value: 'TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf' },
            { type: 'EMAIL', value: 'Donor@Example.org' },
          ],
          exhibits: ['EXH-001'],
          period: { from: '2026-01-01T00:00:00Z', to: '2026-11-01T00:00:00Z' },
        },
      },
    });
    const check = (body: Record<string, unknown>) =>
      lead.call('checkAuthorization', { params: { caseId }, body: { measure: 'PRODUCTION', ...body } as never });
    expect(
      (await check({ categories: ['SUBSCRIBER'], selectors: [{ type: 'EMAIL', value: 'donor@example.org' }], exhibits: ['EXH-001/3'] })).id,
    ).toBe(sanction.id);
    expect(await failure(check({ measure: 'INTERCEPTION' }))).toMatchObject({ code: 'AUTH_MEASURE_NOT_COVERED' });
    expect(await failure(check({ categories: ['CONTENT'] }))).toMatchObject({
      code: 'AUTH_CATEGORY_OUT_OF_SCOPE',
      message: expect.stringContaining('CONTENT'),
    });
    expect(await failure(check({ selectors: [{ type: 'PHONE_E164', value: '+996555123456' }] }))).toMatchObject({
      code: 'AUTH_SELECTOR_OUT_OF_SCOPE',
    });
    expect(await failure(check({ exhibits: ['EXH-002'] }))).toMatchObject({ code: 'AUTH_EXHIBIT_OUT_OF_SCOPE' });
    expect(await failure(check({ period: { from: '2025-12-01T00:00:00Z', to: '2026-02-01T00:00:00Z' } }))).toMatchObject({
      code: 'AUTH_PERIOD_OUT_OF_SCOPE',
    });
    clock.set('2026-12-15T00:00:01Z');
    expect(await failure(check({}))).toMatchObject({ code: 'AUTH_EXPIRED', message: expect.stringContaining('S-2026-044') });
    clock.set('2026-10-01T00:00:00Z');
    expect(await failure(check({}))).toMatchObject({ code: 'AUTH_NOT_YET_VALID' });
    clock.set('2026-11-28T06:00:00Z');
    await lead.call('settleAuthorization', {
      params: { caseId, authorizationId: sanction.id },
      body: { outcome: 'revoked', note: 'Отменено прокурором' },
    });
    expect(await failure(check({}))).toMatchObject({ code: 'AUTH_REVOKED' });
    const events = (await lead.call('caseLedger', { params: { caseId }, query: { limit: 100 } })).events;
    const checks = events.filter((e) => e.action === 'authorization.checked');
    expect(checks.map((e) => e.details.result)).toContain('AUTH_SELECTOR_OUT_OF_SCOPE');
    expect(checks.find((e) => e.details.result === 'covered')?.authorizationId).toBe(sanction.id);
  });

  it('an emergency provisional authorisation lapses if not validated in time (G7)', async () => {
    const emergency = await lead.call('recordAuthorization', {
      params: { caseId },
      body: {
        ...base,
        type: 'EMERGENCY_PROVISIONAL',
        number: 'E-1',
        validFrom: '2026-11-28T00:00:00Z',
        validUntil: '2026-12-28T00:00:00Z',
        validationDue: '2026-11-30T00:00:00Z',
        measures: ['PRESERVATION'],
        scope: { categories: ['SUBSCRIBER'] },
      },
    });
    const check = () =>
      lead.call('checkAuthorization', { params: { caseId }, body: { measure: 'PRESERVATION', authorizationId: emergency.id } });
    expect((await check()).id).toBe(emergency.id);
    clock.set('2026-11-30T00:00:01Z');
    expect(await failure(check())).toMatchObject({ code: 'AUTH_VALIDATION_OVERDUE' });
    await lead.call('settleAuthorization', {
      params: { caseId, authorizationId: emergency.id },
      body: { outcome: 'validated', note: 'Суд подтвердил' },
    });
    expect((await check()).validatedAt).not.toBeNull();
    clock.set('2026-11-28T06:00:00Z');
  });

  it('with no authorisation at all the answer is AUTH_NONE', async () => {
    const bare = await lead.call('createCase', {
      body: {
        reference: 'KG-2026-19',
        title: 'z',
        country: 'KG',
        timeZone: 'Asia/Bishkek',
        offences: [{ framework: 'NATIONAL', country: 'KG', code: '190' }],
      },
    });
    expect(
      await failure(lead.call('checkAuthorization', { params: { caseId: bare.id }, body: { measure: 'SEARCH_SEIZURE' } })),
    ).toMatchObject({ code: 'AUTH_NONE' });
  });
});
