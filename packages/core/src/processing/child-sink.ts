// Stores the files a parser finds inside an item as derived evidence items, enforcing the archive limits
// (depth, entry count, entry size, expansion) before and while the bytes are read, and queues each for processing.
// Members are made durable in groups: their blobs synced together, then their records and ledger events in one
// commit, so a mailbox with ten thousand attachments pays for a few hundred syncs, not tens of thousands.
import type { Deps } from '../deps';
import type { Tx } from '../ports';
import type { BlobBatch, Digests } from '../blob-store';
import { acquisitionFingerprint, childExhibitNumber, INITIAL_CUSTODY, type EvidenceItem, type FileTimes } from '../evidence-item';
import { LimitExceededError, safeMemberPath, type ChildDraft, type Parser, type ProcessingLimits } from '../parser';
import { actorEvent, recordEvent } from '../record-event';
import { enqueueProcessing } from './process-job';

/** A group is made durable when it holds this many members or bytes, and when the parser ends. */
const GROUP_MEMBERS = 256;
const GROUP_BYTES = 64 * 1024 * 1024;
/** How long the end of processing waits for a member still being read (its parser ran past its time limit). */
const FINISH_GRACE_MS = 5000;

interface Extracted {
  draft: ChildDraft;
  digests: Digests;
}

export class ChildSink {
  count = 0;
  private expandedBytes = 0;
  private readonly blobs: BlobBatch;
  private group: Extracted[] = [];
  private adding: Promise<void> | undefined;
  private flushing: Promise<void> | undefined;
  private finished = false;

  constructor(
    private readonly deps: Deps,
    private readonly parent: EvidenceItem,
    private readonly parser: Parser,
    private readonly limits: ProcessingLimits,
    private readonly depth: number,
    private readonly warn: (message: string) => void,
  ) {
    this.blobs = deps.blobs.batch();
  }

  private get expansionBudget(): number {
    return this.limits.maxExpansionRatio * Math.max(this.parent.digests?.size ?? 0, 1024 * 1024);
  }

  add(raw: ChildDraft): Promise<void> {
    if (this.finished) return Promise.reject(new Error('processing of the container has ended'));
    const adding = this.extract(raw);
    this.adding = adding.catch(() => undefined);
    return adding;
  }

