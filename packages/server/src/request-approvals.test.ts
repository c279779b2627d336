// The higher approver (G6, G8) and the validation of emergency requests (G7), through the API on a real database:
// a privileged target or content data needs a supervisor and then a prosecutor; an emergency request not
// validated within 48 h becomes INVALIDATED under the test clock, and what was produced for it is sequestered.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@tamga/api';
import { receiveProduction, runRequestTimers } from '@tamga/core';
import { openRequestCase, plainTextLetters, requestBody, sentRequest, type RequestFixture } from './request-fixture';
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

const emergency = {
  natureOfThreat: 'A child is being lured to a meeting',
  howDataAverts: 'The IP address locates the account holder',
  attestedBy: { name: 'Ерлан Касымов', position: 'Старший следователь' },
  followUpProcessDue: '2026-03-10T09:00:00Z',
};

describe('higher approval (G6, G8) and emergency validation (G7)', () => {
  const clock = testClock(Date.parse('2026-03-01T09:00:00Z'));
  let t: TestApp;
  let f: RequestFixture;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    t.context.deps.letters = plainTextLetters;
    t.context.deps.settings.apiSessionHours = 24 * 3650;
    f = await openRequestCase(t);
  });
  afterAll(() => t?.close());

  const params = (requestId: string) => ({ caseId: f.caseId, requestId });
  async function submitted(type: string, overrides: Record<string, unknown> = {}) {
    const created = await f.author.client.call('createRequest', {
      params: { caseId: f.caseId },
      body: requestBody(f, type, overrides) as never,
    });
    await f.author.client.call('submitRequest', { params: params(created.id), body: {} });
    return created.id;
  }
  const approve = (who: { client: RequestFixture['author']['client'] }, id: string) =>
    who.client.call('approveRequest', { params: params(id), body: {} });

  it('G8: a journalist target needs the supervisor and then a higher approver; nobody finishes it alone', async () => {
    clock.set('2026-03-01T09:00:00Z');
    const id = await submitted('DISC_VOLUNTARY', { privilegeRisk: { kind: 'JOURNALIST', note: 'Runs a news channel' } });
    // The prosecutor cannot go first: the supervisor's four eyes come first.
    expect(await code(approve(f.prosecutor, id))).toBe('REQUEST_FIRST_APPROVAL_REQUIRED');
    const first = await approve(f.supervisor, id);
    expect(first.status).toBe('IN_REVIEW');
    expect(first.approvals).toEqual([expect.objectContaining({ by: f.supervisor.id, role: 'supervisor', stage: 'FIRST' })]);
    const detail = await f.author.client.call('getRequest', { params: params(id) });
    expect(detail.approval).toEqual({
      higherApprovalReasons: [expect.stringContaining('JOURNALIST')],
      higherApproverRoles: ['prosecutor'],
      next: 'HIGHER',
    });
    // The same person twice, and another supervisor, are both refused with their own codes and reasons.
    const repeated = await approve(f.supervisor, id).catch((e: ApiError) => e);
    expect(repeated).toBeInstanceOf(ApiError);
    expect((repeated as ApiError).code).toBe('REQUEST_APPROVER_REPEATED');
    const alone = await approve(f.otherSupervisor, id).catch((e: ApiError) => e);
    expect((alone as ApiError).code).toBe('REQUEST_HIGHER_APPROVAL_REQUIRED');
    expect((alone as ApiError).message).toContain('prosecutor');
    expect((alone as ApiError).message).toContain('JOURNALIST');
    const done = await approve(f.prosecutor, id);
    expect(done.status).toBe('AUTHORIZED');
    expect(done.approvedBy).toBe(f.prosecutor.id);
    expect(done.approvals?.map((a) => [a.role, a.stage])).toEqual([
      ['supervisor', 'FIRST'],
      ['prosecutor', 'HIGHER'],
    ]);
    const ledger = await t.context.store.transaction((tx) => tx.ledger.list({ targetId: id, limit: 1000, order: 'asc' }));
    expect(ledger.map((e) => e.action)).toEqual(
      expect.arrayContaining(['request.approved_first', 'request.approval_refused', 'request.approved']),
    );
  });

  it('G6: a content request needs the higher approver too; a subscriber request needs one supervisor', async () => {
    const content = await submitted('DISC_VOLUNTARY', {
      items: [
        {
          selectorType: 'ACCOUNT_ID',
          selectorValue: '1784-5521-9003',
          category: 'CONTENT',
          windowFrom: '2025-07-01T00:00:00+05:00',
          windowTo: '2025-08-01T00:00:00+05:00',
        },
      ],
    });
    expect((await approve(f.supervisor, content)).status).toBe('IN_REVIEW');
    expect(await code(approve(f.otherSupervisor, content))).toBe('REQUEST_HIGHER_APPROVAL_REQUIRED');
    expect((await approve(f.prosecutor, content)).status).toBe('AUTHORIZED');

    const subscriber = await submitted('DISC_VOLUNTARY');
    const approved = await approve(f.supervisor, subscriber);
    expect(approved.status).toBe('AUTHORIZED');
    expect(approved.approvals).toHaveLength(1);
    // Returned to the author, approvals given so far lapse.
    const again = await submitted('DISC_VOLUNTARY', { privilegeRisk: { kind: 'LAWYER' } });
    await approve(f.supervisor, again);
    const returned = await f.supervisor.client.call('returnRequest', { params: params(again), body: { note: 'Narrow it' } });
    expect(returned.approvals).toEqual([]);
  });

  it('G7: validating an emergency request with its formal order clears the validation timer', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const sent = await sentRequest(f, 'DISC_EMERGENCY', { emergency });
    expect(sent.timers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'EU_VALID_48H', kind: 'VALIDATION_DUE', dueAt: '2026-03-04T09:00:00.000Z' }),
      ]),
    );
    expect(await code(f.author.client.call('validateRequest', { params: params(sent.id), body: { orderReference: 'X' } }))).toBe(
      'ROLE_FORBIDDEN',
    );
    clock.set('2026-03-03T09:00:00Z');
    const validated = await f.prosecutor.client.call('validateRequest', {
      params: params(sent.id),
      body: { orderReference: 'Постановление 7-61/2026' },
    });
    expect(validated.validation).toMatchObject({ state: 'VALIDATED', by: f.prosecutor.id, orderReference: 'Постановление 7-61/2026' });
    expect(validated.timers.find((x) => x.kind === 'VALIDATION_DUE')?.clearedAt).toBe('2026-03-03T09:00:00.000Z');
    expect(await code(f.supervisor.client.call('validateRequest', { params: params(sent.id), body: { orderReference: 'Y' } }))).toBe(
      'REQUEST_VALIDATION_CLOSED',
    );
    clock.set('2026-03-06T09:00:00Z');
    await runRequestTimers(t.context.deps);
    expect((await f.author.client.call('getRequest', { params: params(sent.id) })).request.status).toBe('SENT');
    // Not an emergency: nothing to validate.
    const routine = await sentRequest(f, 'DISC_VOLUNTARY');
    expect(await code(f.supervisor.client.call('validateRequest', { params: params(routine.id), body: { orderReference: 'Z' } }))).toBe(
      'REQUEST_NOT_EMERGENCY',
    );
  });

  it('G7: an emergency request not validated in 48 h becomes INVALIDATED and its production is sequestered', async () => {
    clock.set('2026-04-01T09:00:00Z');
    const sent = await sentRequest(f, 'DISC_EMERGENCY', { emergency });
    await f.author.client.call('acknowledgeRequest', { params: params(sent.id), body: { reference: 'META-EM-7001' } });
    const folder = join(t.database.dir, 'meta-emergency-7001');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'subscriber.txt'), 'Subscriber: Aigerim Sultanbekova, phone +7 701 000 0000\n');
    const { intake } = await receiveProduction(t.context.deps, actorFor(f.author.id, 'author', 'investigator'), f.caseId, sent.id, {
      path: folder,
      providerReference: 'META-EM-7001/P1',
    });
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
    const hits = async () => (await f.author.client.call('search', { params: { caseId: f.caseId }, query: { q: 'Sultanbekova' } })).total;
    expect(await hits()).toBe(1);

    clock.set('2026-04-03T08:59:00Z');
    expect((await runRequestTimers(t.context.deps)).requestsInvalidated).toBe(0);
    clock.set('2026-04-03T09:01:00Z');
    // Too late to validate: the due time has passed.
    expect(await code(f.prosecutor.client.call('validateRequest', { params: params(sent.id), body: { orderReference: 'late' } }))).toBe(
      'REQUEST_VALIDATION_CLOSED',
    );
    const run = await runRequestTimers(t.context.deps);
    expect(run.requestsInvalidated).toBe(1);
    expect(run.itemsSequestered).toBeGreaterThanOrEqual(1);
    expect((await runRequestTimers(t.context.deps)).requestsInvalidated).toBe(0);
    const detail = await f.author.client.call('getRequest', { params: params(sent.id) });
    expect(detail.request.status).toBe('INVALIDATED');
    expect(detail.request.validation).toMatchObject({ state: 'LAPSED' });
    expect(detail.deadlines).toEqual([]);
    // Quarantined: out of search, unreadable, and only disposal remains.
    expect(await hits()).toBe(0);
    const listed = await f.supervisor.client.call('listSequestered', { params: { caseId: f.caseId } });
    const file = intake.files.find((x) => x.name === 'subscriber.txt')!;
    expect(listed.items.map((i) => i.id)).toContain(file.id);
    expect(
      await code(
        f.supervisor.client.call('decideSequestration', {
          params: { caseId: f.caseId, itemId: file.id },
          body: { decision: 'release', note: 'try' },
        }),
      ),
    ).toBe('REQUEST_TERMINAL');
    expect(await code(f.author.client.call('withdrawRequest', { params: params(sent.id), body: { reason: 'x' } }))).toBe(
      'REQUEST_TERMINAL',
    );
  });
});
