import { describe, expect, it } from 'vitest';
import { DETECT } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { textParser } from './text-parser';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Windows-1251 for Russian letters (А–я, Ё, ё) and ASCII: enough to build test bytes without an encoder. */
function cp1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (c === 'Ё') return 0xa8;
      if (c === 'ё') return 0xb8;
      throw new Error(`not in the test table: ${c}`);
    }),
  );
}

async function documentOf(bytes: Uint8Array, name = 'note.txt') {
  const run = await runParser(textParser, bytes, { name });
  expect(run.artifacts).toHaveLength(1);
  const [doc] = run.artifacts;
  expect(doc).toMatchObject({ type: 'document', key: 'document', locator: { offset: 0, length: bytes.length } });
  return { doc: doc!, fields: doc!.fields as Record<string, unknown>, warnings: run.warnings };
}

const RUSSIAN = 'Привет, как дела?\nВстреча завтра в 10:00. Ёлка, ёж.\n';

describe('textParser: encodings', () => {
  it('reads UTF-8 without a BOM', async () => {
    const { doc, fields } = await documentOf(utf8(RUSSIAN));
    expect(doc.text).toBe(RUSSIAN);
    expect(fields).toMatchObject({ format: 'text', encoding: 'utf-8', bom: false, lines: 2, characters: RUSSIAN.length, truncated: false });
  });

  it('reads UTF-8 with a BOM and drops the BOM from the text', async () => {
    const { doc, fields } = await documentOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(RUSSIAN)]));
    expect(doc.text).toBe(RUSSIAN);
    expect(fields).toMatchObject({ encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE and BE by their BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RUSSIAN, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect((await documentOf(le)).doc.text).toBe(RUSSIAN);
    expect((await documentOf(le)).fields.encoding).toBe('utf-16le');
    expect((await documentOf(be)).doc.text).toBe(RUSSIAN);
    expect((await documentOf(be)).fields.encoding).toBe('utf-16be');
  });

  it('reads Cyrillic in Windows-1251 when the bytes are not UTF-8', async () => {
    const { doc, fields, warnings } = await documentOf(cp1251(RUSSIAN));
    expect(doc.text).toBe(RUSSIAN);
    expect(fields).toMatchObject({ encoding: 'windows-1251', replacementChars: 0 });
    expect(warnings).toEqual([]);
  });

  it('reads Cyrillic UTF-16 without a BOM, and UTF-8 with one stray byte as UTF-8, counting the byte', async () => {
    const le = Buffer.from(RUSSIAN.repeat(3), 'utf16le');
    expect((await documentOf(le)).fields.encoding).toBe('utf-16le');
    expect((await documentOf(le)).doc.text).toBe(RUSSIAN.repeat(3));
    const text = RUSSIAN.repeat(20);
    const stray = Buffer.concat([utf8(text.slice(0, 100)), Buffer.from([0xe9]), utf8(text.slice(100))]);
    const { doc, fields, warnings } = await documentOf(stray);
    expect(doc.text).toBe(`${text.slice(0, 100)}\uFFFD${text.slice(100)}`);
    expect(fields).toMatchObject({ encoding: 'utf-8', replacementChars: 1 });
    expect(warnings).toEqual(['text: 1 characters could not be decoded as utf-8']);
    // Latin-1 accents alone are no UTF-8: still Windows-1252.
    expect((await documentOf(Buffer.from("Le café est fermé aujourd'hui. ".repeat(10), 'latin1'))).fields.encoding).toBe('windows-1252');
  });

  it('stores at most 1 MiB of text, cut on a character boundary, and says so', async () => {
    const line = 'Ж'.repeat(99) + '\n'; // 199 bytes a line, so the cap falls inside a two-byte letter
    const big = utf8(line.repeat(20_000));
    const { doc, fields, warnings } = await documentOf(big);
    expect(fields.truncated).toBe(true);
    expect(fields.storedBytes).toBeLessThanOrEqual(1024 * 1024);
    expect(fields.storedBytes).toBeGreaterThan(1024 * 1024 - 2);
    expect(Buffer.byteLength(doc.text!)).toBe(fields.storedBytes);
    expect(line.repeat(20_000).startsWith(doc.text!)).toBe(true);
    expect(fields).toMatchObject({ lines: 20_000, characters: line.length * 20_000 });
    expect(warnings[0]).toMatch(/only the first 1048576 bytes/);
  });
});

