// Covers authorization.ts: checkAuthorization's ordered guards, validity boundaries, selector normalisation and closestFailure.
import { describe, expect, it } from 'vitest';
import {
  checkAuthorization,
  closestFailure,
  normalizeSelector,
  type Authorization,
  type AuthorizationTarget,
  type ScopeFailure,
} from './authorization';

const VALID_FROM = '2025-03-01T00:00:00.000Z';
const VALID_UNTIL = '2025-03-31T23:59:59.000Z';
const NOW = new Date('2025-03-15T12:00:00.000Z');

function auth(overrides: Partial<Authorization> = {}, scope: Partial<Authorization['scope']> = {}): Authorization {
  return {
    id: 'auth-1',
    caseId: 'case-1',
    type: 'COURT_WARRANT',
    number: '2-123/2025',
    issuerType: 'JUDGE',
    issuedBy: { body: 'Алматинский городской суд', name: 'Сейткали А.', country: 'KZ' },
    issuedAt: '2025-02-28T10:00:00.000Z',
    validFrom: VALID_FROM,
    validUntil: VALID_UNTIL,
    measures: ['PRODUCTION', 'PRESERVATION'],
    scope: {
      categories: ['SUBSCRIBER', 'TRAFFIC'],
      selectors: [
        { type: 'PHONE_E164', value: '+77011234567' },
        { type: 'EMAIL', value: 'Suspect@Mail.kz' },
        { type: 'USERNAME', value: '@Darkseller' },
      ],
      exhibits: ['EXH-001', 'EXH-002'],
      period: { from: '2025-01-01T00:00:00.000Z', to: '2025-02-28T23:59:59.000Z' },
      ...scope,
    },
    legalBasis: [{ instrument: 'УПК РК', domesticProvision: 'ст. 232' }],
    grounds: 'fraud',
    conditions: [],
    validationDue: null,
    validatedAt: null,
    revokedAt: null,
    documentRef: null,
    documentHash: null,
    recordedBy: 'user-1',
    recordedAt: '2025-03-01T08:00:00.000Z',
    ...overrides,
  };
}

const inScope: AuthorizationTarget = {
  categories: ['SUBSCRIBER'],
  selectors: [{ type: 'PHONE_E164', value: '+77011234567' }],
  exhibits: ['EXH-001'],
  period: { from: '2025-01-10T00:00:00.000Z', to: '2025-02-10T00:00:00.000Z' },
};

const code = (a: Authorization, target: AuthorizationTarget = inScope, now = NOW, measure: 'PRODUCTION' | 'INTERCEPTION' = 'PRODUCTION') =>
  checkAuthorization(a, measure, target, now)?.code ?? null;

