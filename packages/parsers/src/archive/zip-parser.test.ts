import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DETECT, LimitExceededError } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { buildZip, zerosMember, type ZipWriterEntry } from './testing/zip-writer';
import { zipParser } from './zip-parser';

const text = (s: string) => Buffer.from(s, 'utf8');

/** An Info-ZIP `UT` extra field holding a modification time in Unix seconds. */
function unixTimeExtra(seconds: number): Buffer {
  const extra = Buffer.alloc(9);
  extra.writeUInt16LE(0x5455, 0);
  extra.writeUInt16LE(5, 2);
  extra.writeUInt8(1, 4);
  extra.writeInt32LE(seconds, 5);
  return extra;
}

const ordinary: ZipWriterEntry[] = [
  { name: 'docs/', dosAttributes: 0x10 },
  {
    name: 'docs/readme.txt',
    data: 'hello, stored',
    method: 0,
    modified: { year: 2024, month: 2, day: 29, hour: 12, minute: 0, second: 0 },
  },
  { name: 'docs/report.csv', data: 'a,b\n'.repeat(500), method: 8, extra: unixTimeExtra(1_700_000_000) },
  { name: 'Фото/снимок.jpg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), method: 0 },
];

describe('archive.zip', () => {
  it('detects ZIPs by magic and steps back for specialised ZIP formats', async () => {
    const zip = buildZip(ordinary);
    expect(zipParser.detect(await probeOf(zip, 'x.bin'))).toBe(DETECT.CERTAIN);
    expect(zipParser.detect(await probeOf(buildZip([]), 'empty.zip'))).toBe(DETECT.CERTAIN);
    const docx = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w/>' },
    ]);
    expect(zipParser.detect(await probeOf(docx, 'a.docx'))).toBe(DETECT.LIKELY);
    const apk = buildZip([{ name: 'AndroidManifest.xml', data: 'binary xml' }]);
    expect(zipParser.detect(await probeOf(apk, 'a.apk'))).toBe(DETECT.LIKELY);
    expect(zipParser.detect(await probeOf(text('not a zip'), 'a.zip'))).toBe(DETECT.NAME_ONLY);
    expect(zipParser.detect(await probeOf(text('not a zip'), 'a.txt'))).toBe(DETECT.NO);
  });

  it('lists every member and extracts files with their times, sizes and offsets', async () => {
    const zip = buildZip(ordinary);
    const run = await runParser(zipParser, zip, { name: 'ordinary.zip', caseTimeZone: 'Asia/Almaty' });
    expect(run.warnings).toEqual([]);
    expect(run.children.map((c) => c.path)).toEqual(['docs/readme.txt', 'docs/report.csv', 'Фото/снимок.jpg']);
    const [readme, csv, photo] = run.children;
    expect(readme!.bytes.toString()).toBe('hello, stored');
    expect(csv!.bytes.toString()).toBe('a,b\n'.repeat(500));
    expect(photo!.bytes).toEqual(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    // DOS time is local wall time: 12:00 in Almaty on 2024-02-29 was still UTC+6.
    expect(readme!.times).toEqual({ modifiedAt: '2024-02-29T06:00:00.000000Z' });
    expect(csv!.times).toEqual({ modifiedAt: '2023-11-14T22:13:20.000000Z' });
    expect(csv!.declaredSize).toBe(2000);
    expect(csv!.compressedSize).toBeLessThan(100);
    expect(readme!.locator).toEqual({ path: 'docs/readme.txt', offset: 30 + 'docs/'.length });
    expect(zip.readUInt32LE(readme!.locator.offset!)).toBe(0x04034b50);

    expect(run.artifacts.map((a) => a.key)).toEqual(['member:0', 'member:1', 'member:2', 'member:3']);
    const dir = run.artifacts[0]!;
    expect(dir.fields).toMatchObject({ kind: 'directory', name: 'docs/' });
    const entry = run.artifacts[2]!;
    expect(entry.type).toBe('file_entry');
    expect(entry.fields).toMatchObject({
      name: 'docs/report.csv',
      kind: 'file',
      method: 8,
      methodName: 'deflated',
      declaredSize: 2000,
      encrypted: false,
      modifiedSource: 'unix-extra',
    });
    expect(entry.time).toEqual({ utc: '2023-11-14T22:13:20.000000Z', zone: null, derived: false, raw: '1700000000' });
    expect(run.artifacts[1]!.time).toEqual({
      utc: '2024-02-29T06:00:00.000000Z',
      zone: 'Asia/Almaty',
      derived: true,
      raw: '2024-02-29 12:00:00',
    });
  });

  it('reads an empty archive as empty', async () => {
    const run = await runParser(zipParser, buildZip([]));
    expect(run).toEqual({ artifacts: [], children: [], warnings: [], warned: [] });
  });

  it('neutralises traversal paths and records the raw path', async () => {
    const zip = buildZip([
      { name: '../../etc/passwd', data: 'root:x:0:0' },
      { name: '/abs/path', data: 'absolute' },
      { name: 'C:\\x', data: 'drive', method: 0 },
      { name: 'etc/passwd', data: 'same safe path' },
    ]);
    const run = await runParser(zipParser, zip);
    expect(run.children.map((c) => c.path)).toEqual(['etc/passwd', 'abs/path', 'x', 'etc/passwd (member 3)']);
    expect(run.children[0]!.notes).toMatchObject({ rawPath: '../../etc/passwd', pathNeutralised: true });
    expect(run.children[2]!.notes).toMatchObject({ rawPath: 'C:\\x', pathNeutralised: true });
    expect(run.children[3]!.notes).toMatchObject({ duplicatePath: 'etc/passwd' });
    expect(run.children[3]!.notes).not.toHaveProperty('pathNeutralised');
    expect(run.warnings.join('\n')).toContain('"../../etc/passwd"');
    expect(run.warnings.join('\n')).toContain('"/abs/path"');
    expect(run.warnings.join('\n')).toContain('"C:\\\\x"');
    expect(run.artifacts[0]!.fields).toMatchObject({ name: '../../etc/passwd', path: 'etc/passwd', pathNeutralised: true });
  });

  it('records symbolic links without following them', async () => {
    const zip = buildZip([
      { name: 'link', data: '../../../etc/shadow', method: 0, mode: 0o120777 },
      { name: 'file.txt', data: 'plain', mode: 0o100644 },
    ]);
    const run = await runParser(zipParser, zip);
    expect(run.children.map((c) => c.path)).toEqual(['file.txt']);
    expect(run.warnings).toEqual(['member "link" is a symbolic link to "../../../etc/shadow": recorded, not followed']);
    expect(run.artifacts[0]!.fields).toMatchObject({ kind: 'symlink', symlinkTarget: '../../../etc/shadow', unixMode: '120777' });
  });

  it('extracts bytes that a member marked as a folder or a link holds, and says so', async () => {
    const secret = 'x'.repeat(160);
    const zip = buildZip([
      { name: 'secret.txt', data: secret, mode: 0o040755 },
      { name: 'hidden/', data: 'behind a slash' },
      { name: 'long-link', data: 'y'.repeat(5000), mode: 0o120777 },
      { name: 'folder/', mode: 0o040755 },
    ]);
    const run = await runParser(zipParser, zip);
    expect(run.children.map((c) => [c.path, c.bytes.length])).toEqual([
      ['secret.txt', 160],
      ['hidden', 14],
      ['long-link', 5000],
    ]);
    expect(run.warnings).toEqual([
      'member "secret.txt" is marked as a folder but holds 160 bytes: extracted as a file',
      'member "hidden/" is marked as a folder but holds 14 bytes: extracted as a file',
      'member "long-link" is marked as a symbolic link but holds 5000 bytes: extracted as a file',
    ]);
    expect(run.artifacts.map((a) => [a.fields!.kind, a.fields!.claimedKind ?? null])).toEqual([
      ['file', 'directory'],
      ['file', 'directory'],
      ['file', 'symlink'],
      ['directory', null],
    ]);
  });

  it('lists encrypted members without failing the item', async () => {
    const secret = Buffer.concat([Buffer.alloc(12, 0xaa), text('ciphertext')]);
    const zip = buildZip([
      { name: 'secret.txt', method: 0, payload: secret, size: 10, flags: 0x1 },
      { name: 'open.txt', data: 'visible' },
    ]);
    const run = await runParser(zipParser, zip);
    expect(run.children.map((c) => c.path)).toEqual(['open.txt']);
    expect(run.warnings).toEqual(['member "secret.txt" is encrypted: listed, not extracted']);
    expect(run.artifacts[0]!.fields).toMatchObject({ name: 'secret.txt', encrypted: true, declaredSize: 10, compressedSize: 22 });
  });

  it('lists members in methods it cannot inflate', async () => {
    const zip = buildZip([{ name: 'a.bz2member', method: 12, payload: text('BZh9...'), size: 100 }]);
    const run = await runParser(zipParser, zip);
    expect(run.children).toEqual([]);
    expect(run.warnings[0]).toMatch(/compression method 12 \(bzip2\)/);
  });

  it('refuses a 200 MB member of zeros deflated to about 200 KB', async () => {
    const bomb = await zerosMember('zeros.bin', 200 * 1000 * 1000);
    expect(bomb.payload!.length).toBeLessThan(250_000);
    const zip = buildZip([{ name: 'note.txt', data: 'before the bomb' }, bomb]);
    const error = await runParser(zipParser, zip).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LimitExceededError);
    expect((error as Error).message).toMatch(
      /member "zeros\.bin" expands \d+-fold .*entry ratio limit \(1000\); a compression bomb is likely/,
    );
  });

  it('refuses archives past the entry count, entry size and expansion limits', async () => {
    const many = buildZip(Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.txt`, data: `file ${i}` })));
    await expect(runParser(zipParser, many, { limits: { maxEntries: 10 } })).rejects.toThrow(
      /lists 11 entries, over the entry count limit \(10\)/,
    );
    // With the figures it gives, for an interface to word the reason in its reader's language.
    await expect(runParser(zipParser, many, { limits: { maxEntries: 10 } })).rejects.toMatchObject({
      limit: 'entries',
      params: { stage: 'declared', entries: 11, limit: 10 },
    });
    await expect(runParser(zipParser, many, { limits: { maxEntries: 11 } })).resolves.toMatchObject({ children: { length: 11 } });

    const big = buildZip([{ name: 'big.txt', data: 'x'.repeat(5000) }]);
    await expect(runParser(zipParser, big, { limits: { maxEntryBytes: 4096 } })).rejects.toThrow(
      /member "big\.txt" declares 5000 bytes, over the entry size limit \(4096\)/,
    );
    const spread = buildZip(Array.from({ length: 5 }, (_, i) => ({ name: `p${i}.txt`, data: `${i}`.repeat(300_000) })));
    await expect(runParser(zipParser, spread, { limits: { maxExpansionRatio: 1 } })).rejects.toThrow(
      /by member "p3\.txt" the archive declares 1200000 bytes, over 1 times its size \(expansion ratio limit\)/,
    );
  });

  it('counts inflated bytes: a member that lies about its size fails clearly', async () => {
    const payload = deflateRawSync(Buffer.alloc(5000, 0x41));
    const zip = buildZip([{ name: 'liar.txt', method: 8, payload, size: 100, crc: 0 }]);
    await expect(runParser(zipParser, zip)).rejects.toThrow(
      /member "liar\.txt" inflates to more than the 100 bytes it declares: the archive lies about its size/,
    );
  });

  it('warns about a CRC mismatch', async () => {
    const zip = buildZip([{ name: 'bad.txt', data: 'payload', crc: 0x12345678 }]);
    const run = await runParser(zipParser, zip);
    expect(run.children[0]!.bytes.toString()).toBe('payload');
    expect(run.warnings).toEqual([expect.stringMatching(/member "bad\.txt": CRC-32 [0-9a-f]{8} does not match the declared 12345678/)]);
    expect(run.warned[0]).toMatchObject({ code: 'zip.crc_mismatch', params: { member: 'bad.txt', declared: '12345678' } });
  });

  it('fails clearly on something that is not a ZIP', async () => {
    await expect(runParser(zipParser, text('PK\u0003\u0004 and nothing else'))).rejects.toThrow(/not a readable ZIP archive/);
  });

  it('survives truncated, corrupted and random input', async () => {
    const outcomes = await expectRobust(zipParser, buildZip([...ordinary, { name: 'link', data: 'x', mode: 0o120777 }]));
    expect(outcomes).toHaveLength(14);
    expect(
      outcomes.every((o) => /: ok|: failed — (not a readable ZIP|the ZIP central directory is damaged|cannot read member)/.test(o)),
    ).toBe(true);
    // A larger archive, where most corruption lands in member data rather than in headers.
    const lines = Array.from({ length: 4000 }, (_, i) => `line ${i} ${(i * 7919) % 10007}`).join('\n');
    const larger = buildZip([
      { name: 'a.txt', data: lines },
      { name: 'b.txt', data: lines.split('').reverse().join(''), method: 0 },
    ]);
    const more = await expectRobust(zipParser, larger, { seed: 7 });
    expect(more.filter((o) => o.includes(': ok'))).not.toHaveLength(0);
  });

  it('skips a damaged member with a warning and extracts the others', async () => {
    const zip = buildZip([
      { name: 'broken.txt', method: 8, payload: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), size: 50 },
      { name: 'fine.txt', data: 'still here' },
    ]);
    const run = await runParser(zipParser, zip);
    // The harness only records a child whose content was read to the end.
    expect(run.children.map((c) => c.path)).toEqual(['fine.txt']);
    expect(run.children[0]!.bytes.toString()).toBe('still here');
    expect(run.warnings).toEqual([
      expect.stringMatching(/^member "broken\.txt" is damaged after 0 bytes: .*: the member was not extracted$/),
    ]);
  });
});
