// What kind of file this is, from its first bytes (magic numbers, container contents, text structure); the
// extension only breaks ties between types the content cannot tell apart (ZIP family, OLE2, text flavours).
import { sniffEncoding } from '../text/text-encoding';

export interface DetectedType {
  mime: string;
  label: string;
  isText: boolean;
}

const type = (mime: string, label: string, isText = false): DetectedType => ({ mime, label, isText });

function startsWith(head: Uint8Array, bytes: number[], at = 0): boolean {
  if (head.length < at + bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (head[at + i] !== bytes[i]) return false;
  return true;
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function latin1(head: Uint8Array, start = 0, end = head.length): string {
  return Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1', start, Math.min(end, head.length));
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

const ZIP_BY_EXTENSION: Record<string, DetectedType> = {
  docx: type('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word document (DOCX)'),
  xlsx: type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel workbook (XLSX)'),
  pptx: type('application/vnd.openxmlformats-officedocument.presentationml.presentation', 'PowerPoint presentation (PPTX)'),
  apk: type('application/vnd.android.package-archive', 'Android application (APK)'),
  jar: type('application/java-archive', 'Java archive (JAR)'),
  odt: type('application/vnd.oasis.opendocument.text', 'OpenDocument text (ODT)'),
  ods: type('application/vnd.oasis.opendocument.spreadsheet', 'OpenDocument spreadsheet (ODS)'),
  epub: type('application/epub+zip', 'EPUB e-book'),
  ipa: type('application/octet-stream', 'iOS application (IPA)'),
};

/** ZIP members are named in the local headers, so the first 64 KiB usually tell which ZIP family it is. */
function zipKind(head: Uint8Array, name: string): DetectedType {
  const text = latin1(head);
  // ODF and EPUB store an uncompressed `mimetype` member first: its name sits at offset 30, its content after.
  const mimetype = text.startsWith('mimetype', 30) ? /^mimetype(application\/[\w.+-]+)/.exec(text.slice(30))?.[1] : undefined;
  if (mimetype === 'application/epub+zip') return ZIP_BY_EXTENSION.epub!;
  if (mimetype === 'application/vnd.oasis.opendocument.text') return ZIP_BY_EXTENSION.odt!;
  if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet') return ZIP_BY_EXTENSION.ods!;
  if (text.includes('AndroidManifest.xml') || text.includes('classes.dex')) return ZIP_BY_EXTENSION.apk!;
  if (text.includes('[Content_Types].xml') || text.includes('_rels/.rels')) {
    if (text.includes('word/')) return ZIP_BY_EXTENSION.docx!;
    if (text.includes('xl/')) return ZIP_BY_EXTENSION.xlsx!;
    if (text.includes('ppt/')) return ZIP_BY_EXTENSION.pptx!;
  }
  if (/Payload\/[^/]+\.app\//.test(text)) return ZIP_BY_EXTENSION.ipa!;
  if (text.includes('META-INF/MANIFEST.MF')) return ZIP_BY_EXTENSION.jar!;
  return ZIP_BY_EXTENSION[extension(name)] ?? type('application/zip', 'ZIP archive');
}

/** ISO base media (MP4, MOV, HEIC, AVIF, 3GP): the brand after `ftyp` says which. */
function isoMedia(head: Uint8Array, name: string): DetectedType | null {
  if (!startsWith(head, ascii('ftyp'), 4)) return null;
  const brands = [latin1(head, 8, 12), ...Array.from({ length: 8 }, (_, i) => latin1(head, 16 + i * 4, 20 + i * 4))];
  const has = (...wanted: string[]) => brands.some((b) => wanted.includes(b));
  if (has('heic', 'heix', 'hevc', 'hevx', 'heim', 'heis')) return type('image/heic', 'HEIC image');
  if (has('avif', 'avis')) return type('image/avif', 'AVIF image');
  if (has('mif1', 'msf1')) return type('image/heif', 'HEIF image');
  if (brands[0] === 'qt  ') return type('video/quicktime', 'QuickTime video (MOV)');
  if (has('M4A ', 'M4B ')) return type('audio/mp4', 'MPEG-4 audio (M4A)');
  if (brands[0]!.startsWith('3g')) return type('video/3gpp', '3GPP video');
  if (extension(name) === 'mov') return type('video/quicktime', 'QuickTime video (MOV)');
  return type('video/mp4', 'MPEG-4 video (MP4)');
}

type Rule = [test: (head: Uint8Array) => boolean, result: DetectedType];

const MAGIC: Rule[] = [
  [(h) => startsWith(h, [0xff, 0xd8, 0xff]), type('image/jpeg', 'JPEG image')],
  [(h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), type('image/png', 'PNG image')],
  [(h) => startsWith(h, ascii('GIF87a')) || startsWith(h, ascii('GIF89a')), type('image/gif', 'GIF image')],
  [(h) => startsWith(h, ascii('RIFF')) && startsWith(h, ascii('WEBP'), 8), type('image/webp', 'WebP image')],
  [(h) => startsWith(h, ascii('RIFF')) && startsWith(h, ascii('WAVE'), 8), type('audio/wav', 'WAV audio')],
  [(h) => startsWith(h, ascii('RIFF')) && startsWith(h, ascii('AVI '), 8), type('video/x-msvideo', 'AVI video')],
  [(h) => startsWith(h, [0x49, 0x49, 0x2a, 0x00]) || startsWith(h, [0x4d, 0x4d, 0x00, 0x2a]), type('image/tiff', 'TIFF image')],
  [
    (h) => startsWith(h, ascii('BM')) && h.length > 14 && h[14] !== undefined && [12, 40, 56, 108, 124].includes(h[14]!),
    type('image/bmp', 'BMP image'),
  ],
  // The header may follow junk within the first KiB (ISO 32000), but always with its version: `%PDF-1.7`.
  [(h) => /%PDF-\d\.\d/.test(latin1(h, 0, 1024)), type('application/pdf', 'PDF document')],
  [(h) => startsWith(h, ascii('SQLite format 3\u0000')), type('application/vnd.sqlite3', 'SQLite database')],
  [(h) => startsWith(h, ascii('bplist00')), type('application/x-bplist', 'Binary property list (plist)')],
  [(h) => startsWith(h, ascii('OggS')), type('audio/ogg', 'Ogg audio (Opus/Vorbis)')],
  // An ID3v2 tag: version 2–4, and a size of four 7-bit bytes (text that starts `ID3` has neither).
  [
    (h) => startsWith(h, ascii('ID3')) && h[3]! >= 2 && h[3]! <= 4 && [6, 7, 8, 9].every((i) => (h[i] ?? 0) < 0x80),
    type('audio/mpeg', 'MP3 audio'),
  ],
  [(h) => h[0] === 0xff && [0xfb, 0xfa, 0xf3, 0xf2, 0xe3, 0xe2].includes(h[1] ?? 0), type('audio/mpeg', 'MP3 audio')],
  [(h) => startsWith(h, ascii('fLaC')), type('audio/flac', 'FLAC audio')],
  [(h) => startsWith(h, [0x1a, 0x45, 0xdf, 0xa3]), type('video/x-matroska', 'Matroska/WebM video')],
  [(h) => startsWith(h, [0x7f, 0x45, 0x4c, 0x46]), type('application/x-elf', 'ELF executable (Linux/Android)')],
  [
    (h) =>
      [
        [0xfe, 0xed, 0xfa, 0xce],
        [0xfe, 0xed, 0xfa, 0xcf],
        [0xce, 0xfa, 0xed, 0xfe],
        [0xcf, 0xfa, 0xed, 0xfe],
      ].some((m) => startsWith(h, m)),
    type('application/x-mach-binary', 'Mach-O executable (macOS/iOS)'),
  ],
  [(h) => startsWith(h, ascii('dex\n')), type('application/vnd.android.dex', 'Android Dalvik executable (DEX)')],
  [(h) => startsWith(h, [0x1f, 0x8b]), type('application/gzip', 'gzip archive')],
  [(h) => startsWith(h, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), type('application/x-7z-compressed', '7-Zip archive')],
  [(h) => startsWith(h, ascii('Rar!\u001a\u0007')), type('application/vnd.rar', 'RAR archive')],
  [(h) => startsWith(h, ascii('BZh')) && (h[3] ?? 0) >= 0x31 && (h[3] ?? 0) <= 0x39, type('application/x-bzip2', 'bzip2 archive')],
  [(h) => startsWith(h, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), type('application/x-xz', 'xz archive')],
  [(h) => startsWith(h, [0x28, 0xb5, 0x2f, 0xfd]), type('application/zstd', 'Zstandard archive')],
  [(h) => startsWith(h, ascii('ustar'), 257), type('application/x-tar', 'tar archive')],
  [(h) => startsWith(h, ascii('MSCF')), type('application/vnd.ms-cab-compressed', 'Windows cabinet (CAB)')],
  [(h) => startsWith(h, ascii('regf')), type('application/x-windows-registry', 'Windows registry hive')],
  [(h) => startsWith(h, ascii('ElfFile\u0000')), type('application/x-windows-evtx', 'Windows event log (EVTX)')],
  [(h) => startsWith(h, [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00]), type('application/x-ms-shortcut', 'Windows shortcut (LNK)')],
  [(h) => startsWith(h, ascii('{\\rtf')), type('application/rtf', 'Rich Text Format document', true)],
];

const OLE_BY_EXTENSION: Record<string, DetectedType> = {
  doc: type('application/msword', 'Word 97–2003 document (DOC)'),
  xls: type('application/vnd.ms-excel', 'Excel 97–2003 workbook (XLS)'),
  ppt: type('application/vnd.ms-powerpoint', 'PowerPoint 97–2003 presentation (PPT)'),
  msg: type('application/vnd.ms-outlook', 'Outlook message (MSG)'),
};

/** `MZ` with a `PE\0\0` header where e_lfanew points: a Windows executable or DLL. */
function windowsExecutable(head: Uint8Array, name: string): DetectedType | null {
  if (!startsWith(head, ascii('MZ'))) return null;
  const peAt = head.length >= 0x40 ? (head[0x3c]! | (head[0x3d]! << 8) | (head[0x3e]! << 16)) >>> 0 : -1;
  const isPe = peAt > 0 && startsWith(head, [0x50, 0x45, 0x00, 0x00], peAt);
  if (!isPe) {
    // A DOS header is sixteen-bit fields, zeros among them; a text that starts `MZ` (a name, an abbreviation) has none.
    if (!head.subarray(2, 0x40).includes(0)) return null;
    return type('application/x-dosexec', 'DOS executable');
  }
  const dll = extension(name) === 'dll' || (isPe && ((head[peAt + 22] ?? 0) | ((head[peAt + 23] ?? 0) << 8)) & 0x2000);
  return dll
    ? type('application/vnd.microsoft.portable-executable', 'Windows DLL (PE)')
    : type('application/vnd.microsoft.portable-executable', 'Windows executable (PE)');
}

/** `CAFEBABE` is both a Mach-O universal binary (few architectures) and a Java class (version ≥ 45). */
function cafeBabe(head: Uint8Array): DetectedType | null {
  if (!startsWith(head, [0xca, 0xfe, 0xba, 0xbe]) || head.length < 8) return null;
  const second = ((head[4]! << 24) | (head[5]! << 16) | (head[6]! << 8) | head[7]!) >>> 0;
  return second < 45
    ? type('application/x-mach-binary', 'Mach-O universal binary (macOS/iOS)')
    : type('application/java-vm', 'Java class file');
}

const EMAIL_HEADERS =
  /^(?:Received|Return-Path|From|To|Date|Subject|Message-ID|MIME-Version|Delivered-To|Reply-To|Content-Type|X-[\w-]+|DKIM-Signature|Authentication-Results|ARC-[\w-]+):/gim;

/** Text flavours: markup, JSON, e-mail, mbox, CSV by name, then plain text. */
function textKind(text: string, name: string): DetectedType {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const lower = start.slice(0, 2048).toLowerCase();
  const ext = extension(name);
  if (lower.startsWith('<?xml') || lower.startsWith('<!doctype plist') || lower.startsWith('<plist')) {
    if (lower.includes('<!doctype plist') || lower.includes('<plist'))
      return type('application/x-plist', 'XML property list (plist)', true);
    if (lower.includes('<svg')) return type('image/svg+xml', 'SVG image', true);
    if (lower.includes('<html')) return type('application/xhtml+xml', 'XHTML document', true);
    return type('application/xml', 'XML document', true);
  }
  if (
    /^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(lower) ||
    (/<html[\s>]/.test(lower) && /<(head|body|title)[\s>]/.test(lower))
  ) {
    return type('text/html', 'HTML document', true);
  }
  if (lower.startsWith('<svg')) return type('image/svg+xml', 'SVG image', true);
  // An mbox opens with a `From ` separator line (sender and date, or `From -` from Netscape), then headers.
  const mbox = /^From [^\r\n]*\r?\n/.exec(start);
  const headerBlock = start.slice(mbox ? mbox[0].length : 0, 8192).split(/\r?\n\r?\n/, 1)[0]!;
  const headers = new Set((headerBlock.match(EMAIL_HEADERS) ?? []).map((h) => h.toLowerCase()));
  const mailish = headers.size >= 3 && (headers.has('from:') || headers.has('received:') || headers.has('message-id:'));
  if (mailish) return mbox ? type('application/mbox', 'Mailbox (mbox)', true) : type('message/rfc822', 'E-mail message (EML)', true);
  if (/^[[{]/.test(start) && /^(?:\{\s*(?:"|\})|\[\s*(?:[[{"\d\-\]]|true|false|null))/.test(start))
    return type('application/json', 'JSON data', true);
  if (ext === 'csv') return type('text/csv', 'CSV table', true);
  if (ext === 'tsv' || ext === 'tab') return type('text/tab-separated-values', 'TSV table', true);
  if (ext === 'md' || ext === 'markdown') return type('text/markdown', 'Markdown text', true);
  if (ext === 'vcf') return type('text/vcard', 'vCard contacts', true);
  if (ext === 'ics') return type('text/calendar', 'iCalendar', true);
  return type('text/plain', 'Plain text', true);
}

export function detectType(head: Uint8Array, name: string): DetectedType {
  if (head.length === 0) return type('application/x-empty', 'Empty file');
  if (
    startsWith(head, [0x50, 0x4b, 0x03, 0x04]) ||
    startsWith(head, [0x50, 0x4b, 0x05, 0x06]) ||
    startsWith(head, [0x50, 0x4b, 0x07, 0x08])
  ) {
    return zipKind(head, name);
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return OLE_BY_EXTENSION[extension(name)] ?? type('application/x-ole-storage', 'Microsoft compound document (OLE2: DOC/XLS/PPT/MSG)');
  }
  const media = isoMedia(head, name);
  if (media) return media;
  const exe = windowsExecutable(head, name) ?? cafeBabe(head);
  if (exe) return exe;
  for (const [test, result] of MAGIC) if (test(head)) return result;
  const guess = sniffEncoding(head);
  if (!guess.isText) return type('application/octet-stream', 'Unknown binary data');
  const sample = new TextDecoder(guess.encoding).decode(head.subarray(0, 8192));
  return textKind(sample, name);
}