describe('checkAuthorization: each guard in order', () => {
  it('passes an action fully inside scope', () => {
    expect(checkAuthorization(auth(), 'PRODUCTION', inScope, NOW)).toBeNull();
  });

  it('a revoked authorisation fails first, before anything else', () => {
    const a = auth({ revokedAt: '2025-03-10T00:00:00.000Z', validUntil: '2025-03-02T00:00:00.000Z', measures: [] });
    const failure = checkAuthorization(a, 'PRODUCTION', inScope, NOW);
    expect(failure).toMatchObject({ authorizationId: 'auth-1', code: 'AUTH_REVOKED' });
    expect(failure?.reason).toContain('2-123/2025');
  });

  describe('emergency validation', () => {
    const emergency = (o: Partial<Authorization>) =>
      auth({ type: 'EMERGENCY_PROVISIONAL', issuerType: 'PROSECUTOR', validationDue: '2025-03-03T00:00:00.000Z', ...o });

    it('fails as overdue once the due instant has passed without validation', () => {
      expect(code(emergency({}))).toBe('AUTH_VALIDATION_OVERDUE');
      // Overdue is reported ahead of expiry.
      expect(code(emergency({ validUntil: '2025-03-05T00:00:00.000Z' }))).toBe('AUTH_VALIDATION_OVERDUE');
    });

    it('passes when validated, or still before (or exactly at) the due instant', () => {
      expect(code(emergency({ validatedAt: '2025-03-02T00:00:00.000Z' }))).toBeNull();
      expect(code(emergency({}), inScope, new Date('2025-03-02T23:59:59.999Z'))).toBeNull();
      expect(code(emergency({}), inScope, new Date('2025-03-03T00:00:00.000Z'))).toBeNull();
      expect(code(emergency({}), inScope, new Date('2025-03-03T00:00:00.001Z'))).toBe('AUTH_VALIDATION_OVERDUE');
    });
  });

  it('fails as not yet valid before validFrom, and as expired after validUntil', () => {
    expect(code(auth(), inScope, new Date('2025-02-28T23:59:59.999Z'))).toBe('AUTH_NOT_YET_VALID');
    expect(code(auth(), inScope, new Date('2025-04-01T00:00:00.000Z'))).toBe('AUTH_EXPIRED');
    expect(code(auth(), inScope, new Date('2025-03-31T23:59:59.001Z'))).toBe('AUTH_EXPIRED');
  });

  it('is valid at exactly validFrom and at exactly validUntil', () => {
    expect(code(auth(), inScope, new Date(VALID_FROM))).toBeNull();
    expect(code(auth(), inScope, new Date(VALID_UNTIL))).toBeNull();
  });

  it('fails when the measure is not covered', () => {
    expect(code(auth(), inScope, NOW, 'INTERCEPTION')).toBe('AUTH_MEASURE_NOT_COVERED');
    // Checked before the scope: an out-of-scope target still reports the measure.
    expect(code(auth(), { categories: ['CONTENT'] }, NOW, 'INTERCEPTION')).toBe('AUTH_MEASURE_NOT_COVERED');
  });

  it('fails on a data category outside scope, and before the selectors', () => {
    expect(code(auth(), { ...inScope, categories: ['SUBSCRIBER', 'CONTENT'] })).toBe('AUTH_CATEGORY_OUT_OF_SCOPE');
    const failure = checkAuthorization(auth(), 'PRODUCTION', { categories: ['LOCATION'], selectors: [{ type: 'IMEI', value: '1' }] }, NOW);
    expect(failure?.code).toBe('AUTH_CATEGORY_OUT_OF_SCOPE');
    expect(failure?.reason).toContain('LOCATION');
  });

  describe('selectors', () => {
    it('fails on a selector the authorisation does not name', () => {
      expect(code(auth(), { selectors: [{ type: 'PHONE_E164', value: '+77019999999' }] })).toBe('AUTH_SELECTOR_OUT_OF_SCOPE');
    });

    it('matches type as well as value', () => {
      expect(code(auth(), { selectors: [{ type: 'ACCOUNT_ID', value: '+77011234567' }] })).toBe('AUTH_SELECTOR_OUT_OF_SCOPE');
    });

    it('an authorisation with no selectors covers no selector-based action', () => {
      expect(code(auth({}, { selectors: [] }), { selectors: [{ type: 'EMAIL', value: 'a@b.kz' }] })).toBe('AUTH_SELECTOR_OUT_OF_SCOPE');
      expect(code(auth({}, { selectors: [] }), { categories: ['SUBSCRIBER'] })).toBeNull();
    });

    it('compares phone numbers without spaces and dashes, e-mails and user names without case', () => {
      expect(normalizeSelector({ type: 'PHONE_E164', value: '+7 701 123-45-67' })).toBe('+77011234567');
      expect(normalizeSelector({ type: 'PHONE_E164', value: ' +7 (701) 123 45 67 ' })).toBe('+77011234567');
      expect(normalizeSelector({ type: 'EMAIL', value: 'User@Mail.KZ' })).toBe('user@mail.kz');
      expect(normalizeSelector({ type: 'USERNAME', value: '@DarkSeller' })).toBe('darkseller');
      expect(normalizeSelector({ type: 'DOMAIN', value: 'Example.KZ' })).toBe('example.kz');
      // Other types are compared exactly, apart from surrounding blanks.
      expect(normalizeSelector({ type: 'CRYPTO_ADDRESS', value: ' 0xAbC ' })).toBe('0xAbC');
      expect(code(auth(), { selectors: [{ type: 'PHONE_E164', value: '+7 701 123-45-67' }] })).toBeNull();
      expect(code(auth(), { selectors: [{ type: 'EMAIL', value: 'suspect@mail.KZ' }] })).toBeNull();
      expect(code(auth(), { selectors: [{ type: 'USERNAME', value: 'darkseller' }] })).toBeNull();
    });

    it('fails when only one of several selectors is outside scope', () => {
      const target = {
        selectors: [
          { type: 'EMAIL' as const, value: 'suspect@mail.kz' },
          { type: 'EMAIL' as const, value: 'other@mail.kz' },
        ],
      };
      const failure = checkAuthorization(auth(), 'PRODUCTION', target, NOW);
      expect(failure?.code).toBe('AUTH_SELECTOR_OUT_OF_SCOPE');
      expect(failure?.reason).toContain('other@mail.kz');
    });
  });

  describe('exhibits', () => {
    it('covers listed exhibits and their child exhibits', () => {
      expect(code(auth(), { exhibits: ['EXH-001'] })).toBeNull();
      expect(code(auth(), { exhibits: ['EXH-001/12', 'EXH-002/1/3'] })).toBeNull();
    });

    it('does not cover an exhibit that merely shares a prefix, or an unlisted one', () => {
      expect(code(auth(), { exhibits: ['EXH-0012'] })).toBe('AUTH_EXHIBIT_OUT_OF_SCOPE');
      expect(code(auth(), { exhibits: ['EXH-003'] })).toBe('AUTH_EXHIBIT_OUT_OF_SCOPE');
      expect(code(auth(), { exhibits: ['EXH'] })).toBe('AUTH_EXHIBIT_OUT_OF_SCOPE');
    });

    it('an empty exhibit list covers every exhibit of the case', () => {
      expect(code(auth({}, { exhibits: [] }), { exhibits: ['EXH-777'] })).toBeNull();
    });
  });

  describe('period', () => {
    it('passes a window inside, including one equal to, the authorised period', () => {
      expect(code(auth(), inScope)).toBeNull();
      expect(code(auth(), { period: { from: '2025-01-01T00:00:00.000Z', to: '2025-02-28T23:59:59.000Z' } })).toBeNull();
    });

    it('fails a window that starts before or ends after the authorised period', () => {
      expect(code(auth(), { period: { from: '2024-12-31T23:59:59.000Z', to: '2025-01-15T00:00:00.000Z' } })).toBe(
        'AUTH_PERIOD_OUT_OF_SCOPE',
      );
      expect(code(auth(), { period: { from: '2025-02-01T00:00:00.000Z', to: '2025-03-01T00:00:00.000Z' } })).toBe(
        'AUTH_PERIOD_OUT_OF_SCOPE',
      );
      expect(code(auth(), { period: { from: '2024-01-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' } })).toBe(
        'AUTH_PERIOD_OUT_OF_SCOPE',
      );
    });

    it('compares instants, not strings, across time-zone offsets', () => {
      // 2025-03-01T04:00+05:00 is 2025-02-28T23:00Z, inside the period.
      expect(code(auth(), { period: { from: '2025-02-01T00:00:00+05:00', to: '2025-03-01T04:00:00+05:00' } })).toBeNull();
    });

    it('an authorisation without a period limits no window', () => {
      expect(code(auth({}, { period: null }), { period: { from: '2000-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' } })).toBeNull();
    });
  });
});

