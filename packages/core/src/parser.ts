// The parser contract: how a format module recognises an item and turns its bytes into artefacts and child
// items. Parsers live in @tamga/parsers; the processing use case runs them.
import type { ArtifactDraft, Locator } from './artifact';
import type { FileTimes } from './evidence-item';

/** What detection sees: the first bytes (up to 64 KiB), the name and the size. */
export interface Probe {
  head: Uint8Array;
  name: string;
  size: number;
}

/**
 * Detection scores: content decides before the name does.
 * CERTAIN — magic bytes and structure; LIKELY — content looks right; NAME_ONLY — only the extension fits.
 */
export const DETECT = { NO: 0, FALLBACK: 1, NAME_ONLY: 10, LIKELY: 50, CERTAIN: 100 } as const;

export interface ParserItem {
  id: string;
  caseId: string;
  name: string;
  originalPath: string;
  size: number;
  sha256: string;
  /** The case's time zone: naive local times in the source are read in it (and marked derived). */
  caseTimeZone: string;
  /**
   * The case's trusted mail hosts in stored form (mail-hosts.ts): an e-mail's origin is found past them. Read only
   * by parsers that name `trustedMailHosts` in their `caseSettings`.
   */
  trustedMailHosts: readonly string[];
  /** 0 for an item taken in directly, 1 for a member of it, and so on. */
  depth: number;
  /** What an investigator chose for this item, of the choices the parser names in its `readingChoices`. */
  reading: ReadingChoices;
}

/**
 * How one item is to be read where its bytes leave it open, as an investigator chose (FORMATS.md §2.4: a WhatsApp chat
 * whose dates never show whether the day or the month comes first). A choice left out is the parser's own rule.
 */
export interface ReadingChoices {
  /** Dates are read day first (true) or month first (false). */
  daysFirst?: boolean;
}

export type ReadingChoice = keyof ReadingChoices;

export interface ParserInput {
  item: ParserItem;
  head: Uint8Array;
  /** Streams the item's bytes, or the range [start, end). */
  read(range?: { start: number; end: number }): AsyncIterable<Uint8Array>;
  /** A read-only path to the bytes on local disk, for formats that need random access (ZIP). */
  localPath(): Promise<string>;
  /** Aborted when the parser runs past its time limit; long loops should check it. */
  signal: AbortSignal;
  /**
   * An item taken in beside this one (same folder, archive or intake) named as this one plus `suffix`, such as
   * `History-wal` beside `History`: SQLite keeps its newest rows in such a journal. Null when there is none, or
   * none that may be read (still being taken in, sequestered, disposed of, under an integrity incident).
   */
  companion(suffix: string): Promise<Companion | null>;
}

export interface Companion {
  path: string;
  exhibitNumber: string;
  sha256: string;
}

/** A file found inside the item (an archive member, an attachment, an export's media file). */
export interface ChildDraft {
  /** The member's path inside the item, '/'-separated, made safe with `safeMemberPath`. */
  path: string;
  content: AsyncIterable<Uint8Array>;
  times?: Partial<FileTimes>;
  /** The size the container declares, checked against the limits before any byte is read. */
  declaredSize?: number;
  /** The compressed size, for the expansion-ratio limit. */
  compressedSize?: number;
  locator: Locator;
  /** Facts about how it was found (encryption method, neutralised path …). */
  notes?: Record<string, unknown>;
}

export interface ParserOutput {
  /** Await it: the pipeline writes in batches and slows the parser down when it falls behind. */
  artifact(draft: ArtifactDraft): Promise<void>;
  /** Stores the bytes as a derived evidence item and queues it for processing. Throws when a limit is passed. */
  child(draft: ChildDraft): Promise<void>;
  /**
   * Something the reviewer should know that did not stop parsing (an encrypted entry, a skipped line): the English
   * sentence, and what kind of warning it is with the values it was built from, so an interface can word it in its
   * reader's language.
   */
  warn(text: string, key?: WarningKey): void;
}

/** Values a warning's or a reason's sentence is built from (names, byte counts, offsets), as an interface words them. */
export type MessageParams = Record<string, string | number>;

