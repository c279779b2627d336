import { describe, expect, it } from 'vitest';
import { microsFromWallTime } from '@tamga/core';
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
        expect(clock.resolve(wall), `${zone} ${at.toISOString()}`).toEqual(microsFromWallTime(wall, zone));
      }
    }
  });
});
