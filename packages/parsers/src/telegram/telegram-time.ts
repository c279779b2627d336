// Telegram export times: `date_unixtime` is the instant; `date` is the exporting PC's wall clock, so the pair
// gives that PC's UTC offset (FORMATS.md §1.6). Old exports have `date` only: read it in the case's zone.
import { formatOffset, isoFromMicros, isoFromUnixSeconds, microsFromWallTime, type ArtifactTime } from '@tamga/core';

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

/** Resolves Telegram dates; remembers the exporting PC's offset for fields that have only a wall-clock date. */
export class TelegramClock {
  /** The last offset (minutes) implied by a `date`/`date_unixtime` pair. */
  exportOffset: number | null = null;
  readonly offsetsSeen = new Set<number>();

  constructor(private readonly caseTimeZone: string) {}

  /** `date` + `date_unixtime` (or `edited` + `edited_unixtime` …) → an artefact time, or null when neither is usable. */
  resolve(date: unknown, unix: unknown): ArtifactTime | null {
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
          this.exportOffset = minutes;
          this.offsetsSeen.add(minutes);
        }
      }
      return { utc, zone, raw: String(unix) };
    }
    return local ? this.fromLocal(local, date as string) : null;
  }

  /** A date with no `_unixtime` companion (reactions): read with the export's offset when known, else the case zone. */
  resolveLocalOnly(date: unknown): ArtifactTime | null {
    const local = parseDate(date);
    if (!local) return null;
    if (local.offset === null && this.exportOffset !== null) {
      const micros = BigInt(local.wallMs - this.exportOffset * 60_000) * 1000n + BigInt(local.micro);
      return safe(() => ({ utc: isoFromMicros(micros), zone: formatOffset(this.exportOffset!), derived: true, raw: date as string }));
    }
    return this.fromLocal(local, date as string);
  }

  private fromLocal(local: LocalDate, raw: string): ArtifactTime | null {
    if (local.offset !== null) {
      const micros = BigInt(local.wallMs - local.offset * 60_000) * 1000n + BigInt(local.micro);
      return safe(() => ({ utc: isoFromMicros(micros), zone: formatOffset(local.offset!), raw }));
    }
    return safe(() => {
      const { micros } = microsFromWallTime(local.wall, this.caseTimeZone);
      return { utc: isoFromMicros(micros), zone: this.caseTimeZone, derived: true, raw };
    });
  }
}

function safe(make: () => ArtifactTime): ArtifactTime | null {
  try {
    return make();
  } catch {
    return null;
  }
}
