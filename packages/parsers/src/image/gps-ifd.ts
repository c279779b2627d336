// The GPS IFD read raw (rationals as num/den in the file's byte order) and turned into decimal degrees, an
// altitude and a UTC fix time, with the edge cases of FORMATS.md §5.2: zero denominators, missing refs,
// minutes-only form, out-of-range and (0, 0) positions.

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
  problems: string[];
}

/** `D + M/60 + S/3600` in that order (the manifest's doubles depend on it); x/0 minutes or seconds count as 0. */
export function degreesFromParts(parts: Array<Rational | number>, axis: string): Coordinate {
  const problems: string[] = [];
  const values = [0, 1, 2].map((index) => {
    const part = parts[index];
    if (part === undefined) return 0;
    if (typeof part === 'number') return Number.isFinite(part) ? part : Number.NaN;
    if (part.den === 0) {
      if (index === 0) return Number.NaN;
      problems.push(`${axis} ${['degrees', 'minutes', 'seconds'][index]} ${rationalText(part)} has a zero denominator; read as 0`);
      return 0;
    }
    return part.num / part.den;
  });
  if (parts.length === 0 || Number.isNaN(values[0]!))
    return { value: null, problems: [`${axis} degrees are missing or have a zero denominator`] };
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

/** GPSDateStamp (`YYYY:MM:DD`) + GPSTimeStamp (UTC h, m, s) → µs since 1970, or null when either is unusable. */
export function gpsFixMicros(dateStamp: string | undefined, time: Array<Rational | number> | undefined): bigint | null {
  const date = /^(\d{4})[:-](\d{2})[:-](\d{2})/.exec(dateStamp?.trim() ?? '');
  if (!date || !time || time.length < 3) return null;
  const day = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
  if (Number.isNaN(day)) return null;
  const units = [3_600_000_000n, 60_000_000n, 1_000_000n];
  let micros = BigInt(day) * 1000n;
  for (let i = 0; i < 3; i++) {
    const part = rationalMicros(time[i]!, units[i]!);
    if (part === null) return null;
    micros += part;
  }
  return micros;
}
