// Word documents (DOCX): the text via mammoth's raw-text extraction, and the package properties
// (author, last editor, created, modified) from docProps.
import { DETECT, ParseError, type ArtifactTime, type Parser } from '@tamga/core';
import { readPropertyParts, w3cdtfTime, xmlElement } from './docx-properties';
import { TextCap } from './text-cap';

/** mammoth loads the whole package into memory: larger files are refused with a clear reason. */
const MAX_DOCX_BYTES = 256 * 1024 ** 2;

function isZipHead(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/**
 * Outranks a generic ZIP parser, which returns DETECT.CERTAIN for any ZIP: a specialised ZIP-based format
 * returns CERTAIN + 1 (101) when its own structure is visible in the head. Local file headers carry member
 * names in clear, and Word writes `[Content_Types].xml`, `_rels/.rels` and `word/…` first.
 */
const SPECIALISED_ZIP = DETECT.CERTAIN + 1;

export const docxParser: Parser = {
  id: 'document.docx',
  version: '1',
  description: 'Word documents (DOCX): text and package properties (author, last editor, created, modified)',
  detect(probe) {
    const docxName = /\.doc[xm]$/i.test(probe.name);
    if (isZipHead(probe.head)) {
      const head = Buffer.from(probe.head.buffer, probe.head.byteOffset, probe.head.byteLength);
      if (head.includes('word/document.xml') || head.includes('word/_rels/')) return SPECIALISED_ZIP;
      if (head.includes('[Content_Types].xml') && !head.includes('xl/') && !head.includes('ppt/'))
        return docxName ? SPECIALISED_ZIP : DETECT.LIKELY;
    }
    return docxName ? DETECT.NAME_ONLY : DETECT.NO;
  },
  async parse(input, out) {
    if (!isZipHead(input.head)) throw new ParseError('not a DOCX: it does not start with a ZIP local file header');
    if (input.item.size > MAX_DOCX_BYTES)
      throw new ParseError(`DOCX of ${input.item.size} bytes is larger than the ${MAX_DOCX_BYTES}-byte limit`);
    const path = await input.localPath();
    let raw: { value: string; messages: Array<{ type: string; message: string }> };
    try {
      // Loaded on first use: mammoth and its dependencies would otherwise slow every start of the CLI.
      const { default: mammoth } = await import('mammoth');
      raw = await mammoth.extractRawText({ path });
    } catch (error) {
      throw new ParseError(`not a readable DOCX: ${(error as Error).message}`);
    }
    input.signal.throwIfAborted();
    for (const message of raw.messages.slice(0, 10)) out.warn(`${message.type}: ${message.message}`);

    let parts = new Map<string, string>();
    try {
      parts = await readPropertyParts(path);
    } catch (error) {
      out.warn(`document properties could not be read: ${(error as Error).message}`);
    }
    const core = parts.get('docProps/core.xml') ?? '';
    const app = parts.get('docProps/app.xml') ?? '';
    const zone = input.item.caseTimeZone;
    const created = w3cdtfTime(xmlElement(core, 'created'), zone);
    const modified = w3cdtfTime(xmlElement(core, 'modified'), zone);
    const printed = w3cdtfTime(xmlElement(core, 'lastPrinted'), zone);

    const text = new TextCap();
    text.add(raw.value);
    if (text.truncated) out.warn('text capped at 1 MiB');
    const time: ArtifactTime | null = created ?? modified;
    await out.artifact({
      type: 'document',
      key: 'document',
      time,
      text: text.text(),
      fields: {
        format: 'docx',
        title: xmlElement(core, 'title'),
        subject: xmlElement(core, 'subject'),
        author: xmlElement(core, 'creator'),
        lastModifiedBy: xmlElement(core, 'lastModifiedBy'),
        keywords: xmlElement(core, 'keywords'),
        description: xmlElement(core, 'description'),
        category: xmlElement(core, 'category'),
        revision: xmlElement(core, 'revision'),
        created: created?.utc ?? null,
        createdZone: created?.zone ?? null,
        createdRaw: xmlElement(core, 'created'),
        modified: modified?.utc ?? null,
        modifiedZone: modified?.zone ?? null,
        modifiedRaw: xmlElement(core, 'modified'),
        lastPrinted: printed?.utc ?? null,
        timeSource: created ? 'dcterms:created' : modified ? 'dcterms:modified' : null,
        application: xmlElement(app, 'Application'),
        appVersion: xmlElement(app, 'AppVersion'),
        company: xmlElement(app, 'Company'),
        template: xmlElement(app, 'Template'),
        totalEditingMinutes: xmlElement(app, 'TotalTime'),
        textBytes: text.byteLength,
        truncated: text.truncated,
      },
      locator: { path: 'word/document.xml' },
    });
  },
};
