// Reading evidence: its records for members, and its original bytes only with a stated justification.
import type { Actor } from '../actor';
import { loadCaseFor } from '../access';
import type { Deps } from '../deps';
import type { Tx } from '../ports';
import { TamgaError } from '../errors';
import type { EvidenceItem, IntegrityIncident } from '../evidence-item';
import {
  DERIVED_SHOWN,
  noDerivedItems,
  processingBrief,
  type DerivedBrief,
  type DerivedProcessing,
  type ItemProcessing,
  type ProcessingBrief,
} from '../item-processing';
import type { LedgerEvent } from '../ledger-event';
import { actorEvent, recordEvent } from '../record-event';
import { assertMayReadFlagged } from '../hash-banks/reveal-image';
import { requireJustification } from './justification';

/**
 * An exhibit as a list shows it: with where its processing stands (null for a folder or an item not yet started),
 * and, where items derived from it failed or were skipped, how many of how many (null otherwise).
 */
export type EvidenceListEntry = EvidenceItem & { processing: ProcessingBrief | null; derived: DerivedBrief | null };

export async function listEvidence(deps: Deps, actor: Actor, caseId: string, parentId: string | null = null): Promise<EvidenceListEntry[]> {
  const listed = await deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const items = await tx.evidence.listForCase(caseId, { parentId });
    const states = await tx.processing.getMany(items.filter((item) => item.digests).map((item) => item.id));
    const byItem = new Map(states.map((state) => [state.itemId, processingBrief(state)]));
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'evidence.listed', { caseId, targetType: 'evidence', targetId: parentId, details: { count: items.length } }),
    );
    return items.map((item) => ({ ...item, processing: byItem.get(item.id) ?? null }));
  });
  // Read once the listing is recorded, as getEvidence reads an exhibit's derived items: outside the write lock.
  const briefs = await deps.store.read((tx) =>
    tx.processing.derivedBriefs(
      caseId,
      listed.map((item) => item.id),
    ),
  );
  const byItem = new Map(briefs.map(({ itemId, ...brief }) => [itemId, brief]));
  return listed.map((item) => ({ ...item, derived: byItem.get(item.id) ?? null }));
}

export interface EvidenceDetail {
  item: EvidenceItem;
  children: number;
  incidents: IntegrityIncident[];
  /** How processing went, or null for a folder or an item whose processing has not started (its job waits). */
  processing: ItemProcessing | null;
  /**
   * How the items derived from it stand, at every depth (a container done whose members failed is not all done),
   * with the first few that failed or were skipped.
   */
  derived: DerivedProcessing;
}

export async function getEvidence(deps: Deps, actor: Actor, caseId: string, itemId: string): Promise<EvidenceDetail> {
  const detail = await deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const item = await tx.evidence.byId(caseId, itemId);
    if (!item) throw new TamgaError('EVIDENCE_NOT_FOUND');
    const incidents = (await tx.evidence.incidentsForCase(caseId)).filter((i) => i.itemId === itemId);
    await recordEvent(tx, deps, actorEvent(actor, 'evidence.viewed', { caseId, targetType: 'evidence', targetId: itemId }));
    const processing = (await tx.processing.get(itemId)) ?? null;
    const children = await tx.evidence.countChildren(caseId, itemId);
    return { item, children, incidents, processing };
  });
  // The walk down a container's members (a mailbox's hundred thousand) is read once the view is recorded, in a
  // snapshot of its own, so it holds no write lock: nothing is shown that the ledger does not record as viewed, and
  // only after the actor's access to the case and the item's place in it were checked. The counts may be a moment
  // newer than the item's own state, as they would be read a moment later.
  const derived =
    detail.children > 0 ? await deps.store.read((tx) => tx.processing.derivedFrom(caseId, itemId, DERIVED_SHOWN)) : noDerivedItems();
  return { ...detail, derived };
}

export type ReadableItem = EvidenceItem & { digests: NonNullable<EvidenceItem['digests']> };

/**
 * An item whose original bytes the actor may read, with what its hash flags say; refused otherwise (a folder, a
 * disposed or sequestered item, flagged content the actor may not see but through the protected viewer).
 */
