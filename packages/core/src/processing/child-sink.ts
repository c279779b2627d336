// Stores the files a parser finds inside an item as derived evidence items, enforcing the archive limits
// (depth, entry count, entry size, expansion) before and while the bytes are read, and queues each for processing.
// Members are made durable in groups: their blobs synced together, then their records and ledger events in one
// commit, so a mailbox with ten thousand attachments pays for a few hundred syncs, not tens of thousands.
import type { Deps } from '../deps';
import type { BlobBatch, Digests } from '../blob-store';
import { acquisitionFingerprint, childExhibitNumber, INITIAL_CUSTODY, knownFileTimes, type EvidenceItem } from '../evidence-item';
import { LimitExceededError, safeMemberPath, type ChildDraft, type Parser, type ParserOutput, type ProcessingLimits } from '../parser';
import { actorEvent, recordEvents } from '../record-event';
import type { LedgerEventInput } from '../ledger-event';
import { processingJob } from './process-job';

/**
 * A group is made durable once it holds this many members or bytes (and when the parser ends); while the group
 * before it is still being made durable it grows on, up to the caps, so the parser waits only past them. Making a
 * group durable costs about the same for few members as for many, and so does its durable commit (its fsync
 * flushes whatever the artefact writer has put in the WAL since the last), so groups are large: at 256 members a
 * mailbox's commits were a fifth of its parsing time.
 */
const GROUP_MEMBERS = 1024;
const GROUP_BYTES = 64 * 1024 * 1024;
const GROUP_MEMBERS_CAP = 32_768;
const GROUP_BYTES_CAP = 256 * 1024 * 1024;
/** Members recorded per transaction. */
const RECORD_SLICE = 1024;
/** A member no larger than this is read whole into memory and stored while the parser goes on. */
const SMALL_MEMBER = 256 * 1024;
/**
 * Small members being stored at once, at most, by count and by bytes: the parser reads on while they are written,
 * and waits only past these (so at most 16 MiB of them are held in memory).
 */
const SMALL_IN_FLIGHT = 1024;
const SMALL_IN_FLIGHT_BYTES = 16 * 1024 * 1024;
/** How long the end of processing waits for a member still being read (its parser ran past its time limit). */
const FINISH_GRACE_MS = 5000;

interface Extracted {
  draft: ChildDraft;
  digests: Promise<Digests>;
}

/**
 * The whole content when it ends within `limit` bytes; otherwise a stream of everything (what was read first,
 * then the rest) for the caller to store as it arrives.
 */
async function readSmall(
  source: AsyncIterable<Uint8Array>,
  limit: number,
): Promise<{ bytes: Buffer } | { stream: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { bytes: Buffer.concat(head, size) };
    head.push(next.value);
    size += next.value.length;
    if (size > limit) break;
  }
  async function* all(): AsyncGenerator<Uint8Array> {
    try {
      yield* head;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await iterator.return?.();
    }
  }
  return { stream: all() };
}

export class ChildSink {
  count = 0;
  private expandedBytes = 0;
  private readonly blobs: BlobBatch;
  private group: Extracted[] = [];
  private adding: Promise<void> | undefined;
  private flushing: Promise<void> | undefined;
  /** Small members being stored (settled or not, they never reject). */
  private readonly storing = new Set<Promise<void>>();
  private storingBytes = 0;
  /** Whether `flushing` is still running. */
  private busy = false;
  private finished = false;

  constructor(
    private readonly deps: Deps,
    private readonly parent: EvidenceItem,
    private readonly parser: Parser,
    private readonly limits: ProcessingLimits,
    private readonly depth: number,
    private readonly warn: ParserOutput['warn'],
  ) {
    this.blobs = deps.blobs.batch();
  }

  /**
   * The bytes this container may still expand to. A whole tree of nested containers shares one budget, that of
   * the item taken in at its top: otherwise each level could multiply it again (a 2 KB archive of archives grew to
   * 540 MB, each container within its own limit). Set before the first member.
   */
  private expansionBudget = 0;
  /** Whom the budget is measured against, for the reason given when it runs out. */
  private budgetOf = '';
  /** The exhibit it is measured against: this container, or the item taken in at the top of its tree. */
  private budgetOrigin = '';
  /** The size its origin is counted as when that is under 1 MiB (the least a container is allowed), for the reason. */
  private budgetFloor: { countedAs: number } | Record<string, never> = {};
  private budgetSet: Promise<void> | undefined;

