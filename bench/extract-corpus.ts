// Generator for bench/extract: a seeded, deterministic corpus of messenger and e-mail style documents in Russian,
// Kazakh, Uzbek (Latin and Cyrillic) and English, with planted entities of every type extractEntities reports and
// near-miss decoys, plus the labels that say what a correct extractor must find (FORMATS.md §9).
//
// Every entity is made valid by the generator itself (Base58Check, Bech32/Bech32m, EIP-55 with Keccak-256, Luhn,
// ISO 7064 mod 97, numbering-plan ranges), independently of the extractor's validators. Labels give, per document,
// (type, value as the extractor normalises it, UTF-16 start offset in the document); decoys give (type imitated, raw,
// start, kind) and must never be reported valid. Run alone: npx tsx bench/extract-corpus.ts [--mb 200] [--out dir]
//
// This file writes the corpus files; extract-corpus/make-document.ts builds each document from the generators beside it (phone,
// email, url, ip-address, crypto-address, telegram, payment-details, decoys; filler and carriers for the words).
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { makeDocument } from './extract-corpus/make-document';
import { Random } from './extract-corpus/random';

export { makeDocument, type DocumentKind, type DocumentLabels } from './extract-corpus/make-document';
export { type Decoy, type Label } from './extract-corpus/piece';
export { Random } from './extract-corpus/random';

/** Bump when the generator changes, so that a stale corpus in /tmp is not reused. */
export const CORPUS_VERSION = 4;
/** Separates documents in the text file; it never occurs inside one. */
export const DOCUMENT_SEPARATOR = '\u001e\n';

export interface CorpusInfo {
  version: number;
  seed: number;
  textPath: string;
  labelsPath: string;
  documents: number;
  /** UTF-8 bytes of document text, separators excluded. */
  textBytes: number;
  labels: number;
  decoys: number;
}

async function write(out: WriteStream, s: string): Promise<void> {
  if (!out.write(s)) await once(out, 'drain');
}

/**
 * Writes `mb` megabytes (UTF-8 bytes of document text) of documents to `dir`, or reuses them when a complete corpus
 * of the same version, seed and size is there already.
 */
export async function ensureExtractCorpus(dir: string, mb: number, seed = 20261128): Promise<CorpusInfo> {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `extract-v${CORPUS_VERSION}-s${seed}-${mb}mb`);
  const infoPath = `${base}.json`;
  if (existsSync(infoPath)) return JSON.parse(readFileSync(infoPath, 'utf8')) as CorpusInfo;
  const textPath = `${base}.txt`;
  const labelsPath = `${base}.labels.jsonl`;
  const text = createWriteStream(`${textPath}.partial`);
  const labels = createWriteStream(`${labelsPath}.partial`);
  const r = new Random(seed);
  const target = mb * 1e6;
  let textBytes = 0;
  let documents = 0;
  let labelCount = 0;
  let decoyCount = 0;
  let textBuffer: string[] = [];
  let labelBuffer: string[] = [];
  while (textBytes < target) {
    const doc = makeDocument(r);
    textBytes += Buffer.byteLength(doc.text);
    documents++;
    labelCount += doc.labels.labels.length;
    decoyCount += doc.labels.decoys.length;
    textBuffer.push(doc.text, DOCUMENT_SEPARATOR);
    labelBuffer.push(JSON.stringify(doc.labels), '\n');
    if (textBuffer.length >= 20_000) {
      await write(text, textBuffer.join(''));
      await write(labels, labelBuffer.join(''));
      textBuffer = [];
      labelBuffer = [];
    }
  }
  text.end(textBuffer.join(''));
  labels.end(labelBuffer.join(''));
  await Promise.all([once(text, 'finish'), once(labels, 'finish')]);
  renameSync(`${textPath}.partial`, textPath);
  renameSync(`${labelsPath}.partial`, labelsPath);
  const info: CorpusInfo = {
    version: CORPUS_VERSION,
    seed,
    textPath,
    labelsPath,
    documents,
    textBytes,
    labels: labelCount,
    decoys: decoyCount,
  };
  writeFileSync(infoPath, JSON.stringify(info, null, 2));
  return info;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const info = await ensureExtractCorpus(option('out') ?? '/tmp/tamga-bench-extract', Number(option('mb') ?? 200));
  console.log(JSON.stringify(info, null, 2));
}
