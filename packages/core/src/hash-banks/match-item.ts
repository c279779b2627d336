// The matching job: an item's MD5, SHA-1 and SHA-256 (recorded at intake) against the enabled banks, and for an
// image its PDQ hash (all eight dihedral variants) within the configured distance. Matches replace the item's
// earlier ones; a change is a ledger event. Without an item id the job queues every item of the case.
import type { Deps } from '../deps';
import type { EvidenceItem } from '../evidence-item';
import type { EnqueueJob, JobQueue } from '../job-queue';
import { looksLikeImage, type PerceptualHasher } from '../perceptual-hasher';
import type { LiveBankEntry } from '../ports';
import { actorEvent, recordEvent } from '../record-event';
import type { BankIndex } from './bank-index';
import { EMPTY_FILE_HASHES, type HashMatch, type ItemImageHash } from './hash-bank';

export const HASH_MATCH_JOB = 'hashes.match';

export interface HashMatchPayload {
  caseId: string;
  /** Absent: queue every item of the case. */
  itemId?: string;
  [key: string]: unknown;
}

/** What matching needs beyond Deps; built once per process in the composition root. */
export interface HashMatching {
  hasher: PerceptualHasher;
  index: BankIndex;
}

/** After processing: at most one live match job per item. */
export function itemMatchingJob(caseId: string, itemId: string, generation = 'processed'): EnqueueJob {
  return { name: HASH_MATCH_JOB, payload: { caseId, itemId }, dedupeKey: `match:${itemId}:${generation}`, maxAttempts: 3 };
}

export function enqueueItemMatching(jobs: JobQueue, caseId: string, itemId: string, generation = 'processed'): Promise<string> {
  return jobs.enqueue(itemMatchingJob(caseId, itemId, generation));
}

/** Every case's items again, after a bank gained entries or was enabled. The generation names the change. */
export async function enqueueRematchAll(deps: Pick<Deps, 'store' | 'jobs'>, generation: string): Promise<number> {
  const cases = await deps.store.transaction((tx) => tx.cases.listAll());
  for (const c of cases) {
    await deps.jobs.enqueue({
      name: HASH_MATCH_JOB,
      payload: { caseId: c.id, generation },
      dedupeKey: `match-case:${c.id}:${generation}`,
      maxAttempts: 3,
    });
  }
  return cases.length;
}

const HEAD_BYTES = 64;

