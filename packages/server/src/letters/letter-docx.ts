// Lays a composed letter out as a DOCX with the `docx` package, for an officer who must edit or sign it in a
// word processor: real headings (the navigation pane shows the sections), a real table for the items, and
// a footer with the reference and Word's own page fields. The package's dates are pinned to the letter's
// date so the same letter gives the same bytes.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import type { CellLine, FieldRow, LetterBlock, LetterDocument } from './letter-document';
import { setZipTimestamps } from './zip-timestamps';

// A4 and its margins in twentieths of a point, as in the PDF (2.2 cm left, 2 cm elsewhere).
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1247, left: 1247, right: 1134 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const LABEL_SHARE = 0.34;
const FONT = 'Arial';
// Half-points.
const SIZE = { body: 20, small: 17, table: 17, heading: 23, title: 26 };
const COLOR = { muted: '555555', rule: '999999', tableHead: 'E8E8E8', emergency: 'B00020', urgent: 'B35C00' };

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

function run(text: string, options: { bold?: boolean; size?: number; color?: string } = {}): TextRun {
  return new TextRun({ text, bold: options.bold, size: options.size, color: options.color });
}

/** A label: value block as a borderless two-column table, so long values wrap under themselves. */
function fieldsTable(rows: FieldRow[]): Table {
  const labelWidth = Math.round(TEXT_WIDTH * LABEL_SHARE);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, TEXT_WIDTH - labelWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: labelWidth, type: WidthType.DXA },
              children: [new Paragraph({ children: [run(row.label, { bold: true })] })],
            }),
            new TableCell({
              width: { size: TEXT_WIDTH - labelWidth, type: WidthType.DXA },
              children: [new Paragraph({ children: [run(row.value)] })],
            }),
          ],
        }),
    ),
  });
}

function cellParagraphs(lines: CellLine[], header: boolean): Paragraph[] {
  return lines.map((line) => new Paragraph({ children: [run(line.text, { bold: header || line.bold, size: SIZE.table })] }));
}

/** The items table: fixed layout, so Word wraps a long selector inside its column instead of widening it. */
function itemsTable(block: Extract<LetterBlock, { kind: 'table' }>): Table {
  const widths = block.columns.map((column) => Math.round(column.width * TEXT_WIDTH));
  const margins = { top: 60, bottom: 60, left: 80, right: 80 };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (column, index) =>
        new TableCell({
          width: { size: widths[index]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: COLOR.tableHead, color: 'auto' },
          margins,
          children: cellParagraphs([{ text: column.header }], true),
        }),
    ),
  });
  const rows = block.rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (lines, index) =>
            new TableCell({ width: { size: widths[index]!, type: WidthType.DXA }, margins, children: cellParagraphs(lines, false) }),
        ),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [header, ...rows],
  });
}

function signatureTable(block: Extract<LetterBlock, { kind: 'signature' }>): Table {
  const left = Math.round(TEXT_WIDTH * 0.58);
  const right = TEXT_WIDTH - left;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: left, type: WidthType.DXA },
            children: [
              ...block.lines.map((line) => new Paragraph({ children: [run(line)] })),
              new Paragraph({ spacing: { before: 80 }, children: [run(block.dateLine, { size: SIZE.small, color: COLOR.muted })] }),
            ],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            children: [
              new Paragraph({
                spacing: { before: 360 },
                border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
              }),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [run(`(${block.signatureLabel})`, { size: SIZE.small, color: COLOR.muted })],
              }),
              new Paragraph({ spacing: { before: 200 }, children: [run(block.sealLabel, { size: SIZE.small, color: COLOR.muted })] }),
            ],
          }),
        ],
      }),
    ],
  });
}