  /**
   * Records what was extracted, after the parser ended or failed (members read before a failure are kept), and
   * refuses further members: a parser past its time limit may still be running.
   */
  async finish(): Promise<void> {
    this.finished = true;
    // A member still being read stops at its next chunk; one whose stream hangs is left behind after a grace.
    let grace: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.adding, new Promise<void>((resolve) => (grace = setTimeout(resolve, FINISH_GRACE_MS)))]);
    clearTimeout(grace);
    try {
      await this.flushing;
      await this.flush();
    } finally {
      await this.blobs.abort();
    }
  }

  private async extract(raw: ChildDraft): Promise<void> {
    const { limits, parent } = this;
    // Parsers are asked to make member paths safe; the pipeline does not rely on it.
    const safe = safeMemberPath(raw.path);
    const draft = safe.neutralised ? { ...raw, path: safe.path, notes: { ...raw.notes, rawPath: raw.path, pathNeutralised: true } } : raw;
    if (safe.neutralised && !raw.notes?.pathNeutralised)
      this.warn(`member path ${JSON.stringify(raw.path)} was neutralised to ${safe.path}`);
    const where = `${draft.path} in ${parent.exhibitNumber}`;
    if (this.depth + 1 > limits.maxDepth) {
      throw new LimitExceededError(`nesting depth limit (${limits.maxDepth}) reached: ${where} was not extracted`);
    }
    if (this.count + 1 > limits.maxEntries) {
      throw new LimitExceededError(`entry count limit (${limits.maxEntries}) passed at ${where}`);
    }
    if (draft.declaredSize !== undefined) {
      if (draft.declaredSize > limits.maxEntryBytes) {
        throw new LimitExceededError(`${where} declares ${draft.declaredSize} bytes, over the entry size limit (${limits.maxEntryBytes})`);
      }
      if (draft.compressedSize && draft.declaredSize / draft.compressedSize > limits.maxEntryRatio) {
        throw new LimitExceededError(
          `${where} expands ${Math.round(draft.declaredSize / draft.compressedSize)}-fold, over the ratio limit (${limits.maxEntryRatio}); a compression bomb is likely`,
        );
      }
      if (this.expandedBytes + draft.declaredSize > this.expansionBudget) {
        throw new LimitExceededError(
          `expanding ${where} would pass ${limits.maxExpansionRatio} times the container's size; a compression bomb is likely`,
        );
      }
    }
    this.count++;
    const digests = await this.blobs.putStream(this.counted(draft.content, where));
    this.expandedBytes += digests.size;
    this.group.push({ draft, digests });
    if (this.group.length >= GROUP_MEMBERS || this.blobs.bytes >= GROUP_BYTES) {
      // The group is made durable while the parser reads on; one group at a time, so exhibit numbers keep their order.
      await this.flushing;
      this.flushing = this.flush();
      this.flushing.catch(() => undefined);
    }
  }

  /** Makes the group's blobs durable, then records the members and their events in one commit, then queues them. */
  private async flush(): Promise<void> {
    const group = this.group;
    if (group.length === 0) return;
    this.group = [];
    await this.blobs.commit();
    const items = await this.record(group);
    for (const item of items) await enqueueProcessing(this.deps.jobs, { caseId: item.caseId, itemId: item.id });
  }

  /** Counts bytes as they are inflated: a member may lie about its size. */
  private async *counted(content: AsyncIterable<Uint8Array>, where: string): AsyncIterable<Uint8Array> {
    let bytes = 0;
    for await (const chunk of content) {
      if (this.finished) throw new Error('processing of the container has ended');
      bytes += chunk.length;
      if (bytes > this.limits.maxEntryBytes) {
        throw new LimitExceededError(`${where} grew past the entry size limit (${this.limits.maxEntryBytes} bytes)`);
      }
      if (this.expandedBytes + bytes > this.expansionBudget) {
        throw new LimitExceededError(
          `${where} expanded past ${this.limits.maxExpansionRatio} times the container's size; a compression bomb is likely`,
        );
      }
      yield chunk;
    }
  }

  private record(group: Extracted[]): Promise<EvidenceItem[]> {
    const { deps, parent } = this;
    return deps.store.transaction(async (tx) => {
      let children = await tx.evidence.countChildren(parent.caseId, parent.id);
      const items: EvidenceItem[] = [];
      for (const { draft, digests } of group) {
        // A re-delivered job finds the members an earlier run recorded and does not record them twice.
        const existing = await tx.evidence.byPath(parent.caseId, parent.id, draft.path);
        if (existing) {
          items.push(existing);
          continue;
        }
        children++;
        items.push(await this.recordOne(tx, draft, digests, childExhibitNumber(parent.exhibitNumber, children)));
      }
      return items;
    });
  }

  private async recordOne(tx: Tx, draft: ChildDraft, digests: Digests, exhibitNumber: string): Promise<EvidenceItem> {
    const { deps, parent, parser } = this;
    const now = deps.clock.now().toISOString();
    const times: FileTimes = { modifiedAt: null, accessedAt: null, changedAt: null, bornAt: null, ...draft.times };
    const item: EvidenceItem = {
      id: deps.random.id(),
      caseId: parent.caseId,
      exhibitNumber,
      rootExhibitNumber: parent.rootExhibitNumber,
      parentId: parent.id,
      kind: 'file',
      status: 'complete',
      originalPath: draft.path,
      name: draft.path.split('/').pop() ?? draft.path,
      digests,
      fileTimes: times,
      acquisition: {
        ...parent.acquisition,
        startedAt: now,
        endedAt: now,
        tool: { name: 'Tamga', version: deps.settings.version, configuration: `${parser.id} ${parser.version}` },
        sourceHashes: [],
        verification: { method: 'N_A', result: 'N_A', at: now, by: 'system' },
        notes: `extracted from ${parent.exhibitNumber} (${draft.path})`,
      },
      authorizationId: parent.authorizationId,
      custody: { ...INITIAL_CUSTODY, holderId: parent.custody.holderId, location: parent.custody.location },
      derivation: {
        fromItemId: parent.id,
        parserId: parser.id,
        parserVersion: parser.version,
        locator: { ...draft.locator },
        depth: this.depth + 1,
        notes: draft.notes ?? {},
      },
      createdAt: now,
      createdBy: parent.createdBy,
    };
    await tx.evidence.insert(item);
    await recordEvent(
      tx,
      deps,
      actorEvent(null, 'evidence.derived', {
        caseId: item.caseId,
        targetType: 'evidence',
        targetId: item.id,
        authorizationId: item.authorizationId,
        details: {
          ...acquisitionFingerprint(item),
          fromItemId: parent.id,
          parser: `${parser.id}@${parser.version}`,
          locator: draft.locator,
        },
      }),
    );
    return item;
  }
}
