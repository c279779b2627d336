// EXIF date-times (`YYYY:MM:DD HH:MM:SS`) are wall-clock times without an offset: read them in the offset
// the file states (OffsetTime*, Exif 2.31) or else in the case's zone, and then mark them derived.
import { daysInMonth, formatOffset, isoFromMicros, microsFromWallTime, type ArtifactTime, type WallTime } from '@tamga/core';

export function parseExifWallTime(text: string | undefined, subSeconds?: string): WallTime | null {
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text?.trim() ?? '');
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  // A day the month does not have (30 February) is no time at all, not the 2nd of March.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60 || year < 1)
    return null;
  const digits = /^\d+/.exec(subSeconds?.trim() ?? '')?.[0] ?? '';
  const microsecond = digits ? Number(digits.slice(0, 6).padEnd(6, '0')) : 0;
  return { year, month, day, hour, minute, second, microsecond };
}

/** `+05:00`, `-03:30`, `+0500` → minutes east of UTC; null when absent or malformed. */
export function parseOffset(text: string | undefined): number | null {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text?.trim() ?? '');
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return minutes > 18 * 60 ? null : (match[1] === '-' ? -1 : 1) * minutes;
}

/** The wall time as if it were UTC, in µs: used to compare the camera clock with the GPS clock. */
export function wallAsUtcMicros(wall: WallTime): bigint {
  const ms = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  return BigInt(ms) * 1000n + BigInt(wall.microsecond ?? 0);
}

export function exifTime(
  text: string | undefined,
  subSeconds: string | undefined,
  offsetText: string | undefined,
  caseTimeZone: string,
): ArtifactTime | null {
  const wall = parseExifWallTime(text, subSeconds);
  if (!wall) return null;
  const raw = subSeconds ? `${text!.trim()}.${subSeconds.trim()}` : text!.trim();
  const offset = parseOffset(offsetText);
  try {
    if (offset !== null) {
      return {
        utc: isoFromMicros(wallAsUtcMicros(wall) - BigInt(offset) * 60_000_000n),
        zone: formatOffset(offset),
        raw: `${raw}${offsetText!.trim()}`,
      };
    }
    return { utc: isoFromMicros(microsFromWallTime(wall, caseTimeZone).micros), zone: caseTimeZone, derived: true, raw };
  } catch {
    return null;
  }
}
