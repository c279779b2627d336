// E-mail threads on a real database: a mailbox processed and analysed, its e-mails joined by Message-ID,
// In-Reply-To and References into reply trees, only within the case, and the route closed to non-members.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseItem, emailThread, ingestPath, processItem, THREAD_LIMIT, type Artifact } from '@tamga/core';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';

interface Mail {
  id?: string;
  subject: string;
  at: string;
  inReplyTo?: string;
  references?: string;
  /** The sender's address as its From field writes it (aigerim@example.kz otherwise). */
  from?: string;
}

function mbox(mails: Mail[]): string {
  return mails
    .map((m) =>
      [
        `From someone@example.kz ${new Date(m.at).toUTCString()}`,
        `From: Айгерим <${m.from ?? 'aigerim@example.kz'}>`,
        'To: bekzat@example.kz',
        `Subject: ${m.subject}`,
        `Date: ${new Date(m.at).toUTCString().replace('GMT', '+0000')}`,
        ...(m.id ? [`Message-ID: <${m.id}>`] : []),
        ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`] : []),
        ...(m.references ? [`References: ${m.references}`] : []),
        '',
        `${m.subject}: текст`,
        '',
      ].join('\n'),
    )
    .join('\n');
}

describe('e-mail threads', () => {
  let t: TestApp;
  let c: TestCase;
  let other: TestCase;
  const bySubject = new Map<string, Artifact>();

  async function take(testCase: TestCase, name: string, mails: Mail[]): Promise<Artifact[]> {
    const path = join(t.database.dir, name);
    writeFileSync(path, mbox(mails));
    const { root } = await ingestPath(t.context.deps, testCase.leadActor, testCase.caseId, { path });
    await processItem(t.context.deps, t.context.parsers, { caseId: testCase.caseId, itemId: root.id });
    await analyseItem(t.context.deps, t.context.extract, { caseId: testCase.caseId, itemId: root.id });
    const artifacts = await t.context.deps.store.transaction((tx) => tx.artifacts.list(testCase.caseId, { limit: 1000 }));
    return artifacts.filter((a) => a.itemId === root.id);
  }

  const thread = async (subject: string) => {
    const found = await emailThread(t.context.deps, c.leadActor, c.caseId, bySubject.get(subject)!.id);
    return { ...found, lines: found.messages.map((m) => `${'  '.repeat(m.depth)}${m.subject}`) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t, { username: 'thread-lead', reference: 'KZ-TH-1' });
    other = await openTestCase(t, { username: 'thread-other', reference: 'KZ-TH-2' });
    const artifacts = await take(c, 'threads.mbox', [
      { id: 'a@x.kz', subject: 'План', at: '2026-03-01T10:00:00Z' },
      {
        id: 'b@x.kz',
        subject: 'Re: План',
        at: '2026-03-01T11:00:00Z',
        inReplyTo: '<a@x.kz>',
        references: '<a@x.kz>',
        from: 'Aigerim@Example.KZ',
      },
      // References alone, no In-Reply-To: the last of them is the parent.
      { id: 'c@x.kz', subject: 'Re: Re: План', at: '2026-03-01T12:00:00Z', references: '<a@x.kz>\n <b@x.kz>' },
      { id: 'd@x.kz', subject: 'Отв: План', at: '2026-03-01T10:30:00Z', inReplyTo: '<a@x.kz>' },
      // Replies to a message not seized: it hangs under the nearest one the case holds.
      { id: 'f@x.kz', subject: 'Re: пропавшее', at: '2026-03-01T13:00:00Z', inReplyTo: '<gone@x.kz>', references: '<a@x.kz> <gone@x.kz>' },
      { id: 'e@x.kz', subject: 'Другое', at: '2026-03-02T09:00:00Z' },
      // A loop of replies (broken or forged headers): both are still shown.
      { id: 'g@x.kz', subject: 'Петля G', at: '2026-03-03T09:00:00Z', inReplyTo: '<h@x.kz>' },
      { id: 'h@x.kz', subject: 'Петля H', at: '2026-03-03T10:00:00Z', inReplyTo: '<g@x.kz>' },
      { subject: 'Без Message-ID', at: '2026-03-04T09:00:00Z', inReplyTo: '<e@x.kz>' },
      // No reply headers at all: the subject ties replies to the original before them, never two originals together.
      { id: 's1@x.kz', subject: 'Отчёт', at: '2026-03-05T09:00:00Z' },
      { id: 's2@x.kz', subject: 'RE[2]: Отчёт', at: '2026-03-05T11:00:00Z' },
      { id: 's3@x.kz', subject: 'Пересл: Re:  отчёт', at: '2026-03-05T12:00:00Z' },
      { id: 's4@x.kz', subject: 'Отчёт', at: '2026-03-07T09:00:00Z' },
      { id: 's5@x.kz', subject: 'Ещё отчёт', at: '2026-03-07T10:00:00Z' },
    ]);
    for (const artifact of artifacts) bySubject.set(String(artifact.fields.subject), artifact);
    // The same ids in another case: never part of this case's threads.
    await take(other, 'other.mbox', [
      { id: 'a@x.kz', subject: 'Чужой План', at: '2026-03-01T10:00:00Z' },
      { id: 'z@x.kz', subject: 'Re: Чужой', at: '2026-03-01T10:05:00Z', inReplyTo: '<a@x.kz>' },
    ]);
  });
  afterAll(() => t?.close());

  it('gathers a thread from any of its e-mails as a reply tree, siblings in time order', async () => {
    const expected = ['План', '  Отв: План', '  Re: План', '    Re: Re: План', '  Re: пропавшее'];
    for (const subject of ['План', 'Re: Re: План', 'Re: пропавшее']) {
      const found = await thread(subject);
      expect(found.lines, subject).toEqual(expected);
      // gone@x.kz is named but not held.
      expect(found.missing).toBe(1);
      expect(found.truncated).toBe(false);
    }
    const root = (await thread('План')).messages;
    expect(root[2]).toMatchObject({
      subject: 'Re: План',
      messageId: 'b@x.kz',
      parentId: bySubject.get('План')!.id,
      from: 'email:aigerim@example.kz',
      // As its header wrote it; the others wrote the account's own form.
      fromWritten: 'Aigerim@Example.KZ',
    });
    expect(root[0]).toMatchObject({ subject: 'План', from: 'email:aigerim@example.kz', fromWritten: null });
  });

  it('keeps unrelated e-mails apart, shows a loop of replies whole, and follows a reply without an id of its own', async () => {
    expect((await thread('Другое')).lines).toEqual(['Другое', '  Без Message-ID']);
    const loop = await thread('Петля G');
    expect([...loop.lines].sort()).toEqual(['  Петля H', 'Петля G'].sort());
    expect(loop.messages).toHaveLength(2);
  });

  it('ties e-mails without reply headers by their subject, replies under the original before them', async () => {
    const expected = ['Отчёт', '  RE[2]: Отчёт', '  Пересл: Re:  отчёт', 'Отчёт'];
    for (const subject of ['RE[2]: Отчёт', 'Пересл: Re:  отчёт']) expect((await thread(subject)).lines, subject).toEqual(expected);
    expect((await thread('Ещё отчёт')).lines).toEqual(['Ещё отчёт']);
    // An original reaches the replies, and through them the other original of that subject; the replies hang
    // under the one before them. A subject joins no Message-ID: nothing is counted missing.
    expect((await thread('RE[2]: Отчёт')).missing).toBe(0);
  });

  it('is the same after the mailbox is analysed again, and answers over HTTP only to members', async () => {
    const before = await thread('Re: План');
    const item = bySubject.get('План')!.itemId;
    await analyseItem(t.context.deps, t.context.extract, { caseId: c.caseId, itemId: item });
    expect(await thread('Re: План')).toEqual(before);

    const params = { caseId: c.caseId, artifactId: bySubject.get('Re: План')!.id };
    const over = await c.lead.client.call('emailThread', { params });
    expect(over.messages.map((m) => m.subject)).toEqual(before.messages.map((m) => m.subject));
    await expect(other.lead.client.call('emailThread', { params })).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
  });

  it('gathers at most THREAD_LIMIT e-mails of a huge thread and says so', async () => {
    const replies = Array.from({ length: THREAD_LIMIT + 5 }, (_, i) => ({
      id: `r${i}@list.kz`,
      subject: `Re: Рассылка ${i}`,
      at: new Date(Date.UTC(2026, 3, 1, 0, i)).toISOString(),
      inReplyTo: '<root@list.kz>',
    }));
    const artifacts = await take(other, 'list.mbox', [{ id: 'root@list.kz', subject: 'Рассылка', at: '2026-03-31T23:00:00Z' }, ...replies]);
    const root = artifacts.find((a) => a.fields.subject === 'Рассылка')!;
    const found = await emailThread(t.context.deps, other.leadActor, other.caseId, root.id);
    expect(found.truncated).toBe(true);
    expect(found.messages).toHaveLength(THREAD_LIMIT);
    expect(found.messages[0]).toMatchObject({ artifactId: root.id, depth: 0 });
    expect(found.messages.slice(1).every((m) => m.depth === 1)).toBe(true);
  });

  it('gives no thread for an artefact that is not an e-mail', async () => {
    const path = join(t.database.dir, 'note.txt');
    writeFileSync(path, 'Письмо a@x.kz\n');
    const { root } = await ingestPath(t.context.deps, c.leadActor, c.caseId, { path });
    await processItem(t.context.deps, t.context.parsers, { caseId: c.caseId, itemId: root.id });
    const [note] = (await t.context.deps.store.transaction((tx) => tx.artifacts.list(c.caseId, { limit: 100 }))).filter(
      (a) => a.itemId === root.id,
    );
    expect(await emailThread(t.context.deps, c.leadActor, c.caseId, note!.id)).toEqual({ messages: [], missing: 0, truncated: false });
  });
});
