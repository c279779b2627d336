// Tests that take evidence in and need it processed: a worker runs until the case's processing is finished, then
// the case's items and their processing states are read.
import { processingSummary, type EvidenceItem, type ItemProcessing } from '@tamga/core';
import type { TestApp } from './test-app';
import type { TestCase } from './test-case';
import { startWorker } from './worker/worker';

export async function processCase(t: TestApp, c: TestCase): Promise<{ items: EvidenceItem[]; states: Map<string, ItemProcessing> }> {
  const worker = startWorker(t.context, { pollMs: 20 });
  try {
    for (let polls = 0; !(await processingSummary(t.context.deps, c.leadActor, c.caseId)).finished; polls++) {
      if (polls > 6000) throw new Error('processing did not finish');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await worker.stop();
  }
  const items = await t.context.store.transaction((tx) => tx.evidence.listForCase(c.caseId));
  const states = await t.context.store.transaction((tx) => tx.processing.listForCase(c.caseId));
  return { items, states: new Map(states.map((state) => [state.itemId, state])) };
}
