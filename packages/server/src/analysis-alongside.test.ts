// A long analysis does not hold up other workers: paused half-way through an item, as a large item's analysis is
// for minutes, another worker still appends to the ledger and queues a job. SQLite serialises every writer by its
// write lock, so there the analysis is paused between its transactions (it must hold none across pages); on
// PostgreSQL inside a page's write, where only the ledger's lock, had analysis taken it, could block the append.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorEvent, analyseItem, ingestPath, processItem, recordEvent, type Deps, type EvidenceItem, type Tx } from '@tamga/core';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';

/** A point one side waits at until the other opens it. */
function latch() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('analysis alongside other workers', () => {
  let t: TestApp;
  let c: TestCase;
  let item: EvidenceItem;
  const postgres = () => t.database.url.startsWith('postgres');

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t, { username: 'lead-a', reference: 'KZ-A-1' });
    const dir = join(t.database.dir, 'alongside-in');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'chat.txt');
    writeFileSync(path, 'Позвони: +7 701 234 5678\nWrite to ivanov@mail.kz\nКошелёк TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t\n');
    item = (await ingestPath(t.context.deps, c.leadActor, c.caseId, { path })).root;
    await processItem(t.context.deps, t.context.parsers, { caseId: c.caseId, itemId: item.id });
  });
  afterAll(() => t?.close());

  it('lets another worker append to the ledger and queue a job while an item is analysed', async () => {
    const { deps, extract } = t.context;
    const paused = latch();
    const resume = latch();
    const pause = async () => {
      paused.open();
      await resume.opened;
    };
    // The analysis's own view of the store and the index: the same ones, with the pause at the chosen point.
    const inside = (tx: Tx): Tx => ({
      ...tx,
      analysis: {
        ...tx.analysis,
        async insertOccurrences(rows) {
          await tx.analysis.insertOccurrences(rows);
          if (postgres()) await pause();
        },
      },
    });
    const analysing: Deps = {
      ...deps,
      store: { ...deps.store, transaction: (fn, options) => deps.store.transaction((tx) => fn(inside(tx)), options) },
      search: {
        ...deps.search,
        async index(docs) {
          if (!postgres()) await pause();
          return deps.search.index(docs);
        },
      },
    };
    const analysis = analyseItem(analysing, extract, { caseId: c.caseId, itemId: item.id });
    // Ended early (a failure), it would never pause: the race makes that a failure here rather than a hang.
    await Promise.race([paused.opened, analysis.then(() => Promise.reject(new Error('the analysis ended without pausing')))]);

    // Another worker, meanwhile: both finish while the analysis is still paused (blocked, this test would time out).
    const event = await deps.store.transaction((tx) =>
      recordEvent(tx, deps, actorEvent(c.leadActor, 'case.viewed', { caseId: c.caseId, targetType: 'case', targetId: c.caseId })),
    );
    const jobId = await deps.jobs.enqueue({ name: 'test.alongside', payload: { caseId: c.caseId } });
    expect(await deps.store.transaction((tx) => tx.analysis.state(item.id))).toBeUndefined();

    resume.open();
    const state = await analysis;
    expect(state).toMatchObject({ status: 'done', artifacts: 1 });
    expect(state.occurrences).toBeGreaterThanOrEqual(3);
    expect(await deps.store.transaction((tx) => tx.analysis.state(item.id))).toMatchObject({ status: 'done' });
    const last = await deps.store.transaction((tx) => tx.ledger.last());
    expect(last).toMatchObject({ seq: event.seq, hash: event.hash });
    expect((await deps.jobs.list({ name: 'test.alongside' })).map((job) => job.id)).toEqual([jobId]);
  });

  it('leaves a failed analysis recorded as failed, not done, and a later run replaces what it wrote', async () => {
    const { deps, extract } = t.context;
    const failing: Deps = {
      ...deps,
      search: {
        ...deps.search,
        index: () => Promise.reject(new Error('the index is unavailable')),
      },
    };
    await expect(analyseItem(failing, extract, { caseId: c.caseId, itemId: item.id })).rejects.toThrow('the index is unavailable');
    expect(await deps.store.transaction((tx) => tx.analysis.state(item.id))).toMatchObject({
      status: 'failed',
      reason: 'the index is unavailable',
    });

    const state = await analyseItem(deps, extract, { caseId: c.caseId, itemId: item.id });
    expect(state.status).toBe('done');
    const [artifact] = await deps.store.transaction((tx) => tx.artifacts.listForItem(item.id, -1, 10));
    const occurrences = await deps.store.transaction((tx) => tx.analysis.occurrencesForArtifact(artifact!.id));
    // The failed run's rows are gone: each occurrence once.
    expect(occurrences).toHaveLength(state.occurrences);
  });
});
