// The processing state of one evidence item: which parser read it, with what result.

import type { Case } from './case';
import { canonicalJson } from './canonical-json';
import type { EvidenceItem } from './evidence-item';
import type { CaseSetting, LimitKind, MessageParams, Parser, ProcessingWarning, ReadingChoices } from './parser';

export type ProcessingStatus = 'queued' | 'running' | 'done' | 'failed' | 'skipped';

/**
 * Why an item failed or was skipped, as a code an interface words in its reader's language; `reason` keeps the
 * full account (names, sizes, limits) as the ledger records it.
 */
export type ReasonCode =
  | `limit_${LimitKind}`
  | 'unreadable'
  | 'parser_error'
  | 'repeated_key'
  | 'no_parser'
  | 'no_bytes'
  | 'still_ingesting'
  | 'disposed'
  | 'sequestered'
  | 'incident'
  /** Its job used its last attempt without an outcome (the store failing, its bytes unreadable). */
  | 'attempts_exhausted';

export interface ItemProcessing {
  itemId: string;
  caseId: string;
  status: ProcessingStatus;
  parserId: string | null;
  parserVersion: string | null;
  /** Attempts so far, including the running one. */
  attempts: number;
  artifacts: number;
  children: number;
  warnings: ProcessingWarning[];
  /** Why it failed or was skipped, in words a reviewer understands. */
  reason: string | null;
  reasonCode: ReasonCode | null;
  /** The values `reason` gives (a passed limit's figures and member), for an interface to word it; null when none. */
  reasonParams: MessageParams | null;
  /** SHA-256 over the artefacts in emission order: equal digests mean byte-for-byte equal output. */
  outputSha256: string | null;
  /** The case settings the parser read (settingsRead), or null when it reads none. */
  caseSettings: string | null;
  /** What an investigator chose about how this item is read (chooseReading); kept for every later run. */
  reading: ReadingChoices;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
}

/** What a list of exhibits shows of each one's processing: the warnings counted, not listed. */
export interface ProcessingBrief {
  status: ProcessingStatus;
  parserId: string | null;
  parserVersion: string | null;
  artifacts: number;
  children: number;
  warnings: number;
  reason: string | null;
  reasonCode: ReasonCode | null;
  reasonParams: MessageParams | null;
}

/** As many failed, and skipped, derived items as an exhibit's page names (the case's summary lists them all). */
export const DERIVED_SHOWN = 10;

/** A derived item that failed or was skipped, as an exhibit's page names it. */
export interface DerivedOutcome {
  itemId: string;
  exhibitNumber: string;
  /** Its path inside the container it came from (a member's name, as the archive gave it). */
  originalPath: string;
  reason: string | null;
  reasonCode: ReasonCode | null;
  reasonParams: MessageParams | null;
}

/**
 * How the items derived from an exhibit stand: its children, theirs and so on, folders left out (they are not
 * processed; their files are). `pending` counts those whose processing has not started.
 */
export interface DerivedProcessing {
  items: number;
  counts: Record<ProcessingStatus | 'pending', number>;
  /** The first few that failed and that were skipped (DERIVED_SHOWN each), in the order they were found. */
  failed: DerivedOutcome[];
  skipped: DerivedOutcome[];
}

/**
 * What a list of exhibits says of the items derived from one when any of them failed or was skipped (at any depth,
 * folders left out): how many of how many, so a container done whose members failed does not look all done.
 */
export interface DerivedBrief {
  items: number;
  failed: number;
  skipped: number;
}

export function noDerivedItems(): DerivedProcessing {
  return { items: 0, counts: { pending: 0, queued: 0, running: 0, done: 0, failed: 0, skipped: 0 }, failed: [], skipped: [] };
}

export function processingBrief(state: ItemProcessing): ProcessingBrief {
  const { status, parserId, parserVersion, artifacts, children, warnings, reason, reasonCode, reasonParams } = state;
  return { status, parserId, parserVersion, artifacts, children, warnings: warnings.length, reason, reasonCode, reasonParams };
}

export function newProcessingState(itemId: string, caseId: string, now: string): ItemProcessing {
  return {
    itemId,
    caseId,
    status: 'queued',
    parserId: null,
    parserVersion: null,
    attempts: 0,
    artifacts: 0,
    children: 0,
    warnings: [],
    reason: null,
    reasonCode: null,
    reasonParams: null,
    outputSha256: null,
    caseSettings: null,
    reading: {},
    startedAt: null,
    finishedAt: null,
    updatedAt: now,
  };
}

/** Why an item is not processed at all, or null when it should be. */
export function skipReason(item: EvidenceItem): { reason: string; reasonCode: ReasonCode; reasonParams: null } | null {
  const skip = (reasonCode: ReasonCode, reason: string) => ({ reason, reasonCode, reasonParams: null });
  if (!item.digests) return skip('no_bytes', 'a folder or production has no bytes of its own; its files are processed one by one');
  if (item.status !== 'complete') return skip('still_ingesting', 'the item is still being taken in');
  if (item.custody.disposedAt) return skip('disposed', 'the item has been disposed of');
  if (item.sequestration?.state === 'SEQUESTERED')
    return skip('sequestered', 'sequestered as outside the request’s scope until a supervisor decides');
  if (item.custody.openIncidentId)
    return skip('incident', 'an integrity incident is open on this item; a supervisor must resolve it first');
  return null;
}

export interface ArtifactFilter {
  type?: string;
  /** Any of these types (the timeline's filter); combined with `type` when both are given. */
  types?: string[];
  itemId?: string;
  itemIds?: string[];
  parserId?: string;
  /** Inclusive lower and exclusive upper bound on the UTC time (ISO strings). */
  from?: string;
  to?: string;
  /** Keyset paging: continue after this (at, id) position of the time order. */
  after?: { at: string | null; id: string };
  limit?: number;
}

/**
 * The settings a parser reads, as they are on the case: compared with an earlier run's to see if it is outdated. A
 * list is a set (the trusted mail hosts): put in another order, it reads the same.
 */
export function settingsRead(parser: Pick<Parser, 'caseSettings'>, settings: Pick<Case, CaseSetting>): string | null {
  const names = parser.caseSettings ?? [];
  return names.length === 0 ? null : canonicalJson(Object.fromEntries(names.map((name) => [name, [...settings[name]].sort()])));
}
