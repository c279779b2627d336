import { describe, expect, it } from 'vitest';
import { TelegramClock } from './telegram-time';

const DAY = 86_400_000;
const wallString = (ms: number) => new Date(ms).toISOString().slice(0, 19);

/** What the clock should answer, from every observation kept (not only the ends of runs). */
function model(observations: Array<[number, number]>, wall: number): { offset: number; uncertain: boolean } {
  let before: [number, number] | null = null;
  let after: [number, number] | null = null;
  for (const o of observations) {
    if (o[0] <= wall && (!before || o[0] > before[0])) before = o;
    if (o[0] > wall && (!after || o[0] < after[0])) after = o;
  }
  const nearest = !before ? after! : !after ? before : wall - before[0] <= after[0] - wall ? before : after;
  const uncertain = before && after ? before[1] !== after[1] : Math.abs(wall - nearest[0]) > DAY;
  return { offset: nearest[1], uncertain };
}

function check(ascending: boolean): void {
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const start = Date.UTC(2020, 0, 1);
  let flagged = 0;
  for (let round = 0; round < 20; round++) {
    const clock = new TelegramClock('Asia/Almaty');
    const observations: Array<[number, number]> = [];
    for (let i = 0; i < 300; i++) {
      const wall = ascending
        ? start + i * 4 * DAY + Math.floor(random() * 86_400) * 1000
        : start + Math.floor(random() * 3 * 365) * DAY + i * 1000;
      // Summer (+03:00) and winter (+02:00), with a rare odd one (the PC moved) to make runs of one.
      const month = new Date(wall).getUTCMonth();
      const offset = random() < 0.03 ? 300 : month >= 3 && month <= 9 ? 180 : 120;
      observations.push([wall, offset]);
      clock.resolve(wallString(wall), String((wall - offset * 60_000) / 1000));
      const probe = start + Math.floor(random() * 4 * 365 * DAY) - 180 * DAY;
      const rounded = probe - (probe % 1000);
      const time = clock.resolveLocalOnly(wallString(rounded))!;
      const expected = model(observations, rounded);
      const utc = new Date(rounded - expected.offset * 60_000).toISOString().replace('Z', '000Z');
      expect(time.derived).toBe(true);
      if (time.offsetUncertain) flagged++;
      if (ascending || !time.offsetUncertain) {
        expect(time.utc).toBe(utc);
        expect(time.offsetUncertain === true).toBe(expected.uncertain);
      }
      if (expected.uncertain) expect(time.offsetUncertain).toBe(true);
    }
  }
  expect(flagged).toBeGreaterThan(100);
}

describe('TelegramClock', () => {
  it('reads a date-only value with the offset of the nearest pair, exactly as a full list would for an ascending export', () => {
    check(true);
  });

  it('in any order, is never more certain than a full list, and agrees with it whenever it is certain', () => {
    check(false);
  });

  it('keeps about two observations per change of offset, however long the export', () => {
    const clock = new TelegramClock('UTC');
    for (let i = 0; i < 100_000; i++) {
      const wall = Date.UTC(2024, 0, 1) + i * 60_000;
      const offset = i < 50_000 ? 120 : 180;
      clock.resolve(wallString(wall), String((wall - offset * 60_000) / 1000));
    }
    expect((clock as unknown as { walls: number[] }).walls).toHaveLength(4);
    expect([...clock.offsetsSeen]).toEqual([120, 180]);
  });

  it('marks a date-only value read in the case zone uncertain in an hour that zone repeats', () => {
    // Kazakhstan moved from +06:00 to +05:00 at midnight on 1 March 2024: 23:30 on 29 February happened twice.
    const clock = new TelegramClock('Asia/Almaty');
    expect(clock.resolve('2024-02-29T23:30:00', undefined)).toMatchObject({ zone: 'Asia/Almaty', offsetUncertain: true });
    expect(clock.resolve('2024-02-29T21:30:00', undefined)).not.toHaveProperty('offsetUncertain');
    expect(clock.inRepeatedHours).toBe(1);
    expect(clock.readBeforeOffset).toBe(2);
  });

  it('reads date-only values in the case zone until a pair is seen, and counts them', () => {
    const clock = new TelegramClock('Asia/Almaty');
    expect(clock.resolve('2024-03-05T12:00:00', undefined)).toEqual({
      utc: '2024-03-05T07:00:00.000000Z',
      zone: 'Asia/Almaty',
      derived: true,
      raw: '2024-03-05T12:00:00',
    });
    expect(clock.readBeforeOffset).toBe(1);
    clock.resolve('2024-03-05T12:00:00', '1709629200');
    expect(clock.resolve('2024-03-05T12:00:00', undefined)).toMatchObject({ utc: '2024-03-05T09:00:00.000000Z', zone: '+03:00' });
    // A date that carries its own offset keeps it.
    expect(clock.resolve('2024-03-05T12:00:00+06:00', undefined)).toEqual({
      utc: '2024-03-05T06:00:00.000000Z',
      zone: '+06:00',
      raw: '2024-03-05T12:00:00+06:00',
    });
    expect(clock.readBeforeOffset).toBe(1);
  });
});
