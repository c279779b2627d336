// Shared helpers for the browser-history parsers: SQLite detection from the head, JSON-safe column values and
// the epoch conversions of FORMATS.md §3.4, always in bigint µs so no 64-bit time passes through `number`.
import {
  DETECT,
  ParseError,
  isoFromMicros,
  type ArtifactTime,
  type ParserInput,
  type ParserOutput,
  type ParseTools,
  type Probe,
  type SqliteFile,
} from '@tamga/core';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export function hasSqliteMagic(head: Uint8Array): boolean {
  if (head.length < SQLITE_MAGIC.length) return false;
  for (let i = 0; i < SQLITE_MAGIC.length; i++) if (head[i] !== SQLITE_MAGIC.charCodeAt(i)) return false;
  return true;
}

/** Whether the schema text in the head (sqlite_master usually sits on page 1) creates this table. */
function createsTable(text: string, table: string): boolean {
  return new RegExp(`CREATE TABLE\\s+(?:IF NOT EXISTS\\s+)?["'\`\\[]?${table}["'\`\\]]?\\s*\\(`, 'i').test(text);
}

/**
 * CERTAIN when the SQLite magic is there and every one of `tables` is created in the schema text of the head;
 * LIKELY when the magic is there and the file name fits (the schema may lie past the first 64 KiB); NO otherwise.
 */
export function detectSqlite(probe: Probe, tables: readonly string[], name: RegExp): number {
  if (!hasSqliteMagic(probe.head)) return DETECT.NO;
  const text = Buffer.from(probe.head.buffer, probe.head.byteOffset, probe.head.byteLength).toString('latin1');
  if (tables.every((table) => createsTable(text, table))) return DETECT.CERTAIN;
  return name.test(probe.name) ? DETECT.LIKELY : DETECT.NO;
}

/**
 * Opens the database on a private copy, with its write-ahead log when one was taken in beside it (`History-wal`):
 * browsers keep their newest rows there until a checkpoint, so without it the latest history is missing
 * (FORMATS.md §3). A log SQLite cannot use is left out, and the reviewer told either way.
 */
export async function openBrowserDatabase(input: ParserInput, out: ParserOutput, tools: ParseTools, kind: string): Promise<SqliteFile> {
  const path = await input.localPath();
  const wal = await input.companion('-wal');
  if (wal) {
    try {
      const db = await tools.sqlite.open(path, { wal: wal.path });
      out.warn(`read together with its write-ahead log ${wal.exhibitNumber}: rows committed there but not yet in this file are included`, {
        code: 'browser.wal_applied',
        params: { log: wal.exhibitNumber },
      });
      return db;
    } catch (error) {
      out.warn(`its write-ahead log ${wal.exhibitNumber} could not be applied (${(error as Error).message}); read without it`, {
        code: 'browser.wal_not_applied',
        params: { log: wal.exhibitNumber, error: (error as Error).message },
      });
    }
  }
  try {
    return await tools.sqlite.open(path);
  } catch (error) {
    throw new ParseError(`${kind}: ${(error as Error).message}`);
  }
}

/** Throws a ParseError naming what is missing, so a wrong database fails with a clear reason. */
export function requireTables(db: SqliteFile, kind: string, required: readonly string[]): Set<string> {
  const tables = new Set(db.tables());
  const missing = required.filter((table) => !tables.has(table));
  if (missing.length > 0) {
    const found = [...tables].slice(0, 20).join(', ') || 'none';
    throw new ParseError(`not a ${kind} database: missing table(s) ${missing.join(', ')} (tables found: ${found})`);
  }
  return tables;
}

/** An integer column as a JSON-safe value: a number when it fits in 2^53, else its decimal string. */
export function int(value: unknown): number | string | null {
  if (typeof value === 'bigint')
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value === null || value === undefined) return null;
  return jsonValue(value) as number | string | null;
}

export function big(value: unknown): bigint | null {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return BigInt(value.trim());
  return null;
}

export function str(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  return String(value);
}

export function bool(value: unknown): boolean | null {
  const n = int(value);
  return n === null ? null : n !== 0 && n !== '0';
}

/** Any column value made JSON-safe: bigints as decimal strings, blobs as hex. */
export function jsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') return int(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value ?? null;
}

/** Columns of a row not already interpreted, kept raw (FORMATS.md §0: unknown columns are stored raw). */
export function otherColumns(row: Record<string, unknown>, known: ReadonlySet<string>): Record<string, unknown> | undefined {
  const other: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) if (!known.has(column)) other[column] = jsonValue(value);
  return Object.keys(other).length > 0 ? other : undefined;
}

export const WEBKIT_EPOCH_OFFSET_US = 11_644_473_600_000_000n;
export const COCOA_EPOCH_OFFSET_US = 978_307_200_000_000n;

/** A UTC instant, or null when the value lies outside what a date can hold (a corrupt row). */
function utcTime(micros: bigint, raw: string): ArtifactTime | null {
  try {
    return { utc: isoFromMicros(micros), zone: 'UTC', raw };
  } catch {
    return null;
  }
}

/** WebKit/Chromium: µs since 1601-01-01 UTC; 0 means unset. */
export function webkitTime(value: unknown): ArtifactTime | null {
  const t = big(value);
  return t === null || t === 0n ? null : utcTime(t - WEBKIT_EPOCH_OFFSET_US, t.toString());
}

export function unixSecondsTime(value: unknown): ArtifactTime | null {
  const t = big(value);
  return t === null || t === 0n ? null : utcTime(t * 1_000_000n, t.toString());
}

/** PRTime (Firefox): µs since 1970 UTC, already Unix µs. */
export function prTime(value: unknown): ArtifactTime | null {
  const t = big(value);
  return t === null || t === 0n ? null : utcTime(t, t.toString());
}

/** Cocoa (Safari): seconds as a double since 2001-01-01 UTC; Math.round(t·1e6) is exact while t·1e6 < 2^53. */
export function cocoaTime(value: unknown): ArtifactTime | null {
  const t = typeof value === 'bigint' ? Number(value) : typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(t) || Math.abs(t * 1e6) > Number.MAX_SAFE_INTEGER) return null;
  return utcTime(BigInt(Math.round(t * 1e6)) + COCOA_EPOCH_OFFSET_US, String(value));
}

/** Quotes an identifier taken from the database's own schema, for queries built from introspected columns. */
export function quoteId(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Drops undefined entries, so optional columns a schema lacks do not appear as keys. */
export function compact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
