// A synthetic History in today's schema: synced visits, a search term whose visit expired, newer download
// columns, unknown columns kept raw; and databases without the expected tables.
import { describe, expect, it } from 'vitest';
import { runParser } from '../testing/run-parser';
import { chromiumHistoryParser } from './chromium-history-parser';
import { firefoxPlacesParser } from './firefox-places-parser';
import { safariHistoryParser } from './safari-history-parser';
import { sqliteFixture } from './sqlite-fixture';

const MODERN = `
CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR);
INSERT INTO meta VALUES ('version', '66');
CREATE TABLE urls(id INTEGER PRIMARY KEY AUTOINCREMENT, url LONGVARCHAR, title LONGVARCHAR, visit_count INTEGER DEFAULT 0 NOT NULL,
  typed_count INTEGER DEFAULT 0 NOT NULL, last_visit_time INTEGER NOT NULL, hidden INTEGER DEFAULT 0 NOT NULL);
INSERT INTO urls VALUES (1, 'https://yandex.kz/search/?text=%D0%B0%D0%BB%D0%BC%D0%B0%D1%82%D1%8B', 'алматы — Яндекс', 1, 1, 13350000000000001, 0);
INSERT INTO urls VALUES (2, 'https://www.google.com/search?q=tamga', 'tamga', 0, 0, 13350000000000999, 0);
CREATE TABLE visits(id INTEGER PRIMARY KEY AUTOINCREMENT, url INTEGER NOT NULL, visit_time INTEGER NOT NULL, from_visit INTEGER,
  transition INTEGER DEFAULT 0 NOT NULL, segment_id INTEGER, visit_duration INTEGER DEFAULT 0 NOT NULL, incremented_omnibox_typed_score BOOLEAN,
  opener_visit INTEGER, originator_cache_guid TEXT, external_referrer_url TEXT);
INSERT INTO visits VALUES (7, 1, 13350000000000001, 0, 838860801, 0, 0, 1, 0, 'guid-1', '');
INSERT INTO visits VALUES (8, 1, 0, 7, -2147483648, 0, 5, 0, 0, '', '');
CREATE TABLE visit_source(id INTEGER PRIMARY KEY, source INTEGER NOT NULL);
INSERT INTO visit_source VALUES (7, 0);
CREATE TABLE keyword_search_terms (keyword_id INTEGER NOT NULL, url_id INTEGER NOT NULL, term LONGVARCHAR NOT NULL, normalized_term LONGVARCHAR NOT NULL);
INSERT INTO keyword_search_terms VALUES (3, 1, 'Алматы', 'алматы');
INSERT INTO keyword_search_terms VALUES (2, 2, 'Tamga', 'tamga');
CREATE TABLE downloads (id INTEGER PRIMARY KEY, guid VARCHAR NOT NULL, current_path LONGVARCHAR NOT NULL, target_path LONGVARCHAR NOT NULL,
  start_time INTEGER NOT NULL, received_bytes INTEGER NOT NULL, total_bytes INTEGER NOT NULL, state INTEGER NOT NULL, danger_type INTEGER NOT NULL,
  interrupt_reason INTEGER NOT NULL, hash BLOB NOT NULL, end_time INTEGER NOT NULL, opened INTEGER NOT NULL, last_access_time INTEGER NOT NULL,
  transient INTEGER NOT NULL DEFAULT 0, referrer VARCHAR NOT NULL, site_url VARCHAR NOT NULL, tab_url VARCHAR NOT NULL, tab_referrer_url VARCHAR NOT NULL,
  http_method VARCHAR NOT NULL, by_ext_id VARCHAR NOT NULL, by_ext_name VARCHAR NOT NULL, etag VARCHAR NOT NULL, last_modified VARCHAR NOT NULL,
  mime_type VARCHAR(255) NOT NULL, original_mime_type VARCHAR(255) NOT NULL);
INSERT INTO downloads VALUES (3, 'A1B2', '/home/u/Загрузки/отчёт.pdf', '/home/u/Загрузки/отчёт.pdf', 13350000000000001, 10, 20, 4, 0, 40,
  X'0102FF', 0, 0, 0, 0, 'https://a.kz/', 'https://a.kz/', 'https://a.kz/page', '', 'GET', '', '', '', '', 'application/pdf', 'application/pdf');
CREATE TABLE downloads_url_chains (id INTEGER NOT NULL, chain_index INTEGER NOT NULL, url LONGVARCHAR NOT NULL, PRIMARY KEY (id, chain_index));
INSERT INTO downloads_url_chains VALUES (3, 1, 'https://cdn.a.kz/r.pdf');
INSERT INTO downloads_url_chains VALUES (3, 0, 'https://a.kz/r.pdf');
`;

