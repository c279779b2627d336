// A parser id given to processing or to the artefact list must be one the registry has: an unknown id (a typo, a
// parser this Tamga never had) is refused with PARSER_UNKNOWN (400) naming it and the known ones, never answered
// with nothing queued or no artefacts as if that were the case's state.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@tamga/api';
import { DEFAULT_LIMITS, ingestPath, listArtifacts, requestProcessing, TamgaError, type ItemProcessing } from '@tamga/core';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';
import { testParsers } from './test-parsers';
import { processCase } from './test-processing';

const KNOWN = testParsers.map((parser) => parser.id);

describe('parser ids in processing requests and artefact filters', () => {
  let t: TestApp;
  let c: TestCase;
  let lines: string;
  let other: string;

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t);
    t.context.parsers = { parsers: testParsers, tools: { ...t.context.parsers.tools, limits: DEFAULT_LIMITS } };
    const dir = join(t.database.dir, 'in');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'chat.lines'), 'LINES\nпривет\nкак дела\n');
    writeFileSync(join(dir, 'notes.bin'), 'anything at all');
    for (const name of ['chat.lines', 'notes.bin']) await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: join(dir, name) });
    const { items, states } = await processCase(t, c);
    lines = items.find((item) => item.name === 'chat.lines')!.id;
    other = items.find((item) => item.name === 'notes.bin')!.id;
    expect(states.get(lines)).toMatchObject({ status: 'done', parserId: 'test.lines' });
    expect(states.get(other)).toMatchObject({ status: 'done', parserId: 'test.fallback' });
  });
  afterAll(() => t?.close());

  const states = async () =>
    new Map((await t.context.store.transaction((tx) => tx.processing.listForCase(c.caseId))).map((s) => [s.itemId, s] as const));
  const events = async (action: string) =>
    (await t.context.store.transaction((tx) => tx.ledger.list({ caseId: c.caseId, limit: 10_000, order: 'asc' }))).filter(
      (event) => event.action === action,
    );
  const queuedJobs = () => t.context.deps.jobs.list({ status: 'queued', limit: 1000 });

  async function refusal(promise: Promise<unknown>): Promise<TamgaError> {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TamgaError);
    return error as TamgaError;
  }

  it('refuses to queue by an unknown parser, naming it and the known ones, and queues and records nothing', async () => {
    const before = await states();
    const jobsBefore = await queuedJobs();
    const requested = (await events('processing.reprocess_requested')).length;
    for (const props of [{ parserId: 'bogus' }, { parserId: 'bogus', outdated: true }, { parserId: 'bogus', reprocess: true }]) {
      const error = await refusal(requestProcessing(t.context.deps, c.leadActor, c.caseId, props, t.context.parsers.parsers));
      expect(error).toMatchObject({ code: 'PARSER_UNKNOWN', status: 400, details: { parserId: 'bogus', known: KNOWN } });
      expect(error.message).toBe(`Unknown parser bogus; the parsers are ${KNOWN.join(', ')}`);
    }
    // Without the registry only the ids the case's items were read by are known: another is refused, not waved through.
    expect(await refusal(requestProcessing(t.context.deps, c.leadActor, c.caseId, { parserId: 'test.boom' }))).toMatchObject({
      code: 'PARSER_UNKNOWN',
      message: 'Unknown parser test.boom; this Tamga has no parsers',
    });
    expect(await states()).toEqual(before);
    expect(await queuedJobs()).toEqual(jobsBefore);
    expect(await events('processing.reprocess_requested')).toHaveLength(requested);
  });

  it('still queues the items of a known parser, and only those', async () => {
    const before = await states();
    const { queued } = await requestProcessing(
      t.context.deps,
      c.leadActor,
      c.caseId,
      { parserId: 'test.lines' },
      t.context.parsers.parsers,
    );
    expect(queued).toBe(1);
    const after = await states();
    expect(after.get(lines)).toMatchObject({ status: 'queued', parserId: 'test.lines' });
    expect(after.get(other)).toEqual(before.get(other));
    const jobs = (await queuedJobs()).filter((job) => job.name.startsWith('evidence.process') && job.payload['itemId'] === lines);
    expect(jobs.map((job) => job.payload)).toEqual([expect.objectContaining({ itemId: lines, force: true, onlyParser: 'test.lines' })]);
    expect((await events('processing.reprocess_requested')).pop()!.details).toEqual({ items: 1, parserId: 'test.lines' });
    const { states: done } = await processCase(t, c);
    expect(done.get(lines)).toMatchObject<Partial<ItemProcessing>>({ status: 'done', parserId: 'test.lines', attempts: 2 });
    expect(done.get(other)!.attempts).toBe(before.get(other)!.attempts);
  });

  it('answers 400 with the message over HTTP, and queues nothing', async () => {
    const before = await states();
    const call = c.lead.client.call('requestProcessing', { params: { caseId: c.caseId }, body: { parserId: 'bogus' } });
    const error = await call.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'PARSER_UNKNOWN',
      status: 400,
      message: `Unknown parser bogus; the parsers are ${KNOWN.join(', ')}`,
    });

    // The status on the wire, not only in the body.
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${c.caseId}/processing`,
      headers: { authorization: `Bearer ${c.lead.token}` },
      payload: { parserId: 'bogus', reprocess: true },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: 'PARSER_UNKNOWN',
        status: 400,
        message: `Unknown parser bogus; the parsers are ${KNOWN.join(', ')}`,
        details: { parserId: 'bogus', known: KNOWN },
      },
    });
    expect(await states()).toEqual(before);

    // A known id through the route still works.
    const { queued } = await c.lead.client.call('requestProcessing', { params: { caseId: c.caseId }, body: { parserId: 'test.fallback' } });
    expect(queued).toBe(1);
    await processCase(t, c);
  });

  it('refuses an artefact filter by an unknown parser instead of listing nothing', async () => {
    const list = (parserId: string) => c.lead.client.call('listArtifacts', { params: { caseId: c.caseId }, query: { parserId } });
    const error = await list('test.line').then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({
      code: 'PARSER_UNKNOWN',
      status: 400,
      message: `Unknown parser test.line; the parsers are ${KNOWN.join(', ')}`,
    });
    const listed = (await events('artifacts.listed')).length;
    expect(
      await refusal(listArtifacts(t.context.deps, c.leadActor, c.caseId, { parserId: 'bogus' }, t.context.parsers.parsers)),
    ).toMatchObject({
      code: 'PARSER_UNKNOWN',
    });
    expect(await events('artifacts.listed')).toHaveLength(listed);

    // A known parser: its artefacts; one that found nothing in this case: an empty list, which now means just that.
    expect((await list('test.lines')).artifacts.map((a) => a.text)).toEqual(['привет', 'как дела']);
    expect((await list('test.fallback')).artifacts.map((a) => a.itemId)).toEqual([other]);
    expect(await list('test.boom')).toEqual({ artifacts: [], next: null });
  });

  it("still takes an id the case's items were read by, after the registry lost that parser (renamed or retired)", async () => {
    const without = t.context.parsers.parsers.filter((parser) => parser.id !== 'test.lines');
    const listed = await listArtifacts(t.context.deps, c.leadActor, c.caseId, { parserId: 'test.lines' }, without);
    expect(listed.map((a) => a.text)).toEqual(['привет', 'как дела']);
    const { queued } = await requestProcessing(t.context.deps, c.leadActor, c.caseId, { parserId: 'test.lines' }, without);
    expect(queued).toBe(1);
    expect((await states()).get(lines)).toMatchObject({ status: 'queued', parserId: 'test.lines' });
    await processCase(t, c);
    // Unknown to both is still refused.
    expect(await refusal(listArtifacts(t.context.deps, c.leadActor, c.caseId, { parserId: 'test.line' }, without))).toMatchObject({
      code: 'PARSER_UNKNOWN',
    });
  });
});
