// Lays a composed letter out as an A4 PDF with pdfkit. DejaVu Sans is embedded (regular and bold) so Russian
// text is real text a reader, a search or a copy-paste can use, not boxes. Pages are buffered so every footer
// can say "Page X of Y" with the reference. The file's dates and its ID come from the letter's date, so the
// same letter gives the same bytes: the hash recorded in the ledger can be checked by rendering it again.
import PDFDocument from 'pdfkit';
import type { CellLine, FieldRow, LetterBlock, LetterDocument } from './letter-document';
import { letterFonts } from './letter-fonts';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 70, left: 62, right: 56 };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const FOOTER_Y = A4.height - 44;

const SIZE = { body: 10, small: 8.5, table: 8.5, heading: 11.5, title: 13, letterhead: 13 };
const COLOR = { text: '#000000', muted: '#555555', rule: '#999999', tableHead: '#E8E8E8', emergency: '#B00020', urgent: '#B35C00' };
const CELL_PADDING = 4;
/** Label column of label: value blocks, as a share of the text width. */
const LABEL_SHARE = 0.34;

/** A date pdfkit can write, or the epoch when the letter's date is not a date (never the current time). */
function fixedDate(iso: string): Date {
  const time = Date.parse(iso);
  return new Date(Number.isNaN(time) ? 0 : time);
}

type Doc = PDFKit.PDFDocument;

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page when `height` does not fit below the cursor, so a row or a block is never split. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function body(doc: Doc, size = SIZE.body, bold = false): Doc {
  return doc
    .font(bold ? 'bold' : 'regular')
    .fontSize(size)
    .fillColor(COLOR.text);
}

function writeLetterhead(doc: Doc, block: Extract<LetterBlock, { kind: 'letterhead' }>): void {
  body(doc, SIZE.letterhead, true).text(block.name, MARGIN.left, doc.y, { width: TEXT_WIDTH, align: 'center' });
  for (const line of block.lines) body(doc).text(line, MARGIN.left, doc.y, { width: TEXT_WIDTH, align: 'center' });
  doc.moveDown(0.4);
  doc
    .moveTo(MARGIN.left, doc.y)
    .lineTo(MARGIN.left + TEXT_WIDTH, doc.y)
    .lineWidth(1)
    .strokeColor(COLOR.text)
    .stroke();
  doc.y += 10;
}

function writeFields(doc: Doc, rows: FieldRow[]): void {
  const labelWidth = TEXT_WIDTH * LABEL_SHARE - 8;
  const valueX = MARGIN.left + TEXT_WIDTH * LABEL_SHARE;
  const valueWidth = TEXT_WIDTH * (1 - LABEL_SHARE);
  for (const row of rows) {
    const labelHeight = row.label ? body(doc, SIZE.body, true).heightOfString(row.label, { width: labelWidth }) : 0;
    const valueHeight = body(doc).heightOfString(row.value, { width: valueWidth });
    ensureRoom(doc, Math.max(labelHeight, valueHeight));
    const y = doc.y;
    if (row.label) body(doc, SIZE.body, true).text(row.label, MARGIN.left, y, { width: labelWidth });
    body(doc).text(row.value, valueX, y, { width: valueWidth });
    doc.y = y + Math.max(labelHeight, valueHeight) + 2;
  }
  doc.y += 6;
}

function writeBanner(doc: Doc, block: Extract<LetterBlock, { kind: 'banner' }>): void {
  const color = block.level === 'emergency' ? COLOR.emergency : COLOR.urgent;
  const innerWidth = TEXT_WIDTH - 2 * 8;
  const height = body(doc, SIZE.body, true).heightOfString(block.text, { width: innerWidth, align: 'center' }) + 2 * 6;
  ensureRoom(doc, height);
  const y = doc.y;
  if (block.level === 'emergency') doc.rect(MARGIN.left, y, TEXT_WIDTH, height).fill(color);
  else doc.rect(MARGIN.left, y, TEXT_WIDTH, height).lineWidth(1.5).stroke(color);
  body(doc, SIZE.body, true)
    .fillColor(block.level === 'emergency' ? '#FFFFFF' : color)
    .text(block.text, MARGIN.left + 8, y + 6, { width: innerWidth, align: 'center' });
  doc.fillColor(COLOR.text);
  doc.y = y + height + 10;
}

