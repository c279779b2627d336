// Plain text and CSV files: one `document` artefact with the text (UTF-8, UTF-16 or Windows-1251, capped at
// 1 MiB) and, for CSV, the header and the number of rows.
import { DETECT, type Parser } from '@tamga/core';
import { detectType } from '../fallback/detect-type';
import { readCappedText, TEXT_CAP_BYTES } from './capped-text';
import { CsvCounter, sniffCsv, type CsvShape } from './csv';
import { sniffEncoding, type EncodingGuess } from './text-encoding';

const HEAD_BYTES = 64 * 1024;
// Text types another parser (or the generic file entry) describes better than a plain document would.
const PLAIN_MIMES = new Set(['text/plain', 'text/csv', 'text/tab-separated-values', 'text/markdown']);
const TEXT_EXTENSIONS = /\.(txt|text|csv|tsv|tab|log|md|markdown)$/i;

/** The head decoded, and whether it is the whole file (so its last line is complete). */
function headText(head: Uint8Array, guess: EncodingGuess, size: number): { text: string; complete: boolean } {
  const complete = head.length >= size;
  return { text: new TextDecoder(guess.encoding).decode(head), complete };
}

function csvShape(head: Uint8Array, guess: EncodingGuess, size: number, name: string): CsvShape | null {
  const { text, complete } = headText(head, guess, size);
  return sniffCsv(text, complete, name);
}

function detect(probe: { head: Uint8Array; name: string; size: number }): number {
  if (probe.head.length === 0) return TEXT_EXTENSIONS.test(probe.name) ? DETECT.NAME_ONLY : DETECT.NO;
  const guess = sniffEncoding(probe.head);
  if (!guess.isText) return DETECT.NO;
  // The head may be cut short of the file; treat it as incomplete unless it is all there is.
  if (csvShape(probe.head, guess, probe.size, probe.name)) return DETECT.LIKELY;
  const kind = detectType(probe.head, probe.name);
  // Text content is a weak claim: any format-specific parser (WhatsApp, e-mail …) scores above it.
  return PLAIN_MIMES.has(kind.mime) || TEXT_EXTENSIONS.test(probe.name) ? DETECT.NAME_ONLY : DETECT.NO;
}

export const textParser: Parser = {
  id: 'text.plain',
  // 2: Cyrillic UTF-16 without a BOM, and UTF-8 with a few broken bytes, read as such (not as Windows-1252).
  version: '2',
  description: 'Plain text and CSV (UTF-8, UTF-16, Windows-1251): the text as a document, CSV header and row count',
  detect,
  async parse(input, out) {
    const { item, head } = input;
    const guess = sniffEncoding(head);
    if (!guess.isText)
      out.warn('text: the content does not look like text (NUL or control bytes); decoded anyway', { code: 'text.not_text' });
    const shape = guess.isText ? csvShape(head.subarray(0, HEAD_BYTES), guess, item.size, item.name) : null;
    const counter = shape ? new CsvCounter(shape.delimiter) : null;
    const text = await readCappedText(input.read(), guess, {
      observe: counter ? (piece) => counter.push(piece) : undefined,
      signal: input.signal,
    });
    counter?.finish();
    if (text.truncated)
      out.warn(`text: only the first ${TEXT_CAP_BYTES} bytes of text are stored (the file has ${text.characters} characters)`, {
        code: 'text.capped',
        params: { bytes: TEXT_CAP_BYTES, characters: text.characters },
      });
    if (text.replacementChars > 0)
      out.warn(`text: ${text.replacementChars} characters could not be decoded as ${guess.encoding}`, {
        code: 'text.undecodable',
        params: { count: text.replacementChars, encoding: guess.encoding },
      });
    const fields: Record<string, unknown> = {
      format: counter ? 'csv' : 'text',
      encoding: guess.encoding,
      bom: guess.bom > 0,
      sizeBytes: item.size,
      characters: text.characters,
      lines: text.lines,
      truncated: text.truncated,
      storedBytes: text.storedBytes,
      replacementChars: text.replacementChars,
    };
    if (counter && shape) {
      Object.assign(fields, {
        delimiter: shape.delimiter,
        columns: shape.columns,
        header: counter.header ?? [],
        rowCount: counter.rows,
        inconsistentRows: counter.inconsistent,
      });
    }
    await out.artifact({
      type: 'document',
      key: 'document',
      time: null,
      text: text.text,
      fields,
      locator: { offset: 0, length: item.size },
    });
  },
};
