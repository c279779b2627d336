// Instants as bigint microseconds since the Unix epoch (FORMATS.md §0), their ISO form, and local wall-clock
// times read in an IANA zone by the zone's rules for that date (never a fixed offset).
import { TamgaError } from './errors';

const MICROS_PER_MS = 1000n;

/** `2011-04-07T12:03:11.000000Z`: fixed width, so text order is time order. */
export function isoFromMicros(micros: bigint): string {
  // Fast path without BigInt arithmetic for the usual range (about ±285 years around 1970).
  const small = Number(micros);
  if (Number.isSafeInteger(small)) {
    const whole = Math.floor(small / 1000);
    const date = new Date(whole);
    if (!Number.isNaN(date.getTime())) {
      const iso = date.toISOString();
      return `${iso.slice(0, -1)}${String(small - whole * 1000).padStart(3, '0')}Z`;
    }
  }
  const ms = micros / MICROS_PER_MS - (micros % MICROS_PER_MS < 0n ? 1n : 0n);
  const fraction = micros - ms * MICROS_PER_MS;
  const date = new Date(Number(ms));
  if (Number.isNaN(date.getTime())) throw new RangeError(`instant out of range: ${micros} µs`);
  const base = date.toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ (or ±YYYYYY for far years)
  return `${base.slice(0, -1)}${fraction.toString().padStart(3, '0')}Z`;
}

export function isoFromUnixSeconds(seconds: number | bigint): string {
  if (typeof seconds === 'number' && Number.isSafeInteger(seconds * 1_000_000)) return isoFromMicros(BigInt(seconds * 1_000_000));
  return isoFromMicros(BigInt(seconds) * 1_000_000n);
}

export function isoFromMillis(ms: number): string {
  return isoFromMicros(BigInt(Math.trunc(ms)) * MICROS_PER_MS);
}

/** Parses an ISO 8601 instant with an offset or Z, keeping up to microseconds. */
/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function microsFromIso(iso: string): bigint {
  const match = /^(.*?T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO 8601 instant: ${iso}`);
  const [, head, fraction = '', offset] = match;
  // Date.parse rolls 30 February over to 2 March: a date that does not exist is refused, not moved.
  const date = /^(\d{4})-(\d{2})-(\d{2})T/.exec(head!);
  if (date && Number(date[3]) > daysInMonth(Number(date[1]), Number(date[2]))) throw new RangeError(`no such date: ${iso}`);
  const seconds = Date.parse(`${head}${offset}`);
  if (Number.isNaN(seconds)) throw new RangeError(`not an ISO 8601 instant: ${iso}`);
  return BigInt(seconds) * MICROS_PER_MS + BigInt(fraction.padEnd(6, '0').slice(0, 6));
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetMinutesAt(zone: string, utcMs: number): number {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
  microsecond?: number;
}

/**
 * The instant at which the clocks in `zone` showed this wall time. In a gap (clocks jumped forward) or an
 * overlap (clocks went back) the earlier offset is used; the caller marks the result as derived either way.
 */
export function microsFromWallTime(wall: WallTime, zone: string): { micros: bigint; offsetMinutes: number } {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  // Two rounds settle on the offset in force at the resulting instant.
  let offset = offsetMinutesAt(zone, naive);
  offset = offsetMinutesAt(zone, naive - offset * 60_000);
  const ms = naive - offset * 60_000;
  return { micros: BigInt(ms) * MICROS_PER_MS + BigInt(wall.microsecond ?? 0), offsetMinutes: offset };
}

/**
 * The offsets under which a wall time exists in a zone: one as a rule, two in an hour the clocks repeat (set back),
 * none in an hour they skip (set forward). Each candidate is the offset in force half a day either side.
 */
export function wallTimeOffsets(wall: WallTime, zone: string): number[] {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  const candidates = new Set([offsetMinutesAt(zone, naive - 12 * 3_600_000), offsetMinutesAt(zone, naive + 12 * 3_600_000)]);
  return [...candidates].filter((offset) => offsetMinutesAt(zone, naive - offset * 60_000) === offset).sort((a, b) => b - a);
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A range bound as people write it (`2026-03-14`, `2026-03-14T21:00Z`, with an offset) in the stored form
 * (`…T21:00:00.000000Z`): times are compared as text, and `…21:00:00Z` would sort after `…21:00:00.000000Z`.
 */
export function utcBound(written: string): string {
  let iso = written.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) iso += 'T00:00:00Z';
  iso = iso.replace(/T(\d{2}:\d{2})(?=$|Z|[+-])/, 'T$1:00');
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso)) iso += 'Z';
  try {
    return isoFromMicros(microsFromIso(iso));
  } catch {
    throw new TamgaError('VALIDATION_FAILED', `${written} is not a date, or a time in UTC or with an offset (ISO 8601)`);
  }
}

/** The same range with both bounds in the stored form. */
export function utcRange<T extends { from?: string | undefined; to?: string | undefined }>(range: T): T {
  return {
    ...range,
    ...(range.from ? { from: utcBound(range.from) } : {}),
    ...(range.to ? { to: utcBound(range.to) } : {}),
  };
}
