/* eslint-disable @typescript-eslint/no-explicit-any -- the tests read loosely typed, JSON-shaped artefact fields */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DETECT, type ArtifactDraft } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { mboxParser } from './mbox-parser';

const sample = (name: string) => fileURLToPath(new URL(`../../../../../shared/samples/email/${name}`, import.meta.url));

async function checked(name: string, sha256: string): Promise<Buffer> {
  const bytes = await readFile(sample(name));
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
  return bytes;
}

interface Entity {
  mimeType: string;
  beginOffset: number;
  endOffset: number;
  children?: Entity[];
  message?: { body: Entity };
}
interface ExpectedMessage {
  mboxMarkerOffset: number;
  beginOffset: number;
  headersEndOffset: number;
  endOffset: number;
  body: Entity;
}

/** The expected entities in pre-order, as `depth:type@begin-end` (an embedded message's body one level deeper). */
function flatten(entity: Entity, depth = 0, out: string[] = []): string[] {
  out.push(`${depth}:${entity.mimeType}@${entity.beginOffset}-${entity.endOffset}`);
  for (const child of entity.children ?? []) flatten(child, depth + 1, out);
  if (entity.message) flatten(entity.message.body, depth + 1, out);
  return out;
}

const fieldsOf = (a: ArtifactDraft) => a.fields as Record<string, any>;

