// Hash banks end to end on SQLite or PostgreSQL: plain, CSV and NSRL RDS v3 imports (bad lines reported, never
// dropped silently), matching of processed items by digest and by PDQ (dihedral variants, quality floor), banks
// imported after processing reaching existing items, the protected viewer's role, level and justification rules,
// the case export, and a ledger that still verifies.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pdqHash } from '@tamga/analysis';
import { createBank, importIntoBank, ingestPath, type Actor, type EvidenceItem, type HashBank } from '@tamga/core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bankSourceFromPath } from './hash-bank-source';
import { errorCode, startTestApp, type TestApp } from './test-app';
import { actorFor, openTestCase, type TestCase } from './test-case';
import { startWorker } from './worker/worker';

const SAMPLES = resolve(import.meta.dirname, '../../../../shared/samples');
const require = createRequire(import.meta.url);

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const md5 = (bytes: Uint8Array | string) => createHash('md5').update(bytes).digest('hex');
const sha1 = (bytes: Uint8Array | string) => createHash('sha1').update(bytes).digest('hex');

/** An NSRL RDS v3 release in miniature, with the official table and column names (FORMATS.md §8.2). */
function buildNsrl(path: string, files: Array<{ bytes: string; name: string; packageId: number }>): void {
  const SQLite = require('better-sqlite3') as new (path: string) => { exec(sql: string): void; close(): void };
  const db = new SQLite(path);
  const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
  try {
    db.exec(`
      CREATE TABLE VERSION (version VARCHAR UNIQUE NOT NULL, build_set VARCHAR NOT NULL, build_date TIMESTAMP NOT NULL,
        release_date TIMESTAMP NOT NULL, description VARCHAR NOT NULL);
      CREATE TABLE MFG (manufacturer_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL);
      CREATE TABLE OS (operating_system_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, version VARCHAR NOT NULL, manufacturer_id INTEGER NOT NULL);
      CREATE TABLE PKG (package_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, version VARCHAR NOT NULL, operating_system_id INTEGER NOT NULL,
        manufacturer_id INTEGER NOT NULL, language VARCHAR NOT NULL, application_type VARCHAR NOT NULL);
      CREATE TABLE FILE (sha256 VARCHAR NOT NULL, sha1 VARCHAR NOT NULL, md5 VARCHAR NOT NULL, crc32 VARCHAR NOT NULL,
        file_name VARCHAR NOT NULL, file_size INTEGER NOT NULL, package_id INTEGER NOT NULL,
        CONSTRAINT PK_FILE__FILE PRIMARY KEY (sha256, sha1, md5, crc32, file_name, file_size, package_id));
      CREATE VIEW DISTINCT_HASH AS SELECT DISTINCT sha256, sha1, md5, crc32 FROM FILE;
      INSERT INTO VERSION VALUES ('2025.03.1', 'modern minimal', '2025-03-01', '2025-03-15', 'test release');
      INSERT INTO MFG VALUES (1, 'Example Corp');
      INSERT INTO OS VALUES (1, 'Windows', '11', 1);
      INSERT INTO PKG VALUES (7, 'Example Tool', '1.2', 1, 1, 'English', 'Utility');
    `);
    for (const f of files) {
      db.exec(
        `INSERT INTO FILE VALUES (${q(sha256(f.bytes).toUpperCase())}, ${q(sha1(f.bytes).toUpperCase())}, ${q(md5(f.bytes).toUpperCase())}, 'DEADBEEF', ${q(f.name)}, ${f.bytes.length}, ${f.packageId})`,
      );
    }
  } finally {
    db.close();
  }
}