/** What kind of warning it is (`zip.crc_mismatch`: the parser's family, then the kind) and the values in it. */
export interface WarningKey {
  code: string;
  params?: MessageParams;
}

/**
 * A warning as it is kept: `text` is the English sentence (the CLI, JSON, reports, and any interface without words
 * for its code); `code` and `params` let an interface say it in its reader's language.
 */
export interface ProcessingWarning {
  text: string;
  code?: string;
  params?: MessageParams;
}

/** A warning built from its English sentence and key. */
export function processingWarning(text: string, key?: WarningKey): ProcessingWarning {
  if (!key) return { text };
  return key.params && Object.keys(key.params).length > 0 ? { text, code: key.code, params: key.params } : { text, code: key.code };
}

/**
 * A warning as stored, read leniently: those recorded before warnings had codes are plain strings, and anything
 * else unexpected keeps what text it has rather than failing the read of the whole state.
 */
export function readWarning(stored: unknown): ProcessingWarning {
  if (typeof stored === 'string') return { text: stored };
  if (typeof stored !== 'object' || stored === null) return { text: String(stored) };
  const { text, code, params } = stored as { text?: unknown; code?: unknown; params?: unknown };
  const warning: ProcessingWarning = { text: typeof text === 'string' ? text : '' };
  if (typeof code === 'string' && code !== '') warning.code = code;
  const values = readParams(params);
  if (warning.code && values) warning.params = values;
  return warning;
}

/** Stored params, keeping only string and finite number values; undefined when none are left. */
export function readParams(stored: unknown): MessageParams | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const entries = Object.entries(stored).filter(
    ([, value]) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
  );
  return entries.length > 0 ? (Object.fromEntries(entries) as MessageParams) : undefined;
}

export interface SqliteRow {
  [column: string]: unknown;
}

/** A SQLite database found in evidence (browser history …), opened read-only on a working copy. */
export interface SqliteFile {
  /** Integer columns come back as bigint when `bigints` is set (WebKit times exceed 2^53). */
  all(sql: string, params?: unknown[], options?: { bigints?: boolean }): SqliteRow[];
  iterate(sql: string, params?: unknown[], options?: { bigints?: boolean }): IterableIterator<SqliteRow>;
  tables(): string[];
  columns(table: string): string[];
  close(): void;
}

export interface SqliteFiles {
  /**
   * Opens a copy of the file, so the evidence is never touched and journals never land in the store; with `wal`,
   * a copy of its write-ahead log beside it, whose committed rows SQLite then reads as part of the database.
   */
  open(path: string, options?: { wal?: string }): Promise<SqliteFile>;
}

export interface ProcessingLimits {
  /** Containers inside containers deeper than this are not opened. */
  maxDepth: number;
  /** Members one container may yield. */
  maxEntries: number;
  /** Bytes one member may expand to. */
  maxEntryBytes: number;
  /** Total expanded bytes ÷ container size. */
  maxExpansionRatio: number;
  /** Per member: expanded ÷ compressed. */
  maxEntryRatio: number;
  /** A parser still running after this is stopped and the item marked failed. */
  timeLimitMs: number;
}

export const DEFAULT_LIMITS: ProcessingLimits = {
  maxDepth: 8,
  maxEntries: 100_000,
  maxEntryBytes: 8 * 1024 ** 3,
  maxExpansionRatio: 200,
  maxEntryRatio: 1000,
  timeLimitMs: 30 * 60_000,
};

export interface ParseTools {
  sqlite: SqliteFiles;
  limits: ProcessingLimits;
}

