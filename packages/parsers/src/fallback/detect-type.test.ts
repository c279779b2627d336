import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectType } from './detect-type';

const SAMPLES = new URL('../../../../../shared/samples/', import.meta.url);

/** A sample's bytes, after checking they are the ones MANIFEST.md lists. */
function sample(path: string, sha256: string): Buffer {
  const bytes = readFileSync(new URL(path, SAMPLES));
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
  return bytes;
}

const head = (bytes: Uint8Array) => bytes.subarray(0, 64 * 1024);
const b = (...parts: Array<string | number[] | Uint8Array>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const mimeOf = (bytes: Uint8Array, name = 'file') => detectType(bytes, name).mime;

/** A ZIP local file header naming `member`, as the first entry of an archive. */
const zipEntry = (member: string, body = '') => b([0x50, 0x4b, 0x03, 0x04], new Array(22).fill(0), [member.length, 0, 0, 0], member, body);

describe('detectType on the real samples', () => {
  it('knows JPEG, TIFF and SQLite by their magic bytes', () => {
    expect(
      detectType(head(sample('exif/Canon_40D.jpg', '6bfdabd4fc33d112283c147acccc574e770bbe6fbdbc3d4da968ba7b606ecc2f')), 'x.bin'),
    ).toEqual({
      mime: 'image/jpeg',
      label: 'JPEG image',
      isText: false,
    });
    expect(mimeOf(head(sample('exif/exifr_001.tif', '315b0c43230843df410ec7599454d3af5d03d3594d85dabc30a76776e2b2127d')))).toBe(
      'image/tiff',
    );
    expect(mimeOf(head(sample('browser/plaso_chrome_History', 'c184fd5fdf72b75c26f8bb816619f04892e776ae6e2f5512f796d9807a12fbb3')))).toBe(
      'application/vnd.sqlite3',
    );
  });

  it('knows an e-mail, an mbox and JSON by their text', () => {
    const eml = detectType(
      head(sample('email/spamscope_mail_test_3.eml', '07945c6dcdee743cc843f5b8fd41e338e62c1781a52e2fd36cf019a29eb5a2a6')),
      'mail_test_3',
    );
    expect(eml).toEqual({ mime: 'message/rfc822', label: 'E-mail message (EML)', isText: true });
    const mbox = sample('email/mimekit_content-length.mbox.txt', '541340c8c17def55b08c6953d3497e427ab97f488013357e35728cd1ef6f252d');
    expect(mimeOf(head(mbox), 'content-length.mbox.txt')).toBe('application/mbox');
    const json = sample(
      'email/mimekit_content-length.unix-offsets.json',
      'f526fc716e55cf33f2ec8121d63f7cd2c57faafe7834cd2c4a5efa028889585c',
    );
    expect(detectType(head(json), 'offsets')).toEqual({ mime: 'application/json', label: 'JSON data', isText: true });
  });
});

describe('detectType on crafted heads', () => {
  it('tells the ZIP family apart by the member names, and by extension only when they do not say', () => {
    expect(mimeOf(b(zipEntry('[Content_Types].xml'), zipEntry('word/document.xml')), 'x.zip')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(mimeOf(b(zipEntry('[Content_Types].xml'), zipEntry('xl/workbook.xml')))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(mimeOf(b(zipEntry('AndroidManifest.xml'), zipEntry('classes.dex')), 'app.zip')).toBe('application/vnd.android.package-archive');
    expect(mimeOf(b(zipEntry('META-INF/MANIFEST.MF')))).toBe('application/java-archive');
    expect(mimeOf(zipEntry('mimetype', 'application/epub+zip'))).toBe('application/epub+zip');
    expect(mimeOf(zipEntry('photos/1.jpg'), 'backup.zip')).toBe('application/zip');
    expect(mimeOf(zipEntry('photos/1.jpg'), 'report.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('knows images, audio and video', () => {
    expect(mimeOf(b([0x89], 'PNG\r\n', [0x1a, 0x0a], 'rest'))).toBe('image/png');
    expect(mimeOf(b('GIF89a....'))).toBe('image/gif');
    expect(mimeOf(b('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(mimeOf(b([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'))).toBe('image/heic');
    expect(mimeOf(b([0, 0, 0, 0x18], 'ftypisom', [0, 0, 2, 0], 'isomiso2avc1mp41'))).toBe('video/mp4');
    expect(mimeOf(b([0, 0, 0, 0x14], 'ftypqt  ', [0, 0, 2, 0], 'qt  '))).toBe('video/quicktime');
    expect(mimeOf(b('ID3', [4, 0, 0]))).toBe('audio/mpeg');
    // Text that starts like a signature is text.
    expect(mimeOf(b('ID3 tags of the seized files are listed below.'))).not.toBe('audio/mpeg');
    expect(mimeOf(b('MZ: Mukhtar Zhaksybekov, interview notes, page one of the file. '.repeat(2)))).not.toContain('executable');
    expect(mimeOf(b('The suspect e-mailed a file named %PDF-report.txt to himself.'))).not.toBe('application/pdf');
    expect(mimeOf(b([0xff, 0xfb, 0x90, 0x64]))).toBe('audio/mpeg');
    expect(mimeOf(b('OggS', [0, 2]))).toBe('audio/ogg');
    expect(mimeOf(b('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('knows executables: PE, ELF, Mach-O (thin and universal) and Java classes', () => {
    const pe = Buffer.alloc(0x100);
    pe.write('MZ', 0, 'latin1');
    pe.writeUInt32LE(0x80, 0x3c);
    pe.write('PE\u0000\u0000', 0x80, 'latin1');
    expect(detectType(pe, 'setup.exe')).toEqual({
      mime: 'application/vnd.microsoft.portable-executable',
      label: 'Windows executable (PE)',
      isText: false,
    });
    pe.writeUInt16LE(0x2102, 0x80 + 22);
    expect(detectType(pe, 'x').label).toBe('Windows DLL (PE)');
    expect(mimeOf(b([0x7f], 'ELF', [2, 1, 1]))).toBe('application/x-elf');
    expect(mimeOf(b([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]))).toBe('application/x-mach-binary');
    expect(detectType(b([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2]), 'x').label).toBe('Mach-O universal binary (macOS/iOS)');
    expect(mimeOf(b([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52]))).toBe('application/java-vm');
  });

  it('knows compressed archives, plists and the OLE2 family', () => {
    expect(mimeOf(b([0x1f, 0x8b, 8, 0]))).toBe('application/gzip');
    expect(mimeOf(b('7z', [0xbc, 0xaf, 0x27, 0x1c, 0, 4]))).toBe('application/x-7z-compressed');
    expect(mimeOf(b('Rar!', [0x1a, 0x07, 0x01, 0x00]))).toBe('application/vnd.rar');
    expect(mimeOf(b('BZh91AY&SY'))).toBe('application/x-bzip2');
    expect(mimeOf(b([0xfd], '7zXZ', [0]))).toBe('application/x-xz');
    expect(mimeOf(b('bplist00', [0xd1, 1, 2]))).toBe('application/x-bplist');
    expect(
      detectType(
        b(
          '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "x">\n<plist version="1.0"><dict/></plist>',
        ),
        'Info',
      ),
    ).toEqual({
      mime: 'application/x-plist',
      label: 'XML property list (plist)',
      isText: true,
    });
    const ole = b([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Array(100).fill(0));
    expect(mimeOf(ole, 'old.doc')).toBe('application/msword');
    expect(mimeOf(ole, 'mail.msg')).toBe('application/vnd.ms-outlook');
    expect(mimeOf(ole, 'unknown')).toBe('application/x-ole-storage');
  });

  it('tells text flavours apart and uses the extension only for plain text', () => {
    expect(mimeOf(b('<!DOCTYPE html>\n<html><head><title>x</title></head></html>'))).toBe('text/html');
    expect(mimeOf(b('<html lang="ru">\n<body>Привет</body></html>'))).toBe('text/html');
    expect(mimeOf(Buffer.from('[{"id": 1}]'))).toBe('application/json');
    expect(mimeOf(Buffer.from('Просто текст, без структуры.\n'), 'note')).toBe('text/plain');
    expect(mimeOf(Buffer.from('a,b\n1,2\n'), 'table.csv')).toBe('text/csv');
    expect(mimeOf(Buffer.from('{\\rtf1\\ansi text}'))).toBe('application/rtf');
    expect(detectType(Buffer.from('{"a": 1}'), 'photo.jpg').mime).toBe('application/json'); // content beats the name
  });

  it('calls random bytes binary and an empty file empty', () => {
    const noise = Buffer.alloc(4096);
    let seed = 3;
    for (let i = 0; i < noise.length; i++) noise[i] = (seed = (seed * 1103515245 + 12345) % 2147483648) >> 16;
    expect(detectType(noise, 'x.txt')).toEqual({ mime: 'application/octet-stream', label: 'Unknown binary data', isText: false });
    expect(detectType(new Uint8Array(0), 'x.txt')).toEqual({ mime: 'application/x-empty', label: 'Empty file', isText: false });
  });
});