  private setBudget(): Promise<void> {
    const { parent, limits, deps } = this;
    const ratio = limits.maxExpansionRatio;
    const base = (size: number) => ratio * Math.max(size, 1024 * 1024);
    const depth = parent.derivation?.depth ?? 0;
    // Said as it is measured: a container under 1 MiB is allowed as much as one of 1 MiB.
    const floor = (size: number) => {
      this.budgetFloor = size < 1024 * 1024 ? { countedAs: 1024 * 1024 } : {};
      return size < 1024 * 1024 ? ' (counted as 1 MiB, the least a container is allowed)' : '';
    };
    if (depth === 0) {
      const size = parent.digests?.size ?? 0;
      this.expansionBudget = base(size);
      this.budgetOf = `the container's size${floor(size)}`;
      this.budgetOrigin = parent.exhibitNumber;
      return Promise.resolve();
    }
    // A member at depth d sits d levels below the item taken in: its exhibit number less d parts.
    const origin = parent.exhibitNumber.split('/').slice(0, -depth).join('/');
    return deps.store
      .transaction((tx) => tx.evidence.treeExpansion(parent.caseId, origin, parent.exhibitNumber), { durable: false })
      .then(({ originSize, bytesElsewhere }) => {
        this.expansionBudget = base(originSize) - bytesElsewhere;
        this.budgetOf = `the size of ${origin}${floor(originSize)}, counting what was extracted from it before`;
        this.budgetOrigin = origin;
      });
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
      this.warn(`member path ${JSON.stringify(raw.path)} was neutralised to ${safe.path}`, {
        code: 'processing.member_path_neutralised',
        params: { raw: raw.path, path: safe.path },
      });
    const where = `${draft.path} in ${parent.exhibitNumber}`;
    // The values of a limit's reason, for an interface to word it: the member, its container, the limit.
    const at = { member: draft.path, exhibit: parent.exhibitNumber };
    await (this.budgetSet ??= this.setBudget());
    if (this.depth + 1 > limits.maxDepth) {
      throw new LimitExceededError('depth', `nesting depth limit (${limits.maxDepth}) reached: ${where} was not extracted`, {
        ...at,
        limit: limits.maxDepth,
      });
    }
    if (this.count + 1 > limits.maxEntries) {
      throw new LimitExceededError('entries', `entry count limit (${limits.maxEntries}) passed at ${where}`, {
        ...at,
        stage: 'read',
        limit: limits.maxEntries,
      });
    }
    if (draft.declaredSize !== undefined) {
      if (draft.declaredSize > limits.maxEntryBytes) {
        throw new LimitExceededError(
          'entry_size',
          `${where} declares ${draft.declaredSize} bytes, over the entry size limit (${limits.maxEntryBytes})`,
          { ...at, stage: 'declared', size: draft.declaredSize, limit: limits.maxEntryBytes },
        );
      }
      if (draft.compressedSize && draft.declaredSize / draft.compressedSize > limits.maxEntryRatio) {
        throw new LimitExceededError(
          'entry_ratio',
          `${where} expands ${Math.round(draft.declaredSize / draft.compressedSize)}-fold, over the ratio limit (${limits.maxEntryRatio}); a compression bomb is likely`,
          { ...at, ratio: Math.round(draft.declaredSize / draft.compressedSize), limit: limits.maxEntryRatio },
        );
      }
      if (this.expandedBytes + draft.declaredSize > this.expansionBudget) {
        throw new LimitExceededError(
          'expansion',
          `expanding ${where} would pass ${limits.maxExpansionRatio} times ${this.budgetOf}; a compression bomb is likely`,
          { ...at, stage: 'declared', limit: limits.maxExpansionRatio, origin: this.budgetOrigin, ...this.budgetFloor },
        );
      }
    }
    this.count++;
    const read = await readSmall(this.counted(draft.content, where, draft.path), SMALL_MEMBER);
    if ('bytes' in read) {
      // Stored while the parser goes on: creating a file waits for the filesystem's journal, a millisecond and
      // more while other members are being synced, and a mailbox has thousands of small attachments.
      this.expandedBytes += read.bytes.length;
      const digests = this.blobs.putBytes(read.bytes);
      this.group.push({ draft, digests });
      const size = read.bytes.length;
      this.storingBytes += size;
      const done = () => {
        this.storing.delete(settled);
        this.storingBytes -= size;
      };
      const settled: Promise<void> = digests.then(done, done);
      this.storing.add(settled);
      while (this.storing.size >= SMALL_IN_FLIGHT || this.storingBytes > SMALL_IN_FLIGHT_BYTES) await Promise.race(this.storing);
    } else {
      const digests = await this.blobs.putStream(read.stream);
      this.expandedBytes += digests.size;
      this.group.push({ draft, digests: Promise.resolve(digests) });
    }
    if (this.group.length >= GROUP_MEMBERS || this.blobs.bytes >= GROUP_BYTES) {
      if (this.busy && this.group.length < GROUP_MEMBERS_CAP && this.blobs.bytes < GROUP_BYTES_CAP) return;
      // The group is made durable while the parser reads on; one group at a time, so exhibit numbers keep their order.
      await this.flushing;
      this.flushing = this.flush();
      this.flushing.catch(() => undefined);
    }
  }