describe('mboxParser on mimekit_content-length.mbox.txt', async () => {
  const bytes = await checked('mimekit_content-length.mbox.txt', '541340c8c17def55b08c6953d3497e427ab97f488013357e35728cd1ef6f252d');
  const offsets: ExpectedMessage[] = JSON.parse(
    (
      await checked('mimekit_content-length.unix-offsets.json', 'f526fc716e55cf33f2ec8121d63f7cd2c57faafe7834cd2c4a5efa028889585c')
    ).toString(),
  );
  const summary = (await checked('mimekit_content-length-summary.txt', 'fa771303865ba4409429e9076eb2b8e4afc3b869a8adfac0631e7bb0d794dd8c'))
    .toString()
    .split('\n\n')
    .filter(Boolean)
    .map((block) => block.split('\n'));
  const run = await runParser(mboxParser, sample('mimekit_content-length.mbox.txt'));
  const emails = run.artifacts.filter((a) => a.type === 'email');

  it('is detected from its first lines', async () => {
    expect(mboxParser.detect(await probeOf(sample('mimekit_content-length.mbox.txt')))).toBe(DETECT.CERTAIN);
  });

  it('splits exactly 29 messages at the expected offsets', () => {
    expect(offsets).toHaveLength(29);
    expect(emails).toHaveLength(29);
    emails.forEach((email, i) => {
      const expected = offsets[i]!;
      const mbox = fieldsOf(email).mbox;
      expect(email.key).toBe(`message:${expected.mboxMarkerOffset}`);
      expect(email.locator).toEqual({ offset: expected.mboxMarkerOffset, length: expected.endOffset - expected.mboxMarkerOffset });
      expect([mbox.markerOffset, mbox.beginOffset, mbox.headersEndOffset, mbox.endOffset]).toEqual([
        expected.mboxMarkerOffset,
        expected.beginOffset,
        expected.headersEndOffset,
        expected.endOffset,
      ]);
    });
    expect(fieldsOf(emails[0]!).mbox).toMatchObject({ markerOffset: 0, beginOffset: 8, headersEndOffset: 657, endOffset: 1888 });
    expect(fieldsOf(emails[28]!).mbox).toMatchObject({
      markerOffset: 928496,
      beginOffset: 928528,
      headersEndOffset: 930393,
      endOffset: 935272,
    });
    expect(emails.map((e) => fieldsOf(e).mbox.endOffset - fieldsOf(e).mbox.headersEndOffset)[0]).toBe(1231);
  });

  it('trusts Content-Length only where it is right (wrong in messages 1, 2, 3 and 5)', () => {
    const ignored = emails.filter((e) => fieldsOf(e).mbox.contentLengthIgnored).map((e) => fieldsOf(e).mbox.markerOffset);
    expect(ignored).toEqual([1, 2, 3, 5].map((n) => offsets[n - 1]!.mboxMarkerOffset));
    expect(emails.filter((e) => fieldsOf(e).mbox.split === 'content-length')).toHaveLength(25);
    expect(fieldsOf(emails[0]!).mbox).toMatchObject({ contentLength: 1213, split: 'heuristic', separator: 'From - ', variant: 'netscape' });
    expect(run.warnings.filter((w) => w.includes('Content-Length'))).toEqual([
      'message 1 at offset 0: Content-Length 1213 ignored: the bytes after it are not a "From " line',
      'message 2 at offset 1889: Content-Length 3748 ignored: the bytes after it are not a "From " line',
      'message 3 at offset 8123: Content-Length 3748 ignored: the bytes after it are not a "From " line',
      `message 5 at offset ${offsets[4]!.mboxMarkerOffset}: Content-Length 747282 ignored: the bytes after it are not a "From " line`,
    ]);
    // `>From ` body lines of messages 16 and 17 are text, not separators, and mboxo quoting is left alone.
    expect(emails[15]!.text ?? '').not.toContain('>From -');
    expect(fieldsOf(emails[15]!).mbox.unescapedLines).toBeUndefined();
  });

  it('matches every MIME entity range of the offsets file', () => {
    emails.forEach((email, i) => {
      const parts = fieldsOf(email).mimeParts as Array<{ depth: number; type: string; offset: number; length: number }>;
      expect(parts.map((p) => `${p.depth}:${p.type}@${p.offset}-${p.offset + p.length}`)).toEqual(
        flatten(offsets[i]!.body).map((s) => s.toLowerCase()),
      );
    });
  });

  it('matches the MIME trees, subjects and dates of the summary file', () => {
    expect(summary).toHaveLength(29);
    emails.forEach((email, i) => {
      const block = summary[i]!;
      const tree = block.filter((line) => /^\s*Content-Type: /.test(line) && line !== block.find((l) => l.startsWith('Content-Type: ')));
      const expectedTree = block
        .slice(block.findIndex((l) => l.startsWith('Content-Type: ')))
        .map((l) => l.replace(/^( *)Content-Type: /, '$1'));
      const parts = fieldsOf(email).mimeParts as Array<{ depth: number; type: string }>;
      expect(
        parts.map((p) => `${'   '.repeat(p.depth)}${p.type}`),
        `message ${i + 1}`,
      ).toEqual(expectedTree.map((l) => l.toLowerCase()));
      expect(tree.length).toBeLessThan(parts.length);
      const header = (name: string) => block.find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
      // The summary re-formats dates (`03 Jun` for `3 Jun`): compare instants. MimeKit reads message 23's lower-case
      // `cst` as +0000; RFC 5322 zone names are case-insensitive, so it is -06:00 here.
      if (i === 22)
        expect(email.time).toEqual({ utc: '1996-05-28T18:24:23.000000Z', zone: '-06:00', raw: 'Tue, 28 May 1996 12:24:23 cst' });
      else expect(Date.parse(email.time!.utc)).toBe(Date.parse(header('Date')!));
      expect(fieldsOf(email).subject).toBe(header('Subject'));
      const from = header('From')!.match(/<([^>]+)>/)?.[1] ?? header('From')!;
      // MimeKit cuts `develop!nextmime@ebony@sblab.att.com` (message 7) at its second `@`; the account keeps it whole.
      expect(email.actors!.find((a) => a.role === 'from')!.account.startsWith(`email:${from.toLowerCase()}`)).toBe(true);
    });
  });

  it('reads the first and the last message', () => {
    const first = emails[0]!;
    expect(fieldsOf(first).subject).toBe('Re: mailusr1@navstar1 3.0b6gold #1');
    expect(first.time).toEqual({ utc: '1996-07-22T01:02:55.000000Z', zone: '-08:00', raw: 'Sun, 21 Jul 1996 17:02:55 -0800' });
    expect(first.actors).toContainEqual({ role: 'to', account: 'email:atzet@netscape.com', name: null });
    const last = emails[28]!;
    expect(last.actors![0]).toEqual({ role: 'from', account: 'email:izzy@nugget.scr.atm.com', name: 'Dr. Mark K. Joseph' });
    expect(fieldsOf(last).subject).toBe('RE: problem with relative urls and applets');
    expect(last.time!.utc).toBe('1996-09-27T16:36:54.000000Z');
  });

  it("numbers the parts of message 1's encapsulated message under its part (2.1), as IMAP does", () => {
    expect(fieldsOf(emails[0]!).mimeParts.map((p: any) => `${p.part} ${p.type}`)).toEqual([
      ' multipart/mixed',
      '1 text/plain',
      '2 message/rfc822',
      '2.1 text/plain',
    ]);
    expect(fieldsOf(emails[0]!).attachments.map((a: any) => a.part)).toEqual(['2']);
    expect(run.children.find((c) => c.path === 'messages/1/attachments/1-part-2.eml')!.notes).toMatchObject({ part: '2' });
  });

  it('emits attachments as children under messages/<n>/attachments/', () => {
    expect(run.children.filter((c) => c.path.startsWith('messages/29/'))).toEqual([
      expect.objectContaining({
        path: 'messages/29/attachments/1-MJOSEPH.VCF',
        notes: expect.objectContaining({ mimeType: 'application/vcard' }),
      }),
    ]);
    const gif = run.children.find((c) => c.path === 'messages/2/attachments/2-one.gif')!;
    expect(gif.bytes.subarray(0, 6).toString('latin1')).toBe('GIF87a');
    const embedded = run.children.find((c) => c.path === 'messages/1/attachments/1-part-2.eml')!;
    expect(embedded.bytes.toString('latin1')).toMatch(/^Received: from hedgehog\.mcom\.com/);
    expect(embedded.locator).toEqual({ offset: 856, length: 1837 - 856 });
    for (const child of run.children) expect(child.declaredSize).toBe(child.bytes.length);
  });

  it("reads an HTML body's <BR> and the source line break after it as one line break", () => {
    const email = emails.find((e) => fieldsOf(e).subject === 'RE[4]: your generated HTML')!;
    expect(fieldsOf(email).bodyFormat).toBe('html');
    expect(email.text).toContain(
      '>> >2: your fixed-width text is *larger* than the default size for fixed-\n>> > width text, and since the default size of my window is 80 fixed-\n',
    );
    expect(email.text).toContain('I am talking about Email not the Web. Just because HTML is sent in a\nmail message');
    expect(email.text).not.toMatch(/\n\n\n/);
  });

  it('emits one account per distinct address', () => {
    const accounts = run.artifacts.filter((a) => a.type === 'account');
    expect(new Set(accounts.map((a) => a.key)).size).toBe(accounts.length);
    expect(accounts.find((a) => a.key === 'account:email:jwz@netscape.com')!.fields).toMatchObject({ names: ['Jamie Zawinski'] });
  });

  it('survives truncated, corrupted and random variants', async () => {
    await expectRobust(mboxParser, bytes.subarray(0, 60_000));
  });
});
