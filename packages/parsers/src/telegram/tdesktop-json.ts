// JSON.parse for one slice of a tdesktop export: repairs the `\xHH` escapes tdesktop writes (FORMATS.md §1.6) and
// keeps integers beyond 2^53 (custom emoji document ids) exact by turning them into decimal strings.

/** `\x0B` → `\u000B`; an escaped backslash is consumed as a pair, so `\\x41` stays as it is. */
export function fixHexEscapes(text: string): string {
  return text.replace(/\\(\\|x([0-9A-Fa-f]{2}))/g, (m, _pair, hh: string | undefined) => (hh ? `\\u00${hh}` : m));
}

/** Quotes integers of 16+ digits outside strings (strings are matched first and left alone). */
export function quoteBigIntegers(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|(?<![\d.eE+-])(-?\d{16,})(?![\d.eE])/g, (m, digits: string | undefined) => {
    if (digits === undefined) return m;
    const value = BigInt(digits);
    return value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER) ? `"${digits}"` : m;
  });
}

// Raw control characters (other than whitespace) are never valid JSON; some tools write them inside strings.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/**
 * Parses one value from its bytes; throws a SyntaxError when even the repaired text is not JSON. `longNumber`
 * (from the scanner) says an integer of 16+ digits occurs outside strings, so the slow exact path is needed.
 */
export function parseTdesktopJson(bytes: Uint8Array, longNumber = true): unknown {
  // Buffer's UTF-8 decoding is the fastest Node offers; invalid sequences become U+FFFD as with TextDecoder.
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.includes('\\x')) text = fixHexEscapes(text);
  if (longNumber && /\d{16}/.test(text)) text = quoteBigIntegers(text);
  try {
    return JSON.parse(text);
  } catch (error) {
    RAW_CONTROL.lastIndex = 0;
    if (!RAW_CONTROL.test(text)) throw error;
    return JSON.parse(text.replace(RAW_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  }
}