function blockContent(block: LetterBlock): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'letterhead':
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run(block.name, { bold: true, size: SIZE.title })] }),
        ...block.lines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line)] })),
        new Paragraph({ spacing: { after: 200 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 } } }),
      ];
    case 'fields':
      return [fieldsTable(block.rows), new Paragraph({ spacing: { after: 60 } })];
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run(block.text)] })];
    case 'banner': {
      const emergency = block.level === 'emergency';
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 120, after: 200 },
          shading: emergency ? { type: ShadingType.CLEAR, fill: COLOR.emergency, color: 'auto' } : undefined,
          border: emergency
            ? undefined
            : {
                top: { style: BorderStyle.SINGLE, size: 12, color: COLOR.urgent, space: 4 },
                bottom: { style: BorderStyle.SINGLE, size: 12, color: COLOR.urgent, space: 4 },
                left: { style: BorderStyle.SINGLE, size: 12, color: COLOR.urgent, space: 4 },
                right: { style: BorderStyle.SINGLE, size: 12, color: COLOR.urgent, space: 4 },
              },
          children: [run(block.text, { bold: true, color: emergency ? 'FFFFFF' : COLOR.urgent })],
        }),
      ];
    }
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [run(block.text)] })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [run(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: [run(block.text)] })];
    case 'list':
      return block.items.flatMap((item, index) => [
        new Paragraph({
          indent: { left: 360, hanging: 360 },
          spacing: { before: 60 },
          keepNext: item.details.length > 0,
          children: [run(`${index + 1}.\t${item.text}`)],
        }),
        ...item.details.map(
          (detail) => new Paragraph({ indent: { left: 360 }, children: [run(detail, { size: SIZE.small, color: COLOR.muted })] }),
        ),
      ]);
    case 'table':
      return [itemsTable(block), new Paragraph({ spacing: { after: 60 } })];
    case 'signature':
      return [new Paragraph({ spacing: { before: 240 } }), signatureTable(block)];
  }
}

function footer(letter: LetterDocument): Footer {
  const muted = { size: SIZE.small, color: COLOR.muted };
  const children: ParagraphChild[] = [
    new TextRun({ text: `${letter.reference} · ${letter.footer.page} `, ...muted }),
    new TextRun({ children: [PageNumber.CURRENT], ...muted }),
    new TextRun({ text: ` ${letter.footer.of} `, ...muted }),
    new TextRun({ children: [PageNumber.TOTAL_PAGES], ...muted }),
  ];
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!);

/** docProps/core.xml as the docx package writes it, but dated by the letter instead of by the clock. */
function coreProperties(letter: LetterDocument, date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(letter.title)}</dc:title><dc:subject>${escapeXml(letter.reference)}</dc:subject>` +
    `<dc:creator>${escapeXml(letter.author)}</dc:creator><cp:lastModifiedBy>${escapeXml(letter.author)}</cp:lastModifiedBy>` +
    `<dc:language>${letter.language === 'ru' ? 'ru-RU' : 'en-GB'}</dc:language><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export async function renderLetterDocx(letter: LetterDocument): Promise<Uint8Array> {
  const parsed = Date.parse(letter.issuedAt);
  const date = new Date(Number.isNaN(parsed) ? 0 : parsed);
  const language = { value: letter.language === 'ru' ? 'ru-RU' : 'en-GB' };
  const document = new Document({
    title: letter.title,
    subject: letter.reference,
    creator: letter.author,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body, language }, paragraph: { spacing: { after: 40 } } },
        title: { run: { font: FONT, size: SIZE.title, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 160 } } },
        heading1: {
          run: { font: FONT, size: SIZE.heading, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
        heading2: { run: { font: FONT, size: SIZE.body, bold: true, color: '000000' }, paragraph: { spacing: { before: 80, after: 20 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: { ...MARGIN, header: 567, footer: 567 } } },
        footers: { default: footer(letter) },
        children: letter.blocks.flatMap(blockContent),
      },
    ],
  });
  const bytes = await Packer.pack(document, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreProperties(letter, date) }]);
  return setZipTimestamps(bytes, date);
}