describe('textParser: CSV', () => {
  it('recognises comma CSV with quoted delimiters, quotes and line breaks, and counts rows', async () => {
    const csv =
      'name,phone,note\r\n"Сейтова, Айгерим",+77771234567,"сказала ""да"""\r\nДанияр,+77012345678,"две\r\nстроки"\r\n\r\nБауыржан,+77055555555,\r\n';
    expect(textParser.detect(await probeOf(utf8(csv), 'export.dat'))).toBe(DETECT.LIKELY);
    const { doc, fields } = await documentOf(utf8(csv), 'export.dat');
    expect(doc.text).toBe(csv);
    expect(fields).toMatchObject({
      format: 'csv',
      delimiter: ',',
      columns: 3,
      header: ['name', 'phone', 'note'],
      rowCount: 3,
      inconsistentRows: 0,
    });
  });

  it('recognises semicolon and tab separated tables', async () => {
    const semicolon = 'Дата;Сумма;Карта\n01.03.2024;15000;4400 4301\n02.03.2024;2000;4400 4302\n03.03.2024;700;4400 4303\n';
    expect((await documentOf(cp1251(semicolon), 'bank.csv')).fields).toMatchObject({
      format: 'csv',
      delimiter: ';',
      encoding: 'windows-1251',
      rowCount: 3,
    });
    const tabs = 'a\tb\n1\t2\n3\t4\n';
    expect((await documentOf(utf8(tabs), 'x.tsv')).fields).toMatchObject({
      format: 'csv',
      delimiter: '\t',
      header: ['a', 'b'],
      rowCount: 2,
    });
  });

  it('counts rows past the stored-text cap and flags rows with another number of fields', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i},user${i},${'x'.repeat(20)}`);
    rows.splice(10, 0, 'short,row');
    const { fields } = await documentOf(utf8(`id,name,pad\n${rows.join('\n')}`), 'big.csv');
    expect(fields).toMatchObject({ format: 'csv', truncated: true, rowCount: 60_001, inconsistentRows: 1 });
  });

  it('does not take prose with commas, or a single line, for CSV', async () => {
    const prose = 'Hello, world.\nI said, quietly, that it was late.\nOk.\n';
    expect(textParser.detect(await probeOf(utf8(prose), 'note'))).toBe(DETECT.NAME_ONLY);
    expect((await documentOf(utf8(prose))).fields.format).toBe('text');
    expect(textParser.detect(await probeOf(utf8('a,b,c\n'), 'one'))).toBe(DETECT.NAME_ONLY);
  });
});

describe('textParser: detect', () => {
  it('claims text weakly, CSV likely, and declines binary and structured text', async () => {
    expect(textParser.detect(await probeOf(utf8(RUSSIAN), 'x.bin'))).toBe(DETECT.NAME_ONLY);
    expect(textParser.detect(await probeOf(cp1251(RUSSIAN), 'x'))).toBe(DETECT.NAME_ONLY);
    expect(textParser.detect(await probeOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'x.txt'))).toBe(
      DETECT.NO,
    );
    expect(textParser.detect(await probeOf(utf8('{"a": [1, 2]}'), 'data.json'))).toBe(DETECT.NO);
    expect(textParser.detect(await probeOf(utf8('<!DOCTYPE html><html><body>x</body></html>'), 'page.html'))).toBe(DETECT.NO);
    expect(textParser.detect(await probeOf(new Uint8Array(0), 'empty.txt'))).toBe(DETECT.NAME_ONLY);
    expect(textParser.detect(await probeOf(new Uint8Array(0), 'empty'))).toBe(DETECT.NO);
  });

  it('emits an empty document for an empty file', async () => {
    const { doc, fields } = await documentOf(new Uint8Array(0), 'empty.txt');
    expect(doc.text).toBe('');
    expect(fields).toMatchObject({ characters: 0, lines: 0, truncated: false });
  });
});

describe('textParser: malformed input', () => {
  it('survives truncated, corrupted and random input (text and CSV)', async () => {
    expect(await expectRobust(textParser, utf8(RUSSIAN.repeat(50)))).toHaveLength(14);
    const csv = 'a;b;c\n' + Array.from({ length: 200 }, (_, i) => `${i};"q;${i}";Ж`).join('\n');
    const outcomes = await expectRobust(textParser, cp1251(csv.replace(/Ж/g, 'Ж')), { name: 'x.csv' });
    expect(outcomes.every((o) => o.includes(': ok'))).toBe(true);
  });
});
