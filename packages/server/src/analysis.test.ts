// Analysis end to end on a real database: entities found after processing, search, timeline, link graph,
// and the cross-case hint, which tells a member the cases they belong to and everyone else only a count.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, type TamgaClient } from '@tamga/api';
import { ingestPath } from '@tamga/core';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';
import { startWorker } from './worker/worker';

const SHARED_PHONE = 'phone:+77012345678';
const SHARED_WALLET = 'tron_address:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';

async function expectCode(call: Promise<unknown>, code: string) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe(code);
}

describe('analysis', () => {
  let t: TestApp;
  let a: TestCase;
  let b: TestCase;
  let dir: string;
  let auditor: TamgaClient;

  async function ingest(c: TestCase, name: string, content: string) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const { root } = await ingestPath(t.context.deps, c.leadActor, c.caseId, { path });
    return root;
  }

  /** Runs a worker until every queued job (processing, then analysis) is done. */
  async function settle() {
    const worker = startWorker(t.context, { pollMs: 10 });
    try {
      for (let i = 0; i < 1000; i++) {
        const counts = await t.context.deps.jobs.counts();
        if (counts.queued === 0 && counts.running === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await worker.stop();
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    a = await openTestCase(t, { username: 'lead-a', reference: 'KZ-A-1' });
    b = await openTestCase(t, { username: 'lead-b', reference: 'KZ-B-SECRET' });
    await b.lead.client.call('updateCase', { params: { caseId: b.caseId }, body: { title: 'Операция Буран' } });
    auditor = (await t.user('auditor', 'auditor')).client;
    dir = join(t.database.dir, 'in');
    mkdirSync(dir, { recursive: true });
    await ingest(
      a,
      'chat-a.txt',
      'Позвони мне: +7 701 234 5678. Переведи на TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t срочно.\n' +
        'Ёлка стоит у входа; пиши на ivanov@mail.kz или hxxps://evil[.]kz/pay\n' +
        'Почти кошелёк: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u\n',
    );
    await ingest(b, 'notes-b.txt', 'Номер 8 (701) 234-56-78 и кошелёк TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t.\n');
    await settle();
  });
  afterAll(() => t?.close());

  it('finds validated entities, normalised, with their offsets, and keeps look-alikes out', async () => {
    const { entities } = await a.lead.client.call('listEntities', { params: { caseId: a.caseId }, query: { validOnly: 'true' } });
    const keys = entities.map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining([SHARED_PHONE, SHARED_WALLET, 'email:ivanov@mail.kz', 'domain:evil.kz']));
    expect(keys).not.toContain('tron_address:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u');
    // "contains" is literal: _ and % are not wildcards.
    const underscore = await a.lead.client.call('listEntities', { params: { caseId: a.caseId }, query: { contains: '_' } });
    expect(underscore.entities.filter((e) => !e.value.includes('_'))).toEqual([]);
    const byPart = await a.lead.client.call('listEntities', { params: { caseId: a.caseId }, query: { contains: 'mail.kz' } });
    expect(byPart.entities.map((e) => e.key)).toContain('email:ivanov@mail.kz');
    const detail = await a.lead.client.call('getEntity', { params: { caseId: a.caseId }, query: { key: SHARED_PHONE } });
    const occurrence = detail.occurrences[0]!;
    expect(occurrence.raw).toBe('+7 701 234 5678');
    const artifact = await a.lead.client.call('getArtifact', { params: { caseId: a.caseId, artifactId: occurrence.artifactId } });
    expect(artifact.artifact.text!.slice(occurrence.start, occurrence.end)).toBe('+7 701 234 5678');
  });

  it('searches in Cyrillic with ё and е as one letter, highlights, and records every search', async () => {
    const page = await a.lead.client.call('search', { params: { caseId: a.caseId }, query: { q: 'елка' } });
    expect(page.total).toBe(1);
    expect(page.hits[0]!.snippet).toContain('\u0001Ёлка\u0002');
    const none = await a.lead.client.call('search', { params: { caseId: a.caseId }, query: { q: 'Номер' } });
    expect(none.total).toBe(0); // that word is only in the other case
    const events = await auditor.call('ledger', { query: { caseId: a.caseId, limit: 1000 } });
    expect(events.events.filter((e) => e.action === 'case.searched')).toHaveLength(2);
  });

  it('gives one timeline, a histogram and a link graph', async () => {
    const timeline = await a.lead.client.call('timeline', { params: { caseId: a.caseId }, query: {} });
    expect(timeline.entries.length).toBeGreaterThan(0);
    const histogram = await a.lead.client.call('histogram', { params: { caseId: a.caseId }, query: { buckets: 10 } });
    expect(histogram.buckets.reduce((n, x) => n + x.count, 0) + histogram.undated).toBe(timeline.entries.length);
    const graph = await a.lead.client.call('linkGraph', { params: { caseId: a.caseId }, query: { kinds: 'co_occurs' } });
    expect(graph.edges).toContainEqual(
      expect.objectContaining({ source: SHARED_PHONE, target: SHARED_WALLET, kind: 'co_occurs', weight: 1 }),
    );
  });

  it('tells a non-member only how many other cases hold an entity, through every route', async () => {
    const { entities } = await a.lead.client.call('listEntities', { params: { caseId: a.caseId }, query: {} });
    const phone = entities.find((e) => e.key === SHARED_PHONE)!;
    expect(phone.alsoIn).toEqual({ cases: [], others: 1 });
    const leaks = (body: unknown) => {
      const text = JSON.stringify(body);
      return [b.caseId, 'KZ-B-SECRET', 'Буран', 'Номер', 'lead-b'].filter((s) => text.includes(s));
    };
    expect(leaks(entities)).toEqual([]);
    const detail = await a.lead.client.call('getEntity', { params: { caseId: a.caseId }, query: { key: SHARED_PHONE } });
    expect(leaks(detail)).toEqual([]);
    const graph = await a.lead.client.call('linkGraph', { params: { caseId: a.caseId }, query: {} });
    expect(leaks(graph)).toEqual([]);

    // The other case's own routes do not exist for them.
    const other = { params: { caseId: b.caseId } };
    const client: TamgaClient = a.lead.client;
    await expectCode(client.call('listEntities', { ...other, query: {} }), 'CASE_NOT_FOUND');
    await expectCode(client.call('getEntity', { ...other, query: { key: SHARED_PHONE } }), 'CASE_NOT_FOUND');
    await expectCode(client.call('search', { ...other, query: { q: 'Номер' } }), 'CASE_NOT_FOUND');
    await expectCode(client.call('timeline', { ...other, query: {} }), 'CASE_NOT_FOUND');
    await expectCode(client.call('histogram', { ...other, query: {} }), 'CASE_NOT_FOUND');
    await expectCode(client.call('linkGraph', { ...other, query: {} }), 'CASE_NOT_FOUND');
    await expectCode(client.call('analysisSummary', other), 'CASE_NOT_FOUND');
    await expectCode(client.call('incomingAccessRequests', { ...other, query: {} }), 'CASE_NOT_FOUND');
    await expectCode(
      client.call('requestAccess', { ...other, body: { entityKey: SHARED_PHONE, reason: 'probing a case I cannot see' } }),
      'CASE_NOT_FOUND',
    );
    // No probing the index with values that are not in one's own case.
    await expectCode(
      client.call('requestAccess', {
        params: { caseId: a.caseId },
        body: { entityKey: 'phone:+77770000000', reason: 'probing for other cases' },
      }),
      'ENTITY_NOT_FOUND',
    );
  });

  it('shows a member of both cases the other case by name', async () => {
    const both = await t.user('analyst', 'investigator');
    for (const c of [a, b])
      await c.lead.client.call('setMember', { params: { caseId: c.caseId, userId: both.id }, body: { level: 'read' } });
    const { entities } = await both.client.call('listEntities', { params: { caseId: a.caseId }, query: {} });
    expect(entities.find((e) => e.key === SHARED_WALLET)!.alsoIn).toEqual({
      cases: [{ id: b.caseId, reference: 'KZ-B-SECRET', title: 'Операция Буран' }],
      others: 0,
    });
  });

  it('lets a non-member ask, and the lead refuse or approve, each in the ledger', async () => {
    const ask = () =>
      a.lead.client.call('requestAccess', {
        params: { caseId: a.caseId },
        body: { entityKey: SHARED_PHONE, reason: 'The same phone is the organiser in our case' },
      });
    expect(await ask()).toEqual({ requested: 1 });
    await expectCode(ask(), 'NOTHING_TO_REQUEST'); // already pending
    const mine = await a.lead.client.call('ownAccessRequests', {});
    expect(mine.requests).toEqual([expect.objectContaining({ status: 'pending', targetCaseId: null, entityKey: SHARED_PHONE })]);
    expect(JSON.stringify(mine)).not.toContain(b.caseId);

    const incoming = await b.lead.client.call('incomingAccessRequests', { params: { caseId: b.caseId }, query: { status: 'pending' } });
    expect(incoming.requests).toEqual([expect.objectContaining({ requesterUsername: 'lead-a', fromCaseReference: 'KZ-A-1' })]);
    const id = incoming.requests[0]!.id;
    await b.lead.client.call('decideAccessRequest', {
      params: { caseId: b.caseId, requestId: id },
      body: { decision: 'refuse', note: 'not now' },
    });
    await expectCode(
      b.lead.client.call('decideAccessRequest', { params: { caseId: b.caseId, requestId: id }, body: { decision: 'approve' } }),
      'ACCESS_REQUEST_DECIDED',
    );
    await expectCode(a.lead.client.call('timeline', { params: { caseId: b.caseId }, query: {} }), 'CASE_NOT_FOUND');

    expect(await ask()).toEqual({ requested: 1 });
    const second = (await b.lead.client.call('incomingAccessRequests', { params: { caseId: b.caseId }, query: { status: 'pending' } }))
      .requests[0]!;
    await b.lead.client.call('decideAccessRequest', { params: { caseId: b.caseId, requestId: second.id }, body: { decision: 'approve' } });
    const { entities } = await a.lead.client.call('listEntities', { params: { caseId: a.caseId }, query: {} });
    expect(entities.find((e) => e.key === SHARED_PHONE)!.alsoIn.cases.map((c) => c.reference)).toEqual(['KZ-B-SECRET']);
    expect((await a.lead.client.call('timeline', { params: { caseId: b.caseId }, query: {} })).entries.length).toBeGreaterThan(0);

    const events = await auditor.call('ledger', { query: { caseId: b.caseId, limit: 1000 } });
    const types = events.events.map((e) => e.action);
    expect(types.filter((x) => x === 'case.access_requested')).toHaveLength(2);
    expect(types).toContain('case.access_refused');
    expect(types).toContain('case.access_approved');
    const verified = await t.admin.call('verifyLedger', { body: {} });
    expect(verified.ok).toBe(true);
  });
});
