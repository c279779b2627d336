import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECT, type ArtifactDraft, type ArtifactTime } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { chromiumHistoryParser } from './chromium-history-parser';
import { safariHistoryParser } from './safari-history-parser';
import { firefoxPlacesParser } from './firefox-places-parser';
import { sqliteFixtureSteps, sqliteFixtureWithWal } from './sqlite-fixture';

async function sample(name: string, sha256: string): Promise<string> {
  const path = new URL(`../../../../../shared/samples/browser/${name}`, import.meta.url).pathname;
  expect(
    createHash('sha256')
      .update(await readFile(path))
      .digest('hex'),
  ).toBe(sha256);
  return path;
}

const PLASO = ['plaso_chrome_History', 'c184fd5fdf72b75c26f8bb816619f04892e776ae6e2f5512f796d9807a12fbb3'] as const;
const HINDSIGHT = ['hindsight_chrome_v30_History', '10ba7a1d6cd6ff8529123a9c22370432a70777869c20954a321b8c86096d5f75'] as const;

type Found = ArtifactDraft & { fields: Record<string, unknown>; time: ArtifactTime };
const byKey = (run: { artifacts: ArtifactDraft[] }, key: string) => run.artifacts.find((a) => a.key === key) as Found;

describe('chromiumHistoryParser', () => {
  it('detects Chromium History by magic and schema, and only by name when the schema is not in the head', async () => {
    const path = await sample(...PLASO);
    const probe = await probeOf(path);
    expect(chromiumHistoryParser.detect(probe)).toBe(DETECT.CERTAIN);
    expect(firefoxPlacesParser.detect(probe)).toBe(DETECT.NO);
    expect(safariHistoryParser.detect(probe)).toBe(DETECT.NO);
    const bare = { head: probe.head.subarray(0, 100), name: 'History', size: probe.size };
    expect(chromiumHistoryParser.detect(bare)).toBe(DETECT.LIKELY);
    expect(chromiumHistoryParser.detect({ ...bare, name: 'notes.db' })).toBe(DETECT.NO);
    expect(chromiumHistoryParser.detect({ ...bare, head: new TextEncoder().encode('hello') })).toBe(DETECT.NO);
  });

  it('reads the 2011 old-schema History: 69 visits, visit_source, search terms, Unix-second downloads', async () => {
    const run = await runParser(chromiumHistoryParser, await sample(...PLASO));
    const visits = run.artifacts.filter((a) => a.type === 'web_visit');
    const downloads = run.artifacts.filter((a) => a.type === 'download');
    expect(visits).toHaveLength(69);
    expect(downloads).toHaveLength(2);
    expect(run.warnings).toEqual([]);

    const first = byKey(run, 'visits:1');
    expect(first.time).toEqual({ utc: '2011-04-07T12:03:11.000000Z', zone: 'UTC', raw: '12946651391000000' });
    expect(first.locator).toEqual({ table: 'visits', row: 1 });
    expect(first.fields).toMatchObject({
      url: 'http://start.ubuntu.com/10.04/Google/',
      title: 'Ubuntu Start Page',
      urlVisitCount: 4,
      urlTypedCount: 0,
      urlLastVisitTime: '2011-04-07T12:03:11.000000Z',
      transition: { raw: 805306368, hex: '0x30000000', core: 'LINK', qualifiers: ['CHAIN_START', 'CHAIN_END'] },
      visitSource: 'FIREFOX_IMPORTED',
      visitSourceCode: 3,
      notFromThisDevice: true,
    });
    expect(visits.filter((v) => v.fields!.visitSourceCode === 3)).toHaveLength(15);
    expect(visits.filter((v) => v.fields!.visitSource === 'BROWSED')).toHaveLength(54);

    // 64-bit exactness: a JS number would give …944.
    const odd = byKey(run, 'visits:21');
    expect(odd.time.utc).toBe('2011-05-23T08:34:30.990943Z');
    expect(odd.fields.url).toBe('http://www.google.ch/blank.html');
    expect(odd.fields.transition).toMatchObject({ hex: '0x30000003', core: 'AUTO_SUBFRAME' });
    const utcs = visits.map((v) => v.time!.utc).sort();
    expect(utcs[0]).toBe('2011-04-07T12:03:11.000000Z');
    expect(utcs.at(-1)).toBe('2011-05-23T08:37:27.061516Z');

    const terms = visits.flatMap((v) => (v.fields!.searchTerms as string[] | undefined) ?? []);
    expect(new Set(terms)).toEqual(new Set(['funny cats', 'really really funny cats', 'funnycats.exe']));

    expect(byKey(run, 'downloads:1')).toMatchObject({
      type: 'download',
      time: { utc: '2011-05-23T08:35:30.000000Z', zone: 'UTC', raw: '1306139730' },
      text: '/home/john/Downloads/funcats_scr.exe',
      fields: {
        schema: 'old',
        url: 'http://fatloss4idiotsx.com/download/funcats/funcats_scr.exe',
        startTimeUnit: 'unix_seconds',
        receivedBytes: 1132155,
        totalBytes: 1132155,
        state: 1,
        stateName: 'COMPLETE',
      },
      locator: { table: 'downloads', row: 1 },
    });
    expect(byKey(run, 'downloads:2')).toMatchObject({
      time: { utc: '2011-05-23T08:36:05.000000Z' },
      text: '/home/john/Downloads/Cats Demo.exe',
      fields: { url: 'http://www.photoscreensavers.us/Cats%20Demo.exe', totalBytes: 1308799, state: 1 },
    });
  });

  it('reads the Chrome 30 History: WebKit downloads with URL chains, signed transitions, durations', async () => {
    const run = await runParser(chromiumHistoryParser, await sample(...HINDSIGHT));
    const visits = run.artifacts.filter((a) => a.type === 'web_visit');
    expect(visits).toHaveLength(46);
    expect(visits.every((v) => v.fields!.visitSource === 'BROWSED' && v.fields!.notFromThisDevice === false)).toBe(true);
    const utcs = visits.map((v) => v.time!.utc).sort();
    expect([utcs[0], utcs.at(-1)]).toEqual(['2013-10-02T23:14:40.644712Z', '2013-10-02T23:23:53.997260Z']);

    expect(byKey(run, 'visits:5')).toMatchObject({
      time: { utc: '2013-10-02T23:15:13.326712Z', zone: 'UTC', raw: '13025229313326712' },
      fields: {
        url: 'http://en.wikipedia.org/wiki/Computer_forensics',
        transition: { raw: 1610612736, hex: '0x60000000', core: 'LINK', qualifiers: ['CHAIN_END', 'CLIENT_REDIRECT'] },
        visitDurationMicros: 144798332,
      },
    });
    expect(byKey(run, 'visits:3').fields.transition).toEqual({
      raw: -1610612730,
      hex: '0xA0000006',
      core: 'AUTO_TOPLEVEL',
      qualifiers: ['CHAIN_END', 'SERVER_REDIRECT'],
    });
    expect(visits.filter((v) => (v.fields!.transition as { raw: number }).raw < 0)).toHaveLength(2);
    expect(byKey(run, 'visits:15').time.utc).toBe('2013-10-02T23:19:55.381769Z');

    const terms = visits.flatMap((v) => (v.fields!.searchTerms as string[] | undefined) ?? []);
    expect(new Set(terms)).toEqual(
      new Set(['computer forensics', '3 tb hard drive', 'file system forensic analysis', 'facebook bill gates', 'twitter colbert']),
    );

    const hardDisk = 'http://upload.wikimedia.org/wikipedia/commons/7/7a/Hard_disk.jpg';
    expect(byKey(run, 'downloads:1')).toMatchObject({
      time: { utc: '2013-10-02T23:17:29.397160Z', zone: 'UTC', raw: '13025229449397160' },
      text: 'C:\\Users\\Ryan\\Downloads\\Hard_disk.jpg',
      fields: {
        schema: 'current',
        currentPath: 'C:\\Users\\Ryan\\Downloads\\Hard_disk.jpg',
        targetPath: 'C:\\Users\\Ryan\\Downloads\\Hard_disk.jpg',
        endTime: '2013-10-02T23:17:36.367044Z',
        receivedBytes: 1387537,
        totalBytes: 1387537,
        state: 1,
        dangerType: 0,
        referrer: hardDisk,
        url: hardDisk,
        urlChain: [hardDisk],
        startTimeUnit: 'webkit_us',
      },
    });
    expect(byKey(run, 'downloads:2')).toMatchObject({
      time: { utc: '2013-10-02T23:19:38.984769Z' },
      text: 'C:\\Users\\Ryan\\Desktop\\ssd.jpg',
      fields: { totalBytes: 1362789, endTime: '2013-10-02T23:19:44.789769Z' },
    });
  });

  it('reads a History with a damaged page: the rows on it are lost or read without their URL, the rest is kept', async () => {
    const bytes = await readFile(await sample(...HINDSIGHT));
    const pageSize = bytes.readUInt16BE(16);
    const damaged = async (page: number) => {
      const copy = Buffer.from(bytes).fill(0xff, (page - 1) * pageSize, page * pageSize);
      const path = join(await mkdtemp(join(tmpdir(), 'tamga-damaged-')), 'History');
      await writeFile(path, copy);
      const run = await runParser(chromiumHistoryParser, path);
      const visits = run.artifacts.filter((a) => a.key.startsWith('visits:'));
      return { run, visits, downloads: run.artifacts.filter((a) => a.type === 'download') };
    };
    // Page 25 holds rows of urls: every visit is kept, 18 of them without their URL.
    const urls = await damaged(25);
    expect(urls.visits).toHaveLength(46);
    expect(urls.visits.filter((v) => v.fields!.urlRowUnreadable === true)).toHaveLength(18);
    expect(urls.downloads).toHaveLength(2);
    // The reason in brackets is SQLite's own wording.
    expect(urls.run.warnings).toEqual([
      expect.stringMatching(/^visits: the database is damaged \(.+\); the rest was read: 18 read without the rows they refer to$/),
    ]);
    // Page 12 holds the downloads: they are lost, the visits are not.
    const downloads = await damaged(12);
    expect(downloads.visits).toHaveLength(46);
    expect(downloads.run.warnings).toEqual([
      expect.stringMatching(/^downloads: the database is damaged \(.+\); the rest of this table was not read$/),
    ]);
  });

  it('reads the rows still in the write-ahead log taken in beside the database', async () => {
    const visit = (id: number) => `INSERT INTO visits VALUES (${id}, 1, ${13025229595381769n + BigInt(id)}, 805306368);`;
    const { path, wal } = await sqliteFixtureWithWal(
      'History',
      `CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT, title TEXT); CREATE TABLE visits (id INTEGER PRIMARY KEY, url INTEGER, visit_time INTEGER, transition INTEGER);
       INSERT INTO urls VALUES (1, 'https://example.kz/', 'Example'); ${visit(1)} ${visit(2)}`,
      `${visit(3)} ${visit(4)} ${visit(5)}`,
    );
    const keys = (run: { artifacts: ArtifactDraft[] }) => run.artifacts.map((a) => a.key);
    const alone = await runParser(chromiumHistoryParser, path);
    expect(keys(alone)).toEqual(['visits:1', 'visits:2']);
    expect(alone.warnings).toEqual([]);
    const withLog = await runParser(chromiumHistoryParser, path, { companions: { '-wal': wal } });
    expect(keys(withLog)).toEqual(['visits:1', 'visits:2', 'visits:3', 'visits:4', 'visits:5']);
    expect(withLog.warnings).toEqual([
      'read together with its write-ahead log EXH-TEST-wal: rows committed there but not yet in this file are included',
    ]);
    // The evidence itself is untouched: the log is applied to a private copy.
    expect(keys(await runParser(chromiumHistoryParser, path))).toEqual(['visits:1', 'visits:2']);
  });

  it('skips a damaged page in the middle of a table and goes on with the rows after it', async () => {
    const { path, pageSize, pagesAfter } = await sqliteFixtureSteps('History', [
      'CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT, title TEXT); CREATE TABLE visits (id INTEGER PRIMARY KEY, url INTEGER, visit_time INTEGER, transition INTEGER);',
      "INSERT INTO urls VALUES (1, 'https://example.kz/', 'Example');",
      'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) INSERT INTO visits SELECT i, 1, 13025229595381769 + i, 805306368 FROM n;',
    ]);
    const [, urlsEnd, visitsEnd] = pagesAfter as [number, number, number];
    const page = Math.floor((urlsEnd + 1 + visitsEnd) / 2);
    const bytes = await readFile(path);
    await writeFile(path, bytes.fill(0xff, (page - 1) * pageSize, page * pageSize));
    const run = await runParser(chromiumHistoryParser, path);
    const ids = run.artifacts.filter((a) => a.key.startsWith('visits:')).map((a) => Number(a.key.slice('visits:'.length)));
    const [, from, to] = /ids (\d+)–(\d+) could not be read/.exec(run.warnings.join('\n')) ?? [];
    expect(Number(from)).toBeGreaterThan(1);
    expect(Number(to)).toBeLessThan(3000);
    // Every id is either read or named as lost, in order and once.
    expect([...ids, ...Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => Number(from) + i)].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 3000 }, (_, i) => i + 1),
    );
  });

  it('survives truncated, corrupted and random variants', async () => {
    const bytes = await readFile(await sample(...HINDSIGHT));
    const outcomes = await expectRobust(chromiumHistoryParser, bytes, { name: 'History' });
    expect(outcomes).toHaveLength(14);
  });
});
