// Interprets an image's GPS tags: decimal position with hemisphere refs, altitude, UTC fix time, the raw
// rationals as stored, and whether the position is usable at all (FORMATS.md §5.2).
import { degreesFromParts, gpsFixMicros, rationalText, readGpsIfd, type Rational } from './gps-ifd';
import { gpsTagName, jsonSafe, type ExifRead } from './exifr-read';
import type { ImageWarning } from './image-format';

const TAG = { latitude: 2, longitude: 4, altitude: 6, timeStamp: 7, mapDatum: 0x12, dateStamp: 0x1d } as const;

export interface GpsInfo {
  /** Set only when the position is usable: in range, not the (0, 0) placeholder. */
  position: { latitude: number; longitude: number } | null;
  altitude: number | null;
  fixMicros: bigint | null;
  fields: Record<string, unknown>;
  problems: ImageWarning[];
}

function refOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim().toUpperCase() || null;
  return null;
}

/** The first byte of a BYTE tag (exifr gives a Uint8Array) or a plain number. */
function byteOf(value: unknown): number | null {
  if (value instanceof Uint8Array) return value.length > 0 ? value[0]! : null;
  return typeof value === 'number' ? value : null;
}

function numbersOf(value: unknown): number[] | undefined {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return Array.from(value as ArrayLike<number>);
  return undefined;
}

export function interpretGps(read: ExifRead): GpsInfo | null {
  const gps = read.gps;
  if (Object.keys(gps).length === 0) return null;
  const problems: ImageWarning[] = [];
  let raw = new Map<number, Rational[] | string>();
  if (read.tiff && read.tiff.gpsOffset !== undefined) {
    try {
      raw = readGpsIfd(read.tiff.view, read.tiff.gpsOffset);
    } catch (error) {
      problems.push({
        text: `GPS IFD could not be read raw: ${(error as Error).message}`,
        key: { code: 'image.gps_ifd_unreadable', params: { error: (error as Error).message } },
      });
    }
  }
  const rationals = (tag: number) => (Array.isArray(raw.get(tag)) ? (raw.get(tag) as Rational[]) : undefined);
  const parts = (tag: number, name: string) => rationals(tag) ?? numbersOf(gps[name]);

  const latParts = parts(TAG.latitude, 'GPSLatitude');
  const lonParts = parts(TAG.longitude, 'GPSLongitude');
  const latRef = refOf(gps.GPSLatitudeRef);
  const lonRef = refOf(gps.GPSLongitudeRef);
  let position: GpsInfo['position'] = null;
  let hemisphereUnknown = false;
  let nullIsland = false;
  let outOfRange = false;
  if (latParts && lonParts) {
    const lat = degreesFromParts(latParts, 'latitude');
    const lon = degreesFromParts(lonParts, 'longitude');
    problems.push(...lat.problems, ...lon.problems);
    if (lat.value !== null && lon.value !== null) {
      // A missing ref is not guessed: the unsigned value is kept and flagged.
      hemisphereUnknown = !(latRef === 'N' || latRef === 'S') || !(lonRef === 'E' || lonRef === 'W');
      const latitude = latRef === 'S' ? -lat.value : lat.value;
      const longitude = lonRef === 'W' ? -lon.value : lon.value;
      outOfRange = Math.abs(latitude) > 90 || Math.abs(longitude) > 180;
      nullIsland = latitude === 0 && longitude === 0;
      if (outOfRange)
        problems.push({
          text: `GPS position ${latitude}, ${longitude} is out of range`,
          key: { code: 'image.gps_out_of_range', params: { latitude, longitude } },
        });
      else if (nullIsland)
        problems.push({
          text: 'GPS position is (0, 0), a placeholder ("null island"); no location emitted',
          key: { code: 'image.gps_null_island' },
        });
      else position = { latitude, longitude };
      if (hemisphereUnknown)
        problems.push({
          text: 'GPS latitude or longitude reference is missing; hemisphere unknown',
          key: { code: 'image.gps_hemisphere_unknown' },
        });
    }
  }

  let altitude: number | null = null;
  const altitudeRef = byteOf(gps.GPSAltitudeRef);
  const altParts = rationals(TAG.altitude);
  const altValue = altParts?.[0]
    ? altParts[0].den === 0
      ? Number.NaN
      : altParts[0].num / altParts[0].den
    : numbersOf(gps.GPSAltitude)?.[0];
  if (altValue !== undefined && Number.isFinite(altValue)) altitude = altitudeRef === 1 ? -altValue : altValue;
  else if (altValue !== undefined)
    problems.push({ text: 'GPS altitude has a zero denominator; ignored', key: { code: 'image.gps_altitude_zero_denominator' } });

  const timeParts = parts(TAG.timeStamp, 'GPSTimeStamp');
  const dateStamp =
    typeof raw.get(TAG.dateStamp) === 'string' ? (raw.get(TAG.dateStamp) as string) : (gps.GPSDateStamp as string | undefined);
  const fix = gpsFixMicros(typeof dateStamp === 'string' ? dateStamp : undefined, timeParts);
  const fixMicros = fix.micros;
  problems.push(...fix.problems);
  const mapDatumRaw = typeof raw.get(TAG.mapDatum) === 'string' ? (raw.get(TAG.mapDatum) as string) : gps.GPSMapDatum;

  const rawRationals: Record<string, string[]> = {};
  for (const [tag, value] of raw) if (Array.isArray(value)) rawRationals[gpsTagName(tag)] = value.map(rationalText);
  const fields: Record<string, unknown> = {
    latitude: position?.latitude ?? null,
    longitude: position?.longitude ?? null,
    latitudeRef: latRef,
    longitudeRef: lonRef,
    altitude,
    altitudeRef,
    hemisphereUnknown: hemisphereUnknown || undefined,
    nullIsland: nullIsland || undefined,
    outOfRange: outOfRange || undefined,
    dateStamp: typeof dateStamp === 'string' ? dateStamp : null,
    mapDatum: typeof mapDatumRaw === 'string' ? mapDatumRaw.trim() : null,
    mapDatumRaw: typeof mapDatumRaw === 'string' && mapDatumRaw !== mapDatumRaw.trim() ? mapDatumRaw : undefined,
    rawRationals: Object.keys(rawRationals).length > 0 ? rawRationals : undefined,
    byteOrder: read.tiff ? (read.tiff.littleEndian ? 'II' : 'MM') : undefined,
    // exifr adds its own computed latitude/longitude; the tags are kept as the file has them.
    tags: jsonSafe(Object.fromEntries(Object.entries(gps).filter(([k]) => k !== 'latitude' && k !== 'longitude'))),
  };
  return { position, altitude, fixMicros, fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)), problems };
}
