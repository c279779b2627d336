// The custody steps there are, and which of them fit an exhibit's custody now and the user's role.
import { type EvidenceItem } from './evidence-shared';

export type CustodyType =
  | 'sealed'
  | 'unsealed'
  | 'checked_out'
  | 'checked_in'
  | 'transfer_released'
  | 'transfer_received'
  | 'transfer_cancelled'
  | 'copied'
  | 'disposed';

/** The steps that fit the item's custody now and the user's role (the server checks again). */
export function possibleSteps(item: EvidenceItem, role: string | undefined, userId: string | undefined): CustodyType[] {
  const c = item.custody;
  if (c.disposedAt || c.openIncidentId) return [];
  if (c.pendingTransferTo) {
    if (c.pendingTransferTo === userId) return ['transfer_received'];
    // A transfer to the wrong person, or one that will not happen, is cancelled with a reason.
    return role === 'supervisor' || role === 'examiner' ? ['transfer_cancelled'] : [];
  }
  if (role !== 'supervisor' && role !== 'examiner') return [];
  const steps: CustodyType[] = [];
  steps.push(c.sealed ? 'unsealed' : 'sealed');
  steps.push(c.checkedOutTo ? 'checked_in' : 'checked_out');
  if (!c.checkedOutTo) steps.push('transfer_released');
  if (item.digests) steps.push('copied');
  if (role === 'supervisor') steps.push('disposed');
  return steps;
}
