// Custody events (DOMAIN.md §2.3) on an item: each checks the item's custody state, re-hashes the bytes
// where the standards ask (receipt, verification, check-in, working copy), and opens an incident on a mismatch.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Digests } from '../blob-store';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { CustodyState, EvidenceItem } from '../evidence-item';
import type { Tx } from '../ports';
import { actorEvent, recordEvent } from '../record-event';
import { openIncidentIn } from './incidents';

export type CustodyAction =
  | { type: 'verified'; note?: string }
  | { type: 'transfer_released'; toUserId: string; purpose: string; location?: string; transport?: string }
  | { type: 'transfer_received'; location?: string; sealIntact?: boolean; note?: string }
  | { type: 'transfer_cancelled'; reason: string }
  | { type: 'checked_out'; purpose: string }
  | { type: 'checked_in'; note?: string }
  | { type: 'copied'; purpose: string }
  | { type: 'sealed'; sealNumber: string; note?: string }
  | { type: 'unsealed'; reason: string }
  | { type: 'disposed'; retentionRule: string; certificate: string };

export type CustodyType = CustodyAction['type'];
export const CUSTODY_TYPES: readonly CustodyType[] = [
  'verified',
  'transfer_released',
  'transfer_received',
  'transfer_cancelled',
  'checked_out',
  'checked_in',
  'copied',
  'sealed',
  'unsealed',
  'disposed',
];

const REHASHING = new Set<CustodyType>(['verified', 'transfer_received', 'checked_in', 'copied']);

export interface CustodyOutcome {
  item: EvidenceItem;
  hashMatch: boolean | null;
  incidentId: string | null;
}

function fail(message: string): never {
  throw new TamgaError('CUSTODY_STATE', message);
}

/** The custody state after the action, or an error saying why the action does not fit. */
function nextState(actor: Actor, custody: CustodyState, action: CustodyAction): CustodyState {
  if (custody.disposedAt) throw new TamgaError('ITEM_DISPOSED');
  if (custody.openIncidentId && action.type !== 'verified') throw new TamgaError('INTEGRITY_INCIDENT_OPEN');
  if (custody.pendingTransferTo && action.type !== 'transfer_received' && action.type !== 'transfer_cancelled') {
    fail('A transfer is waiting for its receiver to confirm (or to be cancelled)');
  }
  switch (action.type) {
    case 'verified':
      return custody;
    case 'transfer_released':
      if (custody.checkedOutTo) fail('The item is checked out; check it in first');
      if (action.toUserId === actor.userId) fail('A transfer needs another person to receive the item');
      return { ...custody, pendingTransferTo: action.toUserId };
    case 'transfer_received':
      if (custody.pendingTransferTo !== actor.userId) fail('No transfer to you is waiting for this item');
      return { ...custody, pendingTransferTo: null, holderId: actor.userId, location: action.location ?? custody.location };
    case 'transfer_cancelled':
      // The item never left: whoever held it still does.
      if (!custody.pendingTransferTo) fail('No transfer of this item is waiting');
      return { ...custody, pendingTransferTo: null };
    case 'checked_out':
      if (custody.checkedOutTo) fail('The item is already checked out');
      return { ...custody, checkedOutTo: actor.userId };
    case 'checked_in':
      if (!custody.checkedOutTo) fail('The item is not checked out');
      return { ...custody, checkedOutTo: null };
    case 'copied':
      return custody;
    case 'sealed':
      if (custody.sealed) fail(`The item is already sealed (seal ${custody.sealNumber})`);
      return { ...custody, sealed: true, sealNumber: action.sealNumber };
    case 'unsealed':
      if (!custody.sealed) fail('The item is not sealed');
      return { ...custody, sealed: false };
    case 'disposed':
      return { ...custody, disposedAt: 'pending' };
  }
}

function permissionFor(action: CustodyAction): 'custody.act' | 'evidence.dispose' | null {
  if (action.type === 'disposed') return 'evidence.dispose';
  // Whoever is named as receiver confirms a transfer, whatever their role.
  if (action.type === 'transfer_received') return null;
  return 'custody.act';
}

async function rehashAll(deps: Deps, items: EvidenceItem[]): Promise<Array<{ item: EvidenceItem; found: Digests | null }>> {
  const results: Array<{ item: EvidenceItem; found: Digests | null }> = [];
  for (const item of items) {
    if (!item.digests) continue;
    const found = (await deps.blobs.has(item.digests.sha256)) ? await deps.blobs.rehash(item.digests.sha256) : null;
    results.push({ item, found });
  }
  return results;
}

const same = (a: Digests, b: Digests | null) => !!b && a.sha256 === b.sha256 && a.md5 === b.md5 && a.sha1 === b.sha1 && a.size === b.size;

