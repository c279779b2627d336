// The GPS IFD read raw (rationals as num/den in the file's byte order) and turned into decimal degrees, an
// altitude and a UTC fix time, with the edge cases of FORMATS.md §5.2: zero denominators, missing refs,
// minutes-only form, out-of-range and (0, 0) positions.
import { daysInMonth } from '@tamga/core';
import type { ImageWarning } from './image-format';

/** The part of exifr's BufferView used here: offsets relative to the TIFF header, byte order preset. */
export interface TiffView {
  byteLength: number;
  getUint16(offset: number): number;
  getUint32(offset: number): number;
  getInt32(offset: number): number;
  getUint8(offset: number): number;
}

export interface Rational {
  num: number;
  den: number;
}

const RATIONAL = 5;
const SRATIONAL = 10;
const ASCII = 2;

/** Rational and ASCII tags of the GPS IFD, keyed by tag number, exactly as stored. */
export function readGpsIfd(view: TiffView, ifdOffset: number): Map<number, Rational[] | string> {
  const tags = new Map<number, Rational[] | string>();
  const entries = view.getUint16(ifdOffset);
  for (let i = 0; i < Math.min(entries, 256); i++) {
    const entry = ifdOffset + 2 + i * 12;
    if (entry + 12 > view.byteLength) break;
    const tag = view.getUint16(entry);
    const type = view.getUint16(entry + 2);
    const count = view.getUint32(entry + 4);
    if ((type === RATIONAL || type === SRATIONAL) && count > 0 && count <= 64) {
      const at = view.getUint32(entry + 8);
      if (at + count * 8 > view.byteLength) continue;
      const read = type === RATIONAL ? (o: number) => view.getUint32(o) : (o: number) => view.getInt32(o);
      tags.set(
        tag,
        Array.from({ length: count }, (_, k) => ({ num: read(at + k * 8), den: read(at + k * 8 + 4) })),
      );
    } else if (type === ASCII && count > 0 && count <= 1024) {
      const at = count <= 4 ? entry + 8 : view.getUint32(entry + 8);
      if (at + count > view.byteLength) continue;
      const bytes = Array.from({ length: count }, (_, k) => view.getUint8(at + k));
      tags.set(tag, String.fromCharCode(...bytes).replace(/\0+$/, ''));
    }
  }
  return tags;
}

export const rationalText = (r: Rational) => `${r.num}/${r.den}`;

export interface Coordinate {
  value: number | null;
  /** Why the value is unusable, or a note about a component that was treated as 0. */
  problems: ImageWarning[];
}

/** `D + M/60 + S/3600` in that order (the manifest's doubles depend on it); x/0 minutes or seconds count as 0. */
export function degreesFromParts(parts: Array<Rational | number>, axis: string): Coordinate {
  const problems: ImageWarning[] = [];
  const values = [0, 1, 2].map((index) => {
    const part = parts[index];
    if (part === undefined) return 0;
    if (typeof part === 'number') return Number.isFinite(part) ? part : Number.NaN;
    if (part.den === 0) {
      if (index === 0) return Number.NaN;
      const component = (['degrees', 'minutes', 'seconds'] as const)[index]!;
      problems.push({
        text: `${axis} ${component} ${rationalText(part)} has a zero denominator; read as 0`,
        key: { code: `image.gps_${axis}_${component}_zero_denominator`, params: { value: rationalText(part) } },
      });
      return 0;
    }
    return part.num / part.den;
  });
  if (parts.length === 0 || Number.isNaN(values[0]!))
    return {
      value: null,
      problems: [{ text: `${axis} degrees are missing or have a zero denominator`, key: { code: `image.gps_${axis}_degrees_missing` } }],
    };
  return { value: values[0]! + values[1]! / 60 + values[2]! / 3600, problems };
}

function rationalMicros(part: Rational | number, unitMicros: bigint): bigint | null {
  if (typeof part === 'number') return Number.isFinite(part) ? BigInt(Math.round(part * Number(unitMicros))) : null;
  if (part.den === 0) return null;
  // Rounded integer division keeps `724/100` seconds exact: 7 240 000 µs.
  const scaled = BigInt(part.num) * unitMicros * 2n;
  const den = BigInt(part.den) * 2n;
  return (scaled + BigInt(part.den)) / den;
}

/**
 * GPSDateStamp (`YYYY:MM:DD`) + GPSTimeStamp (UTC h, m, s) → µs since 1970, or null when either is missing or
 * names a time that does not exist (30 February, 25:61). A part with a zero denominator is read as 0 (FORMATS.md
 * §5.2), and said so.
 */
export function gpsFixMicros(
  dateStamp: string | undefined,
  time: Array<Rational | number> | undefined,
): { micros: bigint | null; problems: ImageWarning[] } {
  const date = /^(\d{4})[:-](\d{2})[:-](\d{2})/.exec(dateStamp?.trim() ?? '');
  if (!date || !time || time.length < 3) return { micros: null, problems: [] };
  const [year, month, day] = date.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return {
      micros: null,
      problems: [
        {
          text: `GPS date ${JSON.stringify(dateStamp)} does not exist; the fix has no time`,
          key: { code: 'image.gps_date_not_real', params: { value: dateStamp ?? '' } },
        },
      ],
    };
  }
  const problems: ImageWarning[] = [];
  const units = [3_600_000_000n, 60_000_000n, 1_000_000n];
  const ranges = [24n, 60n, 61n];
  let micros = BigInt(Date.UTC(year, month - 1, day)) * 1000n;
  for (const [i, name] of ['hours', 'minutes', 'seconds'].entries()) {
    const part = rationalMicros(time[i]!, units[i]!);
    if (part === null) {
      problems.push({
        text: `GPS time ${name} have a zero denominator; read as 0`,
        key: { code: `image.gps_time_${name}_zero_denominator` },
      });
      continue;
    }
    if (part < 0n || part >= units[i]! * ranges[i]!) {
      return {
        micros: null,
        problems: [
          {
            text: `GPS time ${time.map((t) => (typeof t === 'number' ? String(t) : rationalText(t))).join(' ')} does not exist; the fix has no time`,
            key: {
              code: 'image.gps_time_not_real',
              params: { value: time.map((t) => (typeof t === 'number' ? String(t) : rationalText(t))).join(' ') },
            },
          },
        ],
      };
    }
    micros += part;
  }
  return { micros, problems };
}
