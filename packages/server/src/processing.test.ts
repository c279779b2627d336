// The processing pipeline on a real database and blob store, with small parsers written for the test
// (test-parsers.ts) so each mechanism (batching, determinism, failure isolation, time limits, children, bombs) is
// seen alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  ingestPath,
  ParseError,
  processingJob,
  processingSummary,
  PROCESS_SMALL_JOB,
  recordProcessingGivenUp,
  requestProcessing,
  verifyEvidence,
  type ArtifactDraft,
  type Parser,
} from '@tamga/core';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';
import { testParsers } from './test-parsers';
import { startWorker } from './worker/worker';

describe('processing pipeline', () => {
  let t: TestApp;
  let c: TestCase;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t);
    t.context.parsers = {
      parsers: testParsers,
      tools: { ...t.context.parsers.tools, limits: { ...DEFAULT_LIMITS, timeLimitMs: 1500, maxEntries: 5 } },
    };
    dir = join(t.database.dir, 'in');
    mkdirSync(dir, { recursive: true });
  });
  afterAll(() => t?.close());

  async function ingestAndWait(name: string, content: string) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const { root } = await ingestPath(t.context.deps, c.leadActor, c.caseId, { path });
    const worker = startWorker(t.context, { pollMs: 20 });
    try {
      for (let i = 0; i < 500; i++) {
        const summary = await processingSummary(t.context.deps, c.leadActor, c.caseId);
        if (summary.finished) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await worker.stop();
    }
    return root;
  }

  const state = (itemId: string) => t.context.store.transaction((tx) => tx.processing.get(itemId));
  const artifactsOf = (itemId: string) => t.context.store.transaction((tx) => tx.artifacts.list(c.caseId, { itemId, limit: 10_000 }));

  it('processes an item by itself after intake, writing artefacts with provenance in batches', async () => {
    const body = Array.from({ length: 4500 }, (_, i) => `сообщение ${i}`).join('\n');
    const item = await ingestAndWait('chat.lines', `LINES\n${body}\n`);
    const done = await state(item.id);
    expect(done).toMatchObject({ status: 'done', parserId: 'test.lines', parserVersion: '1', artifacts: 4500, attempts: 1 });
    const artifacts = await artifactsOf(item.id);
    expect(artifacts).toHaveLength(4500);
    const first = artifacts.find((a) => a.locator.line === 2)!;
    expect(first).toMatchObject({ type: 'message', text: 'сообщение 0', itemId: item.id, parserId: 'test.lines', zone: null });
    expect(first.locator).toEqual({ line: 2, offset: 6, length: Buffer.byteLength('сообщение 0') });
  });

  it('gives the same artefacts byte for byte when processed again, without duplicates', async () => {
    const item = (await t.context.store.transaction((tx) => tx.evidence.listForCase(c.caseId))).find((i) => i.name === 'chat.lines')!;
    const before = await state(item.id);
    const rowsBefore = JSON.stringify(await artifactsOf(item.id));
    await requestProcessing(t.context.deps, c.leadActor, c.caseId, { reprocess: true });
    const worker = startWorker(t.context, { pollMs: 20 });
    for (let i = 0; i < 500 && (await state(item.id))!.attempts < 2; i++) await new Promise((r) => setTimeout(r, 20));
    for (let i = 0; i < 500 && (await state(item.id))!.status !== 'done'; i++) await new Promise((r) => setTimeout(r, 20));
    await worker.stop();
    const after = await state(item.id);
    expect(after!.attempts).toBe(2);
    expect(after!.outputSha256).toBe(before!.outputSha256);
    expect(JSON.stringify(await artifactsOf(item.id))).toBe(rowsBefore);
  });

  it('keeps what an earlier run found when processing again fails part-way, and replaces it once a run succeeds', async () => {
    const item = (await t.context.store.transaction((tx) => tx.evidence.listForCase(c.caseId))).find((i) => i.name === 'chat.lines')!;
    const before = await artifactsOf(item.id);
    const registry = t.context.parsers;
    const lines = registry.parsers.find((parser) => parser.id === 'test.lines')!;
    // Version 2 of the lines parser marks its text; it stops after `limit` artefacts, failing or not.
    const version2 = (limit: number, fails: boolean): Parser => ({
      ...lines,
      version: '2',
      async parse(input, out, tools) {
        let emitted = 0;
        const artifact = async (draft: ArtifactDraft) => {
          if (emitted++ < limit) return out.artifact({ ...draft, text: `v2 ${draft.text}` });
          if (fails) throw new ParseError('cut short');
        };
        await lines.parse(input, { ...out, artifact }, tools);
      },
    });
    const runWith = async (parser: Parser) => {
      const attempts = (await state(item.id))!.attempts;
      t.context.parsers = { ...registry, parsers: registry.parsers.map((each) => (each.id === 'test.lines' ? parser : each)) };
      await requestProcessing(t.context.deps, c.leadActor, c.caseId, { reprocess: true });
      const worker = startWorker(t.context, { pollMs: 20 });
      for (let i = 0; i < 500; i++) {
        const now = (await state(item.id))!;
        if (now.attempts > attempts && (now.status === 'done' || now.status === 'failed')) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await worker.stop();
      return (await state(item.id))!;
    };
    try {
      expect(await runWith(version2(100, true))).toMatchObject({ status: 'failed', reason: 'cut short', artifacts: 100 });
      // Every artefact a report may cite is still there: the run's first 100 replaced, the rest as they were.
      const afterFailure = await artifactsOf(item.id);
      expect(afterFailure.map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort());
      expect(
        afterFailure
          .filter((a) => a.text!.startsWith('v2 '))
          .map((a) => a.ordinal)
          .sort((a, b) => a - b),
      ).toEqual(Array.from({ length: 100 }, (_, i) => i));
      expect(afterFailure.filter((a) => a.parserVersion === '1')).toHaveLength(before.length - 100);

      expect(await runWith(version2(3000, false))).toMatchObject({ status: 'done', artifacts: 3000 });
      const afterSuccess = await artifactsOf(item.id);
      expect(afterSuccess).toHaveLength(3000);
      expect(afterSuccess.every((a) => a.text!.startsWith('v2 ') && a.parserVersion === '2')).toBe(true);
    } finally {
      // Back to version 1 for the tests after this one: the same artefacts as before, and nothing else.
      expect(await runWith(lines)).toMatchObject({ status: 'done', artifacts: before.length });
      t.context.parsers = registry;
    }
    expect(JSON.stringify(await artifactsOf(item.id))).toBe(JSON.stringify(before));
  });

  it('marks a failing item failed with the reason, and the rest of the case goes on', async () => {
    const bad = await ingestAndWait('bad.bin', 'BOOM and more');
    const good = await ingestAndWait('after.lines', 'LINES\nstill processed\n');
    expect(await state(bad.id)).toMatchObject({
      status: 'failed',
      reason: 'the header says BOOM, which no valid file does',
      reasonCode: 'unreadable',
      reasonParams: null,
    });
    // The exhibit's own page says so too.
    const detail = await c.lead.client.call('getEvidence', { params: { caseId: c.caseId, itemId: bad.id } });
    expect(detail.processing).toMatchObject({ status: 'failed', parserId: 'test.boom', reasonCode: 'unreadable' });
    expect(await state(good.id)).toMatchObject({ status: 'done', artifacts: 1 });
    // And the list of exhibits, each with its state (warnings counted, not listed).
    const listed = await c.lead.client.call('listEvidence', { params: { caseId: c.caseId } });
    expect(listed.find((i) => i.id === bad.id)!.processing).toEqual({
      status: 'failed',
      parserId: 'test.boom',
      parserVersion: expect.any(String),
      artifacts: 0,
      children: 0,
      warnings: 0,
      reason: 'the header says BOOM, which no valid file does',
      reasonCode: 'unreadable',
      reasonParams: null,
    });
    expect(listed.find((i) => i.id === good.id)!.processing).toMatchObject({ status: 'done', artifacts: 1, reasonCode: null });
    const summary = await processingSummary(t.context.deps, c.leadActor, c.caseId);
    expect(summary.problems.map((p) => [p.name, p.status])).toContainEqual(['bad.bin', 'failed']);
  });

  it('asked to process the case, queues an item left running with no job, and leaves one whose job runs to that job', async () => {
    const bad = (await t.context.store.transaction((tx) => tx.evidence.listForCase(c.caseId))).find((i) => i.name === 'bad.bin')!;
    const failed = (await state(bad.id))!;
    const jobs = t.context.deps.jobs;
    // Left 'running' by a job that failed for good: queued again, not stuck.
    await t.context.store.transaction((tx) => tx.processing.upsert({ ...failed, status: 'running' }));
    expect(await requestProcessing(t.context.deps, c.leadActor, c.caseId)).toEqual({ queued: 1, reanalysed: 0 });
    // Its job taken by a worker and asked for again: not run a second time once it ends (a failure was recorded twice).
    const job = await jobs.claim('test-worker', 60_000, [PROCESS_SMALL_JOB]);
    expect(job!.payload.itemId).toBe(bad.id);
    await requestProcessing(t.context.deps, c.leadActor, c.caseId);
    await jobs.complete(job!.id, 'test-worker');
    expect(await jobs.claim('test-worker', 60_000, [PROCESS_SMALL_JOB])).toBeUndefined();
    await t.context.store.transaction((tx) => tx.processing.upsert(failed));
  });

  it('reads a renamed file with the next parser when the one its name suggests cannot, and says so', async () => {
    const renamed = await ingestAndWait('photo.named', 'really just text');
    const done = await state(renamed.id);
    expect(done).toMatchObject({ status: 'done', parserId: 'test.fallback', artifacts: 1 });
    expect(done!.warnings).toEqual([
      {
        text: 'named like a file for test.named, but it could not read it (no NAMED header); read by test.fallback instead',
        code: 'processing.read_by_next_parser',
        params: { parser: 'test.named', error: 'no NAMED header', next: 'test.fallback' },
      },
    ]);
  });

  it('fails an item whose parser repeats an artefact key, rather than keeping either copy silently', async () => {
    const item = await ingestAndWait('twice.bin', 'TWICE');
    expect(await state(item.id)).toMatchObject({
      status: 'failed',
      reason: 'parser test.twice emitted the same artefact key twice in one item',
      reasonCode: 'repeated_key',
    });
  });

  it('stops a parser that runs past its time limit', async () => {
    const slow = await ingestAndWait('slow.bin', 'SLOW');
    expect(await state(slow.id)).toMatchObject({
      status: 'failed',
      reason: 'the parser ran past its time limit of 2 s',
      reasonCode: 'limit_time',
    });
  });

  it('stores members as derived items with exhibit numbers, neutralised paths and ledger events, and processes them in turn', async () => {
    const box = await ingestAndWait('archive.box', 'BOX\na.lines=LINES\\nfrom inside\n../../etc/passwd=root\n');
    expect(await state(box.id)).toMatchObject({ status: 'done', children: 2 });
    const members = await t.context.store.transaction((tx) => tx.evidence.listForCase(c.caseId, { parentId: box.id }));
    expect(members.map((m) => [m.exhibitNumber, m.originalPath]).sort()).toEqual([
      [`${box.exhibitNumber}/1`, 'a.lines'],
      [`${box.exhibitNumber}/2`, 'etc/passwd'],
    ]);
    const inner = members.find((m) => m.originalPath === 'a.lines')!;
    expect(inner.derivation).toMatchObject({ fromItemId: box.id, parserId: 'test.box', depth: 1 });
    expect(await state(inner.id)).toMatchObject({ status: 'done', parserId: 'test.lines', artifacts: 1 });
    const events = await t.context.store.transaction((tx) => tx.ledger.list({ caseId: c.caseId, limit: 10_000, order: 'asc' }));
    expect(events.filter((e) => e.action === 'evidence.derived' && e.details.fromItemId === box.id)).toHaveLength(2);
    const report = await verifyEvidence(t.context.store, t.context.blobs, { deep: true });
    expect(report.ok, JSON.stringify(report.findings)).toBe(true);
  });

  it('stops a container that yields more members than the limit, on that item alone', async () => {
    const lines = Array.from({ length: 8 }, (_, i) => `m${i}.txt=x${i}`).join('\n');
    const box = await ingestAndWait('many.box', `BOX\n${lines}\n`);
    expect(await state(box.id)).toMatchObject({
      status: 'failed',
      reason: 'entry count limit (5) passed at m5.txt in ' + box.exhibitNumber,
      reasonCode: 'limit_entries',
    });
    const other = await ingestAndWait('other.txt', 'plain');
    expect(await state(other.id)).toMatchObject({ status: 'done', parserId: 'test.fallback' });
  });

  it('processes small items as a group, each with its own outcome, ledger event and job result', async () => {
    const names = ['group-a.lines', 'group-b.bin', 'group-c.lines', 'group-d.bin'];
    const contents = ['LINES\nline of group-a.lines\n', 'BOOM in a group', 'LINES\nline of group-c.lines\n', 'TOUCHY'];
    const items = [];
    for (const [i, name] of names.entries()) {
      const path = join(dir, name);
      writeFileSync(path, contents[i]!);
      items.push((await ingestPath(t.context.deps, c.leadActor, c.caseId, { path })).root);
    }
    const touchy = items.pop()!;
    const [missing] = await t.context.deps.jobs.enqueueMany([processingJob({ caseId: c.caseId, itemId: 'no-such-item' }, 10)]);
    const queued = await t.context.deps.jobs.list({ status: 'queued', name: PROCESS_SMALL_JOB });
    expect(queued.map((job) => job.payload.itemId)).toEqual(expect.arrayContaining([...items.map((item) => item.id), 'no-such-item']));

    const worker = startWorker(t.context, { pollMs: 20 });
    try {
      for (let i = 0; i < 500; i++) {
        const job = (await t.context.deps.jobs.list({ name: PROCESS_SMALL_JOB, limit: 1000 })).find((each) => each.id === missing);
        if (job?.lastError) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await worker.stop();
    }
    expect(await state(items[0]!.id)).toMatchObject({ status: 'done', artifacts: 1 });
    expect(await state(items[1]!.id)).toMatchObject({
      status: 'failed',
      reason: 'the header says BOOM, which no valid file does',
      reasonCode: 'unreadable',
    });
    expect(await state(items[2]!.id)).toMatchObject({ status: 'done', artifacts: 1 });
    expect((await artifactsOf(items[2]!.id)).map((a) => a.text)).toEqual(['line of group-c.lines']);

    const jobs = await t.context.deps.jobs.list({ name: PROCESS_SMALL_JOB, limit: 1000 });
    for (const item of items) expect(jobs.find((job) => job.payload.itemId === item.id)?.status).toBe('done');
    // An item whose detection throws fails its own job too, not its group's.
    expect(jobs.find((job) => job.payload.itemId === touchy.id)).toMatchObject({
      status: 'queued',
      lastError: 'detection blew up on TOUCHY',
    });
    // The job of an item that does not exist fails alone and is retried; the rest of its group is done.
    expect(jobs.find((job) => job.id === missing)).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: `evidence item no-such-item of case ${c.caseId} does not exist`,
    });
    const events = await t.context.store.transaction((tx) => tx.ledger.list({ caseId: c.caseId, limit: 10_000, order: 'asc' }));
    for (const [i, item] of items.entries()) {
      const outcome = events.filter((e) => e.targetId === item.id && e.action.startsWith('evidence.process'));
      expect(outcome.map((e) => e.action)).toEqual([i === 1 ? 'evidence.processing_failed' : 'evidence.processed']);
    }
    const report = await verifyEvidence(t.context.store, t.context.blobs, { deep: true });
    expect(report.ok, JSON.stringify(report.findings)).toBe(true);
  });

  it('marks an item failed, with the reason in its custody log, once its job has used its last attempt', async () => {
    const touchy = (await t.context.store.transaction((tx) => tx.evidence.listForCase(c.caseId))).find((i) => i.name === 'group-d.bin')!;
    const jobOf = async () =>
      (await t.context.deps.jobs.list({ name: PROCESS_SMALL_JOB, limit: 1000 })).find((j) => j.payload.itemId === touchy.id);
    // Its first attempt failed in the test before; the two left come after backoffs of 2 s and 4 s.
    const worker = startWorker(t.context, { pollMs: 50 });
    try {
      // The item is marked by the job's give-up job, which the worker runs next.
      for (let i = 0; i < 300 && (await state(touchy.id))?.status !== 'failed'; i++) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await worker.stop();
    }
    expect(await jobOf()).toMatchObject({ status: 'failed', attempts: 3 });
    expect(await state(touchy.id)).toMatchObject({
      status: 'failed',
      reason: 'processing stopped after 3 attempts: detection blew up on TOUCHY',
      reasonCode: 'attempts_exhausted',
    });
    const events = await t.context.store.transaction((tx) => tx.ledger.list({ caseId: c.caseId, limit: 10_000, order: 'asc' }));
    expect(events.filter((e) => e.targetId === touchy.id && e.action === 'evidence.processing_failed').map((e) => e.details)).toEqual([
      { attempts: 3, reason: 'processing stopped after 3 attempts: detection blew up on TOUCHY', reasonCode: 'attempts_exhausted' },
    ]);
    const listed = await c.lead.client.call('listEvidence', { params: { caseId: c.caseId } });
    expect(listed.find((i) => i.id === touchy.id)!.processing).toMatchObject({ status: 'failed', reasonCode: 'attempts_exhausted' });
  });

  it('marks an item failed once its worker died during its last attempt, rather than leave it running', async () => {
    const item = await ingestAndWait('dying.lines', 'LINES\nread by a worker that dies\n');
    await t.context.store.transaction(async (tx) => tx.processing.upsert({ ...(await tx.processing.get(item.id))!, status: 'queued' }));
    const jobs = t.context.deps.jobs;
    const jobId = await jobs.enqueue(processingJob({ caseId: c.caseId, itemId: item.id }, 100));
    // Three workers, each gone with its lease (a parser crashing the process), the last with the item left running.
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await jobs.claim(`doomed-${attempt}`, 1, [PROCESS_SMALL_JOB])).toMatchObject({ id: jobId, attempts: attempt });
      await new Promise((r) => setTimeout(r, 5));
    }
    await t.context.store.transaction(async (tx) => tx.processing.upsert({ ...(await tx.processing.get(item.id))!, status: 'running' }));
    const worker = startWorker(t.context, { pollMs: 20 });
    try {
      for (let i = 0; i < 300 && (await state(item.id))?.status !== 'failed'; i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      await worker.stop();
    }
    const reason = 'processing stopped after 3 attempts: its worker stopped during its last attempt (the lease ran out)';
    expect(await state(item.id)).toMatchObject({ status: 'failed', reason, reasonCode: 'attempts_exhausted' });
    expect((await jobs.list({ name: PROCESS_SMALL_JOB, limit: 1000 })).find((job) => job.id === jobId)).toMatchObject({ status: 'failed' });
    const events = await t.context.store.transaction((tx) => tx.ledger.list({ caseId: c.caseId, limit: 10_000, order: 'asc' }));
    expect(events.filter((e) => e.targetId === item.id && e.action === 'evidence.processing_failed').map((e) => e.details)).toMatchObject([
      { attempts: 3, reason },
    ]);
    // A give-up that arrives after the item was asked for again leaves the newer request alone.
    const queuedAgain = { ...(await state(item.id))!, status: 'queued' as const, updatedAt: new Date().toISOString() };
    await t.context.store.transaction((tx) => tx.processing.upsert(queuedAgain));
    const givenUp = { jobId, name: PROCESS_SMALL_JOB, attempts: 3, error: 'late', at: '2020-01-01T00:00:00.000Z' };
    await recordProcessingGivenUp(t.context.deps, { caseId: c.caseId, itemId: item.id, givenUp });
    expect(await state(item.id)).toMatchObject({ status: 'queued' });
  });

  it('counts the items an earlier parser version read, and reads only those again when asked', async () => {
    const registry = t.context.parsers;
    const byLines = async () => {
      const states = await t.context.store.transaction((tx) => tx.processing.listForCase(c.caseId));
      return states.filter((s) => s.status === 'done' && s.parserId === 'test.lines');
    };
    const before = await byLines();
    expect(before.length).toBeGreaterThan(1);
    expect(before.every((s) => s.parserVersion === '1')).toBe(true);
    const summary = () => c.lead.client.call('processingSummary', { params: { caseId: c.caseId } });
    expect((await summary()).outdated).toBe(0);

    // This Tamga now has version 2 of the lines parser.
    t.context.parsers = {
      ...registry,
      parsers: registry.parsers.map((parser) => (parser.id === 'test.lines' ? { ...parser, version: '2' } : parser)),
    };
    try {
      expect((await summary()).outdated).toBe(before.length);
      const untouched = (await t.context.store.transaction((tx) => tx.processing.listForCase(c.caseId))).filter(
        (s) => s.parserId === 'test.fallback',
      );
      const { queued } = await c.lead.client.call('requestProcessing', { params: { caseId: c.caseId }, body: { outdated: true } });
      expect(queued).toBe(before.length);
      const worker = startWorker(t.context, { pollMs: 20 });
      try {
        // Not `finished`: an item the test before left queued, with no job, waits for ever. Nor `outdated` alone:
        // a queued item is not outdated before the worker has taken it.
        for (let i = 0; i < 1500; i++) {
          const read = (await byLines()).filter((s) => s.parserVersion === '2');
          if (read.length === before.length && (await summary()).counts.running === 0) break;
          await new Promise((r) => setTimeout(r, 20));
        }
      } finally {
        await worker.stop();
      }
      expect((await summary()).outdated).toBe(0);
      expect((await byLines()).map((s) => [s.itemId, s.parserVersion]).sort()).toEqual(before.map((s) => [s.itemId, '2']).sort());
      for (const each of untouched) expect(await state(each.itemId)).toEqual(each);
      const events = await t.context.store.transaction((tx) => tx.ledger.list({ caseId: c.caseId, limit: 10_000, order: 'asc' }));
      expect(events.filter((e) => e.action === 'processing.reprocess_requested').pop()!.details).toEqual({
        items: before.length,
        outdated: true,
        reanalysed: 0,
      });
    } finally {
      t.context.parsers = registry;
    }
  });
});
