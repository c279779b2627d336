// The lines an exhibit's page shows for the items derived from it.
import { describe, expect, it } from 'vitest';
import { derivedLines, derivedWaiting, type DerivedProcessing } from './derived-items';

const none = { pending: 0, queued: 0, running: 0, done: 0, failed: 0, skipped: 0 };
const outcome = (n: number) => ({
  itemId: `id-${n}`,
  exhibitNumber: `EXH-007/${n}`,
  originalPath: `L${n}.zip`,
  reason: 'would pass 200 times the size of EXH-007',
  reasonCode: 'limit_expansion',
  reasonParams: null,
});

describe('the items derived from an exhibit', () => {
  it('say nothing when there are none', () => {
    expect(derivedLines({ items: 0, counts: none, failed: [], skipped: [] })).toEqual([]);
  });

  it('name the failed first, with how many more the server did not name, then the skipped and those that wait', () => {
    const derived: DerivedProcessing = {
      items: 20,
      counts: { ...none, failed: 15, skipped: 1, done: 2, pending: 1, running: 1 },
      failed: Array.from({ length: 10 }, (_, i) => outcome(i + 2)),
      skipped: [outcome(1)],
    };
    expect(derivedLines(derived)).toEqual([
      { kind: 'failed', count: 15, named: derived.failed, more: 5, tone: 'bad' },
      { kind: 'skipped', count: 1, named: derived.skipped, more: 0, tone: 'warn' },
      { kind: 'waiting', count: 2, named: [], more: 0, tone: 'muted' },
    ]);
    expect(derivedWaiting(derived)).toBe(true);
  });

  it('say that all were processed when none failed, was skipped or waits', () => {
    const derived = { items: 16, counts: { ...none, done: 16 }, failed: [], skipped: [] };
    expect(derivedLines(derived)).toEqual([{ kind: 'done', count: 16, named: [], more: 0, tone: 'muted' }]);
    expect(derivedWaiting(derived)).toBe(false);
    expect(derivedWaiting(undefined)).toBe(false);
  });
});
