import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DETECT } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { chromiumHistoryParser } from './chromium-history-parser';
import { firefoxPlacesParser } from './firefox-places-parser';
import { sqliteFixture } from './sqlite-fixture';

async function sample(): Promise<string> {
  const path = new URL('../../../../../shared/samples/browser/plaso_firefox_places.sqlite', import.meta.url).pathname;
  expect(
    createHash('sha256')
      .update(await readFile(path))
      .digest('hex'),
  ).toBe('cd37cc6891ede23c98c6f68395b5aa4c9cc24aff7268d5a6414fab8ae17a4849');
  return path;
}

describe('firefoxPlacesParser', () => {
  it('detects places.sqlite by name when its schema lies past the head, and by schema otherwise', async () => {
    const probe = await probeOf(await sample());
    // In this sample sqlite_master's pages sit past the first 64 KiB, so only the name can tell.
    expect(firefoxPlacesParser.detect(probe)).toBe(DETECT.LIKELY);
    expect(firefoxPlacesParser.detect({ ...probe, name: 'x.bin' })).toBe(DETECT.NO);
    expect(chromiumHistoryParser.detect(probe)).toBe(DETECT.NO);
    const schema = new TextEncoder().encode(
      'SQLite format 3\u0000 … CREATE TABLE moz_places (id INTEGER) … CREATE TABLE moz_historyvisits (id INTEGER)',
    );
    expect(firefoxPlacesParser.detect({ head: schema, name: 'x.bin', size: 100 })).toBe(DETECT.CERTAIN);
  });

  it('reads the only visit, joined with its place, in exact PRTime', async () => {
    const run = await runParser(firefoxPlacesParser, await sample());
    expect(run.artifacts).toHaveLength(1);
    expect(run.artifacts[0]).toEqual({
      type: 'web_visit',
      key: 'visits:1',
      time: { utc: '2011-07-01T11:16:21.371935Z', zone: 'UTC', raw: '1309518981371935' },
      text: 'Google News\nhttp://news.google.com/',
      fields: {
        browser: 'firefox',
        url: 'http://news.google.com/',
        title: 'Google News',
        host: 'news.google.com',
        revHost: 'moc.elgoog.swen.',
        placeId: 92,
        fromVisit: 0,
        visitType: 2,
        visitTypeName: 'TYPED',
        session: 2,
        placeVisitCount: 1,
        placeTyped: true,
        placeHidden: false,
        frecency: 2000,
        placeLastVisitDate: '2011-07-01T11:16:21.371935Z',
      },
      locator: { table: 'moz_historyvisits', row: 1 },
    });
    // Bookmarks are not emitted; the reviewer is told they exist (91 of type 1).
    expect(run.warnings).toEqual(['91 bookmark(s) in moz_bookmarks were not read: bookmarks are not emitted as artefacts yet']);
  });

  it('survives truncated, corrupted and random variants', async () => {
    const outcomes = await expectRobust(firefoxPlacesParser, await readFile(await sample()), { name: 'places.sqlite' });
    expect(outcomes).toHaveLength(14);
  });
  it('reads downloads from their annotations: source URL, target path, state, end time and size', async () => {
    const path = await sqliteFixture(
      'places.sqlite',
      `CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT, rev_host TEXT);
       CREATE TABLE moz_historyvisits (id INTEGER PRIMARY KEY, from_visit INTEGER, place_id INTEGER, visit_date INTEGER, visit_type INTEGER);
       CREATE TABLE moz_anno_attributes (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL);
       CREATE TABLE moz_annos (id INTEGER PRIMARY KEY, place_id INTEGER NOT NULL, anno_attribute_id INTEGER, content TEXT,
         flags INTEGER DEFAULT 0, expiration INTEGER DEFAULT 0, type INTEGER DEFAULT 0, dateAdded INTEGER DEFAULT 0, lastModified INTEGER DEFAULT 0);
       INSERT INTO moz_places VALUES (1, 'https://files.example.kz/report.pdf', NULL, 'zk.elpmaxe.selif.');
       INSERT INTO moz_historyvisits VALUES (1, 0, 1, 1709629200123456, 7);
       INSERT INTO moz_anno_attributes VALUES (1, 'downloads/destinationFileURI'), (2, 'downloads/metaData');
       INSERT INTO moz_annos (id, place_id, anno_attribute_id, content, dateAdded) VALUES
         (10, 1, 1, 'file:///home/aigerim/Downloads/%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf', 1709629200123456),
         (11, 1, 2, '{"state":1,"endTime":1709629205000,"fileSize":48213,"deleted":true}', 1709629205000000);`,
    );
    const run = await runParser(firefoxPlacesParser, path);
    expect(run.warnings).toEqual([]);
    const download = run.artifacts.find((a) => a.type === 'download');
    expect(download).toMatchObject({
      key: 'moz_annos:10',
      time: { utc: '2024-03-05T09:00:00.123456Z', zone: 'UTC' },
      text: '/home/aigerim/Downloads/отчёт.pdf',
      fields: {
        browser: 'firefox',
        url: 'https://files.example.kz/report.pdf',
        targetPath: '/home/aigerim/Downloads/отчёт.pdf',
        state: 1,
        stateName: 'finished',
        endTime: '2024-03-05T09:00:05.000000Z',
        totalBytes: 48213,
        fileDeleted: true,
      },
      locator: { table: 'moz_annos', row: 10 },
    });
  });
});
