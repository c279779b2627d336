// mboxrd quoting (FORMATS.md §4.2): detecting the variant, and removing one `>` from `^>+From ` body lines while
// keeping a map back to the original byte offsets.

const LF = 0x0a;
const GT_FROM = Buffer.from('>From ', 'latin1');
const NL_GTGT = Buffer.from('\n>>', 'latin1');

function quotedFromIn(data: Buffer, limit: number): boolean {
  for (let at = data.indexOf(NL_GTGT); at >= 0 && at < limit; at = data.indexOf(NL_GTGT, at + 1)) {
    let i = at + 3;
    while (i < data.length && data[i] === 0x3e) i++;
    if (data.toString('latin1', i, i + 5) === 'From ') return true;
  }
  return false;
}

/** True when a line `>>From ` (or deeper) occurs: only mboxrd writers produce those as a rule. */
export async function hasMboxrdQuoting(source: AsyncIterable<Uint8Array>): Promise<boolean> {
  const SEAM = 64;
  let tail = Buffer.alloc(1, LF); // the file start counts as a line start
  for await (const chunk of source) {
    const data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    // The seam between chunks is searched on a small joined copy; the chunk itself in place.
    if (quotedFromIn(Buffer.concat([tail, data.subarray(0, SEAM)]), tail.length) || quotedFromIn(data, data.length)) return true;
    tail = Buffer.from(data.subarray(Math.max(0, data.length - SEAM)));
    // A run of `>` longer than the seam could hide a marker at a chunk boundary; such lines are not mail in practice.
  }
  return false;
}

export interface Unescaped {
  bytes: Buffer;
  /** Maps an offset in `bytes` to the offset in the escaped original. */
  originalOffset(offset: number): number;
  removed: number;
}

/** Removes one `>` from every line matching `^>+From `. */
export function unescapeMboxrd(bytes: Buffer): Unescaped {
  const removals: number[] = [];
  for (let at = bytes.indexOf(GT_FROM); at >= 0; at = bytes.indexOf(GT_FROM, at + 1)) {
    let start = at;
    while (start > 0 && bytes[start - 1] === 0x3e) start--;
    if (start === 0 || bytes[start - 1] === LF) {
      if (removals[removals.length - 1] !== start) removals.push(start);
    }
  }
  if (removals.length === 0) return { bytes, originalOffset: (offset) => offset, removed: 0 };
  const parts: Buffer[] = [];
  let from = 0;
  for (const at of removals) {
    parts.push(bytes.subarray(from, at));
    from = at + 1;
  }
  parts.push(bytes.subarray(from));
  // Removal i (0-based) sits at removals[i] - i in the new coordinates; later bytes shift by one more each time.
  const newPositions = removals.map((at, i) => at - i);
  return {
    bytes: Buffer.concat(parts),
    originalOffset(offset) {
      let shift = 0;
      while (shift < newPositions.length && newPositions[shift]! <= offset) shift++;
      return offset + shift;
    },
    removed: removals.length,
  };
}
