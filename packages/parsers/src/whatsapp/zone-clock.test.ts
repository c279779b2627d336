import { describe, expect, it } from 'vitest';
import { microsFromWallTime, wallTimeOffsets } from '@tamga/core';
import { ZoneClock } from './zone-clock';

describe('ZoneClock', () => {
  it('agrees with microsFromWallTime around transitions (gaps, overlaps, Almaty 2024-03-01, half-hour shifts)', () => {
    const cases: Array<[string, number, number, number]> = [
      ['Asia/Almaty', 2024, 2, 29],
      ['Europe/Berlin', 2024, 3, 31],
      ['Europe/Berlin', 2024, 10, 27],
      ['America/New_York', 2024, 11, 3],
      ['Australia/Lord_Howe', 2024, 4, 7],
    ];
    for (const [zone, year, month, day] of cases) {
      const clock = new ZoneClock(zone);
      for (let minutes = 0; minutes < 48 * 60; minutes += 10) {
        const at = new Date(Date.UTC(year, month - 1, day, 0, minutes, 17));
        const wall = {
          year: at.getUTCFullYear(),
          month: at.getUTCMonth() + 1,
          day: at.getUTCDate(),
          hour: at.getUTCHours(),
          minute: at.getUTCMinutes(),
          second: at.getUTCSeconds(),
        };
        const { micros, offsetMinutes, readings } = clock.resolve(wall);
        expect({ micros, offsetMinutes }, `${zone} ${at.toISOString()}`).toEqual(microsFromWallTime(wall, zone));
        expect(readings).toBe(wallTimeOffsets(wall, zone).length);
      }
    }
  });

  it('says how many readings a wall time has where the clocks were set back or forward', () => {
    const wall = (year: number, month: number, day: number, hour: number, minute: number) => ({
      year,
      month,
      day,
      hour,
      minute,
      second: 0,
    });
    // Kazakhstan moved from +6 to +5 at midnight of 1 March 2024: 23:00-23:59 of 29 February happened twice.
    expect(new ZoneClock('Asia/Almaty').resolve(wall(2024, 2, 29, 23, 30)).readings).toBe(2);
    expect(new ZoneClock('Asia/Almaty').resolve(wall(2024, 2, 29, 22, 30)).readings).toBe(1);
    expect(new ZoneClock('Europe/Berlin').resolve(wall(2024, 3, 31, 2, 30)).readings).toBe(0);
    expect(new ZoneClock('Europe/Berlin').resolve(wall(2024, 10, 27, 2, 30)).readings).toBe(2);
    expect(wallTimeOffsets(wall(2024, 10, 27, 2, 30), 'Europe/Berlin')).toEqual([120, 60]);
  });
});
