// Word documents (DOCX): the text of the body, headers, footers, notes and comments, deleted tracked changes,
// the package properties (author, last editor, created, modified) and the embedded media as derived items. Parts
// are inflated through the archive reader, with its limits, and scanned as they inflate.
import { DETECT, ParseError, type ArtifactTime, type Parser, type ParserInput, type ParserOutput } from '@tamga/core';
import { canExtract, ExpansionBudget, ZipArchive, type ZipMember } from '../archive/zip-reader';
import { MAX_PROPERTY_PART_BYTES, PROPERTY_PARTS, readCapped, w3cdtfTime, xmlElement } from './docx-properties';
import { textParts, WordTextScanner } from './docx-text';
import { TextCap } from './text-cap';

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
  // 2: parts scanned as they inflate (no longer whole, by mammoth), with headers, footers, notes, comments,
  // deleted tracked changes and the embedded media.
  version: '2',
  description: 'Word documents (DOCX): text of the body, headers, footers, notes and comments; properties; embedded media',
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
  async parse(input, out, tools) {
    if (!isZipHead(input.head)) throw new ParseError('not a DOCX: it does not start with a ZIP local file header');
    let archive: ZipArchive;
    try {
      archive = await ZipArchive.open(await input.localPath());
    } catch (error) {
      throw new ParseError(`not a readable DOCX: ${(error as Error).message}`);
    }
    try {
      const members = await archive.members(input.item.caseTimeZone, tools.limits, input.signal);
      const files = new Map(
        members.filter((member) => member.kind === 'file' && canExtract(member)).map((member) => [member.path, member]),
      );
      if (!files.has('word/document.xml')) throw new ParseError('not a readable DOCX: it has no word/document.xml');
      const budget = new ExpansionBudget(tools.limits, input.item.size);
      const read = (member: ZipMember) =>
        archive.content(member, { limits: tools.limits, signal: input.signal, budget, onCrcMismatch: (text, key) => out.warn(text, key) });

      const text = new TextCap();
      const scanner = new WordTextScanner(text);
      const parts: Array<{ part: string; start: number }> = [];
      for (const path of textParts([...files.keys()])) {
        if (text.truncated) break;
        if (parts.length > 0) text.add('\n');
        parts.push({ part: path, start: text.length });
        const decoder = new TextDecoder();
        for await (const chunk of read(files.get(path)!)) if (!scanner.feed(decoder.decode(chunk, { stream: true }))) break;
        scanner.feed(decoder.decode());
        scanner.endPart();
      }
      if (text.truncated) out.warn('text capped at 1 MiB', { code: 'docx.text_capped' });

      const properties = new Map<string, string>();
      for (const path of PROPERTY_PARTS) {
        const member = files.get(path);
        const value = member ? await readCapped(read(member)) : null;
        if (value !== null) properties.set(path, value);
        else if (member)
          out.warn(`${path} is larger than ${MAX_PROPERTY_PART_BYTES} bytes and was not read`, {
            code: 'docx.property_part_too_large',
            params: { part: path, limit: MAX_PROPERTY_PART_BYTES },
          });
      }
      // Pictures pasted into the document are evidence of their own (their EXIF, their hashes).
      const media = members.filter((member) => member.kind === 'file' && /^word\/media\/[^/]+$/.test(member.path));
      for (const member of media) {
        if (!canExtract(member)) {
          out.warn(`${member.path} is encrypted or compressed with method ${member.method}: not extracted`, {
            code: 'docx.media_not_extracted',
            params: { member: member.path, method: member.method },
          });
          continue;
        }
        await out.child({
          path: member.path,
          content: read(member),
          declaredSize: member.declaredSize,
          compressedSize: member.compressedSize,
          locator: { path: member.path, offset: member.localHeaderOffset },
          notes: { part: member.path },
        });
      }
      await emitDocument(input, out, { text, parts, deleted: scanner.deleted.trim(), properties, media: media.length });
    } finally {
      archive.close();
    }
  },
};

async function emitDocument(
  input: ParserInput,
  out: ParserOutput,
  {
    text,
    parts,
    deleted,
    properties,
    media,
  }: { text: TextCap; parts: Array<{ part: string; start: number }>; deleted: string; properties: Map<string, string>; media: number },
): Promise<void> {
  const core = properties.get('docProps/core.xml') ?? '';
  const app = properties.get('docProps/app.xml') ?? '';
  const zone = input.item.caseTimeZone;
  const created = w3cdtfTime(xmlElement(core, 'created'), zone);
  const modified = w3cdtfTime(xmlElement(core, 'modified'), zone);
  const printed = w3cdtfTime(xmlElement(core, 'lastPrinted'), zone);

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
      // Where each part's text starts in `text` (UTF-16 offsets), the body first.
      parts,
      deletedText: deleted || null,
      media,
    },
    locator: { path: 'word/document.xml' },
  });
}
