/* eslint-disable @typescript-eslint/no-explicit-any -- the tests read loosely typed, JSON-shaped artefact fields */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DETECT } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { emlParser } from './eml-parser';

const sample = (name: string) => fileURLToPath(new URL(`../../../../../shared/samples/email/${name}`, import.meta.url));

async function checkedSample(name: string, sha256: string): Promise<string> {
  const path = sample(name);
  expect(
    createHash('sha256')
      .update(await readFile(path))
      .digest('hex'),
  ).toBe(sha256);
  return path;
}

const fieldsOf = (run: Awaited<ReturnType<typeof runParser>>) =>
  run.artifacts.find((a) => a.type === 'email')!.fields as Record<string, any>;

describe('emlParser on spamscope_mail_test_3.eml', async () => {
  const path = await checkedSample('spamscope_mail_test_3.eml', '07945c6dcdee743cc843f5b8fd41e338e62c1781a52e2fd36cf019a29eb5a2a6');

  it('is detected from its headers', async () => {
    expect(emlParser.detect(await probeOf(path))).toBe(DETECT.CERTAIN);
    expect(emlParser.detect(await probeOf(path, 'mail_test_3'))).toBe(DETECT.CERTAIN);
  });

  it('reads time, actors, subject, ids, text and the origin IP', async () => {
    const run = await runParser(emlParser, path);
    const email = run.artifacts.find((a) => a.type === 'email')!;
    expect(email.key).toBe('message');
    expect(email.locator).toEqual({ offset: 0, length: 1970 });
    expect(email.time).toEqual({ utc: '2016-08-22T13:56:09.000000Z', zone: '+03:00', raw: 'Mon, 22 Aug 2016 16:56:09 +0300' });
    expect(email.actors).toEqual([
      { role: 'from', account: 'email:oneil.844@randtelekom.com.tr', name: 'Ava Oneil' },
      { role: 'to', account: 'email:kalinokyra@thismail.it', name: null },
    ]);
    expect(email.text).toBe('I am sending you the bills of the goods we delivered to you in the attachment\n');
    const fields = fieldsOf(run);
    // MANIFEST.md: From `"Ava Oneil" <Oneil.844@randtelekom.com.tr>`; the account is lower-cased, the e-mail keeps its form.
    expect(fields.writtenAs).toEqual({ 'email:oneil.844@randtelekom.com.tr': 'Oneil.844@randtelekom.com.tr' });
    expect(fields.subject).toBe('Hi there');
    expect(fields.messageId).toBe('8AF5A2192C2A46BE.2743cdb5-7033-d969-fce8-c552542a49a3@mail.outlook.com');
    expect(fields.headers).toHaveLength(12);
    expect(fields.headers).toContainEqual({ name: 'X-Mailer', value: 'Outlook for iOS and Android' });
    expect(fields.headers[3]).toEqual({
      name: 'Received',
      value: 'from 67.175.76.202.static.randtelekom.com.tr (67.175.76.202)\n  by smtp.server.net with SMTP; 22 Aug 2016 13:56:15 -0000',
    });
    // The qmail line has no `from` clause: one hop only, and the parenthesised literal wins over the hostname label.
    expect(fields.receivedHops).toHaveLength(1);
    expect(fields.originIp).toEqual({
      ip: '67.175.76.202',
      kind: 'public',
      hop: 1,
      from: '67.175.76.202.static.randtelekom.com.tr',
      by: 'smtp.server.net',
      basis: 'first_public',
    });
    // Its hop is the second Received field, the one quoted above.
    expect(fields.headers.filter((h: { name: string }) => h.name === 'Received')[1]).toBe(fields.headers[3]);
    expect(fields.receivedHops[0].time).toBe('2016-08-22T13:56:15.000000Z');
    expect(run.warnings).toEqual([]);
  });

  it("finds the same origin past MANIFEST.md's trusted set, and says so", async () => {
    const run = await runParser(emlParser, path, { trustedMailHosts: ['smtp.server.net'] });
    expect(fieldsOf(run).originIp).toMatchObject({ ip: '67.175.76.202', hop: 1, basis: 'trusted_hosts' });
    expect(run.warnings).toEqual([]);
    // A set that none of its hops was received by: the first public sender, with a warning.
    const elsewhere = await runParser(emlParser, path, { trustedMailHosts: ['*.mvd.kz'] });
    expect(fieldsOf(elsewhere).originIp).toMatchObject({ ip: '67.175.76.202', basis: 'first_public' });
    expect(elsewhere.warnings).toEqual([
      "message: its Received fields do not reach the case's trusted mail hosts from a public sender: the origin is the first public sender",
    ]);
  });

  it('lists exactly one attachment, message.txt, and emits it as a child', async () => {
    const run = await runParser(emlParser, path);
    expect(fieldsOf(run).attachments).toEqual([
      expect.objectContaining({
        name: 'message.txt',
        mimeType: 'text/plain',
        disposition: 'inline',
        transferEncoding: 'quoted-printable',
        path: 'attachments/1-message.txt',
      }),
    ]);
    expect(run.children).toHaveLength(1);
    const child = run.children[0]!;
    expect(child.path).toBe('attachments/1-message.txt');
    expect(child.declaredSize).toBe(child.bytes.length);
    expect(child.bytes.toString('latin1')).toContain('File name    : export_pdf_ 65acf801~.js');
    // QP soft breaks are undone before the bytes are stored.
    expect(child.bytes.toString('latin1')).toContain('detected a message that may not be safe.');
  });

  it('emits one account per distinct address', async () => {
    const run = await runParser(emlParser, path);
    const accounts = run.artifacts.filter((a) => a.type === 'account');
    expect(accounts.map((a) => a.key)).toEqual(['account:email:oneil.844@randtelekom.com.tr', 'account:email:kalinokyra@thismail.it']);
    expect(accounts[0]!.fields).toMatchObject({ address: 'oneil.844@randtelekom.com.tr', names: ['Ava Oneil'] });
  });

  it('survives truncated, corrupted and random variants', async () => {
    const outcomes = await expectRobust(emlParser, await readFile(path));
    expect(outcomes.length).toBeGreaterThan(10);
  });
});

