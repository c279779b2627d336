/* eslint-disable @typescript-eslint/no-explicit-any -- the tests read loosely typed, JSON-shaped artefact fields */
import { describe, expect, it } from 'vitest';
import { DETECT, type ArtifactDraft } from '@tamga/core';
import { expectRobust, runParser } from '../testing/run-parser';
import { mboxParser } from './mbox-parser';
import { splitMbox } from './mbox-splitter';

const fieldsOf = (a: ArtifactDraft) => a.fields as Record<string, any>;
const emails = (run: Awaited<ReturnType<typeof runParser>>) => run.artifacts.filter((a) => a.type === 'email');

async function* chunksOf(bytes: Buffer, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function split(text: string, options: { strict?: boolean; chunk?: number } = {}) {
  const found = [];
  for await (const m of splitMbox(chunksOf(Buffer.from(text), options.chunk ?? 3), options))
    found.push({ ...m, bytes: m.bytes.toString() });
  return found;
}

const MBOXRD = [
  'From alice@example.kz Mon Mar  4 10:00:00 2024',
  'From: Alice <alice@example.kz>',
  'To: bob@example.kz',
  'Subject: quoting',
  'Date: Mon, 4 Mar 2024 10:00:00 +0500',
  '',
  '>From the start',
  '>>From a quoted line',
  'not >From here',
  '',
  'From bob@example.kz Mon Mar  4 11:00:00 2024',
  'From: bob@example.kz',
  'To: alice@example.kz',
  'Subject: second',
  'Date: Mon, 4 Mar 2024 11:00:00 +0500',
  '',
  'ok',
  '',
].join('\n');

const TAKEOUT = [
  'From 1780284327436720142@xxx Wed Oct 11 08:12:47 +0000 2023',
  'X-GM-THRID: 1780284327436720142',
  'X-Gmail-Labels: Inbox,Opened',
  'From: =?UTF-8?B?0JDQudCz0LXRgNC40Lw=?= <aigerim@gmail.com>',
  'To: bakhyt@mail.kz',
  'Subject: =?UTF-8?Q?=D0=9F=D1=80=D0=B8=D0=B2=D0=B5=D1=82?=',
  'Date: Wed, 11 Oct 2023 14:12:40 +0600',
  'Content-Type: multipart/mixed; boundary=zz',
  '',
  '--zz',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'From Russia with love',
  'and no separator above.',
  '--zz',
  'Content-Type: image/png',
  'Content-Disposition: attachment; filename="../../фото.png"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('\x89PNG fake', 'latin1').toString('base64'),
  '--zz--',
  'From 1780284327436720143@xxx Wed Oct 11 09:00:00 +0000 2023',
  'X-GM-THRID: 1780284327436720142',
  'From: bakhyt@mail.kz',
  'Date: Wed, 11 Oct 2023 15:00:00 +0600',
  '',
  'reply',
].join('\n');

describe('mboxParser on synthetic mailboxes', () => {
  it('un-escapes mboxrd quoting when the file shows `>>From ` lines, keeping offsets into the file', async () => {
    const run = await runParser(mboxParser, Buffer.from(MBOXRD));
    const [first, second] = emails(run);
    expect(first!.text).toBe('From the start\n>From a quoted line\nnot >From here\n');
    expect(fieldsOf(first!).mbox).toMatchObject({ variant: 'mboxrd', unescapedLines: 2, markerOffset: 0, split: 'heuristic' });
    expect(second!.key).toBe(`message:${MBOXRD.indexOf('From bob@')}`);
    const textPart = fieldsOf(first!).mimeParts[0];
    expect(textPart.offset + textPart.length).toBe(MBOXRD.indexOf('\nFrom bob@'));
    expect(run.artifacts.filter((a) => a.type === 'account').map((a) => a.key)).toEqual([
      'account:email:alice@example.kz',
      'account:email:bob@example.kz',
    ]);
  });

  it('leaves a quoted `>>From ` alone in a Thunderbird mailbox, which is not mboxrd', async () => {
    const netscape = MBOXRD.replace(/^From \S+@example\.kz .*$/gm, 'From - Mon Mar  4 10:00:00 2024');
    const run = await runParser(mboxParser, Buffer.from(netscape));
    expect(emails(run)[0]!.text).toBe('>From the start\n>>From a quoted line\nnot >From here\n');
    expect(fieldsOf(emails(run)[0]!).mbox).toMatchObject({ variant: 'netscape' });
    expect(fieldsOf(emails(run)[0]!).mbox.unescapedLines).toBeUndefined();
  });

  it('leaves `>From ` alone in a file without mboxrd evidence', async () => {
    const run = await runParser(mboxParser, Buffer.from(MBOXRD.replace('>>From a quoted', '> From a quoted')));
    expect(emails(run)[0]!.text).toBe('>From the start\n> From a quoted line\nnot >From here\n');
    expect(fieldsOf(emails(run)[0]!).mbox.variant).toBe('mboxo');
  });

  it('reads a Takeout mailbox: numeric separators, prose `From ` lines, a neutralised attachment name', async () => {
    const run = await runParser(mboxParser, Buffer.from(TAKEOUT), { name: 'All mail Including Spam and Trash.mbox' });
    const [first, second] = emails(run);
    expect(emails(run)).toHaveLength(2);
    expect(fieldsOf(first!).mbox).toMatchObject({
      variant: 'gmail-takeout',
      separator: 'From 1780284327436720142@xxx Wed Oct 11 08:12:47 +0000 2023',
    });
    expect(fieldsOf(first!).subject).toBe('Привет');
    expect(first!.actors![0]).toEqual({ role: 'from', account: 'email:aigerim@gmail.com', name: 'Айгерим' });
    expect(first!.text).toBe('From Russia with love\nand no separator above.');
    expect(first!.time).toMatchObject({ utc: '2023-10-11T08:12:40.000000Z', zone: '+06:00' });
    expect(second!.text).toBe('reply');
    expect(run.children.map((c) => c.path)).toEqual(['messages/1/attachments/1-.._.._фото.png']);
    expect(run.children[0]!.bytes.toString('latin1')).toBe('\x89PNG fake');
  });

  it("finds each message's origin past the case's trusted mail hosts", async () => {
    const message = (n: number, relay: string) =>
      [
        `From a${n}@sender.example Mon Mar  4 10:00:0${n} 2024`,
        `Received: from ${relay} by mx.mvd.kz; Mon, 4 Mar 2024 10:00:0${n} +0500`,
        `Received: from mail.sender.example (mail.sender.example [81.20.1.${n}]) by filter.mvd.kz; Mon, 4 Mar 2024 05:00:0${n} +0000`,
        `From: a${n}@sender.example`,
        'Subject: relays',
        `Date: Mon, 4 Mar 2024 05:00:0${n} +0000`,
        '',
        'body',
        '',
      ].join('\n');
    const mailbox = Buffer.from(message(1, 'filter.mvd.kz (filter.mvd.kz [195.210.46.9])') + message(2, 'gw (gw [10.0.0.2])'));
    const origins = (run: Awaited<ReturnType<typeof runParser>>) => emails(run).map((e) => fieldsOf(e).originIp);
    expect(origins(await runParser(mboxParser, mailbox)).map((o) => o.ip)).toEqual(['195.210.46.9', '81.20.1.2']);
    const trusted = await runParser(mboxParser, mailbox, { trustedMailHosts: ['*.mvd.kz'] });
    expect(origins(trusted)).toMatchObject([
      { ip: '81.20.1.1', hop: 1, basis: 'trusted_hosts' },
      { ip: '81.20.1.2', hop: 1, basis: 'trusted_hosts' },
    ]);
    expect(trusted.warnings).toEqual([]);
  });

  it('detects by content, then by name', () => {
    const probe = (text: string, name = 'x') => ({ head: Buffer.from(text), name, size: text.length });
    expect(mboxParser.detect(probe(TAKEOUT))).toBe(DETECT.CERTAIN);
    expect(mboxParser.detect(probe(`\ufeff${MBOXRD}`))).toBe(DETECT.CERTAIN);
    expect(mboxParser.detect(probe('From Russia with love\n\nChapter 1'))).toBe(DETECT.NO);
    expect(mboxParser.detect(probe('whatever', 'Inbox.mbox'))).toBe(DETECT.NAME_ONLY);
  });

  it('fails cleanly on a file with no separator', async () => {
    await expect(runParser(mboxParser, Buffer.from('Subject: x\n\nno mbox here\n'))).rejects.toThrow(/not an mbox/);
  });

  it('survives truncated, corrupted and random variants', async () => {
    await expectRobust(mboxParser, Buffer.from(TAKEOUT + '\n' + MBOXRD));
  });
});

describe('splitMbox', () => {
  it('splits the same whether the bytes come one at a time or all at once', async () => {
    // Held bytes are split without waiting on a read, missing ones by reading on: both paths must agree.
    const body = 'line\nFrom x Mon Jan  1 00:00:00 2024\nX-Not: a header\n';
    const texts = [
      MBOXRD,
      TAKEOUT,
      `From a Mon Jan  1 00:00:00 2024\r\nContent-Length: ${body.length}\r\n\r\n${body}\nFrom b Mon Jan  1 00:00:00 2024\nSubject: 2\n`,
      'From a Mon Jan  1 00:00:00 2024\nSubject: 1\nFrom b Mon Jan  1 00:00:00 2024\nFrom: c\n\nFrom d\nFrom e Mon Jan  1 00:00:00 2024\nSubject: 3',
    ];
    for (const text of texts) {
      const whole = await split(text, { chunk: text.length });
      expect(whole.length).toBeGreaterThan(1);
      for (const chunk of [1, 2, 5, 7, 64]) expect(await split(text, { chunk })).toEqual(whole);
      expect(await split(text, { chunk: 3, strict: true })).toEqual(await split(text, { chunk: text.length, strict: true }));
    }
  });

  it('splits CRLF files without blank lines before separators, excluding the CRLF before a marker', async () => {
    const text =
      'From a Mon Jan  1 00:00:00 2024\r\nSubject: 1\r\n\r\nbody 1\r\nFrom b Mon Jan  1 00:00:00 2024\r\nSubject: 2\r\n\r\nbody 2\r\n';
    const found = await split(text);
    expect(found.map((m) => [m.markerOffset, m.bytes, m.split])).toEqual([
      [0, 'Subject: 1\r\n\r\nbody 1', 'heuristic'],
      [text.indexOf('From b'), 'Subject: 2\r\n\r\nbody 2\r\n', 'eof'],
    ]);
  });

  it('trusts a verified Content-Length over a `From ` line inside the body (mboxcl2)', async () => {
    const body = 'line\nFrom x Mon Jan  1 00:00:00 2024\nX-Not: a header of a new message\n';
    const text = `From a Mon Jan  1 00:00:00 2024\nContent-Length: ${body.length}\n\n${body}\nFrom b Mon Jan  1 00:00:00 2024\nSubject: 2\n\nb\n`;
    const found = await split(text);
    expect(found.map((m) => [m.split, m.contentLength])).toEqual([
      ['content-length', body.length],
      ['eof', null],
    ]);
    expect(found[0]!.bytes).toBe(`Content-Length: ${body.length}\n\n${body}`);
  });

  it('trusts a Content-Length that ends the file, before its final line break', async () => {
    const body = 'line1\nFrom me: hi\n';
    for (const eol of ['\n', '\r\n']) {
      const text = `From a@b Mon Jan  1 00:00:00 2024\nSubject: 1\nContent-Length: ${body.length}\n\n${body}${eol}`;
      const [only, ...rest] = await split(text);
      expect(rest).toEqual([]);
      expect(only).toMatchObject({
        split: 'content-length',
        contentLength: body.length,
        bytes: `Subject: 1\nContent-Length: ${body.length}\n\n${body}`,
      });
      expect(only!.contentLengthIgnored).toBeUndefined();
    }
  });

  it('ignores a Content-Length that points past the end or not at a separator', async () => {
    const text = 'From a Mon Jan  1 00:00:00 2024\nContent-Length: 999\n\nx\nFrom b Mon Jan  1 00:00:00 2024\nSubject: 2\n\nb\n';
    const found = await split(text);
    expect(found).toHaveLength(2);
    expect(found[0]!.contentLengthIgnored).toBe('the bytes after it are not a "From " line');
    const sized = [];
    for await (const m of splitMbox(chunksOf(Buffer.from(text), 5), { size: text.length })) sized.push(m.contentLengthIgnored);
    expect(sized[0]).toBe('it points past the end of the file');
  });

  it('splits on every `From ` line in strict RFC 4155 mode', async () => {
    const text = 'From a Mon Jan  1 00:00:00 2024\nSubject: 1\n\nFrom Russia with love\n';
    expect(await split(text)).toHaveLength(1);
    expect((await split(text, { strict: true })).map((m) => m.split)).toEqual(['strict', 'strict']);
  });

  it('skips a BOM and leading junk, and ends a header-only message at the next separator', async () => {
    const warnings: string[] = [];
    const text = '\ufeffjunk\nFrom a Mon Jan  1 00:00:00 2024\nSubject: 1\nFrom b Mon Jan  1 00:00:00 2024\nSubject: 2\n\n';
    const found = [];
    for await (const m of splitMbox(chunksOf(Buffer.from(text), 4), { onWarning: (w) => warnings.push(w) }))
      found.push({ ...m, bytes: m.bytes.toString() });
    expect(found.map((m) => [m.markerOffset, m.bytes])).toEqual([
      [Buffer.from('\ufeffjunk\n').length, 'Subject: 1'],
      [Buffer.from(text).indexOf('From b'), 'Subject: 2\n\n'],
    ]);
    expect(warnings).toEqual(['5 bytes before the first "From " line were skipped']);
  });
});
