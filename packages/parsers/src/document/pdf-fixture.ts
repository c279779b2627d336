// Test support: writes small PDFs by hand (correct xref offsets), with Cyrillic text through a ToUnicode
// CMap, an Info dictionary, and optionally an /Encrypt dictionary whose user password is not empty.

export interface PdfFixture {
  pages: string[];
  info?: Record<string, string>;
  /** Adds a standard security handler that the empty password does not open. */
  encrypted?: boolean;
}

/** A PDF text string: ASCII as a literal, anything else as UTF-16BE hex with a BOM. */
function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/([\\()])/g, '\\$1')})`;
  return `<FEFF${Buffer.from(value, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

export function buildPdf({ pages, info = {}, encrypted = false }: PdfFixture): Buffer {
  // One-byte codes 1..n for every distinct character, mapped back to Unicode by the ToUnicode CMap.
  const chars = [...new Set(pages.join(''))];
  const code = (ch: string) => (chars.indexOf(ch) + 1).toString(16).padStart(2, '0').toUpperCase();
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CMapName /Fixture def /CMapType 2 def',
    '1 begincodespacerange <01> <FF> endcodespacerange',
    `${chars.length} beginbfchar`,
    ...chars.map((ch) => `<${code(ch)}> <${Buffer.from(ch, 'utf16le').swap16().toString('hex').toUpperCase()}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');

  const objects: string[] = [];
  const add = (body: string) => objects.push(body) && objects.length;
  const catalog = add('');
  const pagesObj = add('');
  const font = add('');
  const toUnicode = add(`<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`);
  const widths = chars.map(() => 600).join(' ');
  objects[font - 1] =
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar ${chars.length} /Widths [${widths}] /ToUnicode ${toUnicode} 0 R >>`;
  const kids: number[] = [];
  for (const text of pages) {
    const lines = text.split('\n');
    const ops = lines.map((line, i) => `1 0 0 1 50 ${750 - i * 20} Tm <${[...line].map(code).join('')}> Tj`).join('\n');
    const content = `BT /F1 12 Tf\n${ops}\nET`;
    const stream = add(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const infoObj = add(
    `<< ${Object.entries(info)
      .map(([k, v]) => `/${k} ${pdfString(v)}`)
      .join(' ')} >>`,
  );
  const encrypt = encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'6f'.repeat(32)}> /U <${'75'.repeat(32)}> >>`) : 0;

  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const id = '<0123456789ABCDEF0123456789ABCDEF>';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoObj} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [${id} ${id}] >>\n`;
  pdf += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