async function readHead(deps: Deps, sha256: string, size: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of deps.blobs.read(sha256, { start: 0, end: Math.min(size, HEAD_BYTES) })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function matchable(item: EvidenceItem | undefined): item is EvidenceItem & { digests: NonNullable<EvidenceItem['digests']> } {
  // Items under an open integrity incident may not hold the bytes that were taken in; disposed items are gone.
  return Boolean(item?.digests && item.status === 'complete' && !item.custody.disposedAt && !item.custody.openIncidentId);
}

/** The image's PDQ, computed once and kept (with its quality, even when too low to match). */
async function imageHashOf(deps: Deps, hasher: PerceptualHasher, item: EvidenceItem & { digests: NonNullable<EvidenceItem['digests']> }) {
  const stored = await deps.store.transaction((tx) => tx.hashBanks.imageHash(item.id), { durable: false });
  if (stored) return stored;
  if (item.digests.size === 0 || !looksLikeImage(await readHead(deps, item.digests.sha256, item.digests.size))) return null;
  const computed = await hasher.hashImage(await deps.blobs.localPath(item.digests.sha256));
  if (!computed) return null;
  const hash: ItemImageHash = {
    itemId: item.id,
    caseId: item.caseId,
    signal: 'pdq',
    hash: computed.hash,
    quality: computed.quality,
    variants: computed.variants,
    computedAt: deps.clock.now().toISOString(),
  };
  await deps.store.transaction((tx) => tx.hashBanks.upsertImageHash(hash), { durable: false });
  return hash;
}

function toMatch(item: EvidenceItem, entry: LiveBankEntry, distance: number, variant: string | null, at: string): HashMatch {
  return {
    caseId: item.caseId,
    itemId: item.id,
    bankId: entry.bankId,
    bankName: entry.bankName,
    meaning: entry.meaning,
    signal: entry.signal,
    value: entry.value,
    label: entry.label,
    distance,
    variant,
    entryVersion: entry.version,
    matchedAt: at,
  };
}

const matchKey = (m: Pick<HashMatch, 'bankId' | 'signal' | 'value'>) => `${m.bankId}|${m.signal}|${m.value}`;

export interface ItemMatchOutcome {
  itemId: string;
  matches: HashMatch[];
  image: Pick<ItemImageHash, 'hash' | 'quality'> | null;
  /** Why the image's PDQ was not compared, when it was not. */
  pdqSkipped: string | null;
}

export async function matchItem(
  deps: Deps,
  matching: HashMatching,
  payload: HashMatchPayload,
): Promise<ItemMatchOutcome | { queued: number }> {
  if (!payload.itemId) {
    const items = await deps.store.transaction((tx) => tx.evidence.listForCase(payload.caseId), { durable: false });
    const generation = typeof payload.generation === 'string' ? payload.generation : 'case';
    let queued = 0;
    for (const item of items) {
      if (!matchable(item)) continue;
      await enqueueItemMatching(deps.jobs, item.caseId, item.id, generation);
      queued++;
    }
    return { queued };
  }
  const item = await deps.store.transaction((tx) => tx.evidence.byId(payload.caseId, payload.itemId!), { durable: false });
  if (!item) throw new Error(`evidence item ${payload.itemId} of case ${payload.caseId} does not exist`);
  if (!matchable(item)) return { itemId: item.id, matches: [], image: null, pdqSkipped: 'the item has no bytes to match' };
  const at = deps.clock.now().toISOString();
  const found = new Map<string, HashMatch>();

  // The empty file is in many lists and proves nothing (FORMATS.md §8.1).
  if (item.digests.size > 0) {
    const wanted = [
      { signal: 'md5' as const, value: item.digests.md5 },
      { signal: 'sha1' as const, value: item.digests.sha1 },
      { signal: 'sha256' as const, value: item.digests.sha256 },
    ].filter((d) => !EMPTY_FILE_HASHES.has(d.value));
    const exact = await deps.store.transaction((tx) => tx.hashBanks.findExact(wanted), { durable: false });
    for (const entry of exact) found.set(matchKey(entry), toMatch(item, entry, 0, null, at));
  }

  const image = await imageHashOf(deps, matching.hasher, item);
  let pdqSkipped: string | null = image ? null : 'not an image';
  if (image && image.quality < deps.settings.pdqMinQuality) {
    pdqSkipped = `PDQ quality ${image.quality} is below ${deps.settings.pdqMinQuality}: the hash is too unstable to match`;
  } else if (image) {
    const { index, entries } = await matching.index.current(deps);
    if (index.size > 0) {
      // A mirrored or rotated copy matches through the dihedral variant of the same DCT; keep each entry's best.
      for (const [variant, hash] of Object.entries(image.variants)) {
        for (const { id, distance } of index.query(hash, deps.settings.pdqMaxDistance)) {
          const entry = entries[id]!;
          const key = matchKey(entry);
          const previous = found.get(key);
          if (!previous || distance < previous.distance) found.set(key, toMatch(item, entry, distance, variant, at));
        }
      }
    }
  }

  const matches = [...found.values()].sort((a, b) => a.distance - b.distance || matchKey(a).localeCompare(matchKey(b)));
  await deps.store.transaction(async (tx) => {
    const before = await tx.hashBanks.matchesForItem(item.id);
    const same =
      before.length === matches.length &&
      before.every((m) => {
        const now = found.get(matchKey(m));
        return now !== undefined && now.distance === m.distance;
      });
    if (same) return;
    await tx.hashBanks.replaceMatches(item.id, matches);
    await recordEvent(
      tx,
      deps,
      actorEvent(null, matches.length > 0 ? 'evidence.hash_matched' : 'evidence.hash_match_cleared', {
        caseId: item.caseId,
        targetType: 'evidence',
        targetId: item.id,
        details: {
          exhibitNumber: item.exhibitNumber,
          matches: matches.map((m) => ({ bank: m.bankName, meaning: m.meaning, signal: m.signal, value: m.value, distance: m.distance })),
        },
      }),
    );
  });
  return { itemId: item.id, matches, image: image && { hash: image.hash, quality: image.quality }, pdqSkipped };
}