describe('emlParser on spamscope_mail_test_12.eml', async () => {
  const path = await checkedSample('spamscope_mail_test_12.eml', 'df75861851d704eb3aeb8db9b64cb8db5b963e53a44e7c7da794bf29e9f34d69');

  it('decodes GB2312 encoded words and raw UTF-8 header bytes', async () => {
    const run = await runParser(emlParser, path);
    const email = run.artifacts.find((a) => a.type === 'email')!;
    expect(fieldsOf(run).subject).toBe('代开各地增值税发票');
    expect(email.actors).toEqual([
      { role: 'from', account: 'email:baoguan@hotmail.com', name: '张先生' },
      { role: 'to', account: 'email:danglüe@email.com', name: null },
    ]);
    expect(fieldsOf(run).headerCharset).toBe('utf-8');
    expect(fieldsOf(run).headers).toContainEqual({ name: 'X-Original-To', value: 'danglüe@email.com' });
  });

  it('decodes the body as UTF-8 despite its GB2312 label and flags the mismatch', async () => {
    const run = await runParser(emlParser, path);
    const email = run.artifacts.find((a) => a.type === 'email')!;
    expect(email.text!.startsWith('你好！我公司可代开各类增值税发票')).toBe(true);
    expect(email.text!.match(/13662615434/g)).toHaveLength(2);
    expect(fieldsOf(run).charsetMismatch).toBe(true);
    expect(fieldsOf(run).textParts).toEqual([
      { part: '', mimeType: 'text/plain', charset: 'GB2312', decodedAs: 'utf-8', charsetMismatch: true },
    ]);
    expect(run.warnings.some((w) => w.includes('GB2312'))).toBe(true);
  });

  it('reads the date and the Postfix origin IP', async () => {
    const run = await runParser(emlParser, path);
    const email = run.artifacts.find((a) => a.type === 'email')!;
    expect(email.time).toEqual({ utc: '2018-05-13T04:32:22.000000Z', zone: '+08:00', raw: 'Sun, 13 May 2018 12:32:22 +0800' });
    expect(fieldsOf(run).originIp).toMatchObject({ ip: '96.202.181.20', hop: 0, from: 'hotmail.com', by: 'localhost' });
    const trusted = await runParser(emlParser, path, { trustedMailHosts: ['localhost'] });
    expect(fieldsOf(trusted).originIp).toMatchObject({ ip: '96.202.181.20', hop: 0, basis: 'trusted_hosts' });
    expect(fieldsOf(run).receivedHops[0].time).toBe('2018-05-13T04:32:23.000000Z');
    expect(run.children).toEqual([]);
  });

  it('survives truncated, corrupted and random variants', async () => {
    await expectRobust(emlParser, await readFile(path));
  });
});

describe('emlParser detection', () => {
  const probe = (text: string, name = 'x.bin') => ({ head: Buffer.from(text), name, size: text.length });
  it('scores header grammar, names and other text', () => {
    expect(emlParser.detect(probe('Delivered-To: a@b.kz\nReceived: from x by y; Mon, 1 Jan 2024 00:00:00 +0000\nFrom: a@b.kz\n\nhi'))).toBe(
      DETECT.CERTAIN,
    );
    expect(emlParser.detect(probe('X-Custom: 1\nMessage-ID: <a@b>\nX-Other:\n  folded\n'))).toBe(DETECT.LIKELY);
    expect(emlParser.detect(probe('hello world\n', 'note.eml'))).toBe(DETECT.NAME_ONLY);
    expect(emlParser.detect(probe('hello world\n'))).toBe(DETECT.NO);
    expect(emlParser.detect(probe('From a@b Mon Jan  1 00:00:00 2024\nFrom: a@b\n'))).toBe(DETECT.NO);
    expect(emlParser.detect(probe('Host: example.com\nAccept: */*\n\n'))).toBe(DETECT.NO);
  });
});
