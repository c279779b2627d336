import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DETECT } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { chromiumHistoryParser } from './chromium-history-parser';
import { safariHistoryParser } from './safari-history-parser';

async function sample(): Promise<string> {
  const path = new URL('../../../../../shared/samples/browser/plaso_safari_History.db', import.meta.url).pathname;
  expect(
    createHash('sha256')
      .update(await readFile(path))
      .digest('hex'),
  ).toBe('2e87d99d0bc7765e523ee1250828e82fb350780c0c28020db6bb0b0ce8d3f351');
  return path;
}

describe('safariHistoryParser', () => {
  it('detects History.db by magic and schema', async () => {
    const probe = await probeOf(await sample());
    expect(safariHistoryParser.detect(probe)).toBe(DETECT.CERTAIN);
    expect(chromiumHistoryParser.detect(probe)).toBe(DETECT.NO);
    expect(safariHistoryParser.detect({ head: probe.head.subarray(0, 100), name: 'History.db', size: 1 })).toBe(DETECT.LIKELY);
  });

  it('reads 25 visits in exact Cocoa time, with redirects, and the tombstones as history_cleared entries', async () => {
    const run = await runParser(safariHistoryParser, await sample());
    const visits = run.artifacts.filter((a) => a.key.startsWith('visits:'));
    expect(visits).toHaveLength(25);
    const byKey = (key: string) => run.artifacts.find((a) => a.key === key)!;
    expect(byKey('visits:36')).toMatchObject({
      type: 'web_visit',
      time: { utc: '2017-11-09T21:23:34.791503Z', zone: 'UTC', raw: '531955414.791503' },
      fields: { url: 'http://start.ubuntu.com/current/Google/?sourceid=hp', title: 'Ubuntu Start Page', itemId: 30, loadSuccessful: true },
      locator: { table: 'history_visits', row: 36 },
    });
    const facebook = byKey('visits:37');
    expect(facebook.time!.utc).toBe('2017-11-09T21:24:28.829571Z');
    // MANIFEST.md says title NULL; the row stores an empty string, kept as stored.
    expect(facebook.fields).toMatchObject({ url: 'http://facebook.com/', title: '', itemVisitCount: 2, redirectDestination: 38 });
    expect(byKey('visits:38').fields!.redirectSource).toBe(37);
    expect(byKey('visits:60')).toMatchObject({
      time: { utc: '2017-11-09T21:26:46.056743Z' },
      fields: { url: 'https://www.google.com/?gws_rd=ssl' },
    });
    expect(visits.filter((a) => a.fields!.redirectDestination !== null)).toHaveLength(11);

    expect(run.warnings).toEqual(['history was cleared 6 time(s) (history_tombstones): each is a history_cleared entry']);
    const cleared = run.artifacts.filter((a) => a.fields!.kind === 'history_cleared');
    expect(cleared[0]).toMatchObject({
      type: 'web_visit',
      key: 'history_tombstones:1',
      time: { utc: '2017-11-07T19:30:20.000000Z', zone: 'UTC' },
      text: 'History cleared: visits from 2017-11-07T18:30:20.000000Z to 2017-11-07T19:30:20.000000Z',
      fields: { clearedFrom: '2017-11-07T18:30:20.000000Z', clearedTo: '2017-11-07T19:30:20.000000Z', generation: 0 },
      locator: { table: 'history_tombstones', row: 1 },
    });
    expect(cleared[1]!.text).toContain('visits from 2017-11-07T18:37:48.000000Z to 2017-11-07T19:37:48.000000Z');
    expect(cleared.slice(2).map((a) => [a.fields!.clearedFromEverything, a.fields!.clearedTo])).toEqual([
      [true, '2017-11-07T23:27:23.583456Z'],
      [true, '2017-11-09T21:17:47.967901Z'],
      [true, '2017-11-09T21:20:36.375456Z'],
      [true, '2017-11-09T21:21:44.286897Z'],
    ]);
  });

  it('survives truncated, corrupted and random variants', async () => {
    const outcomes = await expectRobust(safariHistoryParser, await readFile(await sample()), { name: 'History.db' });
    expect(outcomes).toHaveLength(14);
  });
});
