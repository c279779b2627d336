// Reads rendered letters back for the tests: the text of a PDF with pdfjs (as packages/parsers does) with
// the position of each run, and a DOCX member from the ZIP with node:zlib, so the tests check what a reader
// of the file would see rather than what the renderer meant to write.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;
let pdfjsPromise: Promise<PdfJs> | undefined;

/** Node has no web workers: handing pdfjs its worker module lets it run the "fake worker" in this thread. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import(workerModule);
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsPromise;
}

export interface PdfRun {
  page: number;
  text: string;
  x: number;
  width: number;
}

export interface PdfContent {
  pages: string[];
  runs: PdfRun[];
  pageWidth: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const pdfjs = await loadPdfJs();
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    cMapUrl: join(root, 'cmaps') + '/',
  }).promise;
  const pages: string[] = [];
  const runs: PdfRun[] = [];
  let pageWidth = 0;
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      pageWidth = page.view[2]! - page.view[0]!;
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
        if (item.str.trim()) runs.push({ page: number, text: item.str, x: item.transform[4] as number, width: item.width });
      }
      pages.push(text);
    }
  } finally {
    await doc.destroy();
  }
  return { pages, runs, pageWidth };
}

/** The members of a ZIP file by name, read through its central directory; throws if the ZIP is broken. */
export function readZip(bytes: Uint8Array): Map<string, Buffer> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('no end of central directory');
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const members = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buffer.readUInt32LE(at + 42);
    if (buffer.readUInt32LE(local) !== 0x04034b50) throw new Error(`broken local header of ${name}`);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + compressedSize);
    members.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return members;
}

/** The text of a WordprocessingML part: its <w:t> runs, entities decoded, one paragraph per line. */
export function wordText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]+>/g, (_, text: string | undefined) => text ?? '')
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

/** Whitespace removed: a selector wrapped over several lines of a cell is still found whole. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');