export async function readableItem(
  tx: Tx,
  actor: Actor,
  caseId: string,
  itemId: string,
): Promise<{ found: ReadableItem; flags: Awaited<ReturnType<typeof assertMayReadFlagged>> }> {
  const access = await loadCaseFor(tx, actor, caseId, 'read');
  const found = await tx.evidence.byId(caseId, itemId);
  if (!found) throw new TamgaError('EVIDENCE_NOT_FOUND');
  if (!found.digests) throw new TamgaError('VALIDATION_FAILED', 'A folder has no bytes of its own; read its files');
  if (found.custody.disposedAt) throw new TamgaError('ITEM_DISPOSED');
  if (found.sequestration?.state === 'SEQUESTERED') throw new TamgaError('ITEM_SEQUESTERED');
  // Known-illegal or terrorist content is not reached around the protected viewer.
  const flags = await assertMayReadFlagged(tx, actor, access, itemId);
  return { found: found as ReadableItem, flags };
}

/** The original bytes. Needs membership and a justification, and the read itself is a custody-relevant event. */
export async function readEvidenceContent(
  deps: Deps,
  actor: Actor,
  caseId: string,
  itemId: string,
  props: { justification: string; range?: { start: number; end: number } },
): Promise<{ item: EvidenceItem; bytes: AsyncIterable<Uint8Array> }> {
  const item = await recordContentRead(deps, actor, caseId, itemId, props);
  return { item, bytes: deps.blobs.read(item.digests.sha256, props.range) };
}

/**
 * Checks that the item's original bytes may be read and records the read (`evidence.content_read`, with the range
 * and, for bytes inside one of its members, the member's path); the caller then reads them.
 */
export async function recordContentRead(
  deps: Deps,
  actor: Actor,
  caseId: string,
  itemId: string,
  props: { justification: string; range?: { start: number; end: number }; member?: string },
): Promise<ReadableItem> {
  const justification = requireJustification(props.justification, 'read the original evidence');
  return deps.store.transaction(async (tx) => {
    const { found, flags } = await readableItem(tx, actor, caseId, itemId);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'evidence.content_read', {
        caseId,
        targetType: 'evidence',
        targetId: itemId,
        justification,
        details: {
          exhibitNumber: found.exhibitNumber,
          sha256: found.digests.sha256,
          ...(props.member !== undefined ? { member: props.member } : {}),
          ...(props.range ? { range: props.range } : {}),
          ...(flags.protected ? { protected: true, meanings: flags.meanings } : {}),
        },
      }),
    );
    return found;
  });
}

export interface CustodyReport {
  generatedAt: string;
  generatedBy: string;
  case: { id: string; reference: string; title: string; timeZone: string };
  items: Array<{ item: EvidenceItem; events: LedgerEvent[]; incidents: IntegrityIncident[] }>;
}

/** The chain of custody of one item (and its children), or of every item in a case. */
export async function custodyReport(deps: Deps, actor: Actor, caseId: string, itemId?: string): Promise<CustodyReport> {
  return deps.store.transaction(async (tx) => {
    const { record } = await loadCaseFor(tx, actor, caseId, 'read');
    let items: EvidenceItem[];
    if (itemId) {
      const item = await tx.evidence.byId(caseId, itemId);
      if (!item) throw new TamgaError('EVIDENCE_NOT_FOUND');
      items = [item, ...(await tx.evidence.listForCase(caseId, { parentId: item.id }))];
    } else {
      items = await tx.evidence.listForCase(caseId);
    }
    const incidents = await tx.evidence.incidentsForCase(caseId);
    const report: CustodyReport = {
      generatedAt: deps.clock.now().toISOString(),
      generatedBy: actor.username,
      case: { id: record.id, reference: record.reference, title: record.title, timeZone: record.timeZone },
      items: [],
    };
    for (const item of items) {
      const events = await tx.ledger.list({ caseId, targetId: item.id, limit: 10_000, order: 'asc' });
      report.items.push({ item, events, incidents: incidents.filter((i) => i.itemId === item.id) });
    }
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'custody.report_generated', {
        caseId,
        targetType: 'evidence',
        targetId: itemId ?? null,
        details: { items: items.length },
      }),
    );
    return report;
  });
}
