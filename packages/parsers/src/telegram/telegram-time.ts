// Telegram export times: `date_unixtime` is the instant; `date` is the exporting PC's wall clock, so the pair
// gives that PC's UTC offset (FORMATS.md §1.6). A date with no `_unixtime` is read with the offset the export shows
// nearest to it, or, before the export has shown any, in the case's zone.
import { formatOffset, isoFromMicros, isoFromUnixSeconds, microsFromWallTime, wallTimeOffsets, type ArtifactTime } from '@tamga/core';

const DATE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:?\d{2})?$/;

interface LocalDate {
  wallMs: number;
  micro: number;
  /** The offset written in the string, in minutes, or null for a floating time. */
  offset: number | null;
  wall: { year: number; month: number; day: number; hour: number; minute: number; second: number; microsecond: number };
}

function digits(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Qt::ISODate as tdesktop writes it, `2019-07-12T16:55:32`, read without a regex (one per message adds up). */
function fastDate(s: string): LocalDate | null {
  if (
    s.length !== 19 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58
  ) {
    return null;
  }
  const [year, month, day, hour, minute, second] = [
    digits(s, 0, 4),
    digits(s, 5, 2),
    digits(s, 8, 2),
    digits(s, 11, 2),
    digits(s, 14, 2),
    digits(s, 17, 2),
  ];
  if (
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 60
  )
    return null;
  return {
    wallMs: Date.UTC(year, month - 1, day, hour, minute, second),
    micro: 0,
    offset: null,
    wall: { year, month, day, hour, minute, second, microsecond: 0 },
  };
}

function parseDate(value: unknown): LocalDate | null {
  if (typeof value !== 'string') return null;
  if (value.length === 19) return fastDate(value);
  const m = DATE.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const microsecond = Number((m[7] ?? '').padEnd(6, '0'));
  let offset: number | null = null;
  if (m[8] === 'Z') offset = 0;
  else if (m[8]) {
    const digits = m[8].replace(':', '');
    offset = (digits[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return {
    wallMs: Date.UTC(year, month - 1, day, hour, minute, second),
    micro: microsecond,
    offset,
    wall: { year, month, day, hour, minute, second, microsecond },
  };
}

function unixSeconds(value: unknown): bigint | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return BigInt(value);
  return null;
}

/** A resolved time; `offsetUncertain` marks a date-only value read with an offset not proven near it. */
export interface TelegramTime extends ArtifactTime {
  offsetUncertain?: true;
}

/** How far (wall-clock ms) from the nearest `date`/`date_unixtime` pair a date-only value still counts as covered by it. */
const NEAR_MS = 24 * 3600_000;
/** Offset observations kept at most; beyond this (an export whose offset flips back and forth) none are added. */
const MAX_OBSERVATIONS = 4096;
/** Between two kept observations: nothing was dropped. */
const EXACT = 0;
/** Dropped observations, all with the offset both ends show. */
const RUN = 1;
/** Dropped observations, of an offset other than one end shows: a lookup there is never certain. */
const UNKNOWN = 2;

/**
 * Resolves Telegram dates. Every `date`/`date_unixtime` pair is an observation of the exporting PC's UTC offset at
 * that wall time (FORMATS.md §1.6.2); a date with no `_unixtime` (an old message, an edit, a reaction) is read with
 * the offset of the nearest observation **seen so far** (the export is streamed: values before the first pair are
 * read in the case's zone, counted in `readBeforeOffset` for a warning). It is `offsetUncertain` when the export has
 * not shown that offset around it: between two observations of different offsets (a DST change on the exporting PC
 * lies between them), or outside the observations and more than a day from the nearest one.
 *
 * Observations are kept sorted by wall time as the ends of runs of one offset, so there are about two per change of
 * offset however long the export, and a lookup is a binary search. When pairs arrive out of order (one chat after
 * another) and one lands inside a run whose middle was dropped, the gaps on both sides are marked UNKNOWN: answers
 * there are flagged, so the clock is never more certain than a list of every pair would be (telegram-time.test.ts).
 */
export class TelegramClock {
  readonly offsetsSeen = new Set<number>();
  /** The first offset the export showed, for warnings. */
  firstOffset: number | null = null;
  /** Date-only values read in the case's zone because no pair had been seen yet. */
  readBeforeOffset = 0;
  /** Date-only values read with an offset marked `offsetUncertain`. */
  uncertain = 0;
  /** Date-only values read in the case's zone in an hour it repeats or skips, also marked `offsetUncertain`. */
  inRepeatedHours = 0;
  /** Observations sorted by wall time (the `date` read as if UTC, ms) and the offsets they showed. */
  private readonly walls: number[] = [];
  private readonly offsets: number[] = [];
  /** `gaps[i]`: what lies between observations i and i + 1 (EXACT, RUN or UNKNOWN). */
  private readonly gaps: number[] = [];

  constructor(private readonly caseTimeZone: string) {}

  /** `date` + `date_unixtime` (or `edited` + `edited_unixtime` …) → an artefact time, or null when neither is usable. */
  resolve(date: unknown, unix: unknown): TelegramTime | null {
    const local = parseDate(date);
    const seconds = unixSeconds(unix);
    if (seconds !== null) {
      let utc: string;
      try {
        utc = isoFromUnixSeconds(seconds);
      } catch {
        return local ? this.fromLocal(local, date as string) : null;
      }
      let zone: string | null = null;
      if (local?.offset !== null && local?.offset !== undefined) zone = formatOffset(local.offset);
      else if (local) {
        const minutes = Math.round((local.wallMs / 1000 - Number(seconds)) / 60);
        // Real offsets lie within ±18 h; anything else means the two fields disagree, so say nothing.
        if (Math.abs(minutes) <= 18 * 60) {
          zone = formatOffset(minutes);
          this.observe(local.wallMs, minutes);
        }
      }
      return { utc, zone, raw: String(unix) };
    }
    return local ? this.fromLocal(local, date as string) : null;
  }

  /** A date with no `_unixtime` companion (reactions): read as `resolve` reads a date-only value. */
  resolveLocalOnly(date: unknown): TelegramTime | null {
    const local = parseDate(date);
    return local ? this.fromLocal(local, date as string) : null;
  }

  private observe(wallMs: number, minutes: number): void {
    const walls = this.walls;
    const offsets = this.offsets;
    const gaps = this.gaps;
    const n = walls.length;
    if (n === 0 || offsets[n - 1] !== minutes) {
      this.offsetsSeen.add(minutes);
      this.firstOffset ??= minutes;
    }
    if (n === 0) {
      walls.push(wallMs);
      offsets.push(minutes);
      return;
    }
    // The usual case, messages in ascending order: the newest run grows, or a new one starts.
    if (wallMs >= walls[n - 1]!) {
      if (wallMs === walls[n - 1] && offsets[n - 1] === minutes) return;
      if (n >= 2 && offsets[n - 1] === minutes && offsets[n - 2] === minutes && gaps[n - 2] !== UNKNOWN) {
        walls[n - 1] = wallMs;
        gaps[n - 2] = RUN;
      } else if (n < MAX_OBSERVATIONS) {
        walls.push(wallMs);
        offsets.push(minutes);
        gaps.push(EXACT);
      }
      return;
    }
    const at = this.upperBound(wallMs);
    if (at === 0) {
      if (n >= 2 && offsets[0] === minutes && offsets[1] === minutes && gaps[0] !== UNKNOWN) {
        walls[0] = wallMs;
        gaps[0] = RUN;
      } else if (n < MAX_OBSERVATIONS) {
        walls.unshift(wallMs);
        offsets.unshift(minutes);
        gaps.unshift(EXACT);
      }
      return;
    }
    const gap = gaps[at - 1]!;
    if (gap !== UNKNOWN && offsets[at - 1] === minutes && offsets[at] === minutes) {
      gaps[at - 1] = RUN; // inside a run of its own offset
      return;
    }
    if (n >= MAX_OBSERVATIONS) return;
    // Splitting a run whose middle was dropped: the dropped observations lie on one side or the other, unknown which.
    const split = gap === EXACT ? EXACT : UNKNOWN;
    walls.splice(at, 0, wallMs);
    offsets.splice(at, 0, minutes);
    gaps[at - 1] = split;
    gaps.splice(at, 0, split);
    this.dropMiddle(at - 1);
    this.dropMiddle(at + 1);
  }

  /** Drops observation `i` when both neighbours show its offset with known gaps: the run's ends say as much. */
  private dropMiddle(i: number): void {
    const { walls, offsets, gaps } = this;
    if (i < 1 || i + 1 >= walls.length) return;
    const minutes = offsets[i];
    if (offsets[i - 1] !== minutes || offsets[i + 1] !== minutes || gaps[i - 1] === UNKNOWN || gaps[i] === UNKNOWN) return;
    walls.splice(i, 1);
    offsets.splice(i, 1);
    gaps.splice(i, 1);
    gaps[i - 1] = RUN;
  }

  /** The index of the first observation later than `wallMs`. */
  private upperBound(wallMs: number): number {
    let lo = 0;
    let hi = this.walls.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.walls[mid]! <= wallMs) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private fromLocal(local: LocalDate, raw: string): TelegramTime | null {
    if (local.offset !== null) {
      const micros = BigInt(local.wallMs - local.offset * 60_000) * 1000n + BigInt(local.micro);
      return safe(() => ({ utc: isoFromMicros(micros), zone: formatOffset(local.offset!), raw }));
    }
    const n = this.walls.length;
    if (n === 0) {
      const time = safe(() => {
        const { micros } = microsFromWallTime(local.wall, this.caseTimeZone);
        return { utc: isoFromMicros(micros), zone: this.caseTimeZone, derived: true, raw };
      });
      if (!time) return null;
      this.readBeforeOffset++;
      // An hour the case's zone repeats (two readings) or skips (none): which instant it was is not known.
      if (wallTimeOffsets(local.wall, this.caseTimeZone).length === 1) return time;
      this.inRepeatedHours++;
      return { ...time, offsetUncertain: true };
    }
    const wall = local.wallMs;
    const at = this.upperBound(wall);
    const before = at > 0 ? at - 1 : -1;
    const after = at < n ? at : -1;
    let index: number;
    if (before < 0) index = after;
    else if (after < 0) index = before;
    else index = wall - this.walls[before]! <= this.walls[after]! - wall ? before : after;
    const offset = this.offsets[index]!;
    // Between two observations the offset is proven if both show the same one (a change lies between them if
    // not); outside them, only near the nearest.
    const uncertain =
      before >= 0 && after >= 0
        ? this.offsets[before] !== this.offsets[after] || this.gaps[before] === UNKNOWN
        : Math.abs(wall - this.walls[index]!) > NEAR_MS;
    let utc: string;
    try {
      utc = isoFromMicros(BigInt(wall - offset * 60_000) * 1000n + BigInt(local.micro));
    } catch {
      return null;
    }
    if (!uncertain) return { utc, zone: formatOffset(offset), derived: true, raw };
    this.uncertain++;
    return { utc, zone: formatOffset(offset), derived: true, raw, offsetUncertain: true };
  }
}

/** The time as an artefact's `time` (the flag, which the API would drop there, goes in the artefact's fields). */
export function artifactTime(time: TelegramTime | null): ArtifactTime | null {
  if (!time?.offsetUncertain) return time;
  const { offsetUncertain: _flag, ...plain } = time;
  return plain;
}

function safe(make: () => ArtifactTime): ArtifactTime | null {
  try {
    return make();
  } catch {
    return null;
  }
}
