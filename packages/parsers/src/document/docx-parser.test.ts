import { describe, expect, it } from 'vitest';
import { DETECT } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { buildDocx, buildZip } from './docx-fixture';
import { docxParser } from './docx-parser';
import { w3cdtfTime, xmlElement } from './docx-properties';
import { WordTextScanner } from './docx-text';
import { MAX_TEXT_BYTES, TextCap } from './text-cap';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CORE =
  '<dc:title>Справка &amp; протокол</dc:title><dc:creator>Айгерим Сапарова</dc:creator><cp:lastModifiedBy>Ерлан</cp:lastModifiedBy>' +
  '<cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-15T05:00:00Z</dcterms:created>' +
  '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-16T12:30:00+05:00</dcterms:modified>';
const DOCX = buildDocx(
  ['Протокол осмотра места происшествия', 'Қазақша мәтін & English'],
  CORE,
  '<Application>Microsoft Office Word</Application><Company>ДП</Company>',
);

describe('docxParser', () => {
  it('outranks a generic ZIP parser (101) when Word parts are visible, and falls back to the name', async () => {
    expect(docxParser.detect(await probeOf(DOCX, 'x.bin'))).toBe(101);
    expect(docxParser.detect(await probeOf(buildZip({ 'a.txt': 'x' }), 'a.zip'))).toBe(DETECT.NO);
    expect(docxParser.detect(await probeOf(buildZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '' }), 'a.xlsx'))).toBe(
      DETECT.NO,
    );
    expect(docxParser.detect({ head: new TextEncoder().encode('nope'), name: 'a.docx', size: 4 })).toBe(DETECT.NAME_ONLY);
  });

  it('reads Cyrillic and Kazakh text and the core properties with their offsets', async () => {
    const run = await runParser(docxParser, DOCX, { name: 'report.docx', caseTimeZone: 'Asia/Almaty' });
    expect(run.warnings).toEqual([]);
    expect(run.artifacts).toHaveLength(1);
    const [doc] = run.artifacts;
    expect(doc!.text).toContain('Протокол осмотра места происшествия');
    expect(doc!.text).toContain('Қазақша мәтін & English');
    expect(doc).toMatchObject({
      type: 'document',
      key: 'document',
      time: { utc: '2024-03-15T05:00:00.000000Z', zone: 'UTC', raw: '2024-03-15T05:00:00Z' },
      fields: {
        format: 'docx',
        title: 'Справка & протокол',
        author: 'Айгерим Сапарова',
        lastModifiedBy: 'Ерлан',
        revision: '3',
        created: '2024-03-15T05:00:00.000000Z',
        modified: '2024-03-16T07:30:00.000000Z',
        modifiedZone: '+05:00',
        application: 'Microsoft Office Word',
        company: 'ДП',
        truncated: false,
      },
      locator: { path: 'word/document.xml' },
    });
  });

  it('works without docProps, and fails clearly on a ZIP that is not a Word document', async () => {
    const bare = await runParser(docxParser, buildDocx(['Только текст'], null), { name: 'a.docx' });
    expect(bare.artifacts[0]).toMatchObject({
      time: null,
      text: expect.stringContaining('Только текст'),
      fields: { author: null, created: null },
    });
    await expect(runParser(docxParser, buildZip({ 'a.txt': 'x' }))).rejects.toThrow(/not a readable DOCX/);
    await expect(runParser(docxParser, new TextEncoder().encode('plain'))).rejects.toThrow(
      'not a DOCX: it does not start with a ZIP local file header',
    );
  });

  it('reads W3CDTF dates and XML elements', () => {
    expect(w3cdtfTime('2024-03-15T10:00:00', 'Asia/Almaty')).toMatchObject({
      utc: '2024-03-15T05:00:00.000000Z',
      zone: 'Asia/Almaty',
      derived: true,
    });
    expect(w3cdtfTime('2024-03-15T10:00:00.5-03:00', 'UTC')).toMatchObject({ utc: '2024-03-15T13:00:00.500000Z', zone: '-03:00' });
    expect(w3cdtfTime('soon', 'UTC')).toBeNull();
    expect(xmlElement('<a:x attr="1">&#1040;&#x0411;&lt;</a:x>', 'x')).toBe('АБ<');
    expect(xmlElement('<x/>', 'x')).toBeNull();
  });

  it('reads headers, footers, notes and comments after the body, keeps deletions apart, and extracts the media', async () => {
    const w = (body: string, root = 'w:document') => `<?xml version="1.0"?><${root} xmlns:w="${W}">${body}</${root}>`;
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const docx = buildZip({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': w(
        '<w:body><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
          `${run('Кому')}<w:r><w:tab/></w:r>${run('Ерлану')}<w:r><w:br/></w:r>${run('Tom &amp; Jerry')}</w:p>` +
          `<w:p><w:del><w:r><w:delText>удалённый абзац</w:delText></w:r></w:del><w:ins>${run('вставка')}</w:ins></w:p><w:p/></w:body>`,
      ),
      'word/footer1.xml': w(`<w:p>${run('стр. 1')}</w:p>`, 'w:ftr'),
      'word/header1.xml': w(`<w:p>${run('ДСП')}</w:p>`, 'w:hdr'),
      'word/comments.xml': w(`<w:comment><w:p>${run('проверить')}</w:p></w:comment>`, 'w:comments'),
      'word/footnotes.xml': w(`<w:footnote><w:p>${run('см. протокол')}</w:p></w:footnote>`, 'w:footnotes'),
      'word/media/image1.png': '\u0089PNG fake',
    });
    const result = await runParser(docxParser, docx, { name: 'a.docx' });
    expect(result.warnings).toEqual([]);
    const [doc] = result.artifacts;
    expect(doc!.text).toBe('Кому\tЕрлану\nTom & Jerry\nвставка\n\n\nДСП\n\nстр. 1\n\nсм. протокол\n\nпроверить\n');
    expect(doc!.fields).toMatchObject({
      parts: [
        { part: 'word/document.xml', start: 0 },
        { part: 'word/header1.xml', start: 34 },
        { part: 'word/footer1.xml', start: 39 },
        { part: 'word/footnotes.xml', start: 47 },
        { part: 'word/comments.xml', start: 61 },
      ],
      deletedText: 'удалённый абзац',
      media: 1,
    });
    const starts = (doc!.fields!.parts as Array<{ start: number }>).map(({ start }) => doc!.text!.slice(start, start + 3));
    expect(starts).toEqual(['Ком', 'ДСП', 'стр', 'см.', 'про']);
    expect(result.children.map((child) => [child.path, child.bytes.toString()])).toEqual([['word/media/image1.png', '\u0089PNG fake']]);
  });

  it('scans a part the same whatever its chunks, entities and tags cut in two', () => {
    const xml = `<w:p>${'<w:r><w:t>Ж&amp;&#1046;&lt;x&gt;</w:t></w:r><w:r><w:tab/></w:r>'.repeat(3)}</w:p>`;
    const whole = new TextCap();
    new WordTextScanner(whole).feed(xml);
    for (const size of [1, 2, 3, 7]) {
      const cap = new TextCap();
      const scanner = new WordTextScanner(cap);
      for (let at = 0; at < xml.length; at += size) scanner.feed(xml.slice(at, at + size));
      scanner.endPart();
      expect(cap.text()).toBe(whole.text());
    }
    expect(whole.text()).toBe('Ж&Ж<x>\t'.repeat(3) + '\n');
  });

  it('reads a document part of tens of megabytes as it inflates, up to the text cap', async () => {
    // A few hundred kilobytes of DOCX: read whole, its XML took gigabytes of memory.
    const paragraph = `<w:p><w:r><w:t>${'a'.repeat(1000)}</w:t></w:r></w:p>`;
    const docx = buildZip({ 'word/document.xml': `<w:document xmlns:w="${W}"><w:body>${paragraph.repeat(20_000)}</w:body></w:document>` });
    const result = await runParser(docxParser, docx, { name: 'a.docx' });
    expect(result.warnings).toEqual(['text capped at 1 MiB']);
    expect(result.artifacts[0]!.fields).toMatchObject({ textBytes: MAX_TEXT_BYTES, truncated: true });
  });

  it('survives truncated, corrupted and random variants', async () => {
    const outcomes = await expectRobust(docxParser, DOCX, { name: 'report.docx' });
    expect(outcomes).toHaveLength(14);
  });
});