describe('chromiumHistoryParser on a current-schema History', () => {
  it('decodes synced visits, expired-visit search terms, newer download columns and keeps unknown columns raw', async () => {
    const run = await runParser(chromiumHistoryParser, await sqliteFixture('History', MODERN));
    expect(run.warnings).toEqual([]);
    const [visit7, visit8, orphan, download] = run.artifacts;
    // 13350000000000001 − 11644473600000000 = 1705526400000001 µs.
    expect(visit7).toMatchObject({
      key: 'visits:7',
      time: { utc: '2024-01-17T21:20:00.000001Z', zone: 'UTC', raw: '13350000000000001' },
      text: 'алматы — Яндекс\nhttps://yandex.kz/search/?text=%D0%B0%D0%BB%D0%BC%D0%B0%D1%82%D1%8B',
      fields: {
        transition: { hex: '0x32000001', core: 'TYPED', qualifiers: ['FROM_ADDRESS_BAR', 'CHAIN_START', 'CHAIN_END'] },
        visitSource: 'SYNCED',
        notFromThisDevice: true,
        searchTerms: ['Алматы'],
        other: { incremented_omnibox_typed_score: 1, opener_visit: 0, originator_cache_guid: 'guid-1', external_referrer_url: '' },
      },
    });
    // visit_time 0 means unset; a transition of −2^31 is SERVER_REDIRECT on LINK.
    expect(visit8).toMatchObject({
      key: 'visits:8',
      time: null,
      fields: { transition: { hex: '0x80000000', core: 'LINK' }, visitSource: 'BROWSED' },
    });
    expect(orphan).toMatchObject({
      type: 'web_visit',
      key: 'keyword_search_terms:2',
      text: 'Tamga',
      fields: {
        kind: 'search_term',
        term: 'Tamga',
        lowerTerm: 'tamga',
        url: 'https://www.google.com/search?q=tamga',
        timeSource: 'urls.last_visit_time',
      },
      locator: { table: 'keyword_search_terms', row: 2 },
    });
    expect(download).toMatchObject({
      type: 'download',
      key: 'downloads:3',
      text: '/home/u/Загрузки/отчёт.pdf',
      fields: {
        url: 'https://a.kz/r.pdf',
        urlChain: ['https://a.kz/r.pdf', 'https://cdn.a.kz/r.pdf'],
        state: 4,
        stateName: 'INTERRUPTED',
        interruptReason: 40,
        hash: '0102ff',
        guid: 'A1B2',
        mimeType: 'application/pdf',
        tabUrl: 'https://a.kz/page',
        other: { transient: 0, http_method: 'GET' },
      },
    });
    expect(download!.fields).not.toHaveProperty('endTime');
  });

  it('fails with a clear reason on a database without the expected tables', async () => {
    const other = await sqliteFixture('History', 'CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);');
    await expect(runParser(chromiumHistoryParser, other)).rejects.toThrow(
      'not a Chromium History database: missing table(s) urls, visits (tables found: notes)',
    );
    await expect(runParser(firefoxPlacesParser, other)).rejects.toThrow(/not a Firefox places database: missing table\(s\) moz_places/);
    await expect(runParser(safariHistoryParser, other)).rejects.toThrow(/not a Safari History database: missing table\(s\) history_items/);
    await expect(runParser(chromiumHistoryParser, new TextEncoder().encode('not sqlite at all'))).rejects.toThrow(/not a/);
  });
});
