// Reads a ZIP archive with yauzl: the central directory as a list of members (safe paths, kinds, sizes, times),
// the archive limits checked before any byte is inflated, and member content counted and checked as it streams.
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { LimitExceededError, ParseError, safeMemberPath, type ParserOutput, type ProcessingLimits } from '@tamga/core';
import { memberTime, type MemberTime } from './zip-times';

export type MemberKind = 'file' | 'directory' | 'symlink';

export interface ZipMember {
  /** 0-based position in the central directory. */
  index: number;
  /** The name as the archive stores it (decoded from CP437 or UTF-8), before it was made safe. */
  rawName: string;
  path: string;
  neutralised: boolean;
  kind: MemberKind;
  encrypted: boolean;
  method: number;
  declaredSize: number;
  compressedSize: number;
  crc32: number;
  localHeaderOffset: number;
  unixMode: number | null;
  /** What the entry said it was, when it holds bytes and is taken for a file instead (a folder, a link). */
  claimed?: MemberKind;
  modified: MemberTime | null;
  comment: string;
  entry: Entry;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;

/** Methods yauzl can inflate: stored and deflated. */
export function canExtract(member: ZipMember): boolean {
  return !member.encrypted && (member.method === 0 || member.method === 8);
}

/** Symlink targets are paths: a "link" holding more is not one. */
export const MAX_SYMLINK_TARGET = 4096;

/**
 * What the entry is. A folder or link that holds bytes (more than a link's target) is taken for a file, with what
 * it claimed kept in `claimed`: its bytes are extracted, where taking its word would hide them.
 */
function kindOf(entry: Entry, rawName: string): { kind: MemberKind; unixMode: number | null; claimed?: MemberKind } {
  const high = entry.externalFileAttributes >>> 16;
  const unixMode = high !== 0 ? high : null;
  // An empty deflate stream is 2 bytes: some writers compress their folder entries.
  const holds = entry.uncompressedSize > 0 || entry.compressedSize > 2;
  if (unixMode !== null && (unixMode & S_IFMT) === S_IFLNK) {
    return entry.uncompressedSize > MAX_SYMLINK_TARGET ? { kind: 'file', unixMode, claimed: 'symlink' } : { kind: 'symlink', unixMode };
  }
  const isDir = /[/\\]$/.test(rawName) || (unixMode !== null && (unixMode & S_IFMT) === S_IFDIR);
  if (isDir) return holds ? { kind: 'file', unixMode, claimed: 'directory' } : { kind: 'directory', unixMode };
  // The MS-DOS directory attribute only counts for an empty entry: some writers set it on files by mistake.
  const dosDir = (entry.externalFileAttributes & 0x10) !== 0 && !holds;
  return { kind: dosDir ? 'directory' : 'file', unixMode };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Bytes inflated from one archive, against the container's expansion budget. */
export class ExpansionBudget {
  declared = 0;
  actual = 0;
  constructor(
    readonly limits: ProcessingLimits,
    readonly containerSize: number,
  ) {}

  /** Like the pipeline: a small container still gets 1 MiB worth of budget, so tiny archives of text pass. */
  get budget(): number {
    return this.limits.maxExpansionRatio * Math.max(this.containerSize, 1024 * 1024);
  }
}

/** Throws LimitExceededError when a member's declared sizes pass a limit; call before reading any member. */
export function checkDeclaredLimits(members: readonly ZipMember[], budget: ExpansionBudget): void {
  const { limits } = budget;
  if (members.length > limits.maxEntries) {
    throw new LimitExceededError(
      'entries',
      `the archive lists ${members.length} entries, over the entry count limit (${limits.maxEntries})`,
      { stage: 'declared', entries: members.length, limit: limits.maxEntries },
    );
  }
  for (const member of members) {
    if (member.kind === 'directory' || !canExtract(member)) continue;
    const name = JSON.stringify(member.rawName);
    if (member.declaredSize > limits.maxEntryBytes) {
      throw new LimitExceededError(
        'entry_size',
        `member ${name} declares ${member.declaredSize} bytes, over the entry size limit (${limits.maxEntryBytes})`,
        { stage: 'declared', member: member.rawName, size: member.declaredSize, limit: limits.maxEntryBytes },
      );
    }
    const ratio = member.declaredSize / Math.max(member.compressedSize, 1);
    if (member.declaredSize > 0 && ratio > limits.maxEntryRatio) {
      throw new LimitExceededError(
        'entry_ratio',
        `member ${name} expands ${Math.round(ratio)}-fold (${member.compressedSize} → ${member.declaredSize} bytes), ` +
          `over the entry ratio limit (${limits.maxEntryRatio}); a compression bomb is likely`,
        { stage: 'declared', member: member.rawName, ratio: Math.round(ratio), limit: limits.maxEntryRatio },
      );
    }
    budget.declared += member.declaredSize;
    if (budget.declared > budget.budget) {
      throw new LimitExceededError(
        'expansion',
        `by member ${name} the archive declares ${budget.declared} bytes, over ${limits.maxExpansionRatio} times its size ` +
          `(expansion ratio limit); a compression bomb is likely`,
        { stage: 'declared', member: member.rawName, size: budget.declared, limit: limits.maxExpansionRatio },
      );
    }
  }
}

export class ZipArchive {
  private constructor(
    private readonly zip: ZipFile,
    readonly entryCount: number,
  ) {}

  static async open(path: string): Promise<ZipArchive> {
    try {
      // decodeStrings: false keeps yauzl from rejecting the whole archive over one unsafe name: names are
      // decoded here and made safe with safeMemberPath, so the traversal attempt is recorded, not fatal.
      const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
      return new ZipArchive(zip, zip.entryCount);
    } catch (error) {
      throw new ParseError(`not a readable ZIP archive: ${describe(error)}`);
    }
  }

  /** The central directory, in order. Throws when it lists more than `maxEntries` (before reading them). */
  async members(caseTimeZone: string, limits: ProcessingLimits, signal: AbortSignal): Promise<ZipMember[]> {
    if (this.entryCount > limits.maxEntries) {
      throw new LimitExceededError(
        'entries',
        `the archive lists ${this.entryCount} entries, over the entry count limit (${limits.maxEntries})`,
        { stage: 'declared', entries: this.entryCount, limit: limits.maxEntries },
      );
    }
    const members: ZipMember[] = [];
    try {
      for await (const entry of this.zip.eachEntry()) {
        signal.throwIfAborted();
        members.push(this.toMember(entry, members.length, caseTimeZone));
      }
    } catch (error) {
      if (signal.aborted) throw error;
      throw new ParseError(`the ZIP central directory is damaged after ${members.length} entries: ${describe(error)}`);
    }
    return members;
  }

  private toMember(entry: Entry, index: number, caseTimeZone: string): ZipMember {
    const rawName = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
    const { path, neutralised } = safeMemberPath(rawName);
    const isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
    return {
      index,
      rawName,
      path,
      neutralised,
      ...kindOf(entry, rawName),
      encrypted: entry.isEncrypted(),
      method: entry.compressionMethod,
      declaredSize: entry.uncompressedSize,
      compressedSize: entry.compressedSize,
      crc32: entry.crc32,
      localHeaderOffset: entry.relativeOffsetOfLocalHeader,
      modified: memberTime(entry, caseTimeZone),
      comment: entry.fileCommentRaw.length ? Buffer.from(entry.fileCommentRaw).toString(isUtf8 ? 'utf8' : 'latin1') : '',
      entry,
    };
  }

  /**
   * The member's bytes. Counts what is really inflated (a member may lie about its size), charges the budget
   * when one is given, checks the CRC at the end (a mismatch is reported through `onCrcMismatch`).
   */
  async *content(
    member: ZipMember,
    options: { limits: ProcessingLimits; signal: AbortSignal; budget?: ExpansionBudget; onCrcMismatch?: ParserOutput['warn'] },
  ): AsyncGenerator<Uint8Array> {
    const { limits, signal, budget } = options;
    const name = JSON.stringify(member.rawName);
    let stream: NodeJS.ReadableStream & { destroy(): void };
    try {
      stream = await this.zip.openReadStreamPromise(member.entry);
    } catch (error) {
      throw new ParseError(`cannot read member ${name}: ${describe(error)}`, { path: member.path, offset: member.localHeaderOffset });
    }
    let bytes = 0;
    let crc = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        signal.throwIfAborted();
        bytes += chunk.length;
        if (bytes > limits.maxEntryBytes) {
          throw new LimitExceededError('entry_size', `member ${name} inflated past the entry size limit (${limits.maxEntryBytes} bytes)`, {
            stage: 'read',
            member: member.rawName,
            limit: limits.maxEntryBytes,
          });
        }
        if (budget) {
          budget.actual += chunk.length;
          if (budget.actual > budget.budget) {
            throw new LimitExceededError(
              'expansion',
              `member ${name} inflated the archive past ${limits.maxExpansionRatio} times its size (expansion ratio limit); a compression bomb is likely`,
              { stage: 'read', member: member.rawName, limit: limits.maxExpansionRatio },
            );
          }
        }
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof LimitExceededError || signal.aborted) throw error;
      const message = describe(error);
      if (/too many bytes/.test(message)) {
        throw new LimitExceededError(
          'size_mismatch',
          `member ${name} inflates to more than the ${member.declaredSize} bytes it declares: the archive lies about its size (${message})`,
          { member: member.rawName, size: member.declaredSize },
        );
      }
      throw new ParseError(`member ${name} is damaged after ${bytes} bytes: ${message}`, {
        path: member.path,
        offset: member.localHeaderOffset,
      });
    } finally {
      stream.destroy();
    }
    if (crc >>> 0 !== member.crc32 >>> 0) {
      const found = (crc >>> 0).toString(16).padStart(8, '0');
      const declared = member.crc32.toString(16).padStart(8, '0');
      options.onCrcMismatch?.(`member ${name}: CRC-32 ${found} does not match the declared ${declared}; its bytes are damaged`, {
        code: 'zip.crc_mismatch',
        params: { member: member.rawName, found, declared },
      });
    }
  }

  close(): void {
    this.zip.close();
  }
}
