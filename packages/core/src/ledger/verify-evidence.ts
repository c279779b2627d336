// Deep verification: every blob re-hashed against its recorded SHA-256, and every evidence row compared
// with the ledger event that recorded it and with the custody its custody events replay to.
import { acquisitionFingerprint, type EvidenceItem } from '../evidence-item';
import { canonicalJson } from '../canonical-json';
import type { BlobStore } from '../blob-store';
import type { LedgerEvent } from '../ledger-event';
import type { Store } from '../ports';
import { custodyDifferences, replayCustody } from './replay-custody';

export interface EvidenceFinding {
  itemId: string;
  exhibitNumber: string;
  caseId: string;
  kind:
    'blob-missing' | 'blob-mismatch' | 'row-differs-from-ledger' | 'custody-differs-from-ledger' | 'no-acquisition-event' | 'row-missing';
  message: string;
}

export interface EvidenceReport {
  ok: boolean;
  items: number;
  blobsChecked: number;
  bytesChecked: number;
  /** Blobs no evidence row refers to, such as those left by an interrupted intake: not evidence, not an error. */
  unreferencedBlobs: number;
  findings: EvidenceFinding[];
}

const RECORDING_ACTIONS = new Set(['evidence.acquired', 'evidence.received', 'evidence.folder_opened', 'evidence.derived']);

/** The event may say more (where a derived item came from); every fingerprint field must be equal. */
function matchesFingerprint(details: Record<string, unknown>, fingerprint: Record<string, unknown>): boolean {
  const recorded = Object.fromEntries(Object.keys(fingerprint).map((key) => [key, details[key] ?? null]));
  return canonicalJson(recorded) === canonicalJson(fingerprint);
}

/** Every ledger event about the item, in order. */
async function itemEvents(store: Store, item: EvidenceItem): Promise<LedgerEvent[]> {
  const out: LedgerEvent[] = [];
  for (let afterSeq = 0; ;) {
    const page = await store.transaction((tx) =>
      tx.ledger.list({ caseId: item.caseId, targetId: item.id, afterSeq, limit: 1000, order: 'asc' }),
    );
    out.push(...page);
    if (page.length < 1000) return out;
    afterSeq = page[page.length - 1]!.seq;
  }
}

export async function verifyEvidence(
  store: Store,
  blobs: BlobStore,
  options: { caseId?: string; deep: boolean; onItem?: (item: EvidenceItem) => void },
): Promise<EvidenceReport> {
  const findings: EvidenceFinding[] = [];
  const referenced = new Set<string>();
  const seen = new Set<string>();
  let items = 0;
  let blobsChecked = 0;
  let bytesChecked = 0;
  let afterId: string | null = null;
  for (;;) {
    const batch: EvidenceItem[] = await store.transaction((tx) =>
      options.caseId ? (afterId ? Promise.resolve([]) : tx.evidence.listForCase(options.caseId)) : tx.evidence.listAll(afterId, 500),
    );
    if (batch.length === 0) break;
    afterId = (batch[batch.length - 1] as EvidenceItem).id;
    for (const item of batch) {
      items++;
      seen.add(item.id);
      options.onItem?.(item);
      const finding = (kind: EvidenceFinding['kind'], message: string) =>
        findings.push({
          itemId: item.id,
          exhibitNumber: item.exhibitNumber,
          caseId: item.caseId,
          kind,
          message: `${item.exhibitNumber}: ${message}`,
        });
      const events = await itemEvents(store, item);
      const recording = events.find((e) => RECORDING_ACTIONS.has(e.action));
      if (!recording) finding('no-acquisition-event', 'no ledger event records its intake');
      else if (!matchesFingerprint(recording.details, acquisitionFingerprint(item))) {
        finding('row-differs-from-ledger', `its evidence row differs from ledger event ${recording.seq} that recorded it`);
      }
      for (const difference of custodyDifferences(item.custody, replayCustody(events))) {
        finding('custody-differs-from-ledger', `its custody differs from its custody events: ${difference}`);
      }
      if (!item.digests) continue;
      referenced.add(item.digests.sha256);
      if (!options.deep) continue;
      if (!(await blobs.has(item.digests.sha256))) {
        finding('blob-missing', `its bytes (${item.digests.sha256}) are missing from the store`);
        continue;
      }
      const found = await blobs.rehash(item.digests.sha256);
      blobsChecked++;
      bytesChecked += found.size;
      if (found.sha256 !== item.digests.sha256 || found.size !== item.digests.size) {
        finding('blob-mismatch', `its stored bytes now hash to ${found.sha256}, not the recorded ${item.digests.sha256}`);
      }
    }
    if (options.caseId) break;
  }
  // The other direction: every item the ledger says was taken in must still have its row.
  for (let afterSeq = 0; ;) {
    const events = await store.transaction((tx) =>
      tx.ledger.list({ ...(options.caseId ? { caseId: options.caseId } : {}), afterSeq, limit: 5000, order: 'asc' }),
    );
    if (events.length === 0) break;
    afterSeq = (events[events.length - 1] as { seq: number }).seq;
    for (const event of events) {
      if (!RECORDING_ACTIONS.has(event.action) || !event.targetId || seen.has(event.targetId)) continue;
      const exhibitNumber = String(event.details.exhibitNumber ?? '?');
      findings.push({
        itemId: event.targetId,
        exhibitNumber,
        caseId: event.caseId ?? '',
        kind: 'row-missing',
        message: `${exhibitNumber}: ledger event ${event.seq} records its intake, but its evidence row is gone`,
      });
    }
  }
  let unreferencedBlobs = 0;
  if (options.deep && !options.caseId) for await (const sha256 of blobs.list()) if (!referenced.has(sha256)) unreferencedBlobs++;
  return { ok: findings.length === 0, items, blobsChecked, bytesChecked, unreferencedBlobs, findings };
}
