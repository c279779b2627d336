import { describe, expect, it } from 'vitest';
import { daysInMonth, formatOffset, isoFromMicros, isoFromUnixSeconds, microsFromIso, microsFromWallTime, utcBound } from './instant';

describe('instants', () => {
  it('keeps every microsecond of a large value', () => {
    // Chrome's visit 21 in the plaso sample, as Unix µs: a JS number would be one µs off.
    const webkit = 12950613270990943n;
    expect(isoFromMicros(webkit - 11644473600000000n)).toBe('2011-05-23T08:34:30.990943Z');
  });

  it('handles instants before 1970', () => {
    expect(isoFromMicros(-1n)).toBe('1969-12-31T23:59:59.999999Z');
    expect(microsFromIso('1969-12-31T23:59:59.999999Z')).toBe(-1n);
  });

  it('round-trips ISO strings with offsets', () => {
    expect(microsFromIso('2024-03-05T14:00:00+05:00')).toBe(1709629200000000n);
    expect(isoFromUnixSeconds(1709629200)).toBe('2024-03-05T09:00:00.000000Z');
  });

  it('reads wall times by the zone rules of their date (Kazakhstan moved from +6 to +5 on 2024-03-01)', () => {
    const before = microsFromWallTime({ year: 2024, month: 2, day: 29, hour: 12, minute: 0 }, 'Asia/Almaty');
    const after = microsFromWallTime({ year: 2024, month: 3, day: 2, hour: 12, minute: 0 }, 'Asia/Almaty');
    expect(formatOffset(before.offsetMinutes)).toBe('+06:00');
    expect(isoFromMicros(before.micros)).toBe('2024-02-29T06:00:00.000000Z');
    expect(formatOffset(after.offsetMinutes)).toBe('+05:00');
    expect(isoFromMicros(after.micros)).toBe('2024-03-02T07:00:00.000000Z');
  });

  it('knows daylight saving time', () => {
    const summer = microsFromWallTime({ year: 2023, month: 7, day: 1, hour: 10, minute: 30 }, 'Europe/Berlin');
    expect(isoFromMicros(summer.micros)).toBe('2023-07-01T08:30:00.000000Z');
  });
});

describe('utcBound', () => {
  it('writes bounds the way times are stored, so text order is time order', () => {
    expect(utcBound('2026-03-14')).toBe('2026-03-14T00:00:00.000000Z');
    expect(utcBound('2026-03-14T21:00Z')).toBe('2026-03-14T21:00:00.000000Z');
    expect(utcBound('2026-03-14T21:00:00')).toBe('2026-03-14T21:00:00.000000Z');
    expect(utcBound('2026-03-15T02:00:00.5+05:00')).toBe('2026-03-14T21:00:00.500000Z');
    expect(utcBound('2024-03-05T14:00:00+05:00')).toBe('2024-03-05T09:00:00.000000Z');
    expect(utcBound('2024-03-05T14:00+0500')).toBe('2024-03-05T09:00:00.000000Z');
    expect(utcBound('2024-03-04T23:30-09:30')).toBe('2024-03-05T09:00:00.000000Z');
    expect(utcBound('2026-03-14T21:00:00Z') < '2026-03-14T21:00:00.000001Z').toBe(true);
  });
  it('refuses a date the month does not have rather than moving it to the next month', () => {
    expect(() => microsFromIso('2021-02-30T12:00:00Z')).toThrow('no such date');
    expect(isoFromMicros(microsFromIso('2024-02-29T12:00:00Z'))).toBe('2024-02-29T12:00:00.000000Z');
    expect([2023, 2024, 1900, 2000].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29]);
  });

  it('refuses what is not a time with a validation error', () => {
    expect(() => utcBound('2026-13-45')).toThrow(/not a date/);
    expect(() => utcBound('2024-03-05T14:00:00+25:00')).toThrow(/not a date, or a time in UTC or with an offset/);
  });
});
