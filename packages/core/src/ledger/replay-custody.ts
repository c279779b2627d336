// An item's custody state as its ledger events say it must be, to compare with the state stored in its row:
// an edit of the row (a seal number changed, a checkout erased) shows as a difference.
import type { CustodyState } from '../evidence-item';
import type { LedgerEvent } from '../ledger-event';

/** The part of the custody state the custody events decide on their own, whatever the item's origin. */
export interface ReplayedCustody {
  sealed: boolean;
  sealNumber: string | null;
  checkedOutTo: string | null;
  pendingTransferTo: string | null;
  disposed: boolean;
  /** Known once someone has received the item in a transfer; before that the intake decided it. */
  holderId?: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function replayCustody(events: LedgerEvent[]): ReplayedCustody {
  const state: ReplayedCustody = { sealed: false, sealNumber: null, checkedOutTo: null, pendingTransferTo: null, disposed: false };
  for (const event of events) {
    switch (event.action) {
      case 'custody.sealed':
        state.sealed = true;
        state.sealNumber = text(event.details.sealNumber);
        break;
      case 'custody.unsealed':
        state.sealed = false;
        break;
      case 'custody.checked_out':
        state.checkedOutTo = event.actorId;
        break;
      case 'custody.checked_in':
        state.checkedOutTo = null;
        break;
      case 'custody.transfer_released':
        state.pendingTransferTo = text(event.details.receivedBy) ?? text(event.details.toUserId);
        break;
      case 'custody.transfer_cancelled':
        state.pendingTransferTo = null;
        break;
      case 'custody.transfer_received':
        state.pendingTransferTo = null;
        if (event.actorId) state.holderId = event.actorId;
        break;
      case 'custody.disposed':
        state.disposed = true;
        break;
    }
  }
  return state;
}

/** The fields where the stored state and the replayed one differ, as "field: stored ≠ ledger" phrases. */
export function custodyDifferences(stored: CustodyState, replayed: ReplayedCustody): string[] {
  const out: string[] = [];
  const compare = (field: string, row: unknown, ledger: unknown) => {
    if (row !== ledger) out.push(`${field} is ${JSON.stringify(row)} in the row but ${JSON.stringify(ledger)} by the ledger`);
  };
  compare('sealed', stored.sealed, replayed.sealed);
  if (replayed.sealed) compare('sealNumber', stored.sealNumber, replayed.sealNumber);
  compare('checkedOutTo', stored.checkedOutTo, replayed.checkedOutTo);
  compare('pendingTransferTo', stored.pendingTransferTo, replayed.pendingTransferTo);
  compare('disposed', stored.disposedAt !== null, replayed.disposed);
  if (replayed.holderId !== undefined) compare('holderId', stored.holderId, replayed.holderId);
  return out;
}
