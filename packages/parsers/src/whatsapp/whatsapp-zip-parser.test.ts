import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DETECT } from '@tamga/core';
import { buildZip } from '../archive/testing/zip-writer';
import { zipParser } from '../archive/zip-parser';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { whatsappZipParser } from './whatsapp-zip-parser';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const PHOTO = '00000042-PHOTO-2020-06-07-15-13-20.jpg';
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);

async function iosZip(): Promise<Buffer> {
  const chat = await readFile(fixture('ios-chat.txt'));
  // Guard against an editor or git normalising the fixture: case 4 needs the BOM and CRLF.
  expect(chat.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(chat.includes('\r\n')).toBe(true);
  return buildZip([
    { name: '_chat.txt', data: chat },
    { name: PHOTO, data: jpeg, method: 0 },
  ]);
}

describe('whatsapp.zip', () => {
  it('claims zips holding a chat member, ahead of archive.zip', async () => {
    const probe = await probeOf(await iosZip(), 'export.zip');
    expect(whatsappZipParser.detect(probe)).toBe(DETECT.CERTAIN);
    expect(zipParser.detect(probe)).toBe(DETECT.LIKELY);
    const android = buildZip([
      { name: 'IMG-20180624-WA0001.jpg', data: jpeg },
      { name: 'WhatsApp Chat with Loris.txt', data: 'x' },
    ]);
    expect(whatsappZipParser.detect(await probeOf(android, 'a.zip'))).toBe(DETECT.CERTAIN);
    const plain = buildZip([{ name: 'a.txt', data: 'a' }]);
    expect(whatsappZipParser.detect(await probeOf(plain, 'a.zip'))).toBe(DETECT.NO);
    expect(whatsappZipParser.detect(await probeOf(plain, 'WhatsApp Chat - Семья.zip'))).toBe(DETECT.CERTAIN);
    expect(whatsappZipParser.detect(await probeOf(Buffer.from('[07.06.20, 15:13:18] a: b'), '_chat.txt'))).toBe(DETECT.NO);
  });

  it('reads an iOS export: brackets, seconds, U+200E, placeholders, attachments, CRLF and BOM', async () => {
    const run = await runParser(whatsappZipParser, await iosZip(), { name: 'WhatsApp Chat - Семья.zip', caseTimeZone: 'Asia/Almaty' });
    expect(run.warnings).toEqual([]);
    // The chat is parsed, not extracted; the media file becomes a child.
    expect(run.children.map((c) => c.path)).toEqual([PHOTO]);
    expect(run.children[0]!.bytes).toEqual(jpeg);
    const listing = run.artifacts.filter((a) => a.type === 'file_entry');
    // The chat member is listed after its messages, with its hash.
    expect(listing.map((a) => a.fields!.name)).toEqual([PHOTO, '_chat.txt']);
    const chatBytes = await readFile(fixture('ios-chat.txt'));
    expect(listing[1]!.fields).toMatchObject({ chat: true, sha256: createHash('sha256').update(chatBytes).digest('hex') });

    const msgs = run.artifacts.filter((a) => a.type === 'message');
    expect(msgs.map((m) => m.key)).toEqual(['line:1', 'line:2', 'line:3', 'line:4', 'line:5', 'line:7']);
    expect(msgs[0]!.fields).toMatchObject({ kind: 'system', systemEvent: 'e2e_notice', attributedTo: 'Семья', chat: 'Семья' });
    expect(msgs[0]!.locator).toMatchObject({ path: '_chat.txt', line: 1, offset: 3 }); // after the BOM
    expect(msgs[1]!.fields).toMatchObject({ kind: 'system', systemEvent: 'member_added', attributedTo: 'Семья' });
    expect(msgs[1]!.text).toBe('Loris added Aigerim');
    expect(msgs[2]!.fields).toMatchObject({ kind: 'user', author: 'Loris', attachment: { fileName: PHOTO, member: PHOTO } });
    expect(msgs[2]!.time).toEqual({ utc: '2020-06-07T09:13:20.000000Z', zone: 'Asia/Almaty', derived: true, raw: '07.06.20, 15:13:20' });
    expect(msgs[3]!.fields).toMatchObject({ author: 'Aigerim', mediaOmitted: 'image' });
    expect(msgs[3]!.text).toBe('image omitted');
    expect(msgs[4]!.text).toBe('Nice photo!\nSecond line');
    expect(msgs[4]!.fields).toMatchObject({ lineCount: 2, dateOrder: 'day-first', dateOrderRule: 'component above 12' });
    expect(msgs[5]!.fields).toMatchObject({ author: 'Loris', deleted: 'other', invisibleCharacters: true });
    expect(msgs[5]!.time!.raw).toBe('13.06.20, 21:25:15');
    // Locators point at the exact bytes of the chat member, CRLF included between lines.
    const chat = await readFile(fixture('ios-chat.txt'));
    const { offset, length } = msgs[4]!.locator;
    expect(chat.subarray(offset!, offset! + length!).toString()).toBe('[07.06.20, 15:15:11] Aigerim: Nice photo!\r\nSecond line');
    expect(run.artifacts.filter((a) => a.type === 'account').map((a) => a.key)).toEqual([
      'account:whatsapp:name:Loris',
      'account:whatsapp:name:Aigerim',
    ]);
  });

  it('links Android attachments to members and reports missing ones', async () => {
    const chat = await readFile(fixture('WhatsApp Chat with Loris.txt'));
    const zip = buildZip([
      { name: 'WhatsApp Chat with Loris.txt', data: chat },
      { name: 'media/IMG-20180624-WA0001.jpg', data: jpeg },
    ]);
    const run = await runParser(whatsappZipParser, zip);
    const attached = run.artifacts.find((a) => a.fields?.attachment);
    expect(attached!.fields!.attachment).toEqual({ fileName: 'IMG-20180624-WA0001.jpg', member: 'media/IMG-20180624-WA0001.jpg' });
    expect(attached!.fields!.chat).toBe('Loris');
    expect(run.warnings).toEqual([]);

    const without = await runParser(whatsappZipParser, buildZip([{ name: 'WhatsApp Chat with Loris.txt', data: chat }]));
    expect(without.warnings).toEqual(['1 attachment(s) named in the chat are not in the archive']);
  });

  it('still extracts the members of an archive without a chat, or with an unreadable one', async () => {
    const run = await runParser(whatsappZipParser, buildZip([{ name: 'a.jpg', data: jpeg }]), { name: 'WhatsApp Chat - X.zip' });
    expect(run.children.map((c) => c.path)).toEqual(['a.jpg']);
    expect(run.warnings).toEqual([expect.stringMatching(/^no chat file/)]);
    const broken = await runParser(
      whatsappZipParser,
      buildZip([
        { name: '_chat.txt', data: 'not a chat' },
        { name: 'a.jpg', data: jpeg },
      ]),
    );
    expect(broken.children.map((c) => c.path)).toEqual(['a.jpg']);
    expect(broken.warnings).toEqual([
      expect.stringMatching(/^the chat member "_chat\.txt" could not be read to the end \(no WhatsApp message header/),
    ]);
  });

  it('keeps the archive limits', async () => {
    const zip = buildZip([
      { name: '_chat.txt', data: '[07.06.20, 15:13:18] a: b\r\n' },
      { name: 'big.bin', data: Buffer.alloc(10_000, 1) },
    ]);
    await expect(runParser(whatsappZipParser, zip, { limits: { maxEntryBytes: 4096 } })).rejects.toThrow(
      /member "big\.bin" declares 10000 bytes/,
    );
  });

  it('survives truncated, corrupted and random input', async () => {
    const outcomes = await expectRobust(whatsappZipParser, await iosZip());
    expect(outcomes).toHaveLength(14);
  });
});
