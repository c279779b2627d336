// RFC 5322 §3.3 / §4.3 date-time (`Mon, 22 Aug 2016 16:56:09 +0300`) → an ArtifactTime, with the zone it states.
import { daysInMonth, formatOffset, isoFromMicros, microsFromWallTime, type ArtifactTime, type WarningKey } from '@tamga/core';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Obsolete zone names of RFC 5322 §4.3, in minutes east of UTC. */
const NAMED_ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): integer math, no Date objects. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DDTHH:MM:SS.000000Z` for whole seconds since the epoch (years 1000–9999): isoFromMicros's form, ~20× cheaper. */
function isoFromSeconds(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  let rest = seconds - days * 86400;
  const hour = Math.floor(rest / 3600);
  rest -= hour * 3600;
  const minute = Math.floor(rest / 60);
  const second = rest - minute * 60;
  // civil_from_days
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.000000Z`;
}

export interface EmailDate {
  time: ArtifactTime | null;
  /** Why the value was not read as stated (unknown zone name, garbled value). */
  problem?: string;
  /** What kind of problem it is, with its values, for the warning (email-warning.ts). */
  problemKey?: WarningKey;
}

const DATE_RE =
  /^(?:[A-Za-z]+,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*((?:GMT|UTC?)?[+-]\d{2}(?::?\d{2})?(?!\d)|[A-Za-z]{1,5})?/i;

/**
 * Reads a Date header. `-0000` and the military letters mean UTC with the sender's offset unknown (zone null).
 * A value without a zone is a floating local time, read in `caseTimeZone` and marked derived.
 */
export function parseEmailDate(raw: string, caseTimeZone: string): EmailDate {
  // Comments such as `(UTC)` or `(MSK)` carry nothing the offset does not; drop them (no nesting in practice).
  const value = (raw.includes('(') ? raw.replace(/\([^()]*\)/g, ' ') : raw).trim();
  const match = DATE_RE.exec(value);
  if (!match)
    return {
      time: null,
      problem: `unreadable Date header: ${JSON.stringify(raw.slice(0, 100))}`,
      problemKey: { code: 'email.date_unreadable', params: { value: raw.slice(0, 100) } },
    };
  const [, dayText, monthText, yearText, hourText, minuteText, secondText, zoneText] = match;
  const month = MONTHS[monthText!.toLowerCase()];
  let year = Number(yearText);
  // RFC 5322 §4.3: two-digit years 00–49 are 20YY, 50–99 are 19YY; three digits add 1900.
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (yearText!.length === 3) year += 1900;
  const day = Number(dayText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  // A leap second (:60) is kept in `raw`; the instant uses :59.
  const second = Math.min(Number(secondText ?? 0), 59);
  // Years before 1000 are garbled in mail (and outside the fixed-width ISO form).
  if (year < 1000 || !month || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || Number(secondText ?? 0) > 60) {
    return {
      time: null,
      problem: `invalid Date header: ${JSON.stringify(raw.slice(0, 100))}`,
      problemKey: { code: 'email.date_invalid', params: { value: raw.slice(0, 100) } },
    };
  }
  const wallSeconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;

  let offsetMinutes: number | null;
  let zone: string | null;
  let problem: string | undefined;
  let problemKey: WarningKey | undefined;
  // A numeric offset, also as clients write it: `GMT+0300`, `+03:00`, `+03`.
  const numeric = zoneText ? /^(?:GMT|UTC?)?([+-]\d{2}):?(\d{2})?$/i.exec(zoneText) : null;
  if (numeric) {
    const digits = `${numeric[1]}${numeric[2] ?? '00'}`;
    const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
    if (Number(digits.slice(3, 5)) > 59)
      return {
        time: null,
        problem: `invalid zone in Date header: ${zoneText}`,
        problemKey: { code: 'email.date_zone_invalid', params: { zone: zoneText! } },
      };
    offsetMinutes = digits.startsWith('-') ? -minutes : minutes;
    // `-0000`: the time is UTC but the sender's local offset is unknown (RFC 5322 §3.3).
    zone = digits === '-0000' ? null : formatOffset(offsetMinutes);
  } else if (zoneText) {
    const upper = zoneText.toUpperCase();
    if (upper in NAMED_ZONES) {
      offsetMinutes = NAMED_ZONES[upper]!;
      zone = formatOffset(offsetMinutes);
    } else if (upper.length === 1 && upper !== 'J') {
      // Military letters were defined with the wrong sign in RFC 822; RFC 5322 §4.3 reads them as -0000.
      offsetMinutes = 0;
      zone = null;
    } else {
      offsetMinutes = null;
      zone = null;
      problem = `unknown zone ${JSON.stringify(zoneText)} in Date header; read as local time in ${caseTimeZone}`;
      problemKey = { code: 'email.date_zone_unknown', params: { zone: zoneText, caseZone: caseTimeZone } };
    }
  } else {
    offsetMinutes = null;
    zone = null;
    problem = `Date header without a zone; read as local time in ${caseTimeZone}`;
    problemKey = { code: 'email.date_no_zone', params: { caseZone: caseTimeZone } };
  }

  if (offsetMinutes === null) {
    const { micros } = microsFromWallTime({ year, month, day, hour, minute, second }, caseTimeZone);
    return { time: { utc: isoFromMicros(micros), zone: caseTimeZone, derived: true, raw }, problem, problemKey };
  }
  // Integer arithmetic instead of Date objects and BigInt: this runs for every Date and Received field of an mbox.
  return { time: { utc: isoFromSeconds(wallSeconds - offsetMinutes * 60), zone, raw }, problem, problemKey };
}
