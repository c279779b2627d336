/* eslint-disable @typescript-eslint/no-explicit-any -- the tests read loosely typed, JSON-shaped artefact fields */
import { describe, expect, it } from 'vitest';
import { expectRobust, runParser } from '../testing/run-parser';
import { emlParser } from './eml-parser';

const crlf = (lines: string[]) => lines.join('\r\n');

/** A Russian-language message: encoded-word subject, windows-1251 body, an RFC 2231 file name, an embedded message. */
function russianMessage(): Buffer {
  const head = crlf([
    'Received: from mail.example.kz (mail.example.kz [10.0.0.5]) by mx.case.kz with ESMTP; Tue, 5 Mar 2024 10:00:02 +0500',
    'Received: from [192.168.1.10] (client.example.kz [IPv6:2A00:1450:4001:0829:0000:0000:0000:200E])',
    '\tby mail.example.kz with ESMTPSA; Tue, 5 Mar 2024 10:00:01 +0500',
    'From: =?UTF-8?B?0JDQudCz0LXRgNC40Lw=?= <Aigerim@Example.KZ>',
    'To: "Бахыт" <bakhyt@example.kz>, team: x@example.kz, y@example.kz;',
    'Cc: =?KOI8-R?B?8NLJ18XU?= <privet@example.ru>',
    'Reply-To: aigerim@example.kz',
    'Subject: =?UTF-8?B?0J7RgtGH0ZHRgiDQt9CwINC80LDRgNGC?=',
    'Date: Tue, 5 Mar 2024 10:00:00 +0500',
    'Message-ID: <abc@example.kz>',
    'In-Reply-To: <prev@example.kz>',
    'References: <root@example.kz> <prev@example.kz>',
    'X-Originating-IP: [203.0.113.7]',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=windows-1251',
    'Content-Transfer-Encoding: 8bit',
    '',
    '',
  ]);
  const body = Buffer.from('Привет, отчёт во вложении.', 'utf8');
  const cp1251 = new TextDecoder('windows-1251');
  // Encode the Cyrillic text to windows-1251 by inverting the decoder's table.
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(cp1251.decode(Uint8Array.of(b)), b);
  const body1251 = Buffer.from([...body.toString('utf8')].map((c) => table.get(c) ?? 0x3f));
  const tail = crlf([
    '',
    '--b1',
    'Content-Type: application/pdf',
    "Content-Disposition: attachment; filename*=UTF-8''%D0%9E%D1%82%D1%87%D1%91%D1%82%202024.pdf",
    'Content-Transfer-Encoding: base64',
    'Content-ID: <pdf1@example.kz>',
    '',
    Buffer.from('%PDF-1.4 fake').toString('base64'),
    '--b1',
    'Content-Type: message/rfc822',
    '',
    'From: inner@example.kz',
    'Subject: inner',
    '',
    'inner body',
    '--b1--',
    '',
  ]);
  return Buffer.concat([Buffer.from(head, 'utf8'), body1251, Buffer.from(tail, 'latin1')]);
}

