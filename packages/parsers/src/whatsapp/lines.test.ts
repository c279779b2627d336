import { describe, expect, it } from 'vitest';
import { splitLines } from './lines';

async function linesOf(bytes: Buffer, chunk: number) {
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += chunk) yield bytes.subarray(at, at + chunk);
  }
  const out = [];
  for await (const line of splitLines(chunks())) out.push(line);
  return out;
}

describe('splitLines', () => {
  it('splits LF, CRLF and CR the same way whatever the chunk size, keeping byte offsets', async () => {
    const bytes = Buffer.from('\ufeffпервая\r\nsecond\rthird\n\nfifth\r\n', 'utf8');
    const expected = [
      { text: 'первая', number: 1, offset: 3, length: 12 },
      { text: 'second', number: 2, offset: 17, length: 6 },
      { text: 'third', number: 3, offset: 24, length: 5 },
      { text: '', number: 4, offset: 30, length: 0 },
      { text: 'fifth', number: 5, offset: 31, length: 5 },
    ];
    for (const chunk of [1, 2, 3, 5, 7, 1000]) expect(await linesOf(bytes, chunk)).toEqual(expected);
  });

  it('yields a last line without a terminator, and nothing for an empty stream', async () => {
    expect((await linesOf(Buffer.from('a\nb'), 1)).map((l) => l.text)).toEqual(['a', 'b']);
    expect(await linesOf(Buffer.alloc(0), 4)).toEqual([]);
  });

  it('refuses a line longer than 4 MiB', async () => {
    await expect(linesOf(Buffer.alloc(5 * 1024 * 1024, 0x61), 65536)).rejects.toThrow(/line 1 is longer than 4194304 bytes/);
  });
});
