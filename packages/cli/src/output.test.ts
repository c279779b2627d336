// What people see of evidence in a terminal: names, reasons and texts with their control characters escaped, so a
// hostile file name can neither send escape sequences nor forge a line of output.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlight } from './commands/analysis-commands';
import { oneLine, printFields, printTable } from './output';

const HOSTILE = 'invoice\u001b[2J\u001b]0;owned\u0007\r\nsha256  0000.pdf';

function printed(print: () => void): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    print();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

describe('terminal output of evidence text', () => {
  afterEach(() => vi.restoreAllMocks());

  it('escapes controls in table cells and keeps each row on one line', () => {
    const out = printed(() => printTable([{ name: HOSTILE, size: 1 }], ['name', 'size']));
    expect([...out].filter((c) => c !== '\n' && (c < ' ' || (c >= '\u007f' && c <= '\u009f')))).toEqual([]);
    expect(out.trimEnd().split('\n')).toHaveLength(2);
    expect(out).toContain('invoice\\u001b[2J\\u001b]0;owned\\u0007\\u000d\\u000asha256  0000.pdf');
  });

  it('keeps a field’s own line breaks, indented under it, and escapes the rest', () => {
    const out = printed(() => printFields({ id: 'a1', text: 'first line\nsecond\u001b[31m line' }));
    expect(out).toBe('id    a1\ntext  first line\n      second\\u001b[31m line\n');
  });

  it('escapes a search snippet’s controls and still marks its hits', () => {
    expect(highlight('a\u001b[2Jb \u0001hit\u0002 c', false)).toBe('a\\u001b[2Jb [hit] c');
    expect(highlight('\u0001hit\u0002', true)).toBe('\u001b[1;33mhit\u001b[0m');
    expect(oneLine('a\u009bb')).toBe('a\\u009bb');
    // A right-to-left override would show `invoice\u202Efdp.exe` as invoiceexe.pdf.
    expect(oneLine('invoice\u202Efdp.exe')).toBe('invoice\\u202efdp.exe');
    expect(oneLine('a\u2028b\u2066c')).toBe('a\\u2028b\\u2066c');
  });
});
