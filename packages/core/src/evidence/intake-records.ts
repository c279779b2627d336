// What every intake shares: its checks (membership, case state, authorisation), the acquisition record, and
// recording an item with its custody event in the caller's transaction.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Measure } from '../authorization';
import { assertAuthorizedIn } from '../authorizations/assert-authorized';
import type { BlobProgress, Digests } from '../blob-store';
import type { Deps } from '../deps';
import { isTamgaError, TamgaError } from '../errors';
import {
  acquisitionFingerprint,
  INITIAL_CUSTODY,
  topExhibitNumber,
  type AcquisitionRecord,
  type EvidenceItem,
  type EvidenceKind,
  type FileTimes,
  type Sequestration,
} from '../evidence-item';
import type { Tx } from '../ports';
import { actorEvent, recordEvent } from '../record-event';
import { openIncidentIn } from './incidents';
import { enqueueProcessing } from '../processing/process-job';

export type AcquisitionInput = Partial<Omit<AcquisitionRecord, 'performedBy' | 'startedAt' | 'endedAt' | 'verification'>>;

export interface IngestProps {
  path: string;
  acquisition?: AcquisitionInput;
  /** The measure the intake relies on: SEARCH_SEIZURE for seized media, PRODUCTION for a provider's production. */
  measure?: Measure;
  authorizationId?: string;
  exhibitNumber?: string;
  production?: boolean;
  /**
   * For bytes that arrived another way (an upload): the path, name and file times to record instead of the
   * server's temporary file's, whose times say only when the upload arrived. The times are the file's own as its
   * sender read them (a browser knows only the modification time); those it did not give are unknown.
   */
  recordAs?: { originalPath: string; name: string; times?: Partial<FileTimes> };
  /**
   * Minimisation at intake (G9): for each file with bytes (by its path in the folder, or its name when a single
   * file), the sequestration to record with it, or null. Decided before the item exists, so no job ever sees
   * a sequestered file as processable.
   */
  sequester?: (path: string) => Omit<Sequestration, 'at' | 'by' | 'decidedAt' | 'decidedBy' | 'note'> | null;
}

export interface IngestProgress {
  path: string;
  bytesDone: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
}

export interface IngestResult {
  root: EvidenceItem;
  /** Every file item of this intake, including ones an earlier interrupted run had completed. */
  files: EvidenceItem[];
  /** Files that were already recorded and were not read again. */
  alreadyPresent: number;
}

export interface Plan {
  deps: Deps;
  actor: Actor;
  caseId: string;
  props: IngestProps;
  authorizationId: string;
  startedAt: string;
}

/** Membership, an open case and an authorisation covering the intake: at the start, and again before each file. */
export async function checkIntake(tx: Tx, deps: Deps, actor: Actor, caseId: string, props: IngestProps): Promise<string> {
  const { record } = await loadCaseFor(tx, actor, caseId, 'contribute');
  if (record.status !== 'open') throw new TamgaError('CASE_NOT_OPEN');
  const authorization = await assertAuthorizedIn(tx, deps, actor, caseId, {
    measure: props.measure ?? (props.production ? 'PRODUCTION' : 'SEARCH_SEIZURE'),
    target: props.exhibitNumber ? { exhibits: [props.exhibitNumber] } : {},
    ...(props.authorizationId ? { authorizationId: props.authorizationId } : {}),
  });
  return authorization.id;
}

export async function precheck(deps: Deps, actor: Actor, caseId: string, props: IngestProps): Promise<string> {
  requirePermission(actor, 'evidence.ingest');
  return deps.store.transaction((tx) => checkIntake(tx, deps, actor, caseId, props));
}

function acquisitionRecord(plan: Plan, digests: Digests | null, endedAt: string): AcquisitionRecord {
  const input = plan.props.acquisition ?? {};
  const sourceHashes = input.sourceHashes ?? [];
  const ours: Record<string, string | undefined> = { MD5: digests?.md5, SHA1: digests?.sha1, SHA256: digests?.sha256 };
  const compared = sourceHashes.filter((h) => ours[h.algorithm] !== undefined);
  const matches = compared.every((h) => h.value.toLowerCase() === ours[h.algorithm]);
  return {
    performedBy: { userId: plan.actor.userId, name: plan.actor.username, role: plan.actor.role === 'examiner' ? 'DES' : plan.actor.role },
    startedAt: plan.startedAt,
    endedAt,
    location: input.location ?? null,
    setting: input.setting ?? null,
    sourceDevice: input.sourceDevice ?? null,
    method: input.method ?? (plan.props.production ? 'PROVIDER_PRODUCTION' : 'SELECTIVE'),
    tool: input.tool ?? { name: 'Tamga', version: plan.deps.settings.version },
    writeBlocker: input.writeBlocker ?? null,
    sourceHashes,
    verification:
      compared.length > 0
        ? { method: 'RE_HASH', result: matches ? 'MATCH' : 'MISMATCH', at: endedAt, by: plan.actor.username }
        : { method: 'N_A', result: 'N_A', at: endedAt, by: plan.actor.username },
    notes: input.notes ?? '',
    production: input.production ?? null,
  };
}

