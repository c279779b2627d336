// Covers hash-list-reader.ts and hash-lines.ts without a database: streamed lines across chunk boundaries, plain
// and md5sum-style lists, CSV headers (quoted fields, hashdeep, semicolons), PDQ by signal, and invalid lines.
import { describe, expect, it } from 'vitest';
import { csvFields, textLines } from './hash-lines';
import { classifyHash, readHashList, sniffListFormat, type ListRow } from './hash-list-reader';

/** The text cut into chunks of n bytes, so lines (and UTF-8 characters) straddle chunk boundaries. */
async function* chunks(text: string, n = 3): AsyncIterable<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += n) yield bytes.subarray(i, i + n);
}

async function rows(text: string, options: Parameters<typeof readHashList>[1]): Promise<ListRow[]> {
  const out: ListRow[] = [];
  for await (const row of readHashList(chunks(text), options)) out.push(row);
  return out;
}

const MD5 = 'd41d8cd98f00b204e9800998ecf8427f';
const SHA1 = 'a'.repeat(40);
const SHA256 = 'b'.repeat(64);

describe('textLines', () => {
  it('splits on LF and CRLF across chunk boundaries, numbering lines as an editor does', async () => {
    const lines = [];
    for await (const line of textLines(chunks('один\r\ntwo\n\nthree'))) lines.push([line.number, line.text]);
    expect(lines).toEqual([
      [1, 'один'],
      [2, 'two'],
      [3, ''],
      [4, 'three'],
    ]);
  });
});

describe('csvFields', () => {
  it('reads quoted fields with separators and doubled quotes', () => {
    expect(csvFields('a,"b, c","say ""hi""",')).toEqual(['a', 'b, c', 'say "hi"', '']);
    expect(csvFields('x;y', ';')).toEqual(['x', 'y']);
  });
});

describe('classifyHash', () => {
  it('types a hash by its length, lower-cases it, and takes 64 hex as PDQ only when told', () => {
    expect(classifyHash(` ${MD5.toUpperCase()} `)).toEqual({ signal: 'md5', value: MD5, label: null });
    expect(classifyHash(SHA1)).toMatchObject({ signal: 'sha1' });
    expect(classifyHash(SHA256)).toMatchObject({ signal: 'sha256' });
    expect(classifyHash(SHA256, 'pdq')).toMatchObject({ signal: 'pdq' });
    expect(classifyHash(MD5, 'pdq')).toHaveProperty('invalid');
    expect(classifyHash('xyz')).toHaveProperty('invalid');
    expect(classifyHash('abcd')).toHaveProperty('invalid');
  });
});

describe('readHashList', () => {
  it('reads plain and md5sum-style lines, skips comments and blanks, reports bad lines by number', async () => {
    const text = `# comment\n${MD5}\n\n${SHA256}  *setup.exe\nnot a hash\n${SHA1}`;
    expect(await rows(text, { format: 'plain' })).toEqual([
      { line: 2, hashes: [{ signal: 'md5', value: MD5, label: null }] },
      { line: 4, hashes: [{ signal: 'sha256', value: SHA256, label: 'setup.exe' }] },
      { line: 5, invalid: expect.stringContaining('not a hexadecimal hash') },
      { line: 6, hashes: [{ signal: 'sha1', value: SHA1, label: null }] },
    ]);
  });

  it('reads CSV by its header: several hash columns a row, quoted labels, empty cells', async () => {
    const text = `SHA-256,md5,File Name\n${SHA256},${MD5},"a, b"\n,${MD5},c\n,,\n`;
    expect(await rows(text, { format: 'csv' })).toEqual([
      {
        line: 2,
        hashes: [
          { signal: 'sha256', value: SHA256, label: 'a, b' },
          { signal: 'md5', value: MD5, label: 'a, b' },
        ],
      },
      { line: 3, hashes: [{ signal: 'md5', value: MD5, label: 'c' }] },
      { line: 4, invalid: 'no hash in this row' },
    ]);
  });

  it('reads hashdeep output and a generic hash column with a forced signal', async () => {
    const hashdeep = `%%%% HASHDEEP-1.0\n%%%% size,md5,sha256,filename\n## comment\n12,${MD5},${SHA256},/tmp/x\n`;
    expect(await rows(hashdeep, { format: 'csv' })).toMatchObject([{ line: 4, hashes: [{ signal: 'md5' }, { signal: 'sha256' }] }]);
    expect(await rows(`hash;label\n${SHA256};poster\n`, { format: 'csv', signal: 'pdq' })).toEqual([
      { line: 2, hashes: [{ signal: 'pdq', value: SHA256, label: 'poster' }] },
    ]);
  });

  it('refuses a CSV without a header naming hash columns', async () => {
    expect(await rows(`${MD5},x\n`, { format: 'csv' })).toEqual([{ line: 1, invalid: expect.stringContaining('header') }]);
  });

  it('tells lists from CSV by their first line that is not a comment', () => {
    expect(sniffListFormat(`# x\n${MD5}\n`)).toBe('plain');
    expect(sniffListFormat(`md5,label\n`)).toBe('csv');
    expect(sniffListFormat('%%%% HASHDEEP-1.0\n')).toBe('csv');
  });
});