describe('hash banks and matching', { timeout: 240_000 }, () => {
  let t: TestApp;
  let c: TestCase;
  let admin: Actor;
  let dir: string;
  let items: EvidenceItem[];
  const banks: Record<string, HashBank> = {};
  const TOOL = 'MZ this is a known remote-access tool, listed in NSRL\n';
  const NOTE = 'a note nobody has listed\n';

  const byName = (name: string) => items.find((i) => i.name === name)!;

  /** Runs the worker until nothing is queued or running: processing, analysis and matching. */
  async function drain() {
    const worker = startWorker(t.context, { pollMs: 10 });
    try {
      for (let i = 0; i < 4000; i++) {
        const counts = await t.context.deps.jobs.counts();
        if (counts.queued + counts.running === 0) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error('jobs did not finish');
    } finally {
      await worker.stop();
    }
  }

  async function importFile(bankName: string, path: string, options: Parameters<typeof importIntoBank>[4] = {}) {
    return importIntoBank(t.context.deps, admin, banks[bankName]!.id, bankSourceFromPath(path), options);
  }

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t);
    const adminUser = (await t.admin.call('session')) as { user: { id: string } };
    admin = actorFor(adminUser.user.id, 'admin', 'admin');
    dir = join(t.database.dir, 'hash-banks');
    mkdirSync(join(dir, 'evidence'), { recursive: true });
    for (const name of ['bridge-1-original.jpg', 'shrink-a-lot.jpg', 'q0003.jpg', 'small.jpg']) {
      copyFileSync(join(SAMPLES, 'pdq', name), join(dir, 'evidence', name));
    }
    copyFileSync(join(SAMPLES, 'exif', 'Canon_40D.jpg'), join(dir, 'evidence', 'Canon_40D.jpg'));
    writeFileSync(join(dir, 'evidence', 'rat.exe'), TOOL);
    writeFileSync(join(dir, 'evidence', 'note.txt'), NOTE);
    writeFileSync(join(dir, 'evidence', 'empty.bin'), '');

    for (const [name, meaning] of [
      ['TERROR_PDQ', 'known-terrorist'],
      ['ILLEGAL_SHA256', 'known-illegal'],
      ['NSRL_TEST', 'known-software'],
      ['PARTNER_CSV', 'case-specific'],
    ] as const) {
      banks[name] = await createBank(t.context.deps, admin, { name, meaning, source: 'test feed', licence: 'TLP:AMBER' });
    }
  });
  afterAll(() => t?.close());

  it('only the administrator creates banks; names are checked; everyone signed in lists them', async () => {
    expect(
      await errorCode(c.lead.client.call('createBank', { body: { name: 'MINE', meaning: 'known-illegal', source: 's', licence: 'l' } })),
    ).toBe('ROLE_FORBIDDEN');
    expect(
      await errorCode(t.admin.call('createBank', { body: { name: 'lower case', meaning: 'known-illegal', source: 's', licence: 'l' } })),
    ).toBe('VALIDATION_FAILED');
    expect(
      await errorCode(t.admin.call('createBank', { body: { name: 'TERROR_PDQ', meaning: 'known-illegal', source: 's', licence: 'l' } })),
    ).toBe('BANK_NAME_TAKEN');
    const { banks: listed } = await c.lead.client.call('listBanks');
    expect(listed.map((b) => b.name)).toEqual(['ILLEGAL_SHA256', 'NSRL_TEST', 'PARTNER_CSV', 'TERROR_PDQ']);
    expect((await c.lead.client.call('getBank', { params: { bankId: 'NSRL_TEST' } })).meaning).toBe('known-software');
  });

  it('imports a plain SHA-256 list, reporting bad lines by number and ignoring the empty-file hash', async () => {
    const shrink = readFileSync(join(SAMPLES, 'pdq', 'shrink-a-lot.jpg'));
    const list = join(dir, 'illegal.txt');
    writeFileSync(
      list,
      [
        '# known-illegal sample list',
        '',
        `${sha256(shrink).toUpperCase()}  shrink-a-lot.jpg`,
        'not-a-hash',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        'abc123',
        sha256('something else'),
        `${sha256('something else')}`,
      ].join('\r\n'),
    );
    const result = await importFile('ILLEGAL_SHA256', list);
    expect(result).toMatchObject({ format: 'plain', version: 1, rows: 6, added: 2, duplicates: 1, emptyFileHashes: 1, invalid: 2 });
    expect(result.invalidLines.map((l) => l.line)).toEqual([4, 6]);
    expect(result.invalidLines[1]!.reason).toContain('6 hex characters');
    expect(result.fileSha256).toBe(sha256(readFileSync(list)));
    expect(result.bank.entries.sha256).toBe(2);
  });

  it('refuses a list with no valid line, changing nothing', async () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'hello\nworld\n');
    await expect(importFile('ILLEGAL_SHA256', bad)).rejects.toMatchObject({ code: 'HASH_LIST_INVALID', details: { invalid: 2 } });
    const bank = await t.context.store.transaction((tx) => tx.hashBanks.bankById(banks.ILLEGAL_SHA256!.id));
    expect(bank).toMatchObject({ version: 1, entries: { sha256: 2 } });
  });

  it('imports PDQ hashes of transformed copies (plain list with --signal pdq) and a CSV with quoted labels', async () => {
    // The bank knows a blurred copy and a mirrored copy of the bridge, not the original.
    const blurred = await pdqHash(join(SAMPLES, 'pdq', 'blur-a-lot.jpg'));
    const mirrored = await pdqHash(join(SAMPLES, 'pdq', 'bridge-5-flipx.jpg'));
    const squared = await pdqHash(
      await sharp(join(SAMPLES, 'pdq', 'bridge-1-original.jpg'))
        .resize(1004, 1004, { fit: 'fill' })
        .png()
        .toBuffer(),
    );
    const lowQuality = await pdqHash(join(SAMPLES, 'pdq', 'q0003.jpg'));
    const list = join(dir, 'terror.pdq');
    writeFileSync(list, `${blurred.hash}\n${mirrored.hash}\n${squared.hash}\n${lowQuality.hash}\n`);
    const pdq = await importFile('TERROR_PDQ', list, { signal: 'pdq' });
    expect(pdq).toMatchObject({ added: 4, invalid: 0, bySignal: { pdq: 4, sha256: 0 } });

    const csv = join(dir, 'partner.csv');
    writeFileSync(
      csv,
      ['md5,sha256,label', `${md5(NOTE)},,"Note, from partner ""A"""`, `,${sha256('unrelated')},plain label`, 'zzz,,broken', ',,'].join(
        '\n',
      ),
    );
    const result = await importFile('PARTNER_CSV', csv);
    expect(result).toMatchObject({ format: 'csv', rows: 4, added: 2, invalid: 2, bySignal: { md5: 1, sha256: 1 } });
    expect(result.invalidLines.map((l) => l.line)).toEqual([4, 5]);
  });

  it('imports an NSRL RDS v3 release built here: upper-case hashes normalised, one entry per distinct hash', async () => {
    const release = join(dir, 'RDS_2025.03.1_modern_minimal.db');
    buildNsrl(release, [
      { bytes: TOOL, name: 'rat.exe', packageId: 7 },
      { bytes: TOOL, name: 'rat-copy.exe', packageId: 7 },
      { bytes: 'another file', name: 'other.dll', packageId: 7 },
    ]);
    const result = await importFile('NSRL_TEST', release);
    expect(result).toMatchObject({ format: 'nsrl', rows: 3, added: 6, duplicates: 3, invalid: 0, fileSha256: null });
    expect(result.bank.entries).toEqual({ md5: 2, sha1: 2, sha256: 2, pdq: 0 });
    // Not a release: refused with the reason, nothing imported.
    const fake = join(dir, 'fake.db');
    const SQLite = require('better-sqlite3') as new (path: string) => { exec(sql: string): void; close(): void };
    const db = new SQLite(fake);
    db.exec('CREATE TABLE other (x)');
    db.close();
    await expect(importFile('NSRL_TEST', fake)).rejects.toMatchObject({ code: 'HASH_LIST_FORMAT' });
    expect((await t.context.store.transaction((tx) => tx.hashBanks.bankById(banks.NSRL_TEST!.id)))!.version).toBe(1);
  });

  it('matches processed items by digest and by PDQ, never low-quality or unrelated images, never the empty file', async () => {
    await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: join(dir, 'evidence') });
    await drain();
    items = await t.context.store.transaction((tx) => tx.evidence.listForCase(c.caseId));
    const result = await c.lead.client.call('caseMatches', { params: { caseId: c.caseId }, query: {} });
    const of = (name: string) => result.matches.filter((m) => m.itemId === byName(name).id);

    const bridge = of('bridge-1-original.jpg');
    expect(bridge.every((m) => m.bankName === 'TERROR_PDQ' && m.signal === 'pdq' && m.distance <= 31)).toBe(true);
    // The blurred and squared copies match as they are; the mirrored one through the flipX dihedral hash.
    expect(bridge).toHaveLength(3);
    expect(bridge.map((m) => m.variant).sort()).toEqual(['flipX', 'original', 'original']);

    const shrink = of('shrink-a-lot.jpg');
    expect(shrink.find((m) => m.signal === 'sha256')).toMatchObject({
      bankName: 'ILLEGAL_SHA256',
      meaning: 'known-illegal',
      distance: 0,
      label: 'shrink-a-lot.jpg',
    });
    expect(shrink.some((m) => m.signal === 'pdq' && m.meaning === 'known-terrorist')).toBe(true);

    expect(of('q0003.jpg')).toEqual([]);
    expect(of('small.jpg')).toEqual([]);
    expect(of('Canon_40D.jpg')).toEqual([]);
    expect(of('empty.bin')).toEqual([]);

    const tool = of('rat.exe');
    expect(tool.map((m) => m.signal).sort()).toEqual(['md5', 'sha1', 'sha256']);
    expect(tool[0]).toMatchObject({ meaning: 'known-software', label: 'rat.exe (Example Tool 1.2)' });
    expect(of('note.txt')).toMatchObject([{ bankName: 'PARTNER_CSV', signal: 'md5', label: 'Note, from partner "A"' }]);

    const flags = new Map(result.items.map((i) => [i.exhibitNumber, i]));
    const flagOf = (name: string) => flags.get(byName(name).exhibitNumber);
    expect(flagOf('bridge-1-original.jpg')).toMatchObject({ protected: true, lowPriority: false, meanings: ['known-terrorist'] });
    expect(flagOf('rat.exe')).toMatchObject({ protected: false, lowPriority: true });
    expect(flagOf('bridge-1-original.jpg')!.pdq!.quality).toBeGreaterThanOrEqual(80);
    // The low-quality images are hashed and recorded, with their quality, but never matched.
    const images = await t.context.store.transaction((tx) => tx.hashBanks.imageHashesForCase(c.caseId));
    expect(images.find((h) => h.itemId === byName('q0003.jpg').id)!.quality).toBeLessThan(50);
    expect(images.find((h) => h.itemId === byName('small.jpg').id)!.quality).toBeLessThan(50);
    expect(result.counts).toMatchObject({ protected: 2, lowPriority: 1, imagesHashed: 5, imagesBelowQuality: 2 });

    // An artefact of a flagged item carries its flags.
    const artifacts = await t.context.store.transaction((tx) =>
      tx.artifacts.list(c.caseId, { itemId: byName('bridge-1-original.jpg').id }),
    );
    if (artifacts[0]) {
      const viaArtifact = await c.lead.client.call('artifactMatches', { params: { caseId: c.caseId, artifactId: artifacts[0].id } });
      expect(viaArtifact.flags.protected).toBe(true);
    }
  });

  it('a bank imported after processing reaches the items already there, and disabling hides its flags', async () => {
    const canon = readFileSync(join(SAMPLES, 'exif', 'Canon_40D.jpg'));
    const late = await createBank(t.context.deps, admin, {
      name: 'LATE_LIST',
      meaning: 'known-illegal',
      source: 'hotline',
      licence: 'LE only',
    });
    const list = join(dir, 'late.txt');
    writeFileSync(list, `${sha1(canon)}\n`);
    await importIntoBank(t.context.deps, admin, late.id, bankSourceFromPath(list));
    await drain();
    const after = await c.lead.client.call('caseMatches', { params: { caseId: c.caseId }, query: { itemId: byName('Canon_40D.jpg').id } });
    expect(after.matches).toMatchObject([{ bankName: 'LATE_LIST', signal: 'sha1' }]);

    await t.admin.call('setBankEnabled', { params: { bankId: late.id }, body: { enabled: false, reason: 'list withdrawn' } });
    const hidden = await c.lead.client.call('caseMatches', { params: { caseId: c.caseId }, query: { itemId: byName('Canon_40D.jpg').id } });
    expect(hidden.matches).toEqual([]);
    expect(await errorCode(c.lead.client.call('setBankEnabled', { params: { bankId: late.id }, body: { enabled: true } }))).toBe(
      'ROLE_FORBIDDEN',
    );
  });

  it('reveals a flagged image only to an entitled role with contribute access and a justification, as an access event', async () => {
    const bridge = byName('bridge-1-original.jpg').id;
    const member = async (username: string, role: string, level: 'read' | 'contribute') => {
      const u = await t.user(username, role);
      await c.lead.client.call('setMember', { params: { caseId: c.caseId, userId: u.id }, body: { level } });
      return u;
    };
    const prosecutor = await member('prosecutor-1', 'prosecutor', 'read');
    const readingExaminer = await member('examiner-read', 'examiner', 'read');
    const examiner = await member('examiner-1', 'examiner', 'contribute');
    const reveal = (client: typeof c.lead.client, justification: string) =>
      client.call('revealImage', { params: { caseId: c.caseId, itemId: bridge }, body: { justification } });

    // Counts, hashes and the blurred placeholder are for every member.
    const placeholder = await prosecutor.client.call('imagePlaceholder', { params: { caseId: c.caseId, itemId: bridge } });
    expect(placeholder.flags.protected).toBe(true);
    expect(placeholder.image.width).toBeLessThanOrEqual(256);
    expect((await prosecutor.client.call('caseMatches', { params: { caseId: c.caseId }, query: {} })).counts.protected).toBe(2);

    expect(await errorCode(reveal(prosecutor.client, 'court preparation'))).toBe('ROLE_FORBIDDEN');
    expect(await errorCode(reveal(readingExaminer.client, 'classification'))).toBe('ACCESS_LEVEL_TOO_LOW');
    expect(await errorCode(reveal(examiner.client, '  '))).toBe('JUSTIFICATION_REQUIRED');
    // A short one is told the minimum, as reading the original bytes is.
    await expect(reveal(examiner.client, 'QA')).rejects.toMatchObject({
      code: 'JUSTIFICATION_REQUIRED',
      message: 'The justification is too short (2 characters): state why you need to see this image in at least 3 characters',
    });
    // Nor around the viewer: the original bytes follow the same rule.
    expect(await errorCode(prosecutor.client.raw(`/api/cases/${c.caseId}/evidence/${bridge}/content?justification=court`))).toBe(
      'ROLE_FORBIDDEN',
    );

    const shown = await reveal(examiner.client, 'Classification of seized propaganda, ticket 42');
    expect(shown.image.contentType).toBe('image/jpeg');
    expect(shown.sha256).toBe(byName('bridge-1-original.jpg').digests!.sha256);
    expect(Buffer.from(shown.image.base64, 'base64').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    const events = await c.lead.client.call('caseLedger', { params: { caseId: c.caseId }, query: { limit: 1000 } });
    const revealEvent = events.events.find((e) => e.action === 'evidence.image_revealed');
    expect(revealEvent).toMatchObject({
      actorName: 'examiner-1',
      targetId: bridge,
      justification: 'Classification of seized propaganda, ticket 42',
      details: { protected: true, meanings: ['known-terrorist'] },
    });
    // A not-flagged image is just content: a justified read by any member.
    const canon = await prosecutor.client.call('revealImage', {
      params: { caseId: c.caseId, itemId: byName('Canon_40D.jpg').id },
      body: { justification: 'exhibit list' },
    });
    expect(canon.flags.protected).toBe(false);
  });

  it("exports the case's own hashes as a bank CSV that imports again, and the ledger verifies", async () => {
    const exported = await c.lead.client.call('exportCaseHashes', { params: { caseId: c.caseId }, query: { purpose: 'for partner unit' } });
    const lines = exported.csv.trim().split('\n');
    expect(lines[0]).toBe('md5,sha1,sha256,pdq,label');
    const bridge = byName('bridge-1-original.jpg');
    const row = lines.find((l) => l.includes(bridge.digests!.sha256))!;
    expect(row.split(',')[3]).toMatch(/^[0-9a-f]{64}$/);
    // The empty file is left out, and low-quality PDQ never leaves the case.
    expect(exported.rows).toBe(items.filter((i) => i.digests && i.digests.size > 0).length);
    expect(lines.find((l) => l.includes(byName('q0003.jpg').digests!.sha256))!.split(',')[3]).toBe('');
    expect(exported.sha256).toBe(sha256(exported.csv));

    const file = join(dir, exported.fileName);
    writeFileSync(file, exported.csv);
    const partner = await createBank(t.context.deps, admin, {
      name: 'FROM_PARTNER',
      meaning: 'case-specific',
      source: 'partner',
      licence: 'TLP:RED',
    });
    const imported = await importIntoBank(t.context.deps, admin, partner.id, bankSourceFromPath(file));
    expect(imported.invalid).toBe(0);
    expect(imported.bySignal.sha256).toBe(exported.rows);

    const ledger = await t.admin.call('ledger', { query: { limit: 1000 } }).catch(() => null);
    expect(ledger).toBeNull(); // the admin does not read the whole ledger; the auditor does
    const auditor = await t.user('auditor-1', 'auditor');
    const actions = (await auditor.client.call('ledger', { query: { limit: 1000 } })).events.map((e) => e.action);
    for (const action of [
      'bank.created',
      'bank.imported',
      'bank.import_failed',
      'bank.disabled',
      'evidence.hash_matched',
      'case.hashes_exported',
    ]) {
      expect(actions, action).toContain(action);
    }
    expect((await t.admin.call('verifyLedger', { body: {} })).ok).toBe(true);
  });
});