describe('emlParser on a synthetic Russian message', () => {
  it('decodes encoded words, the windows-1251 body and the RFC 2231 file name', async () => {
    const run = await runParser(emlParser, russianMessage(), { name: 'letter.eml' });
    const email = run.artifacts.find((a) => a.type === 'email')!;
    const fields = email.fields as Record<string, any>;
    expect(fields.subject).toBe('Отчёт за март');
    expect(email.text).toBe('Привет, отчёт во вложении.');
    expect(fields.textParts).toEqual([
      { part: '1', mimeType: 'text/plain', charset: 'windows-1251', decodedAs: 'windows-1251', charsetMismatch: false },
    ]);
    expect(fields.charsetMismatch).toBe(false);
    expect(email.time).toEqual({ utc: '2024-03-05T05:00:00.000000Z', zone: '+05:00', raw: 'Tue, 5 Mar 2024 10:00:00 +0500' });
    expect(fields.messageId).toBe('abc@example.kz');
    expect(fields.inReplyTo).toEqual(['prev@example.kz']);
    expect(fields.references).toEqual(['root@example.kz', 'prev@example.kz']);
    expect(fields.auxiliaryIps).toEqual([{ ip: '203.0.113.7', kind: 'documentation', header: 'x-originating-ip' }]);
  });

  it('lower-cases addresses, keeps display names and flattens groups', async () => {
    const run = await runParser(emlParser, russianMessage());
    expect(run.artifacts.find((a) => a.type === 'email')!.actors).toEqual([
      { role: 'from', account: 'email:aigerim@example.kz', name: 'Айгерим' },
      { role: 'to', account: 'email:bakhyt@example.kz', name: 'Бахыт' },
      { role: 'to', account: 'email:x@example.kz', name: null },
      { role: 'to', account: 'email:y@example.kz', name: null },
      { role: 'cc', account: 'email:privet@example.ru', name: 'Привет' },
      { role: 'reply_to', account: 'email:aigerim@example.kz', name: null },
    ]);
    const accounts = run.artifacts.filter((a) => a.type === 'account');
    expect(accounts).toHaveLength(5);
    expect(accounts[0]!.fields).toMatchObject({
      address: 'aigerim@example.kz',
      names: ['Айгерим'],
      roles: ['from', 'reply_to'],
      messages: 1,
    });
  });

  it('skips private hops and reads a bracketed IPv6 literal in RFC 5952 form', async () => {
    const run = await runParser(emlParser, russianMessage());
    const fields = run.artifacts.find((a) => a.type === 'email')!.fields as Record<string, any>;
    expect(fields.receivedHops.map((h: any) => [h.ip, h.ipKind])).toEqual([
      ['10.0.0.5', 'private'],
      ['2a00:1450:4001:829::200e', 'public'],
    ]);
    expect(fields.originIp).toMatchObject({ ip: '2a00:1450:4001:829::200e', hop: 1, by: 'mail.example.kz' });
    expect(fields.receivedHops[0].unverified).toBe(false);
  });

  it('emits the attachment and the embedded message as children with byte ranges', async () => {
    const bytes = russianMessage();
    const run = await runParser(emlParser, bytes);
    expect(run.children.map((c) => c.path)).toEqual(['attachments/1-Отчёт 2024.pdf', 'attachments/2-part-3.eml']);
    const [pdf, eml] = run.children;
    expect(pdf!.bytes.toString()).toBe('%PDF-1.4 fake');
    expect(pdf!.declaredSize).toBe(13);
    expect(bytes.subarray(pdf!.locator.offset!, pdf!.locator.offset! + pdf!.locator.length!).toString('latin1')).toMatch(
      /^Content-Type: application\/pdf[\s\S]*=$/,
    );
    expect(eml!.bytes.toString()).toBe('From: inner@example.kz\r\nSubject: inner\r\n\r\ninner body');
    const fields = run.artifacts.find((a) => a.type === 'email')!.fields as Record<string, any>;
    expect(fields.attachments[0]).toMatchObject({
      name: 'Отчёт 2024.pdf',
      mimeType: 'application/pdf',
      size: 13,
      contentId: '<pdf1@example.kz>',
    });
    expect(fields.mimeParts.map((p: any) => `${p.depth}:${p.type}`)).toEqual([
      '0:multipart/mixed',
      '1:text/plain',
      '1:application/pdf',
      '1:message/rfc822',
      '2:text/plain',
    ]);
  });

  it('survives truncated, corrupted and random variants', async () => {
    await expectRobust(emlParser, russianMessage());
  });
});

