// PDF date strings (ISO 32000-1 §7.9.4): `D:YYYYMMDDHHmmSSOHH'mm'`, every part after the year optional.
// A stated offset is kept as the zone; a date without one is a floating local time read in the case's zone.
import { daysInMonth, formatOffset, isoFromMicros, microsFromWallTime, type ArtifactTime } from '@tamga/core';

export function pdfDate(raw: string | null | undefined, caseTimeZone: string): ArtifactTime | null {
  if (!raw) return null;
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(?:(\d{2})'?)?)?)?/.exec(raw.trim());
  if (!match) return null;
  const [year, month = 1, day = 1, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((v) => (v === undefined ? undefined : Number(v))) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth(year!, month!) || hour! > 23 || minute! > 59 || second! > 59) return null;
  const wall = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
  try {
    const sign = match[7];
    if (sign) {
      const offset = sign === 'Z' || sign === 'z' ? 0 : (sign === '-' ? -1 : 1) * (Number(match[8] ?? 0) * 60 + Number(match[9] ?? 0));
      const naive = BigInt(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)) * 1000n;
      return {
        utc: isoFromMicros(naive - BigInt(offset) * 60_000_000n),
        zone: offset === 0 && sign !== '+' && sign !== '-' ? 'UTC' : formatOffset(offset),
        raw,
      };
    }
    return { utc: isoFromMicros(microsFromWallTime(wall, caseTimeZone).micros), zone: caseTimeZone, derived: true, raw };
  } catch {
    return null;
  }
}
