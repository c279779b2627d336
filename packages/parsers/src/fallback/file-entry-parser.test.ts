import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECT, type ArtifactDraft } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { fileEntryParser } from './file-entry-parser';

const SAMPLES = new URL('../../../../../shared/samples/', import.meta.url);
const JPEG_SHA = 'ac759931999a215ef78469a82bdfc382ccba96eb8d039ec9e81e53a9a419d35e';
const JPEG = new URL('exif/Kodak_CX7530.jpg', SAMPLES).pathname;
const EML_SHA = 'df75861851d704eb3aeb8db9b64cb8db5b963e53a44e7c7da794bf29e9f34d69';
const EML = new URL('email/spamscope_mail_test_12.eml', SAMPLES).pathname;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('fileEntryParser', () => {
  it('always detects as the fallback', async () => {
    expect(fileEntryParser.detect(await probeOf(JPEG))).toBe(DETECT.FALLBACK);
    expect(fileEntryParser.detect(await probeOf(new Uint8Array(0), 'x'))).toBe(DETECT.FALLBACK);
  });

  it('describes a binary file without text', async () => {
    const bytes = readFileSync(JPEG);
    expect(sha256(bytes)).toBe(JPEG_SHA);
    const run = await runParser(fileEntryParser, JPEG);
    expect(run.artifacts).toEqual([
      {
        type: 'file_entry',
        key: 'file_entry',
        time: null,
        text: null,
        fields: {
          name: 'Kodak_CX7530.jpg',
          path: JPEG,
          extension: 'jpg',
          size: 5958,
          sha256: JPEG_SHA,
          mime: 'image/jpeg',
          label: 'JPEG image',
          isText: false,
        },
        locator: { offset: 0, length: 5958 },
      },
    ]);
  });

  it('keeps the text of a text file', async () => {
    const bytes = readFileSync(EML);
    expect(sha256(bytes)).toBe(EML_SHA);
    const [entry] = (await runParser(fileEntryParser, EML)).artifacts;
    expect(entry!.text).toBe(bytes.toString('utf8'));
    expect(entry!.fields).toMatchObject({
      mime: 'message/rfc822',
      isText: true,
      encoding: 'utf-8',
      truncated: false,
      size: 795,
      sha256: EML_SHA,
    });
  });

  it('caps the stored text at 1 MiB', async () => {
    const big = Buffer.from('строка журнала\n'.repeat(60_000));
    const [entry] = (await runParser(fileEntryParser, big, { name: 'app.log' })).artifacts;
    expect(entry!.fields).toMatchObject({ mime: 'text/plain', truncated: true, lines: 60_000 });
    expect(Buffer.byteLength(entry!.text!)).toBeLessThanOrEqual(1024 * 1024);
  });

  it('computes the SHA-256 itself when the item arrives without one', async () => {
    for (const [bytes, name] of [
      [readFileSync(JPEG), 'a.jpg'],
      [Buffer.from('просто текст\n'), 'a.txt'],
    ] as const) {
      const drafts: ArtifactDraft[] = [];
      await fileEntryParser.parse(
        {
          item: {
            id: 'i',
            caseId: 'c',
            name,
            originalPath: `/in/${name}`,
            size: bytes.length,
            sha256: '',
            caseTimeZone: 'UTC',
            trustedMailHosts: [],
            depth: 1,
            reading: {},
          },
          head: bytes.subarray(0, 65536),
          async *read() {
            for (let at = 0; at < bytes.length; at += 1000) yield bytes.subarray(at, at + 1000);
          },
          localPath: async () => '/nowhere',
          signal: new AbortController().signal,
          companion: async () => null,
        },
        { artifact: async (d) => void drafts.push(d), child: async () => {}, warn: () => {} },
        {} as never,
      );
      expect(drafts[0]!.fields).toMatchObject({ sha256: sha256(bytes), path: `/in/${name}` });
    }
  });

  it('survives truncated, corrupted and random input', async () => {
    const outcomes = await expectRobust(fileEntryParser, readFileSync(EML));
    expect(outcomes.every((o) => o.includes(': ok, 1 artefacts'))).toBe(true);
    expect((await expectRobust(fileEntryParser, readFileSync(JPEG))).every((o) => o.includes(': ok'))).toBe(true);
  });

  it('warns when a name a format goes by is on content that is not that format, and not when the content fits', async () => {
    const chrome = readFileSync(new URL('browser/plaso_chrome_History', SAMPLES).pathname);
    const damaged = Buffer.from(chrome);
    damaged.fill(0x5a, 0, 16);
    const run = await runParser(fileEntryParser, damaged, { name: 'History' });
    expect(run.warnings).toEqual([
      'named like a Chromium-family History database (SQLite), but its content is not (it reads as: Unknown binary data); it may be damaged, or not what its name says',
    ]);
    expect((await runParser(fileEntryParser, chrome, { name: 'History' })).warnings).toEqual([]);
    expect((await runParser(fileEntryParser, JPEG)).warnings).toEqual([]);
    const renamed = await runParser(fileEntryParser, readFileSync(JPEG), { name: 'report.pdf' });
    expect(renamed.warnings).toEqual([
      'named like a PDF document, but its content is not (it reads as: JPEG image); it may be damaged, or not what its name says',
    ]);
    expect((await runParser(fileEntryParser, Buffer.from('Subject: hi\r\n\r\nbody'), { name: 'note.eml' })).warnings).toEqual([]);
  });
});
