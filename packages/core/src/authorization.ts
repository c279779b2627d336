// Legal authorisations (DOMAIN.md §3.3) and the pure scope check behind assertAuthorized (guards G1–G5, G7).
import type { ErrorCode } from './errors';

export const AUTHORIZATION_TYPES = ['COURT_WARRANT', 'PROSECUTOR_SANCTION', 'CONSENT', 'EMERGENCY_PROVISIONAL'] as const;
export type AuthorizationType = (typeof AUTHORIZATION_TYPES)[number];

export const ISSUER_TYPES = ['JUDGE', 'COURT', 'INVESTIGATING_JUDGE', 'PROSECUTOR', 'OTHER_INDEPENDENT', 'DATA_SUBJECT'] as const;
export type IssuerType = (typeof ISSUER_TYPES)[number];

export const MEASURES = [
  'PRESERVATION',
  'PARTIAL_DISCLOSURE_TRAFFIC',
  'PRODUCTION',
  'SEARCH_SEIZURE',
  'RT_TRAFFIC',
  'INTERCEPTION',
] as const;
export type Measure = (typeof MEASURES)[number];

export const DATA_CATEGORIES = ['SUBSCRIBER', 'IDENTIFICATION_ONLY', 'TRAFFIC', 'CONTENT', 'DOMAIN_REGISTRATION', 'LOCATION'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const SELECTOR_TYPES = [
  'ACCOUNT_ID',
  'USERNAME',
  'URL',
  'EMAIL',
  'PHONE_E164',
  'IP_PORT_TIMESTAMP',
  'DOMAIN',
  'IMEI',
  'DEVICE_ID',
  'PAYMENT_REF',
  'CRYPTO_ADDRESS',
] as const;
export type SelectorType = (typeof SELECTOR_TYPES)[number];

export interface Selector {
  type: SelectorType;
  value: string;
}

export interface LegalBasis {
  instrument: string;
  article?: string;
  domesticProvision: string;
  treatyRef?: string;
}

export interface AuthorizationScope {
  categories: DataCategory[];
  /** Empty means the authorisation names no selectors, so no selector-based action is covered. */
  selectors: Selector[];
  /** Exhibit numbers; empty means every exhibit of the case. */
  exhibits: string[];
  /** The time range of the data; absent means no limit on the data's period. */
  period: { from: string; to: string } | null;
}

export interface Authorization {
  id: string;
  caseId: string;
  type: AuthorizationType;
  number: string;
  issuerType: IssuerType;
  issuedBy: { body: string; name: string; country: string };
  issuedAt: string;
  validFrom: string;
  validUntil: string;
  measures: Measure[];
  scope: AuthorizationScope;
  legalBasis: LegalBasis[];
  grounds: string;
  conditions: string[];
  validationDue: string | null;
  validatedAt: string | null;
  revokedAt: string | null;
  documentRef: string | null;
  documentHash: string | null;
  recordedBy: string;
  recordedAt: string;
}

/** What an action needs covered: the measure plus whatever the action touches. */
export interface AuthorizationTarget {
  categories?: DataCategory[];
  selectors?: Selector[];
  exhibits?: string[];
  period?: { from: string; to: string };
}

export interface ScopeFailure {
  authorizationId: string;
  code: ErrorCode;
  reason: string;
}

/** Canonical form so "+7 701…" and "+7701…", or "User@Mail" and "user@mail", compare equal. */
export function normalizeSelector(selector: Selector): string {
  const value = selector.value.trim();
  switch (selector.type) {
    case 'PHONE_E164':
      return value.replace(/[^+0-9]/g, '');
    case 'EMAIL':
    case 'DOMAIN':
    case 'USERNAME':
      return value.toLowerCase().replace(/^@/, '');
    default:
      return value;
  }
}

/**
 * Checks one authorisation against an action. Conditions are checked in a fixed order so the error names
 * the first one that failed: revoked, validation overdue, not yet valid, expired, measure, categories,
 * selectors, exhibits, period.
 */
export function checkAuthorization(
  authorization: Authorization,
  measure: Measure,
  target: AuthorizationTarget,
  now: Date,
): ScopeFailure | null {
  const fail = (code: ErrorCode, reason: string): ScopeFailure => ({ authorizationId: authorization.id, code, reason });
  const at = now.getTime();
  const label = `${authorization.type} ${authorization.number}`;
  if (authorization.revokedAt) return fail('AUTH_REVOKED', `${label} was revoked at ${authorization.revokedAt}`);
  if (authorization.validationDue && !authorization.validatedAt && at > Date.parse(authorization.validationDue)) {
    return fail('AUTH_VALIDATION_OVERDUE', `${label} needed validation by ${authorization.validationDue}`);
  }
  if (at < Date.parse(authorization.validFrom)) {
    return fail('AUTH_NOT_YET_VALID', `${label} is valid from ${authorization.validFrom}`);
  }
  if (at > Date.parse(authorization.validUntil)) {
    return fail('AUTH_EXPIRED', `${label} expired at ${authorization.validUntil}`);
  }
  if (!authorization.measures.includes(measure)) {
    return fail('AUTH_MEASURE_NOT_COVERED', `${label} covers ${authorization.measures.join(', ')}, not ${measure}`);
  }
  const outCategory = (target.categories ?? []).find((c) => !authorization.scope.categories.includes(c));
  if (outCategory) return fail('AUTH_CATEGORY_OUT_OF_SCOPE', `${label} does not cover the category ${outCategory}`);
  const allowed = new Set(authorization.scope.selectors.map((s) => `${s.type}:${normalizeSelector(s)}`));
  const outSelector = (target.selectors ?? []).find((s) => !allowed.has(`${s.type}:${normalizeSelector(s)}`));
  if (outSelector) {
    return fail('AUTH_SELECTOR_OUT_OF_SCOPE', `${label} does not name the selector ${outSelector.type} ${outSelector.value}`);
  }
  const exhibits = authorization.scope.exhibits;
  const outExhibit =
    exhibits.length === 0 ? undefined : (target.exhibits ?? []).find((e) => !exhibits.some((x) => e === x || e.startsWith(`${x}/`)));
  if (outExhibit) return fail('AUTH_EXHIBIT_OUT_OF_SCOPE', `${label} does not cover the exhibit ${outExhibit}`);
  const period = authorization.scope.period;
  if (target.period && period) {
    const inside = Date.parse(target.period.from) >= Date.parse(period.from) && Date.parse(target.period.to) <= Date.parse(period.to);
    if (!inside) {
      return fail('AUTH_PERIOD_OUT_OF_SCOPE', `${label} covers data from ${period.from} to ${period.to} only`);
    }
  }
  return null;
}

const CHECK_ORDER: ErrorCode[] = [
  'AUTH_REVOKED',
  'AUTH_VALIDATION_OVERDUE',
  'AUTH_NOT_YET_VALID',
  'AUTH_EXPIRED',
  'AUTH_MEASURE_NOT_COVERED',
  'AUTH_CATEGORY_OUT_OF_SCOPE',
  'AUTH_SELECTOR_OUT_OF_SCOPE',
  'AUTH_EXHIBIT_OUT_OF_SCOPE',
  'AUTH_PERIOD_OUT_OF_SCOPE',
];

/** Of several failures, the one from the authorisation that came closest to covering the action. */
export function closestFailure(failures: ScopeFailure[]): ScopeFailure | undefined {
  return [...failures].sort((a, b) => CHECK_ORDER.indexOf(b.code) - CHECK_ORDER.indexOf(a.code))[0];
}
