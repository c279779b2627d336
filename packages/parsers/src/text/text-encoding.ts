// Which text encoding a file's first bytes are in (BOMs, UTF-8 validity, BOM-less UTF-16, Windows-1251 for
// Cyrillic), and whether they are text at all.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

export interface EncodingGuess {
  encoding: TextEncodingName;
  /** Length of the byte-order mark (0 when none); TextDecoder drops it by itself. */
  bom: number;
  /** False when the bytes look binary (NULs, many control bytes) rather than text. */
  isText: boolean;
}

const SAMPLE = 64 * 1024;
/** Valid UTF-8, allowing the sample to end inside a multi-byte sequence (it is a prefix of the file). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    // A fresh decoder each time: in stream mode an incomplete tail stays pending instead of failing.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The high byte of a UTF-16 unit of Latin (0x00) or Cyrillic (0x04) text. */
const latinOrCyrillicHigh = (b: number | undefined) => b === 0x00 || b === 0x04;

/** BOM-less UTF-16: text in the Latin or Cyrillic ranges has 0x00 or 0x04 in every other byte. */
function utf16WithoutBom(sample: Uint8Array): TextEncodingName | null {
  if (sample.length < 8) return null;
  let even = 0;
  let odd = 0;
  const pairs = Math.floor(sample.length / 2);
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (latinOrCyrillicHigh(sample[i])) even++;
    if (latinOrCyrillicHigh(sample[i + 1])) odd++;
  }
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * UTF-8 with a few bytes that are not (a file cut or patched by another program): the valid multi-byte characters
 * outnumber the broken sequences many times over. Read as UTF-8, the broken bytes become U+FFFD and are counted;
 * read as Windows-1252, every Cyrillic letter of the file would be garbled.
 */
function mostlyUtf8(sample: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(sample);
  let broken = 0;
  let multibyte = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) broken++;
    else if (c >= 0x80) multibyte++;
  }
  return broken > 0 && broken <= Math.max(1, sample.length / 1000) && multibyte >= broken * 8;
}

/**
 * Windows-1251 Cyrillic: letters are 0xC0–0xFF (and Ё/ё 0xA8/0xB8) and come in runs, since whole words are
 * Cyrillic; Latin-1 accents are isolated high bytes between ASCII letters.
 */
function looksCyrillic1251(sample: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  let inRuns = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8) letters++;
    if ((i > 0 && sample[i - 1]! >= 0x80) || (i + 1 < sample.length && sample[i + 1]! >= 0x80)) inRuns++;
  }
  return high > 0 && letters >= high * 0.7 && inRuns >= high * 0.5;
}

/** Control bytes other than tab, newlines, form feed, vertical tab and escape, as a share of the sample. */
function binaryShare(sample: Uint8Array): { nuls: number; controls: number } {
  let nuls = 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) nuls++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return { nuls, controls };
}

export function sniffEncoding(head: Uint8Array): EncodingGuess {
  const sample = head.subarray(0, SAMPLE);
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)
    return { encoding: 'utf-8', bom: 3, isText: textual(sample.subarray(3), 'utf-8') };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: 2, isText: true };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: 2, isText: true };
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, bom: 0, isText: true };
  if (isValidUtf8(sample) || mostlyUtf8(sample)) return { encoding: 'utf-8', bom: 0, isText: textual(sample, 'utf-8') };
  const encoding = looksCyrillic1251(sample) ? 'windows-1251' : 'windows-1252';
  return { encoding, bom: 0, isText: textual(sample, encoding) };
}

function textual(sample: Uint8Array, encoding: TextEncodingName): boolean {
  const { nuls, controls } = binaryShare(sample);
  if (nuls > 0) return false;
  if (controls > Math.max(1, sample.length * 0.02)) return false;
  if (encoding === 'windows-1252') {
    // Invalid UTF-8 with no Cyrillic pattern: text only if high bytes are a small minority.
    let high = 0;
    for (let i = 0; i < sample.length; i++) if (sample[i]! >= 0x80) high++;
    return high <= sample.length * 0.3;
  }
  return true;
}