  /** Makes the group's blobs durable, then records the members and their events in one commit, then queues them. */
  private async flush(): Promise<void> {
    const extracted = this.group;
    if (extracted.length === 0) return;
    this.group = [];
    this.busy = true;
    try {
      // Every put settled before the first failure is thrown, so abort() finds each temporary file in the batch.
      const stored = await Promise.allSettled(extracted.map(({ digests }) => digests));
      const failed = stored.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
      const group = extracted.map(({ draft }, index) => ({ draft, digests: (stored[index] as PromiseFulfilledResult<Digests>).value }));
      await this.blobs.commit();
      // Recorded in slices: one transaction must not hold the database's write lock for thousands of members.
      for (let at = 0; at < group.length; at += RECORD_SLICE) {
        const items = await this.record(group.slice(at, at + RECORD_SLICE));
        await this.deps.jobs.enqueueMany(items.map((item) => processingJob({ caseId: item.caseId, itemId: item.id }, item.digests?.size)));
      }
    } finally {
      this.busy = false;
    }
  }

  /** Counts bytes as they are inflated: a member may lie about its size. */
  private async *counted(content: AsyncIterable<Uint8Array>, where: string, member: string): AsyncIterable<Uint8Array> {
    let bytes = 0;
    const at = { member, exhibit: this.parent.exhibitNumber, stage: 'read' };
    for await (const chunk of content) {
      if (this.finished) throw new Error('processing of the container has ended');
      bytes += chunk.length;
      if (bytes > this.limits.maxEntryBytes) {
        throw new LimitExceededError('entry_size', `${where} grew past the entry size limit (${this.limits.maxEntryBytes} bytes)`, {
          ...at,
          limit: this.limits.maxEntryBytes,
        });
      }
      if (this.expandedBytes + bytes > this.expansionBudget) {
        throw new LimitExceededError(
          'expansion',
          `${where} expanded past ${this.limits.maxExpansionRatio} times ${this.budgetOf}; a compression bomb is likely`,
          { ...at, limit: this.limits.maxExpansionRatio, origin: this.budgetOrigin, ...this.budgetFloor },
        );
      }
      yield chunk;
    }
  }

  private record(group: Array<{ draft: ChildDraft; digests: Digests }>): Promise<EvidenceItem[]> {
    const { deps, parent } = this;
    return deps.store.transaction(async (tx) => {
      let children = await tx.evidence.countChildren(parent.caseId, parent.id);
      // A re-delivered job finds the members an earlier run recorded and does not record them twice.
      const paths = group.map(({ draft }) => draft.path);
      const recorded = new Map((await tx.evidence.byPaths(parent.caseId, parent.id, paths)).map((item) => [item.originalPath, item]));
      const items: EvidenceItem[] = [];
      const added: EvidenceItem[] = [];
      for (const { draft, digests } of group) {
        const existing = recorded.get(draft.path);
        if (existing) {
          items.push(existing);
          continue;
        }
        children++;
        const item = this.newItem(draft, digests, childExhibitNumber(parent.exhibitNumber, children));
        // Two members with one path in a group: the first is recorded, as one by one would have.
        recorded.set(draft.path, item);
        items.push(item);
        added.push(item);
      }
      await tx.evidence.insertMany(added);
      await recordEvents(
        tx,
        deps,
        added.map((item) => this.derivedEvent(item)),
      );
      return items;
    });
  }

  private newItem(draft: ChildDraft, digests: Digests, exhibitNumber: string): EvidenceItem {
    const { deps, parent, parser } = this;
    const now = deps.clock.now().toISOString();
    const times = knownFileTimes(draft.times);
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
    return item;
  }

  private derivedEvent(item: EvidenceItem): LedgerEventInput {
    const { parent, parser } = this;
    return actorEvent(null, 'evidence.derived', {
      caseId: item.caseId,
      targetType: 'evidence',
      targetId: item.id,
      authorizationId: item.authorizationId,
      details: {
        ...acquisitionFingerprint(item),
        fromItemId: parent.id,
        parser: `${parser.id}@${parser.version}`,
        locator: item.derivation!.locator,
      },
    });
  }
}
