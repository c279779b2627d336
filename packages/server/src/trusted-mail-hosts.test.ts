// A case's trusted mail hosts through the whole pipeline: an e-mail read without them gives the recipient's own
// relay as its origin; once the lead names them, the item counts as outdated, and reading it again gives the sender.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@tamga/api';
import { ingestPath, type Artifact } from '@tamga/core';
import { builtInParsers } from '@tamga/parsers';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';
import { processCase } from './test-processing';

const EML = [
  'Received: from relay2.mvd.kz (relay2.mvd.kz [195.210.46.20]) by mx.mvd.kz; Mon, 4 Mar 2024 10:00:06 +0500',
  'Received: from mail.sender.example (mail.sender.example [81.20.1.1]) by relay2.mvd.kz; Mon, 4 Mar 2024 05:00:05 +0000',
  'Received: from laptop (unknown [92.46.1.7]) by mail.sender.example; Mon, 4 Mar 2024 05:00:04 +0000',
  'From: Sender <a@sender.example>',
  'To: <duty@mvd.kz>',
  'Subject: test',
  'Date: Mon, 4 Mar 2024 05:00:03 +0000',
  'Message-ID: <1@sender.example>',
  '',
  'body',
  '',
].join('\r\n');

describe("a case's trusted mail hosts", { timeout: 120_000 }, () => {
  let t: TestApp;
  let c: TestCase;
  let itemId: string;

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t);
    const folder = join(t.database.dir, 'mail');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'letter.eml'), EML);
    writeFileSync(join(folder, 'notes.txt'), 'не письмо');
    await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: folder });
    const { items } = await processCase(t, c);
    itemId = items.find((item) => item.name === 'letter.eml')!.id;
  });
  afterAll(() => t?.close());

  const origin = async () => {
    const [email] = await t.context.store.transaction((tx) => tx.artifacts.list(c.caseId, { itemId, type: 'email', limit: 10 }));
    return (email as Artifact).fields.originIp;
  };
  const summary = () => c.lead.client.call('processingSummary', { params: { caseId: c.caseId } });

  it("without them takes the recipient's own relay for the origin", async () => {
    expect(await origin()).toMatchObject({ ip: '195.210.46.20', basis: 'first_public' });
    expect((await summary()).outdated).toBe(0);
  });

  it('refuses an entry that is no host, domain, address or range, and changes nothing', async () => {
    const refused = await c.lead.client
      .call('updateCase', { params: { caseId: c.caseId }, body: { trustedMailHosts: ['mx.mvd.kz', 'not a host'] } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', details: { entry: 'not a host' } });
    const detail = await c.lead.client.call('getCase', { params: { caseId: c.caseId } });
    expect(detail.case.trustedMailHosts).toEqual([]);
  });

  it('once named, counts the e-mail as outdated, and reading it again gives the sender', async () => {
    const updated = await c.lead.client.call('updateCase', {
      params: { caseId: c.caseId },
      body: { trustedMailHosts: [' *.MVD.kz ', '195.210.46.0/24'] },
    });
    expect(updated.trustedMailHosts).toEqual(['*.mvd.kz', '195.210.46.0/24']);
    // Only the e-mail: the text file's parser reads no case settings.
    expect((await summary()).outdated).toBe(1);

    const { queued } = await c.lead.client.call('requestProcessing', { params: { caseId: c.caseId }, body: { outdated: true } });
    expect(queued).toBe(1);
    await processCase(t, c);
    expect(await origin()).toMatchObject({ ip: '81.20.1.1', hop: 1, basis: 'trusted_hosts' });
    expect((await summary()).outdated).toBe(0);
    const state = await t.context.store.transaction((tx) => tx.processing.get(itemId));
    expect(state?.caseSettings).toBe('{"trustedMailHosts":["*.mvd.kz","195.210.46.0/24"]}');

    const events = await t.context.store.transaction((tx) => tx.ledger.list({ caseId: c.caseId, limit: 10_000, order: 'asc' }));
    expect(events.filter((e) => e.action === 'evidence.processed' && e.targetId === itemId).pop()!.details).toMatchObject({
      parser: `email.eml@${builtInParsers.find((p) => p.id === 'email.eml')!.version}`,
      caseSettings: { trustedMailHosts: ['*.mvd.kz', '195.210.46.0/24'] },
    });
    expect(events.filter((e) => e.action === 'case.updated').pop()!.details).toEqual({
      fields: ['trustedMailHosts'],
      trustedMailHosts: ['*.mvd.kz', '195.210.46.0/24'],
    });
  });
});