function writeList(doc: Doc, block: Extract<LetterBlock, { kind: 'list' }>): void {
  const indent = 18;
  block.items.forEach((item, index) => {
    const width = TEXT_WIDTH - indent;
    const height = body(doc).heightOfString(item.text, { width }) + 12;
    ensureRoom(doc, height);
    const y = doc.y;
    body(doc).text(`${index + 1}.`, MARGIN.left, y, { width: indent });
    body(doc).text(item.text, MARGIN.left + indent, y, { width });
    for (const detail of item.details)
      body(doc, SIZE.small)
        .fillColor(COLOR.muted)
        .text(detail, MARGIN.left + indent, doc.y, { width });
    doc.fillColor(COLOR.text);
    doc.y += 4;
  });
  doc.y += 4;
}

function cellHeight(doc: Doc, lines: CellLine[], width: number): number {
  return lines.reduce((sum, line) => sum + body(doc, SIZE.table, line.bold).heightOfString(line.text, { width }), 0);
}

/**
 * A table drawn cell by cell: pdfkit wraps a word longer than its cell (a 300-character URL) at any character,
 * rows never split across pages, and the header is repeated on each page the table runs onto.
 */
function writeTable(doc: Doc, block: Extract<LetterBlock, { kind: 'table' }>): void {
  const widths = block.columns.map((column) => column.width * TEXT_WIDTH);
  const inner = (index: number) => widths[index]! - 2 * CELL_PADDING;
  const drawRow = (cells: CellLine[][], header: boolean) => {
    const height = Math.max(...cells.map((lines, index) => cellHeight(doc, lines, inner(index)))) + 2 * CELL_PADDING;
    const y = doc.y;
    let x = MARGIN.left;
    cells.forEach((lines, index) => {
      if (header) doc.rect(x, y, widths[index]!, height).fill(COLOR.tableHead);
      doc.rect(x, y, widths[index]!, height).lineWidth(0.5).stroke(COLOR.rule);
      let lineY = y + CELL_PADDING;
      for (const line of lines) {
        body(doc, SIZE.table, header || line.bold).text(line.text, x + CELL_PADDING, lineY, { width: inner(index) });
        lineY = doc.y;
      }
      x += widths[index]!;
    });
    doc.y = y + height;
    return height;
  };
  const headerCells = block.columns.map((column): CellLine[] => [{ text: column.header, bold: true }]);
  const headerHeight = Math.max(...headerCells.map((lines, index) => cellHeight(doc, lines, inner(index)))) + 2 * CELL_PADDING;
  const rowHeight = (cells: CellLine[][]) =>
    Math.max(...cells.map((lines, index) => cellHeight(doc, lines, inner(index)))) + 2 * CELL_PADDING;
  ensureRoom(doc, headerHeight + rowHeight(block.rows[0] ?? headerCells));
  drawRow(headerCells, true);
  for (const row of block.rows) {
    if (doc.y + rowHeight(row) > bottom(doc)) {
      doc.addPage();
      drawRow(headerCells, true);
    }
    drawRow(row, false);
  }
  doc.x = MARGIN.left;
  doc.y += 6;
}

