// The vocabulary of authorisations (DOMAIN.md §3) and the small calculations the screen needs: whether one
// is in force now, and a wall time in the case's zone as an ISO instant with its offset.
import type { RouteOutput, Routes } from '@tamga/api';

export type Authorization = RouteOutput<Routes['getAuthorization']>;

export const TYPES = ['COURT_WARRANT', 'PROSECUTOR_SANCTION', 'CONSENT', 'EMERGENCY_PROVISIONAL'] as const;
export const ISSUER_TYPES = ['COURT', 'JUDGE', 'INVESTIGATING_JUDGE', 'PROSECUTOR', 'OTHER_INDEPENDENT', 'DATA_SUBJECT'] as const;
export const MEASURES = [
  'SEARCH_SEIZURE',
  'PRODUCTION',
  'PRESERVATION',
  'PARTIAL_DISCLOSURE_TRAFFIC',
  'RT_TRAFFIC',
  'INTERCEPTION',
] as const;
export const CATEGORIES = ['SUBSCRIBER', 'IDENTIFICATION_ONLY', 'TRAFFIC', 'CONTENT', 'DOMAIN_REGISTRATION', 'LOCATION'] as const;
export const SELECTOR_TYPES = [
  'PHONE_E164',
  'EMAIL',
  'USERNAME',
  'ACCOUNT_ID',
  'URL',
  'DOMAIN',
  'IP_PORT_TIMESTAMP',
  'IMEI',
  'DEVICE_ID',
  'PAYMENT_REF',
  'CRYPTO_ADDRESS',
] as const;
/** Instrument codes of DOMAIN.md §4.2; the national code of criminal procedure first, as it is the usual basis. */
export const INSTRUMENTS = [
  'DOMESTIC_CPC',
  'CIS_IT_2018',
  'CSTO_2014',
  'BILATERAL_MLAT',
  'CIS_MINSK_1993',
  'CIS_CHISINAU_2002',
  'UNTOC',
  'UN_CYBERCRIME',
  'BUDAPEST',
  'BUDAPEST_2AP',
  'PROVIDER_POLICY',
] as const;
/** The five states first, then the countries whose authorities and providers requests most often reach. */
export const COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'RU', 'BY', 'AZ', 'AM', 'CN', 'TR', 'AE', 'US', 'IE', 'NL', 'DE', 'GB'] as const;

export type AuthorizationStatus = 'revoked' | 'validationOverdue' | 'notYetValid' | 'expired' | 'awaitingValidation' | 'inForce';

/** The same order of conditions as the server's check: revoked, validation overdue, not yet valid, expired. */
export function authorizationStatus(a: Authorization, now: Date): AuthorizationStatus {
  const at = now.getTime();
  if (a.revokedAt) return 'revoked';
  if (a.validationDue && !a.validatedAt && at > Date.parse(a.validationDue)) return 'validationOverdue';
  if (at < Date.parse(a.validFrom)) return 'notYetValid';
  if (at > Date.parse(a.validUntil)) return 'expired';
  if (a.validationDue && !a.validatedAt) return 'awaitingValidation';
  return 'inForce';
}

/** Minutes east of UTC of a zone at an instant, read from the zone's own wall clock. */
function offsetMinutes(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(at / 1000) * 1000) / 60_000);
}

/**
 * `2026-11-01T09:00` (from a datetime-local field) read as a wall time in `timeZone` → `2026-11-01T09:00:00+05:00`.
 * A date alone means the start of that day. Returns null for an empty or unreadable value.
 */
export function wallTimeToIso(value: string, timeZone: string, endOfDay = false): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  const hour = h === undefined ? (endOfDay ? 23 : 0) : Number(h);
  const minute = mi === undefined ? (endOfDay ? 59 : 0) : Number(mi);
  const second = h === undefined && endOfDay ? 59 : 0;
  const guess = Date.UTC(Number(y), Number(mo) - 1, Number(d), hour, minute, second);
  if (Number.isNaN(guess)) return null;
  let offset: number;
  try {
    offset = offsetMinutes(timeZone, guess);
    // Around a change of offset the first guess can be an hour off; a second look settles it.
    offset = offsetMinutes(timeZone, guess - offset * 60_000);
  } catch {
    offset = -new Date(guess).getTimezoneOffset();
  }
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${mo}-${d}T${pad(hour)}:${pad(minute)}:${pad(second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