/**
 * A folder, production or archive disposed of takes its files with it: each gets its own disposal event, so
 * that its custody record ends where its parent's does.
 */
async function disposeDescendants(
  tx: Tx,
  deps: Deps,
  actor: Actor,
  parent: EvidenceItem,
  action: Extract<CustodyAction, { type: 'disposed' }>,
  now: string,
): Promise<void> {
  const children = await tx.evidence.listForCase(parent.caseId, { parentId: parent.id });
  for (const child of children) {
    if (!child.custody.disposedAt) {
      await tx.evidence.update({ ...child, custody: { ...child.custody, disposedAt: now } });
      await recordEvent(
        tx,
        deps,
        actorEvent(actor, 'custody.disposed', {
          caseId: child.caseId,
          targetType: 'evidence',
          targetId: child.id,
          details: {
            retentionRule: action.retentionRule,
            certificate: action.certificate,
            exhibitNumber: child.exhibitNumber,
            disposedWith: parent.exhibitNumber,
          },
        }),
      );
    }
    await disposeDescendants(tx, deps, actor, child, action, now);
  }
}

export async function recordCustody(
  deps: Deps,
  actor: Actor,
  caseId: string,
  itemId: string,
  action: CustodyAction,
): Promise<CustodyOutcome> {
  const permission = permissionFor(action);
  if (permission) requirePermission(actor, permission);
  const item = await deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'contribute');
    const found = await tx.evidence.byId(caseId, itemId);
    if (!found) throw new TamgaError('EVIDENCE_NOT_FOUND');
    nextState(actor, found.custody, action);
    if (action.type === 'transfer_released') {
      const receiver = await tx.cases.membership(caseId, action.toUserId);
      // Confirming a receipt needs contribute access; a read-only receiver could never confirm.
      if (!receiver || receiver.level === 'read') fail('The receiver must be a member of the case with contribute or lead access');
    }
    return found;
  });
  // Re-hashing reads every byte, so it happens outside the transaction; the result is recorded inside one.
  const checked = REHASHING.has(action.type)
    ? await rehashAll(
        deps,
        item.kind === 'file' || item.digests
          ? [item]
          : await deps.store.transaction((tx) => tx.evidence.listForCase(caseId, { parentId: item.id })),
      )
    : [];
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'contribute');
    const current = (await tx.evidence.byId(caseId, itemId)) as EvidenceItem;
    const now = deps.clock.now().toISOString();
    const state = nextState(actor, current.custody, action);
    const updated: EvidenceItem = { ...current, custody: { ...state, disposedAt: action.type === 'disposed' ? now : state.disposedAt } };
    await tx.evidence.update(updated);
    const mismatches = checked.filter((c) => !same(c.item.digests as Digests, c.found));
    const { type, ...fields } = action;
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, `custody.${type}`, {
        caseId,
        targetType: 'evidence',
        targetId: itemId,
        justification: 'purpose' in action ? action.purpose : 'reason' in action ? action.reason : null,
        details: {
          ...fields,
          exhibitNumber: current.exhibitNumber,
          ...(type === 'transfer_released' ? { releasedBy: actor.userId, receivedBy: action.toUserId } : {}),
          ...(type === 'transfer_received' ? { receivedBy: actor.userId, holderBefore: current.custody.holderId } : {}),
          ...(type === 'transfer_cancelled' ? { cancelledTransferTo: current.custody.pendingTransferTo } : {}),
          ...(type === 'sealed' || type === 'unsealed' ? { sealNumberBefore: current.custody.sealNumber, sealedAfter: state.sealed } : {}),
          ...(checked.length > 0
            ? {
                rehashed: checked.length,
                hashMatch: mismatches.length === 0,
                hashBefore: checked.length === 1 ? current.digests?.sha256 : undefined,
                hashAfter: checked.length === 1 ? (checked[0]?.found?.sha256 ?? null) : undefined,
              }
            : {}),
        },
      }),
    );
    if (action.type === 'disposed') await disposeDescendants(tx, deps, actor, current, action, now);
    let incidentId: string | null = null;
    for (const mismatch of mismatches) {
      const incident = await openIncidentIn(tx, deps, actor, mismatch.item, {
        found: mismatch.found?.sha256 ?? null,
        context: mismatch.found ? `re-hash at ${type} does not match the recorded digests` : `the blob is missing at ${type}`,
      });
      incidentId ??= incident.id;
    }
    const final = (await tx.evidence.byId(caseId, itemId)) as EvidenceItem;
    return { item: final, hashMatch: checked.length > 0 ? mismatches.length === 0 : null, incidentId };
  });
}
