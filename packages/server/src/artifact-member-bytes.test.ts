// The bytes of a message read from a chat that a WhatsApp export holds compressed, through the HTTP route a reviewer
// uses: the chat member inflated as far as the message, read with a justification and recorded with the member and
// its range; kept from anyone outside the case.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPath, type Artifact } from '@tamga/core';
import { buildZip } from '../../parsers/src/testing';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';
import { processCase } from './test-processing';

const CHAT_NAME = 'WhatsApp Chat with Айгерим.txt';

function chatText(): string {
  const lines: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const text = i % 5 === 0 ? `Встреча в ${i}\nпродолжение ${i}` : `message ${i} ${'z'.repeat(i % 30)}`;
    lines.push(`01/03/2024, 11:${String(i % 60).padStart(2, '0')} - ${i % 2 ? 'Айгерим' : 'Loris'}: ${text}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('the bytes of a message inside a compressed chat member', { timeout: 120_000 }, () => {
  let t: TestApp;
  let c: TestCase;
  let messages: Artifact[];
  const chat = Buffer.from(chatText());

  const bytesOf = (artifactId: string, justification: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/cases/${c.caseId}/artifacts/${artifactId}/bytes?justification=${encodeURIComponent(justification)}`,
      headers: { authorization: `Bearer ${c.lead.token}` },
    });

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t);
    const folder = await mkdtemp(join(tmpdir(), 'tamga-member-bytes-'));
    await writeFile(join(folder, 'WhatsApp Chat with Айгерим.zip'), buildZip([{ name: CHAT_NAME, data: chat }]));
    await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: join(folder, 'WhatsApp Chat with Айгерим.zip') });
    await processCase(t, c);
    messages = await t.context.store.transaction((tx) => tx.artifacts.list(c.caseId, { type: 'message', limit: 5000 }));
  });
  afterAll(() => t?.close());

  it('shows a message as its bytes in the chat member, and records the read with the member and its range', async () => {
    expect(messages.length).toBe(2000);
    const message = messages.find((a) => a.locator.line !== undefined && a.locator.line > 2000)!;
    expect(message.locator.path).toBe(CHAT_NAME);
    const shown = await c.lead.client.call('getArtifact', { params: { caseId: c.caseId, artifactId: message.id } });
    expect(shown.provenance.bytesAvailable).toBe(true);

    const refused = await bytesOf(message.id, '');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('JUSTIFICATION_REQUIRED');

    const justification = 'Checking the message against the export';
    const read = await bytesOf(message.id, justification);
    expect(read.statusCode).toBe(200);
    const { offset, length } = message.locator as { offset: number; length: number };
    expect(read.headers['x-tamga-range']).toBe(`${offset}-${offset + length}`);
    expect(decodeURIComponent(String(read.headers['x-tamga-member']))).toBe(CHAT_NAME);
    expect(read.rawPayload.equals(chat.subarray(offset, offset + length))).toBe(true);
    expect(read.rawPayload.toString('utf8')).toContain(message.text!.split('\n')[0]!);

    // The client gives the member too, which the CLI and the web app name beside the range.
    const viaClient = await c.lead.client.rawRange(
      `/api/cases/${c.caseId}/artifacts/${message.id}/bytes?justification=${encodeURIComponent(justification)}`,
    );
    expect(viaClient).toMatchObject({ member: CHAT_NAME, range: { start: offset, end: offset + length } });

    const events = await t.context.store.transaction((tx) => tx.ledger.list({ caseId: c.caseId, limit: 10_000, order: 'desc' }));
    const event = events.find((e) => e.action === 'evidence.content_read')!;
    expect(event).toMatchObject({ targetId: message.itemId, justification });
    expect(event.details).toMatchObject({ member: CHAT_NAME, range: { start: offset, end: offset + length } });
  });

  it('keeps the export from anyone outside the case, inflated or not', async () => {
    const outsider = await t.user('outsider', 'investigator');
    const asOutsider = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${c.caseId}/artifacts/${messages[0]!.id}/bytes?justification=${encodeURIComponent('Checking the message')}`,
      headers: { authorization: `Bearer ${outsider.token}` },
    });
    expect(asOutsider.statusCode).toBe(404);
  });
});
