// The parser of last resort: every item no other parser claims still gets a `file_entry` artefact with its
// name, size, hash and detected type, and its text when it is text.
import { createHash } from 'node:crypto';
import { DETECT, type Parser } from '@tamga/core';
import { readCappedText } from '../text/capped-text';
import { sniffEncoding } from '../text/text-encoding';
import { detectType, type DetectedType } from './detect-type';

function extensionOf(name: string): string | null {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : null;
}

/** Hashes the stream as it passes, for the rare item that arrives without the pipeline's SHA-256. */
async function* hashing(chunks: AsyncIterable<Uint8Array>, hash: ReturnType<typeof createHash>): AsyncIterable<Uint8Array> {
  for await (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
}

/**
 * Names that formats Tamga's parsers read go by, and whether content fits one. Such a name on content that does not
 * fit, on an item no parser claimed, means the file is damaged (a browser database whose header was overwritten) or
 * not what its name says (renamed to hide it): the examiner is told, rather than shown "unknown binary data" alone.
 */
const NAMED_FORMATS: ReadonlyArray<{ name: RegExp; what: string; fits: (type: DetectedType) => boolean }> = [
  ...[
    { name: /^History$/, what: 'a Chromium-family History database (SQLite)' },
    { name: /^places\.sqlite$/i, what: 'a Firefox places database (SQLite)' },
    { name: /^History\.db$/, what: 'a Safari History database (SQLite)' },
  ].map((each) => ({ ...each, fits: (type: DetectedType) => type.mime === 'application/vnd.sqlite3' })),
  ...[
    { name: /\.eml$/i, what: 'an e-mail message' },
    { name: /\.mbox$/i, what: 'a mailbox' },
  ].map((each) => ({ ...each, fits: (type: DetectedType) => type.isText })),
  { name: /\.(?:jpe?g|tiff?|png|heic|heif|webp)$/i, what: 'an image', fits: (type) => type.mime.startsWith('image/') },
  { name: /\.(?:zip|docx)$/i, what: 'a ZIP archive', fits: (type) => type.mime.includes('zip') || type.mime.includes('openxmlformats') },
  { name: /\.pdf$/i, what: 'a PDF document', fits: (type) => type.mime === 'application/pdf' },
];

export const fileEntryParser: Parser = {
  id: 'file.entry',
  // 2: text that starts `MZ`, `ID3` or mentions `%PDF-` is no longer typed as an executable, MP3 or PDF; Cyrillic
  // UTF-16 without a BOM and UTF-8 with a stray byte are text. 3: a name that a format Tamga reads goes by, on content
  // no parser recognised, is warned.
  version: '3',
  description: 'Any file: name, path, size, SHA-256, type from magic bytes, and the text of text files',
  detect: () => DETECT.FALLBACK,
  async parse(input, out) {
    const { item, head } = input;
    const detected = detectType(head, item.name);
    const named = NAMED_FORMATS.find((format) => format.name.test(item.name));
    if (named && !named.fits(detected)) {
      out.warn(
        `named like ${named.what}, but its content is not (it reads as: ${detected.label}); it may be damaged, or not what its name says`,
        { code: 'file.name_content_mismatch', params: { name: item.name, detected: detected.label } },
      );
    }
    const known = /^[0-9a-f]{64}$/i.test(item.sha256) ? item.sha256.toLowerCase() : null;
    const hash = known ? null : createHash('sha256');
    const fields: Record<string, unknown> = {
      name: item.name,
      path: item.originalPath,
      extension: extensionOf(item.name),
      size: item.size,
      sha256: known,
      mime: detected.mime,
      label: detected.label,
      isText: detected.isText,
    };
    let text: string | null = null;
    if (detected.isText) {
      const guess = sniffEncoding(head);
      const read = await readCappedText(hash ? hashing(input.read(), hash) : input.read(), guess, { signal: input.signal });
      text = read.text;
      Object.assign(fields, { encoding: guess.encoding, truncated: read.truncated, characters: read.characters, lines: read.lines });
    } else if (hash) {
      for await (const chunk of input.read()) {
        if (input.signal.aborted) throw new Error('file entry: stopped at the time limit');
        hash.update(chunk);
      }
    }
    if (hash) fields.sha256 = hash.digest('hex');
    await out.artifact({ type: 'file_entry', key: 'file_entry', time: null, text, fields, locator: { offset: 0, length: item.size } });
  },
};
