// A range inside a ZIP member, inflated as far as the range and no further: what a reviewer sees as the exact bytes
// of a message read from a chat the archive holds compressed.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, MemberSource } from '@tamga/core';
import { whatsappZipParser } from '../whatsapp/whatsapp-zip-parser';
import { runParser } from '../testing/run-parser';
import { buildZip, type ZipWriterEntry } from './testing/zip-writer';
import { readMemberRange } from './member-range';

async function sourceOf(zip: Buffer): Promise<MemberSource> {
  const path = join(await mkdtemp(join(tmpdir(), 'tamga-member-range-')), 'export.zip');
  await writeFile(path, zip);
  return { localPath: async () => path, signal: new AbortController().signal };
}

/** An Android chat long enough that its deflated member inflates in many chunks; Cyrillic and multi-line messages. */
function longChat(): string {
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const minute = String(i % 60).padStart(2, '0');
    const text = i % 7 === 0 ? `Сообщение ${i}\nвторая строка ${i} — привет` : `message ${i} ${'x'.repeat(i % 40)}`;
    lines.push(`01/03/2024, 10:${minute} - ${i % 2 ? 'Айгерим' : 'Loris'}: ${text}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('a range inside a ZIP member', () => {
  it('gives each message of a compressed chat exactly its bytes, from the first to the last', async () => {
    const chat = Buffer.from(longChat());
    const zip = buildZip([
      { name: 'IMG-20240301-WA0001.jpg', data: Buffer.alloc(70_000, 7) },
      { name: 'WhatsApp Chat with Айгерим.txt', data: chat },
    ]);
    expect(zip.length).toBeLessThan(chat.length); // the chat is held compressed
    const run = await runParser(whatsappZipParser, zip, { name: 'WhatsApp Chat with Айгерим.zip' });
    const messages = run.artifacts.filter((a) => a.type === 'message');
    expect(messages.length).toBe(3000);
    const source = await sourceOf(zip);
    for (const message of [messages[0]!, messages[7]!, messages[1500]!, messages.at(-1)!]) {
      const { offset, length } = message.locator;
      const bytes = await whatsappZipParser.readMember!(message.locator, source);
      expect(Buffer.from(bytes!).equals(chat.subarray(offset, offset! + length!))).toBe(true);
      expect(Buffer.from(bytes!).toString('utf8')).toContain(message.text!.split('\n')[0]!);
    }
  });

  it('reads a stored member, and a range that begins and ends anywhere in it', async () => {
    const data = Buffer.from('0123456789абвгд'.repeat(10_000));
    const source = await sourceOf(buildZip([{ name: 'dir/a.txt', data, method: 0 }]));
    for (const [offset, length] of [
      [0, 1],
      [65_530, 20],
      [data.length - 5, 5],
    ] as const) {
      const bytes = await readMemberRange({ path: 'dir/a.txt', offset, length }, source);
      expect(Buffer.from(bytes!).equals(data.subarray(offset, offset + length))).toBe(true);
    }
  });

  it('gives nothing where the range cannot be shown as it was read', async () => {
    const data = Buffer.from('hello, world\n'.repeat(100));
    const entries: ZipWriterEntry[] = [
      { name: 'a.txt', data },
      { name: 'locked.txt', data: 'secret', flags: 1 },
      { name: 'broken.txt', method: 8, payload: Buffer.from('this is not a deflate stream at all'), size: 1000, crc: 0 },
      { name: 'folder/', data: '' },
    ];
    const source = await sourceOf(buildZip(entries));
    const read = (locator: Locator) => readMemberRange(locator, source);
    expect(await read({ path: 'missing.txt', offset: 0, length: 4 })).toBeNull();
    expect(await read({ path: 'a.txt', offset: data.length - 2, length: 4 })).toBeNull(); // past its end
    expect(await read({ path: 'a.txt', offset: -1, length: 4 })).toBeNull();
    expect(await read({ path: 'a.txt', offset: 1.5, length: 4 })).toBeNull();
    expect(await read({ path: 'a.txt', offset: 0, length: 0 })).toBeNull();
    expect(await read({ path: 'a.txt', offset: 0 })).toBeNull(); // no length: no range
    expect(await read({ path: 'a.txt', offset: 0, length: 2 ** 40 })).toBeNull(); // never a whole member in memory
    expect(await read({ path: 'locked.txt', offset: 0, length: 3 })).toBeNull(); // encrypted
    expect(await read({ path: 'broken.txt', offset: 0, length: 10 })).toBeNull(); // damaged deflate data
    expect(await read({ path: 'folder/', offset: 0, length: 1 })).toBeNull();
    expect(Buffer.from((await read({ path: 'a.txt', offset: 13, length: 5 }))!).toString()).toBe('hello');
    // Not a ZIP at all (replaced, or another format): nothing, not an error.
    const notZip = await sourceOf(Buffer.from('plain text, no archive'));
    expect(await readMemberRange({ path: 'a.txt', offset: 0, length: 1 }, notZip)).toBeNull();
  });

  it('takes the chat member the parser took when two members share its path once made safe', async () => {
    const zip = buildZip([
      { name: '../WhatsApp Chat with Loris.txt', data: '01/03/2024, 10:00 - Mallory: a member that climbed out\n' },
      { name: 'WhatsApp Chat with Loris.txt', data: '01/03/2024, 10:00 - Loris: the chat beside it, which is longer\n' },
    ]);
    const run = await runParser(whatsappZipParser, zip, { name: 'WhatsApp Chat with Loris.zip' });
    const message = run.artifacts.find((a) => a.type === 'message')!;
    const bytes = await whatsappZipParser.readMember!(message.locator, await sourceOf(zip));
    // Whichever the parser read, the bytes shown are that message's line, not the other member's.
    expect(Buffer.from(bytes!).toString()).toBe(`01/03/2024, 10:00 - ${message.fields!.author as string}: ${message.text!}`);
  });
});
