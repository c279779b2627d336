// Importing a hash list into a bank: streamed (one line or row at a time, entries written in batches), every
// invalid line reported with its number, and the bank's version bumped only once everything is in. Entries of
// the new version stay invisible to matching until then, so an import that fails part-way changes nothing
// anyone sees, and the next import clears what it left.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Actor } from '../actor';
import { requirePermission } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { SqliteFile } from '../parser';
import { actorEvent, recordEvent } from '../record-event';
import { EMPTY_FILE_HASHES, emptyEntryCounts, type BankEntry, type HashBank, type SignalType } from './hash-bank';
import { readHashList, sniffListFormat, type ListRow } from './hash-list-reader';
import { assertNsrlSchema, readNsrl } from './nsrl-reader';
import { enqueueRematchAll } from './match-item';

export const BANK_IMPORT_FORMATS = ['plain', 'csv', 'nsrl'] as const;
export type BankImportFormat = (typeof BANK_IMPORT_FORMATS)[number];

/** The file to import, however it reached the server (a local path, a finished upload). */
export interface BankImportSource {
  /** File name, for the record. */
  name: string;
  /** The bytes from the start; called again for each pass. */
  read(): AsyncIterable<Uint8Array>;
  /** The same file as a read-only SQLite database (NSRL RDS v3). */
  openSqlite(): Promise<SqliteFile>;
}

export interface BankImportOptions {
  /** Default: detected (SQLite → nsrl; a header or separators → csv; otherwise plain). */
  format?: BankImportFormat;
  /** Forces every hash's type, e.g. pdq for a plain list of 64-hex PDQ hashes (otherwise SHA-256 by length). */
  signal?: SignalType;
}

export interface InvalidLine {
  line: number;
  reason: string;
}

export interface BankImportResult {
  bank: HashBank;
  version: number;
  format: BankImportFormat;
  fileName: string;
  /** SHA-256 of the imported file (plain and CSV lists; NSRL releases are identified by their VERSION table). */
  fileSha256: string | null;
  /** Lines (or NSRL rows) that held hashes or were invalid; comments and blank lines are not counted. */
  rows: number;
  added: number;
  /** Hashes the bank already held (from an earlier version, or repeated in this file). */
  duplicates: number;
  /** Empty-file hashes, which never alert and are not stored (FORMATS.md §8.1). */
  emptyFileHashes: number;
  invalid: number;
  /** The first invalid lines with their reasons; `invalid` counts them all. */
  invalidLines: InvalidLine[];
  bySignal: Record<SignalType, number>;
}

const BATCH = 2000;
const MAX_REPORTED = 1000;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

async function readHead(source: BankImportSource): Promise<Uint8Array> {
  for await (const chunk of source.read()) return chunk.subarray(0, 4096);
  return new Uint8Array(0);
}

async function detectFormat(source: BankImportSource): Promise<BankImportFormat> {
  const head = await readHead(source);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  if (text.startsWith(SQLITE_MAGIC)) return 'nsrl';
  return sniffListFormat(text);
}

/** Hashes the bytes as they pass on to the reader: one pass over the file gives both. */
function hashing(source: AsyncIterable<Uint8Array>, digest: ReturnType<typeof sha256.create>): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      for await (const chunk of source) {
        digest.update(chunk);
        yield chunk;
      }
    },
  };
}