export function newItem(
  plan: Plan,
  fields: {
    id: string;
    exhibitNumber: string;
    rootExhibitNumber: string;
    parentId: string | null;
    kind: EvidenceKind;
    path: string;
    name: string;
  },
  digests: Digests | null,
  times: FileTimes,
  status: EvidenceItem['status'],
): EvidenceItem {
  const now = plan.deps.clock.now().toISOString();
  const sequestered = digests && plan.props.sequester?.(fields.parentId ? fields.path : fields.name);
  return {
    ...(sequestered
      ? { sequestration: { ...sequestered, at: now, by: plan.actor.userId, decidedAt: null, decidedBy: null, note: null } }
      : {}),
    ...fields,
    caseId: plan.caseId,
    originalPath: fields.path,
    status,
    digests,
    fileTimes: times,
    acquisition: acquisitionRecord(plan, digests, now),
    authorizationId: plan.authorizationId,
    custody: { ...INITIAL_CUSTODY, holderId: plan.actor.userId, location: plan.props.acquisition?.location ?? null },
    createdAt: now,
    createdBy: plan.actor.userId,
  };
}

/** Records an item whose bytes are already in the store, unless a parallel run recorded it first. */
export async function recordItem(tx: Tx, plan: Plan, item: EvidenceItem): Promise<EvidenceItem> {
  const existing = await tx.evidence.byPath(plan.caseId, item.parentId, item.originalPath);
  if (existing) return existing;
  await tx.evidence.insert(item);
  const action = plan.props.production ? 'evidence.received' : 'evidence.acquired';
  await recordEvent(
    tx,
    plan.deps,
    actorEvent(plan.actor, item.kind === 'folder' ? 'evidence.folder_opened' : action, {
      caseId: plan.caseId,
      targetType: 'evidence',
      targetId: item.id,
      authorizationId: plan.authorizationId,
      details: acquisitionFingerprint(item),
    }),
  );
  if (item.sequestration) {
    await recordEvent(
      tx,
      plan.deps,
      actorEvent(plan.actor, 'evidence.sequestered', {
        caseId: plan.caseId,
        targetType: 'evidence',
        targetId: item.id,
        authorizationId: plan.authorizationId,
        justification: item.sequestration.reason,
        details: { exhibitNumber: item.exhibitNumber, requestId: item.sequestration.requestId, sha256: item.digests?.sha256 ?? null },
      }),
    );
  }
  if (item.acquisition.verification.result === 'MISMATCH' && item.digests) {
    await openIncidentIn(tx, plan.deps, plan.actor, item, {
      found: item.digests.sha256,
      context: 'the digests computed at intake differ from those stated by the source',
    });
  }
  return (await tx.evidence.byId(plan.caseId, item.id)) as EvidenceItem;
}

async function nextTopExhibit(tx: Tx, plan: Plan): Promise<string> {
  if (plan.props.exhibitNumber) {
    const taken = (await tx.evidence.listForCase(plan.caseId, { parentId: null })).some(
      (i) => i.exhibitNumber === plan.props.exhibitNumber,
    );
    if (taken) throw new TamgaError('EXHIBIT_NUMBER_TAKEN');
    return plan.props.exhibitNumber;
  }
  const existing = new Set((await tx.evidence.listForCase(plan.caseId, { parentId: null })).map((i) => i.exhibitNumber));
  let n = (await tx.evidence.countChildren(plan.caseId, null)) + 1;
  while (existing.has(topExhibitNumber(n))) n++;
  return topExhibitNumber(n);
}

/** A top-level item takes the next free exhibit number (or the one asked for) in the same transaction. */
export function recordTopItem(
  plan: Plan,
  fields: { kind: EvidenceKind; path: string; name: string },
  digests: Digests | null,
  times: FileTimes,
  status: EvidenceItem['status'],
): Promise<EvidenceItem> {
  return plan.deps.store.transaction(async (tx) => {
    const exhibitNumber = await nextTopExhibit(tx, plan);
    const identity = { id: plan.deps.random.id(), exhibitNumber, rootExhibitNumber: exhibitNumber, parentId: null, ...fields };
    return recordItem(tx, plan, newItem(plan, identity, digests, times, status));
  });
}

/**
 * Processing starts by itself once an item is recorded. Queueing happens after the commit, so a crash in
 * between leaves an item unqueued, never a job without an item; `tamga process` queues whatever was missed.
 */
export async function queueProcessing(deps: Deps, item: EvidenceItem): Promise<void> {
  await enqueueProcessing(deps.jobs, { caseId: item.caseId, itemId: item.id }, item.digests?.size);
}

export async function putBlob(
  put: (path: string, onProgress: (progress: BlobProgress) => void) => Promise<Digests>,
  path: string,
  onBytes: (bytes: number) => void,
): Promise<Digests> {
  try {
    return await put(path, (p) => onBytes(p.bytes));
  } catch (error) {
    if (isTamgaError(error)) throw error;
    throw new TamgaError('INGEST_FAILED', `Could not take in ${path}: ${(error as Error).message}`);
  }
}
