// Evidence items (exhibits), their acquisition record (DOMAIN.md §2.2) and custody state (§2.3).
import type { Digests } from './blob-store';

export const ACQUISITION_METHODS = [
  'PHYSICAL',
  'LOGICAL',
  'FILE_SYSTEM',
  'SELECTIVE',
  'LIVE_VOLATILE',
  'MEMORY',
  'CLOUD_REMOTE',
  'OSINT_CAPTURE',
  'PROVIDER_PRODUCTION',
  'UPLOAD',
] as const;
export type AcquisitionMethod = (typeof ACQUISITION_METHODS)[number];

export interface AcquisitionRecord {
  performedBy: { userId: string; name: string; role: string };
  startedAt: string;
  endedAt: string;
  location: string | null;
  setting: 'ON_SITE' | 'LAB' | null;
  sourceDevice: {
    description?: string;
    make?: string;
    model?: string;
    serial?: string;
    imei?: string;
    capacity?: string;
    powerState?: string;
    isolation?: string;
  } | null;
  method: AcquisitionMethod;
  tool: { name: string; version: string; vendor?: string; configuration?: string };
  writeBlocker: string | null;
  /** Digests stated by the source (a tool's log, a provider's certificate), checked against ours. */
  sourceHashes: Array<{ algorithm: 'MD5' | 'SHA1' | 'SHA256'; value: string }>;
  verification: { method: 'RE_HASH' | 'TOOL_VERIFY' | 'N_A'; result: 'MATCH' | 'MISMATCH' | 'N_A'; at: string; by: string };
  notes: string;
  production: {
    provider: string;
    reference: string;
    channel: string;
    receivedAt: string;
    /** The cross-border request the production answers (DOMAIN.md §4.4). */
    requestId?: string;
  } | null;
}

export type EvidenceKind = 'file' | 'folder' | 'production';
export type EvidenceStatus = 'ingesting' | 'complete';

export interface FileTimes {
  modifiedAt: string | null;
  accessedAt: string | null;
  changedAt: string | null;
  bornAt: string | null;
}

/** ISO 8601 in UTC with the file system's full nanosecond precision, which forensic tools compare against. */
export function isoFromNanoseconds(ns: bigint): string | null {
  if (ns <= 0n) return null;
  const ms = ns / 1_000_000n;
  const fraction = (ns % 1_000_000_000n).toString().padStart(9, '0');
  return `${new Date(Number(ms)).toISOString().slice(0, 19)}.${fraction}Z`;
}

/** A file's four times from a `stat` with `bigint: true`. */
export function fileTimesOfStats(stats: { mtimeNs: bigint; atimeNs: bigint; ctimeNs: bigint; birthtimeNs: bigint }): FileTimes {
  return {
    modifiedAt: isoFromNanoseconds(stats.mtimeNs),
    accessedAt: isoFromNanoseconds(stats.atimeNs),
    changedAt: isoFromNanoseconds(stats.ctimeNs),
    bornAt: isoFromNanoseconds(stats.birthtimeNs),
  };
}

/** Times a source knows, the rest unknown (null): an archive member's modification time, a browser's upload. */
export function knownFileTimes(times: Partial<FileTimes> = {}): FileTimes {
  return {
    modifiedAt: times.modifiedAt ?? null,
    accessedAt: times.accessedAt ?? null,
    changedAt: times.changedAt ?? null,
    bornAt: times.bornAt ?? null,
  };
}

export interface CustodyState {
  holderId: string | null;
  location: string | null;
  sealed: boolean;
  sealNumber: string | null;
  checkedOutTo: string | null;
  pendingTransferTo: string | null;
  disposedAt: string | null;
  openIncidentId: string | null;
}

export interface EvidenceItem {
  id: string;
  caseId: string;
  exhibitNumber: string;
  rootExhibitNumber: string;
  parentId: string | null;
  kind: EvidenceKind;
  status: EvidenceStatus;
  /** Where the bytes came from: an absolute path for a top-level item, a path relative to the folder for a child. */
  originalPath: string;
  name: string;
  digests: Digests | null;
  fileTimes: FileTimes;
  acquisition: AcquisitionRecord;
  authorizationId: string;
  custody: CustodyState;
  /** Set on items a parser extracted from another (archive members, attachments): how they were found. */
  derivation?: Derivation | null;
  /** Set on production files outside the request's scope (G9): stored and hashed, not processed until released. */
  sequestration?: Sequestration | null;
  createdAt: string;
  createdBy: string;
}

/**
 * Minimisation (DOMAIN.md §3.4 G9, §5): a file of a production the examiner marked as outside the request's
 * scope. While SEQUESTERED it is neither processed, indexed nor readable; a supervisor releases it (processing
 * then starts) or disposes of it.
 */
export interface Sequestration {
  state: 'SEQUESTERED' | 'RELEASED' | 'DISPOSED';
  requestId: string;
  reason: string;
  at: string;
  by: string;
  decidedAt: string | null;
  decidedBy: string | null;
  note: string | null;
}

export interface Derivation {
  fromItemId: string;
  parserId: string;
  parserVersion: string;
  locator: Record<string, unknown>;
  /** Containers above this item: 1 for a member of an item taken in directly. */
  depth: number;
  notes: Record<string, unknown>;
}

export interface IntegrityIncident {
  id: string;
  caseId: string;
  itemId: string;
  openedAt: string;
  openedBy: string;
  expectedSha256: string;
  foundSha256: string | null;
  context: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolution: string | null;
}

export const INITIAL_CUSTODY: CustodyState = {
  holderId: null,
  location: null,
  sealed: false,
  sealNumber: null,
  checkedOutTo: null,
  pendingTransferTo: null,
  disposedAt: null,
  openIncidentId: null,
};

export function topExhibitNumber(index: number): string {
  return `EXH-${String(index).padStart(3, '0')}`;
}

export function childExhibitNumber(parent: string, index: number): string {
  return `${parent}/${index}`;
}

/** Exhibit numbers in the order they count: part by part, numbers as numbers (EXH-001/2 before EXH-001/10). */
export function compareExhibitNumbers(a: string, b: string): number {
  return EXHIBIT_ORDER.compare(a, b);
}

const EXHIBIT_ORDER = new Intl.Collator('en', { numeric: true });

/** The fields a ledger event records at acquisition, so verify can compare the row with it later. */
export function acquisitionFingerprint(item: EvidenceItem): Record<string, unknown> {
  return {
    exhibitNumber: item.exhibitNumber,
    parentId: item.parentId,
    kind: item.kind,
    originalPath: item.originalPath,
    size: item.digests?.size ?? null,
    md5: item.digests?.md5 ?? null,
    sha1: item.digests?.sha1 ?? null,
    sha256: item.digests?.sha256 ?? null,
  };
}
