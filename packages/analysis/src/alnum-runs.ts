// Maximal runs of ASCII letters and digits. Every wallet address pattern is bounded by "no ASCII letter or digit"
// on both sides, so an address is always one whole run: scanners test the few long runs of a text instead of running
// a regex over all of it.

/** The shortest run any address scanner can use (a Bech32 address: `bc1` and 11 characters). */
export const MIN_ADDRESS_RUN = 14;

/** Whether the code unit is an ASCII letter or digit. */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** The maximal [0-9A-Za-z] runs of at least `minLength` characters, as flattened [start, end) pairs. */
export function alnumRuns(text: string, minLength: number): number[] {
  const out: number[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isAsciiAlnum(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= minLength) out.push(start, i);
      start = -1;
    }
  }
  return out;
}

/** A 128-entry membership table for the characters of `alphabet` (ASCII only). */
export function charTable(alphabet: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = 1;
  return table;
}

/** Whether every character of text[start, end) is in `table`. */
export function allIn(text: string, start: number, end: number, table: Uint8Array): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || table[code] === 0) return false;
  }
  return true;
}

export const HEX_DIGITS = charTable('0123456789abcdefABCDEF');
