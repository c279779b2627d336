// A ZIP member's modification time: the Info-ZIP `UT` or NTFS extra field when present (true instants), else
// the DOS date and time, which are local wall-clock values read in the case's time zone and marked derived.
import type { Entry } from 'yauzl';
import { isoFromMicros, microsFromWallTime } from '@tamga/core';

export interface MemberTime {
  utc: string;
  zone: string | null;
  derived: boolean;
  raw: string;
  source: 'dos' | 'unix-extra' | 'ntfs-extra';
}

/** 100 ns ticks between 1601-01-01 and 1970-01-01. */
const NTFS_EPOCH_TICKS = 116_444_736_000_000_000n;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function fromExtraFields(entry: Entry): MemberTime | null {
  for (const field of entry.extraFields ?? []) {
    const data = field.data;
    if (field.id === 0x5455 && data.length >= 5 && (data[0]! & 1) !== 0) {
      const seconds = data.readInt32LE(1);
      return { utc: isoFromMicros(BigInt(seconds) * 1_000_000n), zone: null, derived: false, raw: String(seconds), source: 'unix-extra' };
    }
    if (field.id === 0x000a && data.length >= 32 && data.readUInt16LE(4) === 1 && data.readUInt16LE(6) >= 24) {
      const ticks = data.readBigUInt64LE(8);
      if (ticks === 0n) continue;
      const micros = (ticks - NTFS_EPOCH_TICKS) / 10n;
      return { utc: isoFromMicros(micros), zone: null, derived: false, raw: ticks.toString(), source: 'ntfs-extra' };
    }
  }
  return null;
}

function fromDos(entry: Entry, zone: string): MemberTime | null {
  const date = entry.lastModFileDate;
  const time = entry.lastModFileTime;
  if (date === 0) return null; // never set
  const wall = {
    year: (date >> 9) + 1980,
    month: (date >> 5) & 0xf,
    day: date & 0x1f,
    hour: time >> 11,
    minute: (time >> 5) & 0x3f,
    second: (time & 0x1f) * 2,
  };
  const raw = `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  const valid =
    wall.month >= 1 &&
    check.getUTCMonth() === wall.month - 1 &&
    check.getUTCDate() === wall.day &&
    wall.hour < 24 &&
    wall.minute < 60 &&
    wall.second < 60;
  if (!valid) return null;
  return { utc: isoFromMicros(microsFromWallTime(wall, zone).micros), zone, derived: true, raw, source: 'dos' };
}

export function memberTime(entry: Entry, caseTimeZone: string): MemberTime | null {
  try {
    return fromExtraFields(entry) ?? fromDos(entry, caseTimeZone);
  } catch {
    return null; // an extra field holding an instant out of range: no time rather than a failed archive
  }
}
