// The message header of a WhatsApp export line (FORMATS.md §2.2): matched on a cleaned copy of the line
// (bidi marks and BOMs removed, U+00A0/U+202F made spaces) while keeping a map back to the raw line.

/** Bidi marks and embeddings around numbers and markers, and stray BOMs: removed for matching only. */
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

export interface CleanLine {
  text: string;
  /** The index in the raw line of cleaned character i (i = text.length gives the raw length). */
  rawIndex(i: number): number;
  hadInvisible: boolean;
}

/** Anything cleanLine changes; most lines hold none of it and are used as they are. */
const NEEDS_CLEANING = /[\u00a0\u200e\u200f\u202a-\u202f\u2066-\u2069\ufeff]/;
const identity = (i: number) => i;

export function cleanLine(raw: string): CleanLine {
  if (!NEEDS_CLEANING.test(raw)) return { text: raw, rawIndex: identity, hadInvisible: false };
  const chars: string[] = [];
  const map: number[] = [];
  let hadInvisible = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (INVISIBLE.test(ch)) {
      hadInvisible = true;
      continue;
    }
    chars.push(ch === '\u00a0' || ch === '\u202f' ? ' ' : ch);
    map.push(i);
  }
  map.push(raw.length);
  return { text: chars.join(''), rawIndex: (i) => map[i]!, hadInvisible };
}

/** Strips the invisible characters only (for author names and placeholder matching). */
export function stripInvisible(value: string): string {
  return cleanLine(value).text.trim();
}

const HEADER =
  /^\[?(\d{1,4}[-/.]\s?\d{1,4}[-/.]\s?\d{1,4})([,.]?\s\D*?)(\d{1,2}[.:]\d{1,2}(?:[.:]\d{1,2})?)(?:\s([ap]\.?\s?m\.?))?(\]?(?:\s-|:)?\s)/i;

export interface Header {
  date: string;
  time: string;
  ampm: string | null;
  /** Where the text after the header starts, in the cleaned line. */
  end: number;
  /** The header's form (bracket, separators, clock, trailer): one export uses one form throughout. */
  shape: string;
  /** The date-and-time part exactly as the raw line has it. */
  raw: string;
}

export function matchHeader(line: CleanLine, rawLine: string): Header | null {
  const m = HEADER.exec(line.text);
  if (!m) return null;
  const [whole, date, between, time, ampm, trailer] = m as unknown as [string, string, string, string, string | undefined, string];
  const bracket = whole.startsWith('[');
  const shape = [
    bracket ? '[' : '',
    date.replace(/\d+/g, 'n'),
    between.replace(/\s+/g, ' '),
    time.replace(/\d+/g, 'n'),
    ampm ? ' ampm' : '',
    trailer.replace(/\s+/g, ' '),
  ].join('');
  const rawStart = line.rawIndex(bracket ? 1 : 0);
  const rawEnd = line.rawIndex(whole.length - trailer.length);
  return { date, time, ampm: ampm ?? null, end: whole.length, shape, raw: rawLine.slice(rawStart, rawEnd) };
}

/** Whether the header ends like a chat export's does (`- `, `] `, `: `), not just with a space (a log line). */
export function isStrongShape(shape: string): boolean {
  return /(\]|-|:) $/.test(shape);
}