export async function importIntoBank(
  deps: Deps,
  actor: Actor,
  bankId: string,
  source: BankImportSource,
  options: BankImportOptions = {},
): Promise<BankImportResult> {
  requirePermission(actor, 'hashbanks.manage');
  const bank = await deps.store.transaction(async (tx) => {
    const found = await tx.hashBanks.bankById(bankId);
    if (!found) throw new TamgaError('BANK_NOT_FOUND');
    await tx.hashBanks.deleteEntriesAbove(found.id, found.version);
    return found;
  });
  const format = options.format ?? (await detectFormat(source));
  const version = bank.version + 1;
  const digest = format === 'nsrl' ? null : sha256.create();
  const counts = { rows: 0, added: 0, duplicates: 0, emptyFileHashes: 0, invalid: 0, valid: 0 };
  const invalidLines: InvalidLine[] = [];
  const bySignal = emptyEntryCounts();
  let batch: BankEntry[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const entries = batch;
    batch = [];
    const added = await deps.store.transaction((tx) => tx.hashBanks.insertEntries(entries), { durable: false });
    counts.added += added;
    counts.duplicates += entries.length - added;
  };

  let sqlite: SqliteFile | null = null;
  try {
    let rows: Iterable<ListRow> | AsyncIterable<ListRow>;
    if (format === 'nsrl') {
      try {
        sqlite = await source.openSqlite();
        assertNsrlSchema(sqlite);
        rows = readNsrl(sqlite);
      } catch (error) {
        throw new TamgaError('HASH_LIST_FORMAT', `${source.name}: ${(error as Error).message}`);
      }
    } else {
      rows = readHashList(hashing(source.read(), digest!), { format, ...(options.signal ? { signal: options.signal } : {}) });
    }
    for await (const row of rows) {
      counts.rows++;
      if ('invalid' in row) {
        counts.invalid++;
        if (invalidLines.length < MAX_REPORTED) invalidLines.push({ line: row.line, reason: row.invalid });
        continue;
      }
      counts.valid++;
      for (const hash of row.hashes) {
        if (EMPTY_FILE_HASHES.has(hash.value)) {
          counts.emptyFileHashes++;
          continue;
        }
        bySignal[hash.signal]++;
        batch.push({ bankId: bank.id, signal: hash.signal, value: hash.value, label: hash.label?.slice(0, 500) ?? null, version });
        if (batch.length >= BATCH) await flush();
      }
    }
    await flush();
    if (counts.valid === 0) {
      throw counts.invalid > 0
        ? new TamgaError('HASH_LIST_INVALID', undefined, { invalid: counts.invalid, invalidLines: invalidLines.slice(0, 20) })
        : new TamgaError('HASH_LIST_EMPTY');
    }
  } catch (error) {
    // Nothing of this version was ever visible; take it out now rather than at the next import, and say so.
    await deps.store.transaction(async (tx) => {
      await tx.hashBanks.deleteEntriesAbove(bank.id, bank.version);
      await recordEvent(
        tx,
        deps,
        actorEvent(actor, 'bank.import_failed', {
          targetType: 'hash_bank',
          targetId: bank.id,
          details: {
            name: bank.name,
            fileName: source.name,
            format,
            reason: (error as Error).message,
            rows: counts.rows,
            invalid: counts.invalid,
          },
        }),
      );
    });
    throw error;
  } finally {
    sqlite?.close();
  }

  const fileSha256 = digest ? bytesToHex(digest.digest()) : null;
  const updated = await deps.store.transaction(async (tx) => {
    const current = (await tx.hashBanks.bankById(bank.id))!;
    const next: HashBank = {
      ...current,
      version,
      entries: await tx.hashBanks.countEntries(bank.id, version),
      updatedAt: deps.clock.now().toISOString(),
    };
    await tx.hashBanks.updateBank(next);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'bank.imported', {
        targetType: 'hash_bank',
        targetId: bank.id,
        details: {
          name: bank.name,
          version,
          format,
          fileName: source.name,
          fileSha256,
          rows: counts.rows,
          added: counts.added,
          duplicates: counts.duplicates,
          emptyFileHashes: counts.emptyFileHashes,
          invalid: counts.invalid,
          firstInvalidLines: invalidLines.slice(0, 20).map((l) => l.line),
        },
      }),
    );
    return next;
  });
  if (updated.enabled && counts.added > 0) await enqueueRematchAll(deps, `${updated.id}@${version}`);
  return {
    bank: updated,
    version,
    format,
    fileName: source.name,
    fileSha256,
    rows: counts.rows,
    added: counts.added,
    duplicates: counts.duplicates,
    emptyFileHashes: counts.emptyFileHashes,
    invalid: counts.invalid,
    invalidLines,
    bySignal,
  };
}