export interface Parser {
  /** Stable id, e.g. `telegram.json`; recorded with every artefact. */
  id: string;
  /** Bumped whenever the output changes, so `tamga reprocess` knows what is stale. */
  version: string;
  description: string;
  /** A DETECT score; the registry picks the highest, content before extension. */
  detect(probe: Probe): number;
  parse(input: ParserInput, out: ParserOutput, tools: ParseTools): Promise<void>;
  /**
   * Suffixes of the companions it reads (`ParserInput.companion`): when one is taken in after the item it belongs
   * to was read, that item is read again.
   */
  companions?: readonly string[];
  /**
   * The case settings it reads that can change after the case is opened: an item it read counts as outdated once
   * they change (ItemProcessing.caseSettings), as after a new version.
   */
  caseSettings?: readonly CaseSetting[];
  /** The choices an investigator may make about how it reads an item (ReadingChoices). */
  readingChoices?: readonly ReadingChoice[];
  /**
   * Where the artefact it emitted with `locator` lies in the item's bytes, when the locator names no byte range (a
   * database's table and row): null when it is not in the item's own bytes (a row committed only in a write-ahead
   * log). So a reviewer sees the exact bytes of such an artefact too.
   */
  locate?(locator: Locator, bytes: RandomAccessBytes): Promise<{ offset: number; length: number } | null>;
  /**
   * The bytes a locator names inside a member of the item that is stored compressed (a chat inside a ZIP export):
   * the member inflated as far as the range's end and no further, exactly `locator.length` bytes from
   * `locator.offset` of the member. Null when the item has no such member or it cannot be inflated (encrypted, an
   * unknown method, shorter than the range) or the range is longer than MAX_MEMBER_RANGE_BYTES. So a reviewer sees the
   * exact bytes of such an artefact too.
   */
  readMember?(locator: Locator, item: MemberSource): Promise<Uint8Array | null>;
}

/** The most a member range may hold (Parser.readMember): a message or a record, never a member's whole content in memory. */
export const MAX_MEMBER_RANGE_BYTES = 64 * 1024 * 1024;

/** An item read for one of its members' bytes (Parser.readMember). */
export interface MemberSource {
  /** A read-only path to the item's bytes on local disk. */
  localPath(): Promise<string>;
  /** Stops the read (a request that has gone, a time limit). */
  signal: AbortSignal;
}

/** An item's bytes, read at any offset: a few pages of a database, never the whole file. */
export interface RandomAccessBytes {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Case settings a parser may read (the time zone is one too, but it never changes). */
export type CaseSetting = 'trustedMailHosts';

/** Thrown by a parser when the bytes are not what they claimed to be: the item fails with this reason. */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly locator?: Locator,
  ) {
    super(message);
    this.name = 'ParseError';
  }
}

/**
 * Which limit was passed: nesting depth, entry count, one entry's size, one entry's expansion ratio, the
 * container's expansion, an entry inflating past the size it declares, or the parser's time.
 */
export type LimitKind = 'depth' | 'entries' | 'entry_size' | 'entry_ratio' | 'expansion' | 'size_mismatch' | 'time';

/**
 * Thrown by the pipeline when a container passes a limit (a bomb): the item fails with this reason. `params` are the
 * values the message gives (the limit, the member, the sizes), kept with the reason so an interface can word it in
 * its reader's language (a `stage` param says whether the container declared it, before any byte was read, or it
 * was found while reading).
 */
export class LimitExceededError extends Error {
  constructor(
    readonly limit: LimitKind,
    message: string,
    readonly params?: MessageParams,
  ) {
    super(message);
    this.name = 'LimitExceededError';
  }
}

/**
 * A member path made safe: backslashes become slashes, drive letters and leading slashes go, `.` and `..`
 * segments are dropped (never resolved upwards), control characters are replaced. `neutralised` says whether
 * anything had to change, so the item can report it.
 */
export function safeMemberPath(raw: string): { path: string; neutralised: boolean } {
  const cleaned = raw
    .replace(/\\/g, '/')
    .replace(/^[a-zA-Z]:/, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f]/g, '_');
  const segments = cleaned.split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  const path = segments.join('/') || '_';
  return { path, neutralised: path !== raw.replace(/\/$/, '') };
}

/** Every parser that claims the probe, best first: highest score, ties to the one listed first. */
export function rankParsers(parsers: readonly Parser[], probe: Probe): Array<{ parser: Parser; score: number }> {
  return parsers
    .map((parser, index) => ({ parser, score: parser.detect(probe), index }))
    .filter((c) => c.score > DETECT.NO)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ parser, score }) => ({ parser, score }));
}

/** The registry's choice: the parser with the highest score; ties go to the one listed first. */
export function pickParser(parsers: readonly Parser[], probe: Probe): Parser | undefined {
  return rankParsers(parsers, probe)[0]?.parser;
}
