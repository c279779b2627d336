// Small parsers written for the processing tests, each showing one mechanism alone: batching and provenance
// (lines), a parse failure (boom), the time limit (slow), members (box), detection by name only (named), a repeated
// artefact key (twice), a detection that throws (touchy), and the fallback.
import { DETECT, ParseError, type Parser } from '@tamga/core';

const text = (head: Uint8Array) => Buffer.from(head).toString('utf8');

const linesParser: Parser = {
  id: 'test.lines',
  version: '1',
  description: 'one message per line',
  detect: (probe) => (text(probe.head).startsWith('LINES\n') ? DETECT.CERTAIN : DETECT.NO),
  async parse(input, out) {
    let offset = 0;
    let line = 0;
    const all = [];
    for await (const chunk of input.read()) all.push(Buffer.from(chunk));
    for (const row of Buffer.concat(all).toString('utf8').split('\n')) {
      line++;
      if (line > 1 && row) {
        await out.artifact({
          type: 'message',
          key: `line:${line}`,
          time: { utc: `2024-03-0${(line % 9) + 1}T10:00:00.000000Z`, zone: null },
          text: row,
          locator: { line, offset, length: Buffer.byteLength(row) },
        });
      }
      offset += Buffer.byteLength(row) + 1;
    }
  },
};

const boomParser: Parser = {
  id: 'test.boom',
  version: '1',
  description: 'always fails',
  detect: (probe) => (text(probe.head).startsWith('BOOM') ? DETECT.CERTAIN : DETECT.NO),
  parse: async () => {
    throw new ParseError('the header says BOOM, which no valid file does');
  },
};

const slowParser: Parser = {
  id: 'test.slow',
  version: '1',
  description: 'never finishes',
  detect: (probe) => (text(probe.head).startsWith('SLOW') ? DETECT.CERTAIN : DETECT.NO),
  parse: (input) => new Promise((_, reject) => input.signal.addEventListener('abort', () => reject(input.signal.reason))),
};

/** "BOX" then lines of name=content: each becomes a member. */
const boxParser: Parser = {
  id: 'test.box',
  version: '1',
  description: 'a toy container',
  detect: (probe) => (text(probe.head).startsWith('BOX\n') ? DETECT.CERTAIN : DETECT.NO),
  async parse(input, out) {
    const lines = text(input.head).split('\n').slice(1).filter(Boolean);
    for (const [index, line] of lines.entries()) {
      const [name, content] = line.split('=') as [string, string];
      const bytes = Buffer.from(content.replace(/\\n/g, '\n'));
      await out.child({
        path: name,
        content: (async function* () {
          yield bytes;
        })(),
        declaredSize: bytes.length,
        locator: { row: index },
      });
    }
  },
};

/** Claims files by their extension only, and cannot read what is inside. */
const namedParser: Parser = {
  id: 'test.named',
  version: '1',
  description: 'by name only',
  detect: (probe) => (probe.name.endsWith('.named') ? DETECT.NAME_ONLY : DETECT.NO),
  parse: async () => {
    throw new ParseError('no NAMED header');
  },
};

/** Emits the same key twice: a parser bug the primary key must catch. */
const twiceParser: Parser = {
  id: 'test.twice',
  version: '1',
  description: 'repeats a key',
  detect: (probe) => (text(probe.head).startsWith('TWICE') ? DETECT.CERTAIN : DETECT.NO),
  async parse(_input, out) {
    for (let i = 0; i < 2; i++) await out.artifact({ type: 'document', key: 'same', text: `copy ${i}`, locator: {} });
  },
};

/** A parser whose detection itself fails on one content, as a buggy one might. */
const touchyParser: Parser = {
  id: 'test.touchy',
  version: '1',
  description: 'throws while detecting',
  detect: (probe) => {
    if (text(probe.head).startsWith('TOUCHY')) throw new Error('detection blew up on TOUCHY');
    return DETECT.NO;
  },
  parse: async () => {},
};

const fallbackParser: Parser = {
  id: 'test.fallback',
  version: '1',
  description: 'anything else',
  detect: () => DETECT.FALLBACK,
  parse: async (input, out) => out.artifact({ type: 'file_entry', key: 'file_entry', text: input.item.name, locator: {} }),
};

/** Every test parser, in the order the registry ranks ties. */
export const testParsers: Parser[] = [
  linesParser,
  boomParser,
  slowParser,
  boxParser,
  namedParser,
  twiceParser,
  touchyParser,
  fallbackParser,
];