describe('closestFailure', () => {
  const f = (id: string, c: ScopeFailure['code']): ScopeFailure => ({ authorizationId: id, code: c, reason: c });

  it('picks the failure from the authorisation that got furthest through the checks', () => {
    const failures = [
      f('a', 'AUTH_EXPIRED'),
      f('b', 'AUTH_PERIOD_OUT_OF_SCOPE'),
      f('c', 'AUTH_REVOKED'),
      f('d', 'AUTH_SELECTOR_OUT_OF_SCOPE'),
    ];
    expect(closestFailure(failures)?.authorizationId).toBe('b');
    expect(closestFailure(failures.slice(0, 1))?.authorizationId).toBe('a');
    expect(closestFailure([f('x', 'AUTH_MEASURE_NOT_COVERED'), f('y', 'AUTH_NOT_YET_VALID')])?.authorizationId).toBe('x');
  });

  it('works on real failures from checkAuthorization and does not reorder its input', () => {
    const failures = [
      checkAuthorization(auth({ id: 'old', validUntil: '2025-03-02T00:00:00.000Z' }), 'PRODUCTION', inScope, NOW),
      checkAuthorization(auth({ id: 'narrow' }, { exhibits: ['EXH-009'] }), 'PRODUCTION', inScope, NOW),
      checkAuthorization(auth({ id: 'other-measure', measures: ['PRESERVATION'] }), 'PRODUCTION', inScope, NOW),
    ] as ScopeFailure[];
    const ids = failures.map((x) => x.authorizationId);
    expect(closestFailure(failures)).toMatchObject({ authorizationId: 'narrow', code: 'AUTH_EXHIBIT_OUT_OF_SCOPE' });
    expect(failures.map((x) => x.authorizationId)).toEqual(ids);
  });

  it('returns undefined for no failures', () => {
    expect(closestFailure([])).toBeUndefined();
  });
});
