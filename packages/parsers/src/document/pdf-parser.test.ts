import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DETECT } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { buildPdf } from './pdf-fixture';
import { w3cdtfTime } from './docx-properties';
import { pdfDate } from './pdf-date';
import { pdfParser } from './pdf-parser';
import { MAX_TEXT_BYTES, TextCap } from './text-cap';

const REPORT = buildPdf({
  pages: ['Протокол допроса\nAlmaty, 2024', 'Страница 2: Тамга'],
  info: {
    Title: 'Отчёт о проверке',
    Author: 'Айгерим Сапарова',
    Creator: 'Writer',
    Producer: 'Tamga fixture',
    CreationDate: "D:20240315100000+05'00'",
    ModDate: 'D:20240316120000',
  },
});

/** A one-page PDF around a raw content stream, compressed. */
function bombPdf(content: Buffer): Buffer {
  const stream = deflateSync(content, { level: 9 });
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>'),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  const parts = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.length;
  });
  const xref = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

describe('pdfParser', () => {
  it('detects PDFs by header, and by name only otherwise', async () => {
    expect(pdfParser.detect(await probeOf(REPORT, 'x.bin'))).toBe(DETECT.CERTAIN);
    expect(pdfParser.detect({ head: new TextEncoder().encode('hello'), name: 'a.PDF', size: 5 })).toBe(DETECT.NAME_ONLY);
    expect(pdfParser.detect({ head: new TextEncoder().encode('hello'), name: 'a.txt', size: 5 })).toBe(DETECT.NO);
  });

  it('reads Cyrillic text per page, metadata and dates with their stated offsets', async () => {
    const run = await runParser(pdfParser, REPORT, { name: 'report.pdf', caseTimeZone: 'Asia/Almaty' });
    expect(run.warnings).toEqual([]);
    expect(run.artifacts).toHaveLength(1);
    const [doc] = run.artifacts;
    expect(doc).toMatchObject({
      type: 'document',
      key: 'document',
      time: { utc: '2024-03-15T05:00:00.000000Z', zone: '+05:00', raw: "D:20240315100000+05'00'" },
      fields: {
        format: 'pdf',
        title: 'Отчёт о проверке',
        author: 'Айгерим Сапарова',
        creator: 'Writer',
        producer: 'Tamga fixture',
        created: '2024-03-15T05:00:00.000000Z',
        createdZone: '+05:00',
        // No offset stated: read in the case zone (Almaty is UTC+5 since 2024-03-01).
        modified: '2024-03-16T07:00:00.000000Z',
        modifiedZone: 'Asia/Almaty',
        pageCount: 2,
        pagesRead: 2,
        pdfVersion: '1.4',
        encrypted: false,
        truncated: false,
      },
      locator: { offset: 0, length: REPORT.length },
    });
    const text = doc!.text!;
    const pages = text.split('\f');
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Протокол допроса');
    expect(pages[0]).toContain('Almaty, 2024');
    expect(pages[1]).toContain('Страница 2: Тамга');
    expect(doc!.fields!.pageStarts).toEqual([0, pages[0]!.length + 1]);
  });

  it('reports a PDF locked with a user password clearly', async () => {
    const run = await runParser(pdfParser, buildPdf({ pages: ['секрет'], encrypted: true }));
    expect(run.warnings).toEqual(['PDF is encrypted with a user password: its text and metadata could not be read']);
    expect(run.artifacts).toEqual([
      expect.objectContaining({
        type: 'document',
        key: 'document',
        fields: { format: 'pdf', encrypted: true, passwordRequired: true, pageCount: null },
      }),
    ]);
  });

  it('fails clearly on bytes that are not a PDF', async () => {
    await expect(runParser(pdfParser, new TextEncoder().encode('plain text'))).rejects.toThrow(
      'not a PDF: no %PDF- header in the first 1024 bytes',
    );
    await expect(runParser(pdfParser, new TextEncoder().encode('%PDF-1.4\nnothing else'))).rejects.toThrow(/not a readable PDF/);
  });

  it('says when no page has a text layer (a scan)', async () => {
    const scan = await runParser(pdfParser, buildPdf({ pages: ['', ''] }));
    expect(scan.warnings).toEqual(["no text layer on any of its 2 page(s): a scanned document's words need OCR to be read"]);
    expect((await runParser(pdfParser, REPORT)).warnings).toEqual([]);
  });

  it('gives no time for a PDF or DOCX date that does not exist', () => {
    expect(pdfDate('D:20210230120000Z', 'UTC')).toBeNull();
    expect(w3cdtfTime('2021-02-30T12:00:00Z', 'UTC')).toBeNull();
    expect(w3cdtfTime('2021-02-28T12:00:00', 'UTC')).toMatchObject({ utc: '2021-02-28T12:00:00.000000Z' });
  });

  it('parses PDF dates: offsets, Z, partial dates, garbage', () => {
    expect(pdfDate("D:20240315100000-03'30'", 'UTC')).toEqual({
      utc: '2024-03-15T13:30:00.000000Z',
      zone: '-03:30',
      raw: "D:20240315100000-03'30'",
    });
    expect(pdfDate('D:20240315100000Z', 'Asia/Almaty')).toMatchObject({ utc: '2024-03-15T10:00:00.000000Z', zone: 'UTC' });
    expect(pdfDate('D:2023', 'Asia/Almaty')).toMatchObject({ utc: '2022-12-31T18:00:00.000000Z', zone: 'Asia/Almaty', derived: true });
    expect(pdfDate('yesterday', 'UTC')).toBeNull();
    expect(pdfDate('D:20241399000000', 'UTC')).toBeNull();
  });

  it('caps text at 1 MiB of UTF-8 on a character boundary', () => {
    const cap = new TextCap();
    expect(cap.add('Ж'.repeat(MAX_TEXT_BYTES / 2 - 1))).toBe(true);
    expect(cap.add('ЖЖЖ')).toBe(false);
    expect(cap.truncated).toBe(true);
    expect(cap.byteLength).toBe(MAX_TEXT_BYTES);
    expect(cap.text().endsWith('ЖЖ')).toBe(true);
    expect(cap.add('more')).toBe(false);
  });

  it('stops a page whose content stream is a bomb at the text cap or the time limit, not after it', async () => {
    // 1 MB of PDF holding a page of hundreds of megabytes of drawing operators: read whole, its text ran the
    // process out of memory whatever the limits.
    const page = (operator: string, megabytes: number) =>
      bombPdf(Buffer.from(`BT /F1 12 Tf 50 700 Td\n${operator.repeat(Math.floor((megabytes * 1024 * 1024) / operator.length))}ET\n`));
    const capped = await runParser(pdfParser, page(`1 0 0 1 50 700 Tm (${'a'.repeat(100)}) Tj\n`, 40));
    expect(capped.warnings).toEqual(['text capped at 1 MiB after page 1 of 1']);
    expect(capped.artifacts[0]!.fields).toMatchObject({ textBytes: MAX_TEXT_BYTES, truncated: true });
    // Short runs, far from the cap for a second or more: the time limit ends it (the whole page's text at once
    // ran on past any limit).
    await expect(runParser(pdfParser, page('1 0 0 1 50 700 Tm (abc) Tj\n', 20), { timeoutMs: 200 })).rejects.toThrow('time limit');
  });

  it('survives truncated, corrupted and random variants', async () => {
    const outcomes = await expectRobust(pdfParser, REPORT, { name: 'report.pdf' });
    expect(outcomes).toHaveLength(14);
  });
});
