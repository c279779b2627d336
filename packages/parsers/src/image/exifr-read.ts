// Runs exifr on an image and returns its segments JSON-safe, plus the raw TIFF view of the GPS IFD so the
// rationals can be kept exactly as stored (exifr divides them).
import exifr from 'exifr';
import type { TiffView } from './gps-ifd';

interface ExifrInstance {
  read(input: string | Uint8Array): Promise<void>;
  parse(): Promise<Record<string, unknown> | undefined>;
  file?: { close?: () => unknown };
  parsers: { tiff?: { chunk?: TiffView & { le?: boolean }; gpsOffset?: number; le?: boolean } };
}

const library = exifr as unknown as {
  Exifr: new (options: Record<string, unknown>) => ExifrInstance;
  tagKeys: Map<string, Map<number, string>>;
};

const OPTIONS = {
  tiff: true,
  ifd0: {},
  exif: true,
  gps: true,
  xmp: true,
  ifd1: false,
  interop: false,
  makerNote: false,
  userComment: false,
  iptc: false,
  icc: false,
  jfif: true,
  ihdr: true,
  // Keep values as stored: date strings stay strings, enums stay numbers.
  reviveValues: false,
  translateValues: false,
  mergeOutput: false,
  silentErrors: true,
  // Chunked reading from a path: only the ranges holding metadata are read (a few 64 KiB chunks at most).
  chunked: true,
  firstChunkSize: 65536,
  chunkSize: 65536,
  chunkLimit: 32,
};

// Everything else exifr returns at the top level is an XMP namespace (ifd1 and interop are dropped).
const SEGMENTS = new Set(['ifd0', 'ifd1', 'exif', 'gps', 'interop', 'jfif', 'ihdr', 'iptc', 'icc', 'errors']);

/** exifr values made JSON-safe: short byte arrays as number lists, typed arrays as arrays, non-finite numbers as text. */
export function jsonSafe(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return value.length <= 64 ? Array.from(value) : `<${value.length} bytes>`;
  if (ArrayBuffer.isView(value))
    return Array.from(value as unknown as ArrayLike<number>)
      .slice(0, 256)
      .map((v) => jsonSafe(v));
  if (value instanceof Error) return value.message;
  if (depth > 8) return null;
  if (Array.isArray(value)) return value.slice(0, 256).map((v) => jsonSafe(v, depth + 1));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, jsonSafe(v, depth + 1)]));
  }
  return String(value);
}

export interface ExifRead {
  ifd0: Record<string, unknown>;
  exif: Record<string, unknown>;
  gps: Record<string, unknown>;
  jfif?: Record<string, unknown>;
  ihdr?: Record<string, unknown>;
  /** XMP namespaces (exifr puts each at the top level when output is not merged). */
  xmp: Record<string, unknown>;
  errors: string[];
  tiff: { view: TiffView; gpsOffset: number | undefined; littleEndian: boolean } | null;
}

export async function readExif(source: string | Uint8Array): Promise<ExifRead> {
  const instance = new library.Exifr(OPTIONS);
  let output: Record<string, unknown>;
  try {
    await instance.read(source);
    output = (await instance.parse()) ?? {};
  } finally {
    // exifr closes its file handle when parsing ends normally; make sure it does when it throws too.
    await instance.file?.close?.();
  }
  const xmp: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(output)) if (!SEGMENTS.has(key)) xmp[key] = value;
  const tiff = instance.parsers.tiff;
  const view = tiff?.chunk;
  return {
    ifd0: (output.ifd0 as Record<string, unknown>) ?? {},
    exif: (output.exif as Record<string, unknown>) ?? {},
    gps: (output.gps as Record<string, unknown>) ?? {},
    jfif: output.jfif as Record<string, unknown> | undefined,
    ihdr: output.ihdr as Record<string, unknown> | undefined,
    xmp,
    errors: ((output.errors as unknown[]) ?? []).map((e) => (e instanceof Error ? e.message : String(e))),
    tiff: view ? { view, gpsOffset: tiff.gpsOffset, littleEndian: Boolean(tiff.le ?? view.le) } : null,
  };
}

/** exifr's own names for tag numbers in a block (`exif`, `gps`, `ifd1` …): 0x9003 in `exif` → DateTimeOriginal. */
export function tagName(block: string, tag: number): string {
  return library.tagKeys.get(block)?.get(tag) ?? `0x${tag.toString(16).padStart(4, '0')}`;
}

/** exifr's own names for GPS tag numbers (2 → GPSLatitude …). */
export const gpsTagName = (tag: number): string => tagName('gps', tag);
