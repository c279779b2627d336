import { describe, expect, it } from 'vitest';
import { DETECT } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { buildDocx, buildZip } from './docx-fixture';
import { docxParser } from './docx-parser';
import { w3cdtfTime, xmlElement } from './docx-properties';

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

  it('survives truncated, corrupted and random variants', async () => {
    const outcomes = await expectRobust(docxParser, DOCX, { name: 'report.docx' });
    expect(outcomes).toHaveLength(14);
  });
});
