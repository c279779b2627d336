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
    expect(run.artifacts.filter((a) => a.type === 'web_visit')).toHaveLength(1);
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
    expect(run.warnings).toEqual([]);
  });

  it('reads the 91 bookmarks (type-1 rows) with their folders, and no folder or separator, in exact PRTime', async () => {
    const run = await runParser(firefoxPlacesParser, await sample());
    const bookmarks = run.artifacts.filter((a) => a.type === 'bookmark');
    expect(bookmarks).toHaveLength(91);
    expect(run.artifacts).toHaveLength(92);
    // The 8 folders (ids 1–5, 11, 16, 23) and the 2 separators (8, 10) are structure, not artefacts.
    for (const id of [1, 2, 3, 4, 5, 8, 10, 11, 16, 23])
      expect(
        bookmarks.find((a) => a.locator.row === id),
        String(id),
      ).toBeUndefined();
    expect(new Set(bookmarks.map((a) => a.key)).size).toBe(91);
    const [six, seven] = bookmarks;
    const recentlyBookmarked =
      'place:folder=BOOKMARKS_MENU&folder=UNFILED_BOOKMARKS&folder=TOOLBAR&sort=12&excludeQueries=1' +
      '&excludeItemIfParentHasAnnotation=livemark%2FfeedURI&maxResults=10&queryType=1';
    expect(six).toEqual({
      type: 'bookmark',
      key: 'moz_bookmarks:6',
      time: { utc: '2011-07-01T11:13:59.266344Z', zone: 'UTC', raw: '1309518839266344' },
      text: `Recently Bookmarked\n${recentlyBookmarked}`,
      fields: {
        browser: 'firefox',
        bookmarkId: 6,
        title: 'Recently Bookmarked',
        url: recentlyBookmarked,
        savedQuery: true,
        folderPath: 'Bookmarks Menu',
        parentId: 2,
        position: 0,
        placeId: 1,
        lastModified: '2011-07-01T11:13:59.267198Z',
        annotations: { 'Places/SmartBookmark': 'RecentlyBookmarked' },
        other: { keyword_id: null, folder_type: null },
      },
      locator: { table: 'moz_bookmarks', row: 6 },
    });
    expect(seven).toMatchObject({
      key: 'moz_bookmarks:7',
      time: { utc: '2011-07-01T11:13:59.267420Z', zone: 'UTC', raw: '1309518839267420' },
      fields: {
        title: 'Recent Tags',
        url: 'place:sort=14&type=6&maxResults=10&queryType=1',
        savedQuery: true,
        folderPath: 'Bookmarks Menu',
        position: 1,
        lastModified: '2011-07-01T11:13:59.267631Z',
      },
      locator: { table: 'moz_bookmarks', row: 7 },
    });
    const byId = (id: number) => bookmarks.find((a) => a.locator.row === id)!.fields!;
    expect(byId(17)).toMatchObject({
      title: 'Help and Tutorials',
      url: 'http://www.mozilla.com/en-US/firefox/help/',
      folderPath: 'Bookmarks Menu/Mozilla Firefox',
    });
    expect(byId(17).savedQuery).toBeUndefined();
    expect(byId(22).folderPath).toBe('Bookmarks Toolbar');
    // The entries of the live bookmark "Latest Headlines" came from its feed, and say so.
    expect(byId(24)).toMatchObject({
      title: "'Doubts' over Strauss-Kahn case",
      folderPath: 'Bookmarks Toolbar/Latest Headlines',
      livemarkFeed: 'http://fxfeeds.mozilla.com/en-US/firefox/headlines.xml',
    });
    expect(bookmarks.filter((a) => a.fields?.livemarkFeed)).toHaveLength(78);
  });

  it('names the folders of a newer schema, keeps the guid, and tells a tag from a bookmark', async () => {
    const path = await sqliteFixture(
      'places.sqlite',
      `CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT, rev_host TEXT, guid TEXT);
       CREATE TABLE moz_historyvisits (id INTEGER PRIMARY KEY, from_visit INTEGER, place_id INTEGER, visit_date INTEGER, visit_type INTEGER);
       CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, type INTEGER, fk INTEGER DEFAULT NULL, parent INTEGER, position INTEGER,
         title LONGVARCHAR, keyword_id INTEGER, folder_type TEXT, dateAdded INTEGER, lastModified INTEGER, guid TEXT);
       INSERT INTO moz_places VALUES (1, 'https://kaspi.kz/transfers', 'Переводы', 'zk.ipsak.', 'p1');
       INSERT INTO moz_bookmarks VALUES
         (1, 2, NULL, 0, 0, '', NULL, NULL, 1709629200000000, 1709629200000000, 'root________'),
         (2, 2, NULL, 1, 0, 'menu', NULL, NULL, 1709629200000000, 1709629200000000, 'menu________'),
         (4, 2, NULL, 1, 2, 'tags', NULL, NULL, 1709629200000000, 1709629200000000, 'tags________'),
         (7, 2, NULL, 2, 0, 'Банк/финансы', NULL, NULL, 1709629200000000, 1709629200000000, 'f7'),
         (8, 1, 1, 7, 0, 'Kaspi переводы', NULL, NULL, 1709629260123456, 1709629320654321, 'b8'),
         (9, 2, NULL, 4, 0, 'деньги', NULL, NULL, 1709629200000000, 1709629200000000, 'f9'),
         (10, 1, 1, 9, 0, NULL, NULL, NULL, 1709629261000000, 1709629261000000, 'b10'),
         (11, 1, 1, 99, 0, 'orphan', NULL, NULL, 0, 0, 'b11'),
         (12, 3, NULL, 7, 1, NULL, NULL, NULL, 1709629200000000, 1709629200000000, 's12');`,
    );
    const run = await runParser(firefoxPlacesParser, path);
    expect(run.warnings).toEqual([]);
    const bookmarks = run.artifacts.filter((a) => a.type === 'bookmark');
    expect(bookmarks.map((a) => a.key)).toEqual(['moz_bookmarks:8', 'moz_bookmarks:10', 'moz_bookmarks:11']);
    expect(bookmarks[0]).toMatchObject({
      time: { utc: '2024-03-05T09:01:00.123456Z', zone: 'UTC', raw: '1709629260123456' },
      text: 'Kaspi переводы\nhttps://kaspi.kz/transfers',
      fields: { folderPath: 'menu/Банк/финансы', parentId: 7, guid: 'b8', lastModified: '2024-03-05T09:02:00.654321Z' },
    });
    expect(bookmarks[1]!.fields).toMatchObject({ tag: 'деньги', folderPath: 'tags/деньги', title: null });
    // A parent that is gone leaves the path unknown, and an unset dateAdded no time.
    expect(bookmarks[2]).toMatchObject({ time: null, fields: { folderPath: null, folderPathIncomplete: true, lastModified: null } });
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