function writeSignature(doc: Doc, block: Extract<LetterBlock, { kind: 'signature' }>): void {
  const leftWidth = TEXT_WIDTH * 0.55;
  const rightX = MARGIN.left + TEXT_WIDTH * 0.62;
  const rightWidth = TEXT_WIDTH * 0.38;
  const leftHeight = block.lines.reduce((sum, line) => sum + body(doc).heightOfString(line, { width: leftWidth }), 0);
  ensureRoom(doc, Math.max(leftHeight, 60) + 30);
  doc.y += 14;
  const y = doc.y;
  for (const line of block.lines) body(doc).text(line, MARGIN.left, doc.y, { width: leftWidth });
  body(doc, SIZE.small)
    .fillColor(COLOR.muted)
    .text(block.dateLine, MARGIN.left, doc.y + 4, { width: leftWidth });
  const leftBottom = doc.y;
  const lineY = y + 26;
  doc
    .moveTo(rightX, lineY)
    .lineTo(rightX + rightWidth, lineY)
    .lineWidth(0.7)
    .stroke(COLOR.text);
  body(doc, SIZE.small)
    .fillColor(COLOR.muted)
    .text(`(${block.signatureLabel})`, rightX, lineY + 3, { width: rightWidth, align: 'center' });
  body(doc, SIZE.small)
    .fillColor(COLOR.muted)
    .text(block.sealLabel, rightX, lineY + 22, { width: rightWidth, align: 'left' });
  doc.fillColor(COLOR.text);
  doc.y = Math.max(leftBottom, doc.y);
}

function writeBlock(doc: Doc, block: LetterBlock): void {
  doc.x = MARGIN.left;
  switch (block.kind) {
    case 'letterhead':
      return writeLetterhead(doc, block);
    case 'fields':
      return writeFields(doc, block.rows);
    case 'title':
      doc.y += 6;
      body(doc, SIZE.title, true).text(block.text, MARGIN.left, doc.y, { width: TEXT_WIDTH, align: 'center' });
      doc.y += 8;
      return;
    case 'banner':
      return writeBanner(doc, block);
    case 'heading': {
      // Keep a heading with the start of its section: never alone at the foot of a page.
      const height = body(doc, SIZE.heading, true).heightOfString(block.text, { width: TEXT_WIDTH });
      doc.y += 6;
      ensureRoom(doc, height + 40);
      body(doc, SIZE.heading, true).text(block.text, MARGIN.left, doc.y, { width: TEXT_WIDTH });
      doc.y += 4;
      return;
    }
    case 'subheading': {
      const height = body(doc, SIZE.body, true).heightOfString(block.text, { width: TEXT_WIDTH });
      ensureRoom(doc, height + 24);
      body(doc, SIZE.body, true).text(block.text, MARGIN.left, doc.y, { width: TEXT_WIDTH });
      doc.y += 1;
      return;
    }
    case 'paragraph':
      body(doc).text(block.text, MARGIN.left, doc.y, { width: TEXT_WIDTH, align: 'justify' });
      doc.y += 6;
      return;
    case 'list':
      return writeList(doc, block);
    case 'table':
      return writeTable(doc, block);
    case 'signature':
      return writeSignature(doc, block);
  }
}

/** The footer of every page, written once the page count is known. */
function writeFooters(doc: Doc, letter: LetterDocument): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // Writing below the bottom margin would make pdfkit start a new page; the footer lives in the margin.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .moveTo(MARGIN.left, FOOTER_Y - 6)
      .lineTo(MARGIN.left + TEXT_WIDTH, FOOTER_Y - 6)
      .lineWidth(0.5)
      .stroke(COLOR.rule);
    body(doc, SIZE.small)
      .fillColor(COLOR.muted)
      .text(
        `${letter.reference} · ${letter.footer.page} ${index - range.start + 1} ${letter.footer.of} ${range.count}`,
        MARGIN.left,
        FOOTER_Y,
        {
          width: TEXT_WIDTH,
          align: 'center',
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = margin;
  }
}

export function renderLetterPdf(letter: LetterDocument): Promise<Uint8Array> {
  const date = fixedDate(letter.issuedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: letter.language === 'ru' ? 'ru-RU' : 'en-GB',
    displayTitle: true,
    info: {
      Title: letter.title,
      Author: letter.author,
      Subject: letter.reference,
      Creator: 'Tamga',
      Producer: 'Tamga',
      CreationDate: date,
      ModDate: date,
    },
  });
  const fonts = letterFonts();
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  for (const block of letter.blocks) writeBlock(doc, block);
  writeFooters(doc, letter);
  doc.end();
  return done;
}
