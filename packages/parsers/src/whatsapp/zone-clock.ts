// Wall-clock times to instants in one zone, fast: the zone's offset is looked up once per wall-clock hour
// (Intl lookups cost tens of µs, and a chat has millions of messages but few distinct hours).
import { microsFromWallTime, type WallTime } from '@tamga/core';

const MAX_CACHED_HOURS = 50_000;

export class ZoneClock {
  /** Offset in minutes for a wall-clock hour, or null when it changes inside that hour (a transition). */
  private readonly hours = new Map<string, number | null>();

  constructor(readonly zone: string) {}

  resolve(wall: WallTime): { micros: bigint; offsetMinutes: number } {
    const key = `${wall.year}-${wall.month}-${wall.day}-${wall.hour}`;
    let offset = this.hours.get(key);
    if (offset === undefined) {
      const start = microsFromWallTime({ ...wall, minute: 0, second: 0, microsecond: 0 }, this.zone).offsetMinutes;
      const end = microsFromWallTime({ ...wall, minute: 59, second: 59, microsecond: 0 }, this.zone).offsetMinutes;
      offset = start === end ? start : null;
      if (this.hours.size >= MAX_CACHED_HOURS) this.hours.clear();
      this.hours.set(key, offset);
    }
    // Within a transition hour the exact rules apply (gaps and overlaps).
    if (offset === null) return microsFromWallTime(wall, this.zone);
    const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
    return { micros: BigInt(naive - offset * 60_000) * 1000n + BigInt(wall.microsecond ?? 0), offsetMinutes: offset };
  }
}
