// Decodes a stream of bytes as text, keeping at most a fixed number of UTF-8 bytes of it while still counting
// the whole: memory stays bounded by the cap however large the file is.
import type { EncodingGuess } from './text-encoding';

/** Text kept per document: 1 MiB of UTF-8. */
export const TEXT_CAP_BYTES = 1024 * 1024;

export interface CappedText {
  text: string;
  truncated: boolean;
  /** UTF-8 bytes kept in `text`. */
  storedBytes: number;
  /** Characters (UTF-16 code units) decoded in the whole file. */
  characters: number;
  lines: number;
  /** U+FFFD produced by bytes that are not valid in the encoding (or written in the source). */
  replacementChars: number;
}

/** Cuts `piece` to at most `maxBytes` of UTF-8 without splitting a character. */
function utf8Prefix(piece: string, maxBytes: number): string {
  const bytes = Buffer.from(piece, 'utf8');
  let cut = Math.min(maxBytes, bytes.length);
  while (cut > 0 && cut < bytes.length && (bytes[cut]! & 0xc0) === 0x80) cut--;
  return bytes.subarray(0, cut).toString('utf8');
}

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/**
 * Reads `chunks` in `guess.encoding`; `observe` sees every decoded piece (CSV counting) even past the cap.
 * `signal` stops a runaway read at the time limit.
 */
export async function readCappedText(
  chunks: AsyncIterable<Uint8Array>,
  guess: EncodingGuess,
  options: { capBytes?: number; observe?: (piece: string) => void; signal?: AbortSignal } = {},
): Promise<CappedText> {
  const cap = options.capBytes ?? TEXT_CAP_BYTES;
  const decoder = new TextDecoder(guess.encoding, { fatal: false });
  const parts: string[] = [];
  const result: CappedText = { text: '', truncated: false, storedBytes: 0, characters: 0, lines: 0, replacementChars: 0 };
  let last = '';
  const take = (piece: string) => {
    if (piece === '') return;
    result.characters += piece.length;
    result.lines += count(piece, '\n');
    result.replacementChars += count(piece, '\uFFFD');
    last = piece[piece.length - 1]!;
    options.observe?.(piece);
    if (result.truncated) return;
    const size = Buffer.byteLength(piece, 'utf8');
    if (result.storedBytes + size <= cap) {
      parts.push(piece);
      result.storedBytes += size;
      return;
    }
    const head = utf8Prefix(piece, cap - result.storedBytes);
    parts.push(head);
    result.storedBytes += Buffer.byteLength(head, 'utf8');
    result.truncated = true;
  };
  for await (const chunk of chunks) {
    if (options.signal?.aborted) throw new Error('text: stopped at the time limit');
    take(decoder.decode(chunk, { stream: true }));
  }
  take(decoder.decode());
  if (result.characters > 0 && last !== '\n') result.lines++; // a last line without a newline still counts
  result.text = parts.join('');
  return result;
}