describe('emlParser edge cases', () => {
  it('keeps a message without a Date: time null and a warning', async () => {
    const run = await runParser(emlParser, Buffer.from('From: a@b.kz\nSubject: x\n\nbody\n'));
    const email = run.artifacts.find((a) => a.type === 'email')!;
    expect(email.time).toBeNull();
    expect(run.warnings).toEqual(['message: no Date header']);
  });

  it('warns on a garbled Date and keeps the rest', async () => {
    const run = await runParser(emlParser, Buffer.from('From: a@b.kz\nDate: yesterday-ish\n\nbody\n'));
    expect(run.artifacts[0]!.time).toBeNull();
    expect(run.warnings[0]).toMatch(/unreadable Date header/);
  });

  it('converts an HTML-only body to text', async () => {
    const html =
      'From: a@b.kz\nContent-Type: text/html; charset=utf-8\n\n<html><head><style>p{}</style></head><body><p>Сәлем &amp; hi</p><br>line 2</body></html>';
    const run = await runParser(emlParser, Buffer.from(html));
    expect(run.artifacts[0]!.text).toBe('Сәлем & hi\n\nline 2');
    expect(run.artifacts[0]!.fields!.bodyFormat).toBe('html');
  });

  it('fails cleanly on bytes that have no header fields', async () => {
    await expect(runParser(emlParser, Buffer.from('\u0000\u0001 not mail at all\n'))).rejects.toThrow(/not an RFC 5322 message/);
  });
});

describe('emlParser: MIME part numbers (IMAP, RFC 3501 §6.4.5)', () => {
  const partsOf = async (message: string) => {
    const run = await runParser(emlParser, Buffer.from(message));
    const fields = run.artifacts.find((a) => a.type === 'email')!.fields as Record<string, any>;
    return { run, fields, parts: (fields.mimeParts as Array<{ part: string; type: string }>).map((p) => `${p.part} ${p.type}`) };
  };

  it("numbers an encapsulated message's parts under its own: N.1 for a single part, N.1, N.2 … under a multipart", async () => {
    const { run, fields, parts } = await partsOf(
      crlf([
        'From: a@example.kz',
        'Content-Type: multipart/mixed; boundary="outer"',
        '',
        '--outer',
        'Content-Type: text/plain',
        '',
        'outer text',
        '--outer',
        'Content-Type: message/rfc822',
        '',
        'From: b@example.kz',
        'Content-Type: multipart/alternative; boundary="inner"',
        '',
        '--inner',
        'Content-Type: text/plain',
        '',
        'inner text',
        '--inner',
        'Content-Type: text/html',
        '',
        '<p>inner</p>',
        '--inner',
        'Content-Type: message/rfc822',
        '',
        'From: c@example.kz',
        '',
        'innermost',
        '--inner--',
        '--outer',
        'Content-Type: application/pdf; name="x.pdf"',
        '',
        'pdf',
        '--outer--',
        '',
      ]),
    );
    expect(parts).toEqual([
      ' multipart/mixed',
      '1 text/plain',
      '2 message/rfc822',
      '2 multipart/alternative', // IMAP gives the multipart body no number of its own (2.TEXT)
      '2.1 text/plain',
      '2.2 text/html',
      '2.3 message/rfc822',
      '2.3.1 text/plain',
      '3 application/pdf',
    ]);
    expect(fields.attachments.map((a: any) => a.part)).toEqual(['2', '3']);
    expect(fields.textParts.map((t: any) => t.part)).toEqual(['1']);
    expect(run.children.map((c) => [c.path, c.notes?.part])).toEqual([
      ['attachments/1-part-2.eml', '2'],
      ['attachments/2-x.pdf', '3'],
    ]);
  });

  it('numbers the body of a message that is itself message/rfc822 as part 1, and its own body 1.1', async () => {
    const { parts } = await partsOf(
      crlf(['From: a@example.kz', 'Content-Type: message/rfc822', '', 'From: b@example.kz', '', 'inner', '']),
    );
    expect(parts).toEqual([' message/rfc822', '1.1 text/plain']);
  });
});
