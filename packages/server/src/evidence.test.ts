// Evidence through core and the API: intake of the shared samples with coreutils-equal digests, folders,
// productions, custody events with re-hashing, integrity incidents, justified reads and deep verification.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TamgaClient } from '@tamga/api';
import { ingestPath, isoFromNanoseconds, scanLedger, verifyEvidence, type Actor } from '@tamga/core';
import { actorFor, openTestCase } from './test-case';
import { errorCode, startTestApp, type TestApp } from './test-app';

const SAMPLES = resolve(import.meta.dirname, '../../../../shared/samples');

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

function coreutils(tool: string, path: string): string {
  return execFileSync(tool, [path]).toString().split(' ')[0] as string;
}

describe('evidence intake, custody and verification', () => {
  let t: TestApp;
  let lead: { id: string; client: TamgaClient; token: string };
  let examiner: { id: string; client: TamgaClient; token: string };
  let supervisor: { id: string; client: TamgaClient; token: string };
  let caseId: string;
  let leadActor: Actor;
  let examinerActor: Actor;

  beforeAll(async () => {
    t = await startTestApp();
    ({ caseId, lead, leadActor } = await openTestCase(t, { reference: 'KZ-EV-1' }));
    examiner = await t.user('zarina', 'examiner');
    supervisor = await t.user('boss', 'supervisor');
    for (const member of [examiner, supervisor])
      await lead.client.call('setMember', { params: { caseId, userId: member.id }, body: { level: 'contribute' } });
    examinerActor = actorFor(examiner.id, 'zarina', 'examiner');
  });
  afterAll(() => t?.close());

  it.skipIf(!existsSync(SAMPLES))('takes in every shared sample with digests equal to md5sum, sha1sum and sha256sum', async () => {
    const result = await ingestPath(t.context.deps, examinerActor, caseId, {
      path: SAMPLES,
      acquisition: { location: 'Лаборатория ДП г. Алматы', setting: 'LAB' },
    });
    const files = filesUnder(SAMPLES);
    expect(result.root.kind).toBe('folder');
    expect(result.root.status).toBe('complete');
    expect(result.files).toHaveLength(files.length);
    for (const file of files) {
      const item = result.files.find((f) => f.originalPath === relative(SAMPLES, file));
      expect(item, file).toBeDefined();
      expect(item!.digests).toEqual({
        size: statSync(file).size,
        md5: coreutils('md5sum', file),
        sha1: coreutils('sha1sum', file),
        sha256: coreutils('sha256sum', file),
      });
      expect(item!.exhibitNumber).toMatch(new RegExp(`^${result.root.exhibitNumber}/\\d+$`));
      expect(item!.fileTimes.modifiedAt).toBe(isoFromNanoseconds(statSync(file, { bigint: true }).mtimeNs));
    }
    // Running it again records nothing new.
    const again = await ingestPath(t.context.deps, examinerActor, caseId, { path: SAMPLES });
    expect(again.alreadyPresent).toBe(files.length);
    expect(again.root.id).toBe(result.root.id);
    // Files that appear in a completed folder are not slipped into it.
    const folder = join(t.database.dir, 'completed-folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'one.txt'), '1');
    const first = await ingestPath(t.context.deps, examinerActor, caseId, { path: folder });
    writeFileSync(join(folder, 'two.txt'), '2');
    const rerun = await ingestPath(t.context.deps, examinerActor, caseId, { path: folder });
    expect(rerun.root.id).toBe(first.root.id);
    expect(rerun.files.map((f) => f.originalPath)).toEqual(['one.txt']);
    const listed = await examiner.client.call('listEvidence', { params: { caseId }, query: { parentId: result.root.id } });
    expect(listed).toHaveLength(files.length);
  });

  it('checks source digests, and a mismatch opens an incident that blocks the item until a supervisor resolves it', async () => {
    const file = join(t.database.dir, 'production.zip');
    writeFileSync(file, 'PK\u0003\u0004 provider production bytes');
    const wrong = '0'.repeat(64);
    const { root } = await ingestPath(t.context.deps, leadActor, caseId, {
      path: file,
      production: true,
      acquisition: {
        sourceHashes: [{ algorithm: 'SHA256', value: wrong }],
        production: { provider: 'Telegram FZ-LLC', reference: 'TG-77', channel: 'portal', receivedAt: '2026-11-20T10:00:00Z' },
      },
    });
    expect(root.acquisition.verification.result).toBe('MISMATCH');
    expect(root.acquisition.method).toBe('PROVIDER_PRODUCTION');
    const detail = await lead.client.call('getEvidence', { params: { caseId, itemId: root.id } });
    expect(detail.item.custody.openIncidentId).not.toBeNull();
    const incidentId = detail.incidents[0]!.id;
    expect(
      await errorCode(
        examiner.client.call('recordCustody', { params: { caseId, itemId: root.id }, body: { type: 'checked_out', purpose: 'analysis' } }),
      ),
    ).toBe('INTEGRITY_INCIDENT_OPEN');
    expect(await errorCode(examiner.client.call('resolveIncident', { params: { caseId, incidentId }, body: { resolution: 'x' } }))).toBe(
      'ROLE_FORBIDDEN',
    );
    await supervisor.client.call('resolveIncident', {
      params: { caseId, incidentId },
      body: { resolution: 'Провайдер указал хеш другого архива; подтверждено письмом' },
    });
    expect(
      (
        await examiner.client.call('recordCustody', {
          params: { caseId, itemId: root.id },
          body: { type: 'checked_out', purpose: 'analysis' },
        })
      ).item.custody.checkedOutTo,
    ).toBe(examiner.id);
  });

  it('walks a chain of custody: seal, transfer with both parties, check out and in with re-hash, dispose by a supervisor', async () => {
    const file = join(t.database.dir, 'phone.bin');
    writeFileSync(file, Buffer.alloc(3 * 1024 * 1024 + 17, 0x5a));
    const { root } = await ingestPath(t.context.deps, examinerActor, caseId, { path: file, exhibitNumber: 'EXH-777' });
    expect(root.exhibitNumber).toBe('EXH-777');
    const act = (client: TamgaClient, body: Record<string, unknown>) =>
      client.call('recordCustody', { params: { caseId, itemId: root.id }, body: body as never });
    expect((await act(examiner.client, { type: 'sealed', sealNumber: 'SEAL-0001' })).item.custody.sealed).toBe(true);
    expect(await errorCode(act(examiner.client, { type: 'sealed', sealNumber: 'SEAL-0002' }))).toBe('CUSTODY_STATE');
    const reader = await t.user('reader', 'investigator');
    await lead.client.call('setMember', { params: { caseId, userId: reader.id }, body: { level: 'read' } });
    // A read-only member could never confirm the receipt, so the release is refused up front.
    expect(await errorCode(act(examiner.client, { type: 'transfer_released', toUserId: reader.id, purpose: 'x' }))).toBe('CUSTODY_STATE');
    // A release to the wrong person is cancelled with a reason: the item stays where it was, and nobody can receive it.
    await act(examiner.client, { type: 'transfer_released', toUserId: lead.id, purpose: 'Ошибка в получателе' });
    expect(await errorCode(act(examiner.client, { type: 'transfer_cancelled', reason: '' }))).toBe('VALIDATION_FAILED');
    const cancelled = await act(examiner.client, { type: 'transfer_cancelled', reason: 'Не тот получатель' });
    expect(cancelled.item.custody.pendingTransferTo).toBeNull();
    expect(await errorCode(act(lead.client, { type: 'transfer_received' }))).toBe('CUSTODY_STATE');
    expect(await errorCode(act(examiner.client, { type: 'transfer_cancelled', reason: 'снова' }))).toBe('CUSTODY_STATE');
    await act(examiner.client, { type: 'transfer_released', toUserId: supervisor.id, purpose: 'В хранилище вещдоков' });
    expect(await errorCode(act(examiner.client, { type: 'transfer_received' }))).toBe('CUSTODY_STATE');
    expect(await errorCode(act(examiner.client, { type: 'checked_out', purpose: 'x' }))).toBe('CUSTODY_STATE');
    const received = await act(supervisor.client, { type: 'transfer_received', location: 'Хранилище №3' });
    expect(received.hashMatch).toBe(true);
    expect(received.item.custody.holderId).toBe(supervisor.id);
    await act(supervisor.client, { type: 'unsealed', reason: 'Экспертиза' });
    await act(examiner.client, { type: 'checked_out', purpose: 'Экспертиза' });
    expect((await act(examiner.client, { type: 'checked_in' })).hashMatch).toBe(true);
    expect((await act(examiner.client, { type: 'copied', purpose: 'Рабочая копия' })).hashMatch).toBe(true);
    expect(await errorCode(act(examiner.client, { type: 'disposed', retentionRule: 'R1', certificate: 'C1' }))).toBe('ROLE_FORBIDDEN');
    const report = await lead.client.call('custodyReport', { params: { caseId }, query: { itemId: root.id } });
    const actions = report.items[0]!.events.map((e) => e.action);
    expect(actions).toEqual([
      'evidence.acquired',
      'custody.sealed',
      'custody.transfer_released',
      'custody.transfer_cancelled',
      'custody.transfer_released',
      'custody.transfer_received',
      'custody.unsealed',
      'custody.checked_out',
      'custody.checked_in',
      'custody.copied',
    ]);
    const html = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${caseId}/custody-report.html?itemId=${root.id}`,
      headers: { authorization: `Bearer ${lead.token}` },
    });
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('EXH-777');
    expect(html.body).toContain('custody.transfer_received');
    expect(html.body).toContain(root.digests!.sha256);
    expect(html.body).toContain('<html lang="en">');
    expect(html.body).toContain('Chain of custody');
    const russian = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${caseId}/custody-report.html?itemId=${root.id}&lang=ru`,
      headers: { authorization: `Bearer ${lead.token}` },
    });
    expect(russian.body).toContain('<html lang="ru">');
    expect(russian.body).toContain('Цепочка хранения');
    expect(russian.body).not.toContain('Chain of custody');
    expect(russian.body).toContain(root.digests!.sha256);
    await act(supervisor.client, { type: 'disposed', retentionRule: 'Приговор вступил в силу', certificate: 'Акт №5' });
    expect(await errorCode(act(examiner.client, { type: 'verified' }))).toBe('ITEM_DISPOSED');
  });

  it('a folder intake checks membership before every file: a member removed meanwhile records nothing more', async () => {
    const leaver = await t.user('leaver', 'examiner');
    await lead.client.call('setMember', { params: { caseId, userId: leaver.id }, body: { level: 'contribute' } });
    const folder = join(t.database.dir, 'removed-midway');
    mkdirSync(folder);
    for (const name of ['1.txt', '2.txt', '3.txt']) writeFileSync(join(folder, name), `file ${name}`);
    const files = t.context.deps.files;
    // The folder is listed first; the lead removes the examiner right after, before any file is recorded.
    const deps = {
      ...t.context.deps,
      files: {
        ...files,
        async *walk(path: string) {
          yield* files.walk(path);
          await lead.client.call('removeMember', { params: { caseId, userId: leaver.id } });
        },
      },
    };
    const leaverActor: Actor = { ...examinerActor, userId: leaver.id, username: 'leaver' };
    await expect(ingestPath(deps, leaverActor, caseId, { path: folder })).rejects.toMatchObject({
      code: 'CASE_NOT_FOUND',
    });
    const top = await lead.client.call('listEvidence', { params: { caseId } });
    const opened = top.find((i) => i.originalPath === folder)!;
    expect(opened.status).toBe('ingesting');
    expect(await lead.client.call('listEvidence', { params: { caseId }, query: { parentId: opened.id } })).toEqual([]);
  });

  it('a folder of many files is recorded in groups; a file that cannot be read stops it after the files before it', async () => {
    const folder = join(t.database.dir, 'many-files');
    mkdirSync(folder);
    const names = Array.from({ length: 300 }, (_, i) => `f${String(i).padStart(3, '0')}.txt`);
    for (const name of names) writeFileSync(join(folder, name), `content of ${name}`);
    const files = t.context.deps.files;
    // The 271st entry vanishes between the listing and its reading (as a file on a failing disk would).
    const deps = {
      ...t.context.deps,
      files: {
        ...files,
        async *walk(path: string) {
          let index = 0;
          for await (const entry of files.walk(path)) {
            if (index++ === 270) yield { ...entry, path: join(path, 'gone.txt'), relativePath: 'gone.txt' };
            yield entry;
          }
        },
      },
    };
    await expect(ingestPath(deps, examinerActor, caseId, { path: folder })).rejects.toMatchObject({
      code: 'INGEST_FAILED',
      message: expect.stringContaining('gone.txt'),
    });
    const top = await lead.client.call('listEvidence', { params: { caseId } });
    const opened = top.find((i) => i.originalPath === folder)!;
    const partial = await lead.client.call('listEvidence', { params: { caseId }, query: { parentId: opened.id } });
    expect(partial.map((i) => i.originalPath).sort()).toEqual(names.slice(0, 270));

    const rerun = await ingestPath(t.context.deps, examinerActor, caseId, { path: folder });
    expect(rerun.alreadyPresent).toBe(270);
    expect(rerun.root.status).toBe('complete');
    const all = await lead.client.call('listEvidence', { params: { caseId }, query: { parentId: opened.id } });
    expect(all).toHaveLength(300);
    expect(new Set(all.map((i) => i.exhibitNumber)).size).toBe(300);
    for (const item of all) {
      expect(item.digests!.sha256).toBe(coreutils('sha256sum', join(folder, item.originalPath)));
      expect(item.exhibitNumber).toBe(`${opened.exhibitNumber}/${names.indexOf(item.originalPath) + 1}`);
    }
  });

  it('disposing of a folder disposes of its files too, each with its own event, and verify agrees', async () => {
    const folder = join(t.database.dir, 'to-dispose');
    mkdirSync(join(folder, 'inner'), { recursive: true });
    writeFileSync(join(folder, 'a.txt'), 'first file to dispose');
    writeFileSync(join(folder, 'inner', 'b.txt'), 'second file to dispose');
    const { root } = await ingestPath(t.context.deps, examinerActor, caseId, { path: folder });
    await supervisor.client.call('recordCustody', {
      params: { caseId, itemId: root.id },
      body: { type: 'disposed', retentionRule: 'Приговор вступил в силу', certificate: 'Акт №9' },
    });
    const files = await lead.client.call('listEvidence', { params: { caseId }, query: { parentId: root.id } });
    expect(files).toHaveLength(2);
    for (const file of files) {
      expect(file.custody.disposedAt).not.toBeNull();
      const report = await lead.client.call('custodyReport', { params: { caseId }, query: { itemId: file.id } });
      const disposal = report.items.find((i) => i.item.id === file.id)!.events.find((e) => e.action === 'custody.disposed');
      expect(disposal?.details).toMatchObject({ certificate: 'Акт №9', disposedWith: root.exhibitNumber });
    }
    const report = await verifyEvidence(t.context.store, t.context.blobs, { caseId, deep: false });
    const disposed = new Set([root.id, ...files.map((f) => f.id)]);
    expect(report.findings.filter((f) => disposed.has(f.itemId))).toEqual([]);
  });

  it('reading original bytes needs a justification and is itself in the ledger', async () => {
    const file = join(t.database.dir, 'note.txt');
    writeFileSync(file, 'Встреча в 21:00 у рынка');
    const { root } = await ingestPath(t.context.deps, examinerActor, caseId, { path: file });
    const token = lead.token;
    const url = `/api/cases/${caseId}/evidence/${root.id}/content`;
    const refused = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('JUSTIFICATION_REQUIRED');
    const read = await t.app.inject({
      method: 'GET',
      url: `${url}?justification=${encodeURIComponent('Подготовка допроса')}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(read.statusCode).toBe(200);
    expect(read.body).toBe('Встреча в 21:00 у рынка');
    expect(read.headers['x-tamga-sha256']).toBe(root.digests!.sha256);
    const outsider = await t.user('stranger', 'investigator');
    const hidden = await t.app.inject({
      method: 'GET',
      url: `${url}?justification=curious`,
      headers: { authorization: `Bearer ${outsider.token}` },
    });
    expect(hidden.statusCode).toBe(404);
    const events = (await lead.client.call('caseLedger', { params: { caseId }, query: { limit: 50 } })).events;
    expect(events.find((e) => e.action === 'evidence.content_read')).toMatchObject({
      justification: 'Подготовка допроса',
      targetId: root.id,
    });
  });

  it('deep verification names a flipped byte in a blob, an edited evidence row and an edited custody state', async () => {
    const first = join(t.database.dir, 'a.bin');
    const second = join(t.database.dir, 'b.bin');
    writeFileSync(first, 'first exhibit bytes');
    writeFileSync(second, 'second exhibit bytes');
    const a = (await ingestPath(t.context.deps, examinerActor, caseId, { path: first })).root;
    const b = (await ingestPath(t.context.deps, examinerActor, caseId, { path: second })).root;
    const clean = await verifyEvidence(t.context.store, t.context.blobs, { deep: true });
    expect(clean.findings).toEqual([]);

    const blob = join(t.context.config.dataDir, 'blobs', a.digests!.sha256.slice(0, 2), a.digests!.sha256.slice(2, 4), a.digests!.sha256);
    chmodSync(blob, 0o644);
    const bytes = readFileSync(blob);
    bytes[3] = bytes[3]! ^ 0x01;
    writeFileSync(blob, bytes);
    await sql`update evidence_items set sha256 = ${'f'.repeat(64)} where id = ${b.id}`.execute(t.context.store.db);
    const third = join(t.database.dir, 'c3.bin');
    writeFileSync(third, 'third exhibit bytes');
    const c = (await ingestPath(t.context.deps, examinerActor, caseId, { path: third })).root;
    // Deleting a row needs the database's own guard removed first, as an intruder would.
    const sqlite = t.context.store.dialect === 'sqlite';
    await sql
      .raw(sqlite ? 'DROP TRIGGER evidence_items_no_delete' : 'DROP TRIGGER evidence_items_no_delete ON evidence_items')
      .execute(t.context.store.db);
    await sql`delete from evidence_items where id = ${c.id}`.execute(t.context.store.db);
    // A sealed item whose seal number is edited in its row: the custody events say otherwise.
    const fourth = join(t.database.dir, 'd4.bin');
    writeFileSync(fourth, 'fourth exhibit bytes');
    const d = (await ingestPath(t.context.deps, examinerActor, caseId, { path: fourth })).root;
    await examiner.client.call('recordCustody', { params: { caseId, itemId: d.id }, body: { type: 'sealed', sealNumber: 'KZ-SEAL-0001' } });
    const { rows } = await sql<{ data: string }>`select data from evidence_items where id = ${d.id}`.execute(t.context.store.db);
    const data = JSON.parse(rows[0]!.data) as { custody: { sealNumber: string } };
    expect(data.custody.sealNumber).toBe('KZ-SEAL-0001');
    data.custody.sealNumber = 'KZ-SEAL-0002';
    await sql`update evidence_items set data = ${JSON.stringify(data)} where id = ${d.id}`.execute(t.context.store.db);

    const report = await verifyEvidence(t.context.store, t.context.blobs, { deep: true });
    expect(report.ok).toBe(false);
    expect(report.findings.find((f) => f.itemId === d.id)).toMatchObject({ kind: 'custody-differs-from-ledger' });
    expect(report.findings.find((f) => f.itemId === d.id)?.message).toContain('KZ-SEAL-0001');
    expect(report.findings.find((f) => f.itemId === a.id)).toMatchObject({ kind: 'blob-mismatch', exhibitNumber: a.exhibitNumber });
    expect(report.findings.filter((f) => f.itemId === b.id).map((f) => f.kind)).toContain('row-differs-from-ledger');
    expect(report.findings.find((f) => f.itemId === c.id)).toMatchObject({ kind: 'row-missing', exhibitNumber: c.exhibitNumber });
    const viaApi = await t.admin.call('verifyLedger', { body: { deep: true } });
    expect(viaApi.ok).toBe(false);
    expect(viaApi.evidence.findings.map((f) => f.exhibitNumber)).toEqual(expect.arrayContaining([a.exhibitNumber, b.exhibitNumber]));
    // Re-hashing at a custody step catches the flipped byte too, and opens an incident.
    const outcome = await examiner.client.call('recordCustody', { params: { caseId, itemId: a.id }, body: { type: 'verified' } });
    expect(outcome.hashMatch).toBe(false);
    expect(outcome.incidentId).not.toBeNull();
    expect((await scanLedger(t.context.store, t.context.deps.signer.publicKeyHex)).ok).toBe(true);
  });

  it('refuses intake without a covering authorisation, into a closed case, or by a role that may not ingest', async () => {
    const file = join(t.database.dir, 'c.bin');
    writeFileSync(file, 'c');
    await expect(ingestPath(t.context.deps, leadActor, caseId, { path: file, measure: 'INTERCEPTION' })).rejects.toMatchObject({
      code: 'AUTH_MEASURE_NOT_COVERED',
    });
    const prosecutor = await t.user('prok', 'prosecutor');
    await lead.client.call('setMember', { params: { caseId, userId: prosecutor.id }, body: { level: 'contribute' } });
    await expect(
      ingestPath(
        t.context.deps,
        { userId: prosecutor.id, username: 'prok', role: 'prosecutor', sessionId: null, mustChangePassword: false },
        caseId,
        { path: file },
      ),
    ).rejects.toMatchObject({ code: 'ROLE_FORBIDDEN' });
    await expect(ingestPath(t.context.deps, leadActor, caseId, { path: join(t.database.dir, 'missing.bin') })).rejects.toMatchObject({
      code: 'INGEST_SOURCE_INVALID',
    });
    mkdirSync(join(t.database.dir, 'empty'), { recursive: true });
    const empty = await ingestPath(t.context.deps, leadActor, caseId, { path: join(t.database.dir, 'empty') });
    expect(empty.files).toEqual([]);
    expect(empty.root.status).toBe('complete');
  });
});
