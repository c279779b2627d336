// RFC 5322 §3.3 / §4.3 date-time (`Mon, 22 Aug 2016 16:56:09 +0300`) → an ArtifactTime, with the zone it states.
import { formatOffset, isoFromMicros, microsFromWallTime, type ArtifactTime } from '@tamga/core';

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

export interface EmailDate {
  time: ArtifactTime | null;
  /** Why the value was not read as stated (unknown zone name, garbled value). */
  problem?: string;
}

const DATE_RE =
  /^(?:[A-Za-z]+,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,5})?/;

/**
 * Reads a Date header. `-0000` and the military letters mean UTC with the sender's offset unknown (zone null).
 * A value without a zone is a floating local time, read in `caseTimeZone` and marked derived.
 */
export function parseEmailDate(raw: string, caseTimeZone: string): EmailDate {
  // Comments such as `(UTC)` or `(MSK)` carry nothing the offset does not; drop them (no nesting in practice).
  const value = (raw.includes('(') ? raw.replace(/\([^()]*\)/g, ' ') : raw).trim();
  const match = DATE_RE.exec(value);
  if (!match) return { time: null, problem: `unreadable Date header: ${JSON.stringify(raw.slice(0, 100))}` };
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
  const probe = new Date(Date.UTC(year, (month ?? 1) - 1, day));
  // Date.UTC reads years 0–99 as 19xx; such years are garbled in mail anyway.
  if (year < 1000 || !month || probe.getUTCDate() !== day || hour > 23 || minute > 59 || Number(secondText ?? 0) > 60) {
    return { time: null, problem: `invalid Date header: ${JSON.stringify(raw.slice(0, 100))}` };
  }
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);

  let offsetMinutes: number | null;
  let zone: string | null;
  let problem: string | undefined;
  if (zoneText && /^[+-]/.test(zoneText)) {
    const digits = zoneText.replace(':', '');
    const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
    if (Number(digits.slice(3, 5)) > 59) return { time: null, problem: `invalid zone in Date header: ${zoneText}` };
    offsetMinutes = zoneText.startsWith('-') ? -minutes : minutes;
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
    }
  } else {
    offsetMinutes = null;
    zone = null;
    problem = `Date header without a zone; read as local time in ${caseTimeZone}`;
  }

  if (offsetMinutes === null) {
    const { micros } = microsFromWallTime({ year, month, day, hour, minute, second }, caseTimeZone);
    return { time: { utc: isoFromMicros(micros), zone: caseTimeZone, derived: true, raw }, problem };
  }
  // Whole seconds in years 1000–9999: toISOString gives isoFromMicros's string without the BigInt round trip,
  // which matters at 100,000 messages × several Received dates.
  const utc = `${new Date(wallMs - offsetMinutes * 60_000).toISOString().slice(0, 19)}.000000Z`;
  return { time: { utc, zone, raw }, problem };
}
