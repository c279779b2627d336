import { describe, expect, it } from 'vitest';
import { INITIAL_CUSTODY, type CustodyState } from '../evidence-item';
import type { LedgerEvent } from '../ledger-event';
import { custodyDifferences, replayCustody } from './replay-custody';

let seq = 0;
const event = (action: string, actorId: string, details: Record<string, unknown> = {}): LedgerEvent => ({
  seq: ++seq,
  at: '2026-01-01T00:00:00.000000Z',
  tz: 'UTC',
  prevHash: '',
  hash: '',
  actorId,
  actorName: actorId,
  caseId: 'case',
  targetType: 'evidence',
  targetId: 'item',
  action,
  justification: null,
  authorizationId: null,
  details,
});

describe('replayCustody', () => {
  const events = [
    event('evidence.acquired', 'ana'),
    event('custody.sealed', 'ana', { sealNumber: 'S-1' }),
    event('custody.unsealed', 'ana', { reason: 'examination' }),
    event('custody.checked_out', 'ana', { purpose: 'imaging' }),
    event('custody.checked_in', 'ana'),
    event('custody.sealed', 'ana', { sealNumber: 'S-2' }),
    event('custody.transfer_released', 'ana', { toUserId: 'bek', receivedBy: 'bek' }),
    event('custody.transfer_received', 'bek'),
    event('custody.checked_out', 'bek', { purpose: 'court' }),
  ];
  const stored: CustodyState = { ...INITIAL_CUSTODY, holderId: 'bek', sealed: true, sealNumber: 'S-2', checkedOutTo: 'bek' };

  it('gives the state the events lead to, and no differences for a row that kept it', () => {
    expect(replayCustody(events)).toEqual({
      sealed: true,
      sealNumber: 'S-2',
      checkedOutTo: 'bek',
      pendingTransferTo: null,
      disposed: false,
      holderId: 'bek',
    });
    expect(custodyDifferences(stored, replayCustody(events))).toEqual([]);
  });

  it('names each field a row changed behind the ledger', () => {
    const edited: CustodyState = { ...stored, sealNumber: 'S-9', checkedOutTo: null, holderId: 'ana', disposedAt: '2026-02-01T00:00:00Z' };
    const differences = custodyDifferences(edited, replayCustody(events));
    expect(differences).toHaveLength(4);
    expect(differences.join('\n')).toMatch(/sealNumber is "S-9" in the row but "S-2" by the ledger/);
    expect(differences.join('\n')).toMatch(/checkedOutTo is null in the row but "bek"/);
    expect(differences.join('\n')).toMatch(/disposed is true in the row but false/);
    expect(differences.join('\n')).toMatch(/holderId is "ana" in the row but "bek"/);
  });

  it('leaves the holder to the intake until someone receives the item', () => {
    expect(replayCustody([event('evidence.acquired', 'ana')]).holderId).toBeUndefined();
  });
});
