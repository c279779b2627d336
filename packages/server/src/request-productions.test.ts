// A production answering a request, on a real database with the real worker: it is taken in with its
// provenance, the files the examiner marked out of scope are sequestered (stored and hashed, never processed,
// searchable or readable) until a supervisor releases them, when processing starts, or disposes of them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@tamga/api';
import { receiveProduction } from '@tamga/core';
import { openRequestCase, plainTextLetters, sentRequest, type RequestFixture } from './request-fixture';
import { actorFor } from './test-case';
import { startTestApp, testClock, type TestApp } from './test-app';
import { startWorker } from './worker/worker';

async function code(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'OK';
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
}

describe('productions and sequestration (G9)', () => {
  let t: TestApp;
  let f: RequestFixture;
  let folder: string;

  async function settle() {
    const worker = startWorker(t.context, { pollMs: 10, requestTimersMs: 0 });
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

  const hits = async (q: string) => (await f.author.client.call('search', { params: { caseId: f.caseId }, query: { q } })).total;

  beforeAll(async () => {
    t = await startTestApp({ clock: testClock(Date.parse('2026-03-01T09:00:00Z')) });
    t.context.deps.letters = plainTextLetters;
    f = await openRequestCase(t);
    folder = join(t.database.dir, 'meta-production-55120');
    mkdirSync(join(folder, 'other'), { recursive: true });
    writeFileSync(join(folder, 'account-1784.txt'), 'Subscriber: Zhibek Nurlanovna, registered 2025-06-03\n');
    writeFileSync(join(folder, 'other', 'account-2231.txt'), 'Subscriber: Qyzylorda Trading LLP, unrelated account\n');
    writeFileSync(join(folder, 'other', 'account-9090.txt'), 'Subscriber: Taraz Holdings, another unrelated account\n');
  });
  afterAll(() => t?.close());

  it('takes the production in against its request and keeps the out-of-scope files out of search until released', async () => {
    const sent = await sentRequest(f, 'DISC_VOLUNTARY');
    const params = { caseId: f.caseId, requestId: sent.id };
    await f.author.client.call('acknowledgeRequest', { params, body: { reference: 'META-LE-55120' } });
    const { request, intake, sequestered } = await receiveProduction(
      t.context.deps,
      actorFor(f.author.id, 'author', 'investigator'),
      f.caseId,
      sent.id,
      {
        path: folder,
        providerReference: 'META-LE-55120/P1',
        outOfScope: ['other/account-2231.txt', './other/account-9090.txt'],
        outOfScopeReason: 'Accounts not named in the request',
      },
    );
    expect(intake.root).toMatchObject({ kind: 'production' });
    expect(intake.root.acquisition.production).toMatchObject({
      provider: 'Meta',
      reference: 'META-LE-55120/P1',
      channel: 'PORTAL',
      requestId: sent.id,
    });
    expect(intake.files).toHaveLength(3);
    expect(sequestered.map((s) => s.originalPath).sort()).toEqual(['other/account-2231.txt', 'other/account-9090.txt']);
    // Stored and hashed like every other file.
    expect(sequestered.every((s) => s.digests?.sha256.length === 64)).toBe(true);
    expect(request.productions).toEqual([
      expect.objectContaining({ itemId: intake.root.id, files: 3, sequestered: 2, providerReference: 'META-LE-55120/P1' }),
    ]);

    await settle();
    expect(await hits('Zhibek')).toBe(1);
    expect(await hits('Qyzylorda')).toBe(0);
    expect(await hits('Taraz')).toBe(0);
    const [other, third] = [
      sequestered.find((s) => s.originalPath.endsWith('2231.txt'))!,
      sequestered.find((s) => s.originalPath.endsWith('9090.txt'))!,
    ];
    const { artifacts } = await f.author.client.call('listArtifacts', { params: { caseId: f.caseId }, query: { itemId: other.id } });
    expect(artifacts).toEqual([]);
    const processing = await t.context.store.transaction((tx) => tx.processing.get(other.id));
    expect(processing).toMatchObject({ status: 'skipped', reason: expect.stringContaining('sequestered'), reasonCode: 'sequestered' });
    expect(await code(f.author.client.raw(`/api/cases/${f.caseId}/evidence/${other.id}/content?justification=review`))).toBe(
      'ITEM_SEQUESTERED',
    );
    const listed = await f.supervisor.client.call('listSequestered', { params: { caseId: f.caseId } });
    expect(listed.items.map((i) => i.id).sort()).toEqual([other.id, third.id].sort());

    // Only a supervisor decides; the decision is an event and starts processing.
    const release = {
      params: { caseId: f.caseId, itemId: other.id },
      body: { decision: 'release' as const, note: 'Same person, second account' },
    };
    expect(await code(f.author.client.call('decideSequestration', release))).toBe('ROLE_FORBIDDEN');
    const released = await f.supervisor.client.call('decideSequestration', release);
    expect(released.sequestration).toMatchObject({ state: 'RELEASED', decidedBy: f.supervisor.id });
    expect(await code(f.supervisor.client.call('decideSequestration', release))).toBe('NOT_SEQUESTERED');
    await settle();
    expect(await hits('Qyzylorda')).toBe(1);
    expect(await hits('Taraz')).toBe(0);

    const disposed = await f.supervisor.client.call('decideSequestration', {
      params: { caseId: f.caseId, itemId: third.id },
      body: { decision: 'dispose', note: 'Unrelated third party' },
    });
    expect(disposed.sequestration?.state).toBe('DISPOSED');
    expect(disposed.custody.disposedAt).not.toBeNull();
    await f.author.client.call('requestProcessing', { params: { caseId: f.caseId }, body: {} });
    await settle();
    expect(await hits('Taraz')).toBe(0);

    const { events } = (await f.author.client.call('caseLedger', { params: { caseId: f.caseId }, query: { limit: 1000 } as never })) as {
      events: Array<{ action: string; targetId: string | null }>;
    };
    const actions = events.map((e) => e.action);
    expect(actions.filter((a) => a === 'evidence.sequestered')).toHaveLength(2);
    expect(actions).toEqual(
      expect.arrayContaining([
        'request.production_received',
        'evidence.sequestration_released',
        'evidence.sequestration_disposed',
        'evidence.received',
      ]),
    );
  });

  it('a preservation or an unsent request takes no production', async () => {
    const preservation = await sentRequest(f, 'PRES_DIRECT');
    await expect(
      receiveProduction(t.context.deps, actorFor(f.author.id, 'author', 'investigator'), f.caseId, preservation.id, {
        path: folder,
        providerReference: 'X',
      }),
    ).rejects.toMatchObject({ code: 'REQUEST_NO_PRODUCTION' });
  });

  it('takes a production in through the HTTP routes: a tus upload, then receiveProduction, a file named out of scope sequestered', async () => {
    const examiner = await t.user('prod-exam', 'examiner');
    await f.author.client.call('setMember', { params: { caseId: f.caseId, userId: examiner.id }, body: { level: 'contribute' } });
    const sent = await sentRequest(f, 'DISC_VOLUNTARY');
    const params = { caseId: f.caseId, requestId: sent.id };
    await f.author.client.call('acknowledgeRequest', { params, body: { reference: 'META-LE-77001' } });
    const upload = async (name: string, text: string) => {
      const content = Buffer.from(text);
      const auth = { authorization: `Bearer ${examiner.token}`, 'tus-resumable': '1.0.0' };
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/uploads',
        headers: {
          ...auth,
          'upload-length': String(content.length),
          'upload-metadata': `filename ${Buffer.from(name).toString('base64')}`,
        },
      });
      expect(created.statusCode).toBe(201);
      const location = new URL(String(created.headers.location), 'http://localhost').pathname;
      const patched = await t.app.inject({
        method: 'PATCH',
        url: location,
        headers: { ...auth, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
        payload: content,
      });
      expect(patched.statusCode).toBe(204);
      return location.split('/').pop()!;
    };

    const inScope = await examiner.client.call('receiveProduction', {
      params,
      body: {
        uploadId: await upload('subscriber-77001.txt', 'Subscriber: Aruzhan Temirova, since 2024\n'),
        name: 'subscriber-77001.txt',
        fileTimes: { modifiedAt: '2026-03-02T08:00:00Z' },
        providerReference: 'META-LE-77001/P1',
      },
    });
    expect(inScope.root.acquisition.production).toMatchObject({ reference: 'META-LE-77001/P1', requestId: sent.id });
    expect(inScope.root.fileTimes).toEqual({ modifiedAt: '2026-03-02T08:00:00Z', accessedAt: null, changedAt: null, bornAt: null });
    expect(inScope.sequestered).toEqual([]);
    const outOfScope = await examiner.client.call('receiveProduction', {
      params,
      body: {
        uploadId: await upload('unrelated-88.txt', 'Subscriber: Oskemen Logistics, not named in the request\n'),
        name: 'unrelated-88.txt',
        providerReference: 'META-LE-77001/P2',
        outOfScope: ['unrelated-88.txt'],
        outOfScopeReason: 'An account the request does not name',
      },
    });
    expect(outOfScope.sequestered.map((i) => i.id)).toEqual([outOfScope.root.id]);
    expect(outOfScope.root.fileTimes.modifiedAt).toBeNull();
    expect(outOfScope.request.productions).toHaveLength(2);
    await settle();
    expect(await hits('Aruzhan')).toBe(1);
    expect(await hits('Oskemen')).toBe(0);
  });
});
