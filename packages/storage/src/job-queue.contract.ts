// The JobQueue contract: at-least-once delivery, leases that expire with a dead worker, retries with
// backoff, failed jobs kept visible, dedupe keys, and no double claims between concurrent workers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobQueue } from '@tamga/core';
import { sqlJobQueue } from './sql-job-queue';
import { openStore } from './sql-store';
import type { TestDatabase } from './test-database';
import { useTestStore } from './use-test-store';

export function jobQueueContract(name: string, makeDatabase: () => TestDatabase): void {
  describe(`JobQueue contract: ${name}`, () => {
    const { store, database } = useTestStore(makeDatabase);
    let queue: JobQueue;
    let current = Date.parse('2026-11-28T10:00:00Z');
    const clock = { now: () => new Date(current) };

    beforeAll(() => {
      queue = sqlJobQueue(store(), clock);
    });

    async function drain(): Promise<void> {
      for (let job = await queue.claim('drain', 60_000); job; job = await queue.claim('drain', 60_000))
        await queue.complete(job.id, 'drain');
    }

    it('delivers a job once to one worker, with its payload', async () => {
      await drain();
      const id = await queue.enqueue({ name: 'evidence.process', payload: { itemId: 'i-1', path: 'ё/ә' } });
      const job = await queue.claim('w1', 30_000);
      expect(job).toMatchObject({
        id,
        name: 'evidence.process',
        payload: { itemId: 'i-1', path: 'ё/ә' },
        status: 'running',
        attempts: 1,
        workerId: 'w1',
      });
      expect(await queue.claim('w2', 30_000)).toBeUndefined();
      await queue.complete(id, 'w1');
      expect((await queue.list({ status: 'done' })).map((j) => j.id)).toContain(id);
    });

    it('gives a job whose worker died to another worker once the lease runs out', async () => {
      await drain();
      const id = await queue.enqueue({ name: 'slow', payload: {} });
      expect((await queue.claim('dead', 10_000))?.id).toBe(id);
      current += 5_000;
      expect(await queue.claim('alive', 10_000)).toBeUndefined();
      expect(await queue.extendLeases([id], 'dead', 10_000)).toEqual([id]);
      current += 10_001;
      const again = await queue.claim('alive', 10_000);
      expect(again).toMatchObject({ id, attempts: 2, workerId: 'alive' });
      expect(await queue.extendLeases([id], 'dead', 10_000)).toEqual([]);
      await queue.complete(id, 'alive');
    });

    it('fails a job whose worker stopped during its last attempt, rather than give it to another', async () => {
      await drain();
      // A job that kills its worker (a parser crashing the process) would otherwise do so for ever.
      const id = await queue.enqueue({ name: 'deadly', payload: {}, maxAttempts: 2 });
      expect((await queue.claim('first', 10_000))?.id).toBe(id);
      current += 10_001;
      expect(await queue.claim('second', 10_000)).toMatchObject({ id, attempts: 2 });
      current += 10_001;
      expect(await queue.claim('third', 10_000)).toBeUndefined();
      expect((await queue.list({ name: 'deadly' })).find((job) => job.id === id)).toMatchObject({
        status: 'failed',
        attempts: 2,
        lastError: 'its worker stopped during its last attempt (the lease ran out)',
      });
      // Asked for again while its last attempt ran: the newer request runs, with attempts of its own.
      const asked = await queue.enqueue({ name: 'deadly', payload: { run: 1 }, dedupeKey: 'deadly:1', maxAttempts: 1 });
      await queue.claim('first', 10_000);
      await queue.enqueue({ name: 'deadly', payload: { run: 2 }, dedupeKey: 'deadly:1' });
      current += 10_001;
      expect(await queue.claim('second', 10_000)).toMatchObject({ id: asked, payload: { run: 2 }, attempts: 1 });
      await queue.complete(asked, 'second');
    });

    it('queues the job a job names once it is given up for good, whether its last attempt failed or its worker died', async () => {
      await drain();
      const followUps = async () => (await queue.list({ name: 'deadly.given-up', limit: 100 })).map((job) => job.payload);
      const failing = await queue.enqueue({ name: 'deadly', payload: { item: 'a' }, maxAttempts: 2, onGiveUp: 'deadly.given-up' });
      await queue.claim('w', 10_000, ['deadly']);
      await queue.fail(failing, 'w', 'first', 1_000);
      // Attempts left: nothing is given up yet.
      expect(await followUps()).toEqual([]);
      current += 1_001;
      await queue.claim('w', 10_000, ['deadly']);
      const failedAt = new Date(current).toISOString();
      await queue.fail(failing, 'w', 'second', 1_000);
      expect(await followUps()).toEqual([
        { item: 'a', givenUp: { jobId: failing, name: 'deadly', attempts: 2, error: 'second', at: failedAt } },
      ]);
      const first = await queue.claim('w', 10_000, ['deadly.given-up']);
      await queue.complete(first!.id, 'w');

      const dying = await queue.enqueue({ name: 'deadly', payload: { item: 'b' }, maxAttempts: 1, onGiveUp: 'deadly.given-up' });
      await queue.claim('dead', 10_000, ['deadly']);
      current += 10_001;
      // Taken by a worker of the follow-up's name: it is queued in the claim that finds the lease lapsed.
      const followUp = await queue.claim('w', 10_000, ['deadly.given-up']);
      expect(followUp).toMatchObject({
        name: 'deadly.given-up',
        payload: {
          item: 'b',
          givenUp: { jobId: dying, attempts: 1, error: 'its worker stopped during its last attempt (the lease ran out)' },
        },
        onGiveUp: null,
      });
      await queue.complete(followUp!.id, 'w');
      // Its worker reporting the failure after all: given up once, not twice, and the claimer's reason kept.
      await queue.fail(dying, 'dead', 'late', 1_000);
      expect((await followUps()).filter((payload) => payload.item === 'b')).toHaveLength(1);
      expect((await queue.list({ name: 'deadly' })).find((job) => job.id === dying)).toMatchObject({
        status: 'failed',
        lastError: 'its worker stopped during its last attempt (the lease ran out)',
      });

      // Asked for again during its last attempt: the newer request takes over, nothing is given up.
      const asked = await queue.enqueue({
        name: 'deadly',
        payload: { item: 'c' },
        dedupeKey: 'deadly:c',
        maxAttempts: 1,
        onGiveUp: 'deadly.given-up',
      });
      await queue.claim('w', 10_000, ['deadly']);
      await queue.enqueue({ name: 'deadly', payload: { item: 'c', again: true }, dedupeKey: 'deadly:c', onGiveUp: 'deadly.given-up' });
      await queue.fail(asked, 'w', 'third', 1_000);
      expect((await followUps()).map((payload) => payload.item)).toEqual(['b', 'a']);
      await drain();
    });

    it("keeps a group's leases at once, only those still the worker's", async () => {
      await drain();
      // More than one statement's worth (500).
      const ids = await queue.enqueueMany(Array.from({ length: 620 }, (_, i) => ({ name: 'group', payload: { i } })));
      const taken = await queue.claimMany('w', 10_000, ['group'], 620);
      expect(taken).toHaveLength(620);
      await queue.complete(ids[7]!, 'w');
      current += 9_000;
      const kept = await queue.extendLeases([...ids, 'missing'], 'w', 10_000);
      expect(kept.sort()).toEqual(ids.filter((_, i) => i !== 7).sort());
      expect(await queue.extendLeases(ids, 'other', 10_000)).toEqual([]);
      current += 9_000;
      // Kept past the first lease's end: no other worker may take them.
      expect(await queue.claim('other', 10_000, ['group'])).toBeUndefined();
      await queue.completeMany(ids, 'w');
    });

    it('retries with backoff and keeps a job that keeps failing, with its error, as failed', async () => {
      await drain();
      const id = await queue.enqueue({ name: 'flaky', payload: {}, maxAttempts: 2 });
      const first = await queue.claim('w', 10_000);
      await queue.fail(first!.id, 'w', 'parser crashed: unexpected end of data', 2_000);
      expect(await queue.claim('w', 10_000)).toBeUndefined();
      current += 2_001;
      const second = await queue.claim('w', 10_000);
      expect(second).toMatchObject({ id, attempts: 2 });
      await queue.fail(id, 'w', 'parser crashed again', 4_000);
      current += 60_000;
      expect(await queue.claim('w', 10_000)).toBeUndefined();
      const failed = await queue.list({ status: 'failed' });
      expect(failed.find((j) => j.id === id)).toMatchObject({ attempts: 2, lastError: 'parser crashed again' });
      expect((await queue.counts()).failed).toBeGreaterThanOrEqual(1);
    });

    it('runs due jobs in order and only the names a worker asks for', async () => {
      await drain();
      const later = await queue.enqueue({ name: 'a', payload: { n: 2 }, runAt: new Date(current + 1_000) });
      const sooner = await queue.enqueue({ name: 'a', payload: { n: 1 } });
      const other = await queue.enqueue({ name: 'b', payload: {} });
      expect((await queue.claim('w', 10_000, ['a']))?.id).toBe(sooner);
      expect(await queue.claim('w', 10_000, ['a'])).toBeUndefined();
      current += 1_000;
      expect((await queue.claim('w', 10_000, ['a']))?.id).toBe(later);
      expect((await queue.claim('w', 10_000, ['b']))?.id).toBe(other);
    });

    it('does not queue the same live work twice under one dedupe key', async () => {
      await drain();
      const first = await queue.enqueue({ name: 'evidence.process', payload: {}, dedupeKey: 'process:item-9' });
      expect(await queue.enqueue({ name: 'evidence.process', payload: {}, dedupeKey: 'process:item-9' })).toBe(first);
      const job = await queue.claim('w', 10_000);
      await queue.complete(job!.id, 'w');
      expect(await queue.enqueue({ name: 'evidence.process', payload: {}, dedupeKey: 'process:item-9' })).not.toBe(first);
    });

    it('runs work queued while its job runs once more afterwards, with the newer payload', async () => {
      await drain();
      const first = await queue.enqueue({ name: 'analysis.extract', payload: { run: 1 }, dedupeKey: 'analyse:item-7' });
      const running = await queue.claim('w', 10_000);
      expect(running!.id).toBe(first);
      // Asked for twice while it runs: one more run, with the latest payload.
      expect(await queue.enqueueMany([{ name: 'analysis.extract', payload: { run: 2 }, dedupeKey: 'analyse:item-7' }])).toEqual([first]);
      expect(await queue.enqueue({ name: 'analysis.extract', payload: { run: 3 }, dedupeKey: 'analyse:item-7' })).toBe(first);
      await queue.complete(first, 'w');
      const again = await queue.claim('w', 10_000);
      expect(again).toMatchObject({ id: first, payload: { run: 3 }, attempts: 1, status: 'running' });
      await queue.complete(first, 'w');
      expect(await queue.claim('w', 10_000)).toBeUndefined();
      expect((await queue.list({ name: 'analysis.extract' })).find((job) => job.id === first)?.status).toBe('done');

      // A run that fails for good still leaves the newer request queued, with attempts of its own.
      const once = await queue.enqueue({ name: 'analysis.extract', payload: { run: 1 }, dedupeKey: 'analyse:item-8', maxAttempts: 1 });
      await queue.claim('w', 10_000);
      await queue.enqueue({ name: 'analysis.extract', payload: { run: 2 }, dedupeKey: 'analyse:item-8' });
      await queue.fail(once, 'w', 'boom', 1000);
      expect(await queue.claim('w', 10_000)).toMatchObject({ id: once, payload: { run: 2 }, attempts: 1 });
      await queue.complete(once, 'w');
      // Queued, not running: the second request is the same job, which runs once.
      const queued = await queue.enqueue({ name: 'analysis.extract', payload: { run: 1 }, dedupeKey: 'analyse:item-9' });
      await queue.enqueue({ name: 'analysis.extract', payload: { run: 2 }, dedupeKey: 'analyse:item-9' });
      expect(await queue.claim('w', 10_000)).toMatchObject({ id: queued, payload: { run: 1 } });
      await queue.complete(queued, 'w');
      expect(await queue.claim('w', 10_000)).toBeUndefined();
    });

    it('leaves work asked for while its job runs to that job when told to', async () => {
      await drain();
      const first = await queue.enqueue({ name: 'evidence.process', payload: { n: 1 }, dedupeKey: 'process:item-10' });
      await queue.claim('w', 10_000);
      const again = { name: 'evidence.process', payload: { n: 2 }, dedupeKey: 'process:item-10', whileRunning: 'leave' as const };
      expect(await queue.enqueueMany([again])).toEqual([first]);
      await queue.complete(first, 'w');
      expect(await queue.claim('w', 10_000)).toBeUndefined();
      // With nothing live under the key, it is queued as any job is.
      expect(await queue.enqueue(again)).not.toBe(first);
    });

    it('never gives one job to two concurrent workers', async () => {
      await drain();
      const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => queue.enqueue({ name: 'parallel', payload: { i } })));
      const claimed: string[] = [];
      await Promise.all(
        Array.from({ length: 6 }, async (_, w) => {
          for (let job = await queue.claim(`w${w}`, 60_000); job; job = await queue.claim(`w${w}`, 60_000)) {
            claimed.push(job.id);
            await queue.complete(job.id, `w${w}`);
          }
        }),
      );
      expect(claimed.sort()).toEqual([...ids].sort());
    });

    it('queues, claims and completes many at once, as one by one would', async () => {
      await drain();
      const ids = await queue.enqueueMany([
        { name: 'evidence.process', payload: { n: 1 }, dedupeKey: 'process:many-1' },
        { name: 'evidence.process', payload: { n: 2 } },
        { name: 'evidence.process', payload: { n: 3 }, dedupeKey: 'process:many-1' },
        { name: 'other', payload: { n: 4 } },
      ]);
      expect(ids[2]).toBe(ids[0]);
      expect(new Set(ids).size).toBe(3);
      expect(await queue.enqueueMany([])).toEqual([]);
      const claimed = await queue.claimMany('w', 10_000, ['evidence.process'], 5);
      expect(claimed.map((job) => job.id)).toEqual([ids[0], ids[1]]);
      expect(claimed.map((job) => job.payload)).toEqual([{ n: 1 }, { n: 2 }]);
      expect(claimed.every((job) => job.status === 'running' && job.workerId === 'w' && job.attempts === 1)).toBe(true);
      expect(await queue.claimMany('v', 10_000, ['evidence.process'], 5)).toEqual([]);
      // Another worker's completion changes nothing.
      await queue.completeMany([ids[0]!, ids[1]!], 'v');
      expect((await queue.list({ status: 'running', name: 'evidence.process' })).map((job) => job.id).sort()).toEqual(
        [ids[0], ids[1]].sort(),
      );
      await queue.completeMany([ids[0]!, ids[1]!], 'w');
      expect((await queue.list({ status: 'done' })).map((job) => job.id)).toEqual(expect.arrayContaining([ids[0], ids[1]]));
      expect((await queue.claimMany('w', 10_000, undefined, 1)).map((job) => job.id)).toEqual([ids[3]]);
    });

    it('never gives one job to two workers claiming many at once', async () => {
      await drain();
      const ids = await queue.enqueueMany(Array.from({ length: 60 }, (_, i) => ({ name: 'parallel', payload: { i } })));
      const claimed: string[] = [];
      await Promise.all(
        Array.from({ length: 4 }, async (_, w) => {
          for (
            let jobs = await queue.claimMany(`w${w}`, 60_000, ['parallel'], 7);
            jobs.length > 0;
            jobs = await queue.claimMany(`w${w}`, 60_000, ['parallel'], 7)
          ) {
            claimed.push(...jobs.map((job) => job.id));
            await queue.completeMany(
              jobs.map((job) => job.id),
              `w${w}`,
            );
          }
        }),
      );
      expect(claimed.sort()).toEqual([...ids].sort());
    });

    it('queues a dedupe key once when processes queue it at the same moment', async (context) => {
      // On SQLite the file's write lock lets one enqueue in at a time (BEGIN IMMEDIATE); connections in one process
      // would wait for each other's lock synchronously, holding the event loop that would release it.
      if (store().dialect === 'sqlite') context.skip();
      await drain();
      // Other connections to the same database, as other processes would have.
      const { url, schema } = database();
      const others = await Promise.all([1, 2, 3].map(() => openStore(url, schema ? { schema, migrate: false } : { migrate: false })));
      try {
        const queues = [queue, ...others.map((other) => sqlJobQueue(other, clock))];
        for (let round = 0; round < 5; round++) {
          const jobs = Array.from({ length: 120 }, (_, i) => ({ name: 'race', payload: { i }, dedupeKey: `race:${round}:${i}` }));
          const results = await Promise.all(queues.map((each, q) => each.enqueueMany(q % 2 ? [...jobs].reverse() : jobs)));
          const byKey = results.map((ids, q) => (q % 2 ? [...ids].reverse() : ids));
          for (const ids of byKey) expect(ids).toEqual(byKey[0]);
          const live = await store().db.selectFrom('jobs').select('id').where('dedupe_key', 'like', `race:${round}:%`).execute();
          expect(live.map((row) => row.id).sort()).toEqual([...byKey[0]!].sort());
        }
      } finally {
        await Promise.all(others.map((other) => other.close()));
      }
    });
  });
}
