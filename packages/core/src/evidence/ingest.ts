// Intake of a file, a folder or a provider production from a path: hash while storing, then record the
// item and its acquisition in one transaction. Re-running an interrupted intake completes it without duplicates.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Measure } from '../authorization';
import { assertAuthorizedIn } from '../authorizations/assert-authorized';
import type { BlobProgress, Digests } from '../blob-store';
import type { Deps } from '../deps';
import { isTamgaError, TamgaError } from '../errors';
import {
  acquisitionFingerprint,
  childExhibitNumber,
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
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A folder's files are made durable in groups: their blobs synced together, then their records and custody
 * events in one commit, so ten thousand small files pay for forty syncs rather than thirty thousand.
 */
const GROUP_FILES = 256;
const GROUP_BYTES = 64 * 1024 * 1024;
const PARALLEL_FILES = 4;

interface Entry {
  path: string;
  relativePath: string;
  size: number;
  times: FileTimes;
}

/** One digest over the folder's sorted "path<TAB>sha256" lines: the folder's content in one value. */
export function manifestHash(files: EvidenceItem[]): string {
  const lines = files.map((f) => `${f.originalPath}\t${f.digests?.sha256 ?? ''}`).sort();
  return bytesToHex(sha256(utf8ToBytes(lines.join('\n'))));
}

export type AcquisitionInput = Partial<Omit<AcquisitionRecord, 'performedBy' | 'startedAt' | 'endedAt' | 'verification'>>;

export interface IngestProps {
  path: string;
  acquisition?: AcquisitionInput;
  /** The measure the intake relies on: SEARCH_SEIZURE for seized media, PRODUCTION for a provider's production. */
  measure?: Measure;
  authorizationId?: string;
  exhibitNumber?: string;
  production?: boolean;
  /** For bytes that arrived another way (an upload): the path and name to record instead of the server's temp file. */
  recordAs?: { originalPath: string; name: string };
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

interface Plan {
  deps: Deps;
  actor: Actor;
  caseId: string;
  props: IngestProps;
  authorizationId: string;
  startedAt: string;
}

/** Membership, an open case and an authorisation covering the intake: at the start, and again before each file. */
async function checkIntake(tx: Tx, deps: Deps, actor: Actor, caseId: string, props: IngestProps): Promise<string> {
  const { record } = await loadCaseFor(tx, actor, caseId, 'contribute');
  if (record.status !== 'open') throw new TamgaError('CASE_NOT_OPEN');
  const authorization = await assertAuthorizedIn(tx, deps, actor, caseId, {
    measure: props.measure ?? (props.production ? 'PRODUCTION' : 'SEARCH_SEIZURE'),
    target: props.exhibitNumber ? { exhibits: [props.exhibitNumber] } : {},
    ...(props.authorizationId ? { authorizationId: props.authorizationId } : {}),
  });
  return authorization.id;
}

async function precheck(deps: Deps, actor: Actor, caseId: string, props: IngestProps): Promise<string> {
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

function newItem(
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
async function recordItem(tx: Tx, plan: Plan, item: EvidenceItem): Promise<EvidenceItem> {
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
function recordTopItem(
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
async function queueProcessing(deps: Deps, item: EvidenceItem): Promise<void> {
  await enqueueProcessing(deps.jobs, { caseId: item.caseId, itemId: item.id });
}

async function putBlob(
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

/**
 * Runs fn over items in order, at most `limit` at a time, and gives the outcomes in the items' order; after a
 * failure no further item is started (those left have no outcome), so every item before the first failure has one.
 */
async function settleLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  let stopped = false;
  const lane = async () => {
    while (next < items.length && !stopped) {
      const at = next++;
      try {
        results[at] = { status: 'fulfilled', value: await fn(items[at]!) };
      } catch (reason) {
        results[at] = { status: 'rejected', reason };
        stopped = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

export async function ingestPath(
  deps: Deps,
  actor: Actor,
  caseId: string,
  props: IngestProps,
  onProgress: (progress: IngestProgress) => void = () => {},
): Promise<IngestResult> {
  const authorizationId = await precheck(deps, actor, caseId, props);
  const plan: Plan = { deps, actor, caseId, props, authorizationId, startedAt: deps.clock.now().toISOString() };
  const source = await deps.files.stat(props.path).catch(() => {
    throw new TamgaError('INGEST_SOURCE_INVALID', `Cannot read ${props.path}`);
  });
  const name = props.recordAs?.name ?? props.path.split(/[\\/]/).filter(Boolean).pop() ?? props.path;
  const recordedPath = props.recordAs?.originalPath ?? props.path;
  const kind: EvidenceKind = props.production ? 'production' : 'file';

  if (source.kind === 'file') {
    const existing = await deps.store.transaction((tx) => tx.evidence.byPath(caseId, null, recordedPath));
    if (existing?.status === 'complete') return { root: existing, files: [existing], alreadyPresent: 1 };
    const digests = await putBlob(
      (path, onBytes) => deps.blobs.putFile(path, onBytes),
      props.path,
      (bytes) => onProgress({ path: props.path, bytesDone: bytes, bytesTotal: source.size, filesDone: 0, filesTotal: 1 }),
    );
    const item = await recordTopItem(plan, { kind, path: recordedPath, name }, digests, source.times, 'complete');
    await queueProcessing(deps, item);
    onProgress({ path: props.path, bytesDone: source.size, bytesTotal: source.size, filesDone: 1, filesTotal: 1 });
    return { root: item, files: [item], alreadyPresent: 0 };
  }
  if (source.kind !== 'directory') throw new TamgaError('INGEST_SOURCE_INVALID', `${props.path} is neither a file nor a folder`);
  return ingestFolder(plan, name, source.times, kind === 'production' ? 'production' : 'folder', onProgress);
}

async function ingestFolder(
  plan: Plan,
  name: string,
  times: FileTimes,
  kind: EvidenceKind,
  onProgress: (progress: IngestProgress) => void,
): Promise<IngestResult> {
  const { deps, caseId, props } = plan;
  let root = await deps.store.transaction((tx) => tx.evidence.byPath(caseId, null, props.path));
  if (!root) {
    root = await recordTopItem(plan, { kind, path: props.path, name }, null, times, 'ingesting');
  }
  if (root.status === 'complete') {
    // A completed folder is sealed by its manifest in the ledger: files that appeared since are a new intake.
    const completed = root;
    const files = await deps.store.transaction((tx) => tx.evidence.listForCase(caseId, { parentId: completed.id }));
    return { root: completed, files, alreadyPresent: files.length };
  }
  const folder = root;
  const entries: Entry[] = [];
  for await (const entry of deps.files.walk(props.path)) entries.push(entry);
  const bytesTotal = entries.reduce((sum, e) => sum + e.size, 0);
  const known = new Map(
    (await deps.store.transaction((tx) => tx.evidence.listForCase(caseId, { parentId: folder.id }))).map((i) => [i.originalPath, i]),
  );
  const files: EvidenceItem[] = [];
  let bytesDone = 0;
  let alreadyPresent = 0;
  const batch = deps.blobs.batch();
  for (let next = 0; next < entries.length;) {
    const group: Entry[] = [];
    for (let bytes = 0; next < entries.length && group.length < GROUP_FILES && (group.length === 0 || bytes < GROUP_BYTES); next++) {
      group.push(entries[next]!);
      bytes += entries[next]!.size;
    }
    const fresh = group.filter((entry) => !known.has(entry.relativePath));
    // Files are read a few at a time (small ones cost more in system calls than in bytes); a file that cannot be
    // read ends the intake, and the files before it in the folder's order are still recorded.
    const stored = await settleLimit(fresh, PARALLEL_FILES, async (entry) => {
      const digests = await putBlob(
        (path, onBytes) => batch.putFile(path, onBytes),
        entry.path,
        (bytes) =>
          onProgress({ path: entry.path, bytesDone: bytesDone + bytes, bytesTotal, filesDone: files.length, filesTotal: entries.length }),
      );
      bytesDone += entry.size;
      onProgress({ path: entry.path, bytesDone, bytesTotal, filesDone: files.length, filesTotal: entries.length });
      return digests;
    });
    const failed = stored.findIndex((result) => result?.status === 'rejected');
    const readable = failed < 0 ? fresh : fresh.slice(0, failed);
    let recorded: EvidenceItem[];
    try {
      await batch.commit();
      recorded = await deps.store.transaction(async (tx) => {
        // A folder takes hours: a member removed, a case closed or a warrant lapsed meanwhile stops it here.
        await checkIntake(tx, deps, plan.actor, caseId, props);
        let index = await tx.evidence.countChildren(caseId, folder.id);
        const items: EvidenceItem[] = [];
        for (const [at, entry] of readable.entries()) {
          // A parallel run may have recorded it meanwhile: it keeps its number, and no number is left unused.
          const existing = await tx.evidence.byPath(caseId, folder.id, entry.relativePath);
          if (existing) {
            items.push(existing);
            continue;
          }
          const digests = (stored[at] as PromiseFulfilledResult<Digests>).value;
          const fields = {
            id: deps.random.id(),
            exhibitNumber: childExhibitNumber(folder.exhibitNumber, ++index),
            rootExhibitNumber: folder.rootExhibitNumber,
            parentId: folder.id,
            kind: 'file' as const,
            path: entry.relativePath,
            name: entry.relativePath.split('/').pop() ?? entry.relativePath,
          };
          items.push(await recordItem(tx, plan, newItem(plan, fields, digests, entry.times, 'complete')));
        }
        return items;
      });
    } catch (error) {
      await batch.abort();
      throw error;
    }
    for (const item of recorded) await queueProcessing(deps, item);
    if (failed >= 0) throw (stored[failed] as PromiseRejectedResult).reason;
    const byPath = new Map(recorded.map((item) => [item.originalPath, item]));
    for (const entry of group) {
      const existing = known.get(entry.relativePath);
      if (existing) {
        alreadyPresent++;
        bytesDone += entry.size;
      }
      files.push(existing ?? byPath.get(entry.relativePath)!);
    }
    onProgress({ path: group.at(-1)!.path, bytesDone, bytesTotal, filesDone: files.length, filesTotal: entries.length });
  }
  if (folder.status === 'complete') return { root: folder, files, alreadyPresent };
  const completed = await deps.store.transaction(async (tx) => {
    const current = (await tx.evidence.byId(caseId, folder.id)) as EvidenceItem;
    if (current.status === 'complete') return current;
    const done: EvidenceItem = {
      ...current,
      status: 'complete',
      acquisition: { ...current.acquisition, endedAt: deps.clock.now().toISOString() },
    };
    await tx.evidence.update(done);
    await recordEvent(
      tx,
      deps,
      actorEvent(plan.actor, 'evidence.folder_completed', {
        caseId,
        targetType: 'evidence',
        targetId: folder.id,
        authorizationId: plan.authorizationId,
        details: { files: files.length, bytes: bytesTotal, manifestSha256: manifestHash(files) },
      }),
    );
    return done;
  });
  return { root: completed, files, alreadyPresent };
}
