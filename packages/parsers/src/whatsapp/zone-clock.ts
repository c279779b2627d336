// Wall-clock times to instants in one zone, fast: the zone's offset is looked up once per wall-clock hour
// (Intl lookups cost tens of µs, and a chat has millions of messages but few distinct hours).
import { microsFromWallTime, wallTimeOffsets, type WallTime } from '@tamga/core';

const MAX_CACHED_HOURS = 50_000;

export class ZoneClock {
  /** Offset in minutes for a wall-clock hour, or null when the clocks change in or around it (a transition). */
  private readonly hours = new Map<string, number | null>();

  constructor(readonly zone: string) {}

  /**
   * The instant of a wall time (as microsFromWallTime reads it, like every other wall time of the case), and how
   * many readings it has: 1 as a rule, 2 in an hour the clocks repeat, 0 in an hour they skip.
   */
  resolve(wall: WallTime): { micros: bigint; offsetMinutes: number; readings: number } {
    const key = `${wall.year}-${wall.month}-${wall.day}-${wall.hour}`;
    let offset = this.hours.get(key);
    if (offset === undefined) {
      const start = wallTimeOffsets({ ...wall, minute: 0, second: 0 }, this.zone);
      const end = wallTimeOffsets({ ...wall, minute: 59, second: 59 }, this.zone);
      offset = start.length === 1 && end.length === 1 && start[0] === end[0] ? start[0]! : null;
      if (this.hours.size >= MAX_CACHED_HOURS) this.hours.clear();
      this.hours.set(key, offset);
    }
    // Around a transition the exact rules apply, and the readings are counted.
    if (offset === null) return { ...microsFromWallTime(wall, this.zone), readings: wallTimeOffsets(wall, this.zone).length };
    const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
    return { micros: BigInt(naive - offset * 60_000) * 1000n + BigInt(wall.microsecond ?? 0), offsetMinutes: offset, readings: 1 };
  }
}
