// Text decoding for mail: strict in the declared charset first, then UTF-8, then windows-1251 (FORMATS.md §4.1),
// recording which charset worked and whether the declared one was wrong.
import { isAscii } from 'node:buffer';
import { TextDecoder } from 'node:util';

const decoders = new Map<string, TextDecoder | null>();

/** A cached decoder for a charset label, or null when the label is unknown to WHATWG encoding. */
export function decoderFor(label: string, fatal: boolean): TextDecoder | null {
  const cacheKey = `${fatal ? 'F' : 'L'}${label}`;
  let decoder = decoders.get(cacheKey);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(label, { fatal, ignoreBOM: false });
    } catch {
      decoder = null;
    }
    if (decoders.size < 200) decoders.set(cacheKey, decoder);
  }
  return decoder;
}

export interface DecodedText {
  text: string;
  /** The charset that produced `text` (lower case). */
  charset: string;
  /** The declared charset did not decode the bytes (or 8-bit bytes came with none / us-ascii). */
  charsetMismatch: boolean;
}

const ASCII_LABELS = new Set(['us-ascii', 'ascii', 'ansi_x3.4-1968', '7bit']);

function tryDecode(label: string, bytes: Uint8Array): string | null {
  const decoder = decoderFor(label, true);
  if (!decoder) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes `bytes` that claim to be in `declared` (may be empty). Never throws. */
export function decodeText(bytes: Uint8Array, declared: string | undefined): DecodedText {
  const label = (declared ?? '').trim().toLowerCase();
  if (isAscii(bytes))
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'),
      charset: label || 'us-ascii',
      charsetMismatch: false,
    };
  // WHATWG maps us-ascii to windows-1252, which accepts any byte: 8-bit text under an ASCII label is a mismatch.
  if (label && !ASCII_LABELS.has(label)) {
    const text = tryDecode(label, bytes);
    if (text !== null) return { text, charset: label, charsetMismatch: false };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, charset: 'utf-8', charsetMismatch: label !== '' && label !== 'utf-8' };
  // A known but wrong charset still decodes best-effort in itself; otherwise Cyrillic windows-1251 is the usual culprit.
  const fallback = label && !ASCII_LABELS.has(label) && decoderFor(label, false) ? label : 'windows-1251';
  return { text: decoderFor(fallback, false)!.decode(bytes), charset: fallback, charsetMismatch: label !== '' };
}

/**
 * Raw 8-bit header bytes (RFC 6532 or broken clients): UTF-8, then the declared charset, then windows-1251.
 * Returns the text and, when the bytes were not plain ASCII, which charset worked.
 */
export function decodeHeaderBytes(bytes: Uint8Array, declared: string | undefined): { text: string; charset?: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (isAscii(bytes)) return { text: buffer.toString('latin1') };
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, charset: 'utf-8' };
  const label = (declared ?? '').trim().toLowerCase();
  if (label && !ASCII_LABELS.has(label) && label !== 'utf-8') {
    const text = tryDecode(label, bytes);
    if (text !== null) return { text, charset: label };
  }
  return { text: decoderFor('windows-1251', false)!.decode(bytes), charset: 'windows-1251' };
}
