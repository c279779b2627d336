// Intake of a folder: each file an item under a folder item, relative paths kept, made durable in groups; the
// folder is completed with a manifest of its files in the ledger. Re-running an interrupted intake completes it.
import type { Digests } from '../blob-store';
import { childExhibitNumber, type EvidenceItem, type EvidenceKind, type FileTimes } from '../evidence-item';
import { actorEvent, recordEvent } from '../record-event';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  checkIntake,
  newItem,
  putBlob,
  queueProcessing,
  recordItem,
  recordTopItem,
  type IngestProgress,
  type IngestResult,
  type Plan,
} from './intake-records';

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

export async function ingestFolder(
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
