// PDF documents: text per page, Info metadata with its dates and stated offsets, page count, and a clear
// report for PDFs locked with a user password. pdfjs-dist's legacy build runs on the main thread in Node.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DETECT, ParseError, type Parser, type ParserInput } from '@tamga/core';
import { pdfDate } from './pdf-date';
import { TextCap } from './text-cap';

/** pdfjs needs the whole file in memory; larger PDFs are refused rather than exhausting the worker. */
const MAX_PDF_BYTES = 512 * 1024 ** 2;

type PdfJs = typeof PdfJsModule;
let pdfjsPromise: Promise<PdfJs> | undefined;

/**
 * Loads pdfjs once. Node has no web workers: pdfjs then runs its "fake worker" in this thread, and setting
 * `globalThis.pdfjsWorker` hands it the worker module directly instead of a path it would import itself.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import(workerModule);
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsPromise;
}

/** The standard 14 fonts' metrics and the CMaps ship with pdfjs-dist; text extraction needs them for simple fonts. */
function assetDirs(): { standardFontDataUrl: string; cMapUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { standardFontDataUrl: join(root, 'standard_fonts') + '/', cMapUrl: join(root, 'cmaps') + '/' };
}

async function readAll(input: ParserInput): Promise<Uint8Array> {
  if (input.item.size > MAX_PDF_BYTES)
    throw new ParseError(`PDF of ${input.item.size} bytes is larger than the ${MAX_PDF_BYTES}-byte limit for text extraction`);
  const bytes = new Uint8Array(input.item.size);
  let at = 0;
  for await (const chunk of input.read()) {
    bytes.set(chunk.subarray(0, Math.max(0, bytes.length - at)), at);
    at += chunk.length;
  }
  return bytes.subarray(0, Math.min(at, bytes.length));
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

/**
 * A page's text, streamed: pdfjs hands it over in chunks as it reads the content stream, so reading stops once the
 * text cap is full or the time limit passes. The whole page's text at once (getTextContent) let one page of a 1 MB
 * PDF, a 400 MB content stream, run the process out of memory whatever the cap or the time limit.
 */
async function readPageText(page: PdfPage, text: TextCap, signal: AbortSignal): Promise<void> {
  const reader = (page.streamTextContent() as ReadableStream<{ items: Array<{ str?: string; hasEOL?: boolean }> }>).getReader();
  // The time limit destroys the document, after which a pending read never settles: it is raced with the signal.
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('parse aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  let turn = performance.now();
  try {
    for (;;) {
      // pdfjs's in-thread worker answers through promises alone: without a turn of the event loop now and then,
      // no timer (the time limit among them) and no request of a server in the same process would run.
      if (performance.now() - turn > 50) {
        await new Promise((resolve) => setImmediate(resolve));
        turn = performance.now();
      }
      signal.throwIfAborted();
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) return;
      const chunk = value.items.map((item) => (item.str === undefined ? '' : item.str + (item.hasEOL ? '\n' : ''))).join('');
      if (!text.add(chunk)) return;
    }
  } finally {
    signal.removeEventListener('abort', onAbort!);
    // pdfjs insists on an Error as the reason.
    await reader.cancel(new Error('text read far enough')).catch(() => undefined);
  }
}

function hasPdfHeader(head: Uint8Array): boolean {
  // The header may follow some junk (ISO 32000 tolerates it within the first 1024 bytes).
  return Buffer.from(head.subarray(0, 1024)).includes('%PDF-');
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

export const pdfParser: Parser = {
  id: 'document.pdf',
  // 2: page text read in chunks, stopping at the text cap or the time limit; a PDF without a text layer said so.
  version: '2',
  description: 'PDF documents: text per page, Info metadata and dates, page count, encryption',
  detect(probe) {
    if (hasPdfHeader(probe.head)) return DETECT.CERTAIN;
    return /\.pdf$/i.test(probe.name) ? DETECT.NAME_ONLY : DETECT.NO;
  },
  async parse(input, out) {
    if (!hasPdfHeader(input.head)) throw new ParseError('not a PDF: no %PDF- header in the first 1024 bytes');
    const pdfjs = await loadPdfJs();
    const data = await readAll(input);
    const task = pdfjs.getDocument({
      data,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      ...assetDirs(),
    });
    const abort = () => void task.destroy();
    input.signal.addEventListener('abort', abort, { once: true });
    try {
      let doc;
      try {
        doc = await task.promise;
      } catch (error) {
        const { name, message } = error as Error;
        if (name === 'PasswordException') {
          out.warn('PDF is encrypted with a user password: its text and metadata could not be read', { code: 'pdf.encrypted' });
          await out.artifact({
            type: 'document',
            key: 'document',
            time: null,
            text: null,
            fields: { format: 'pdf', encrypted: true, passwordRequired: true, pageCount: null },
            locator: { offset: 0, length: input.item.size },
          });
          return;
        }
        throw new ParseError(`not a readable PDF: ${message || name}`);
      }
      const { info: rawInfo, metadata } = await doc.getMetadata().catch(() => ({ info: {}, metadata: null }));
      const info = (rawInfo ?? {}) as Record<string, unknown>;
      const text = new TextCap();
      const pageStarts: number[] = [];
      let pagesRead = 0;
      let pageErrors = 0;
      for (let number = 1; number <= doc.numPages && !text.truncated; number++) {
        input.signal.throwIfAborted();
        pageStarts.push(text.length);
        try {
          const page = await doc.getPage(number);
          await readPageText(page, text, input.signal);
          if (number < doc.numPages) text.add('\f'); // form feed between pages, as pdftotext does
          page.cleanup();
        } catch (error) {
          input.signal.throwIfAborted();
          pageErrors++;
          if (pageErrors <= 5)
            out.warn(`page ${number}: text could not be read (${(error as Error).message})`, {
              code: 'pdf.page_unreadable',
              params: { page: number, error: (error as Error).message },
            });
        }
        pagesRead++;
      }
      if (text.truncated)
        out.warn(`text capped at 1 MiB after page ${pagesRead} of ${doc.numPages}`, {
          code: 'pdf.text_capped',
          params: { page: pagesRead, pages: doc.numPages },
        });
      // A scan holds its words as pictures: the reviewer should know the text is not empty but unread.
      if (doc.numPages > 0 && pageErrors === 0 && !/\S/.test(text.text()))
        out.warn(`no text layer on any of its ${doc.numPages} page(s): a scanned document's words need OCR to be read`, {
          code: 'pdf.no_text_layer',
          params: { count: doc.numPages },
        });
      const created = pdfDate(str(info.CreationDate), input.item.caseTimeZone);
      const modified = pdfDate(str(info.ModDate), input.item.caseTimeZone);
      await out.artifact({
        type: 'document',
        key: 'document',
        time: created ?? modified,
        text: text.text(),
        fields: {
          format: 'pdf',
          title: str(info.Title),
          author: str(info.Author),
          subject: str(info.Subject),
          keywords: str(info.Keywords),
          creator: str(info.Creator),
          producer: str(info.Producer),
          created: created?.utc ?? null,
          createdZone: created?.zone ?? null,
          createdRaw: str(info.CreationDate),
          modified: modified?.utc ?? null,
          modifiedZone: modified?.zone ?? null,
          modifiedRaw: str(info.ModDate),
          timeSource: created ? 'CreationDate' : modified ? 'ModDate' : null,
          pageCount: doc.numPages,
          pagesRead,
          pageStarts,
          pdfVersion: str(info.PDFFormatVersion),
          encrypted: info.EncryptFilterName != null,
          language: str(info.Language),
          signaturesPresent: info.IsSignaturesPresent === true,
          acroFormPresent: info.IsAcroFormPresent === true,
          custom: info.Custom && typeof info.Custom === 'object' ? JSON.parse(JSON.stringify(info.Custom)) : undefined,
          xmp: metadata ? JSON.parse(JSON.stringify(Object.fromEntries([...metadata]))) : undefined,
          textBytes: text.byteLength,
          truncated: text.truncated,
        },
        locator: { offset: 0, length: input.item.size },
      });
    } finally {
      input.signal.removeEventListener('abort', abort);
      await task.destroy();
    }
  },
};
