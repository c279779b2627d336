// Digits that are part of hexadecimal text, which a phone candidate sees only in pieces: a hex dump's byte groups
// ("61 67 69 63 20 6e 75 6d" holds the Turkmen mobile 61 67 69 63 for a pattern that sees digits alone) and a UUID's
// groups ("c1277bbf-6199-4401-…"). Both need more of the line than the few characters phoneRejection looks at.

export type HexContext = 'hex_dump' | 'uuid';

// How far along its line a candidate's context is read: a dump line is under a hundred characters.
const LINE_REACH = 400;
// A dump's offset column at the start of a line: hexdump -C and xxd (8 hex digits, xxd with ':'), hexdump and od
// (7 digits).
const OFFSET = /^(?:0x)?[0-9A-Fa-f]{6,16}:?$/;
// What a candidate must look like to be a piece of a dump: groups of two or of four digits, perhaps after an offset.
const DUMP_PIECE = /^(?:\d{6,16}[ \t]+)?(?:\d{2}(?:[ \t]+\d{2})+|\d{4}(?:[ \t]+\d{4})+)$/;
const UUID = /(?<![0-9A-Za-z])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Za-z])/g;
const UUID_LENGTH = 36;

function isHexGroup(token: string, width: number): boolean {
  if (token.length !== width) return false;
  for (let i = 0; i < width; i++) {
    const c = token.charCodeAt(i) | 0x20;
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}

/** A digit and a letter in one group (6e, 2b, 206e): a byte value, which neither a word ("de", "face") nor a number is. */
function mixesDigitAndLetter(token: string): boolean {
  return /\d/.test(token) && /[A-Fa-f]/.test(token);
}

/**
 * Whether [start, end) lies in a run of hex groups that is a dump: the run follows an offset column, or it has more
 * groups than one phone number's digits (eight pairs, five quads), or it has six pairs or three quads one of which
 * mixes a digit and a letter. A number written in pairs ("+993 65 12 34 56", "06 12 34 56 78") is a shorter run of
 * digits only.
 */
function inHexDump(text: string, start: number, end: number): boolean {
  const newlineBefore = text.lastIndexOf('\n', start - 1);
  const from = Math.max(newlineBefore + 1, start - LINE_REACH);
  const atLineStart = from === newlineBefore + 1;
  const newlineAfter = text.indexOf('\n', end);
  const to = Math.min(newlineAfter < 0 ? text.length : newlineAfter, end + LINE_REACH);
  const tokens: Array<{ text: string; start: number; end: number }> = [];
  for (const match of text.slice(from, to).matchAll(/[^ \t\r]+/g)) {
    tokens.push({ text: match[0], start: from + match.index, end: from + match.index + match[0].length });
  }
  let first = tokens.findIndex((token) => token.end > start);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  // The candidate may begin with the offset column itself (its digits fit the pattern).
  const offsetInside = first === 0 && atLineStart && OFFSET.test(tokens[0]!.text) && last > 0;
  if (offsetInside) first = 1;
  const width = tokens[first]!.text.length;
  if (width !== 2 && width !== 4) return false;
  for (let i = first; i <= last; i++) if (!isHexGroup(tokens[i]!.text, width)) return false;
  while (first > 0 && isHexGroup(tokens[first - 1]!.text, width)) first--;
  while (last + 1 < tokens.length && isHexGroup(tokens[last + 1]!.text, width)) last++;
  if (first === 1 && atLineStart && OFFSET.test(tokens[0]!.text)) return true;
  const groups = last - first + 1;
  const [most, withLetters] = width === 2 ? [8, 6] : [5, 3];
  if (groups >= most) return true;
  if (groups < withLetters) return false;
  for (let i = first; i <= last; i++) if (mixesDigitAndLetter(tokens[i]!.text)) return true;
  return false;
}

/** Whether [start, end) overlaps a UUID (8-4-4-4-12 hex digits); every group of one touches a hyphen. */
function inUuid(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - UUID_LENGTH);
  const window = text.slice(from, Math.min(text.length, end + UUID_LENGTH));
  for (const match of window.matchAll(UUID)) {
    if (from + match.index < end && start < from + match.index + match[0].length) return true;
  }
  return false;
}

/**
 * Why the candidate [start, end) of `text` is a piece of hexadecimal text rather than a phone number, or `null`.
 * Only the candidate's own layout decides whether the line is read at all, so ordinary numbers cost one test.
 */
export function hexContext(text: string, start: number, end: number): HexContext | null {
  const written = text.slice(start, end);
  if ((text.charCodeAt(start - 1) === 0x2d || text.charCodeAt(end) === 0x2d || written.includes('-')) && inUuid(text, start, end))
    return 'uuid';
  if (DUMP_PIECE.test(written) && inHexDump(text, start, end)) return 'hex_dump';
  return null;
}
