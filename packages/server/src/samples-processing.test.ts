// Every shared sample through the whole pipeline (intake, queue, worker, real parsers, SQLite or PostgreSQL):
// the right parser claims each, the values MANIFEST.md gives come out, children are processed in turn,
// verify still passes, and processing everything again gives the same artefacts byte for byte.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPath, requestProcessing, verifyEvidence, type EvidenceItem } from '@tamga/core';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';
import { processCase } from './test-processing';

const SAMPLES = resolve(import.meta.dirname, '../../../../shared/samples');

describe('the shared samples through the pipeline', { timeout: 240_000 }, () => {
  let t: TestApp;
  let c: TestCase;
  let items: EvidenceItem[];

  const states = () => t.context.store.transaction((tx) => tx.processing.listForCase(c.caseId));
  const artifactsOf = async (name: string, type?: string) => {
    const item = items.find((i) => i.name === name)!;
    return t.context.store.transaction((tx) => tx.artifacts.list(c.caseId, { itemId: item.id, ...(type ? { type } : {}), limit: 100_000 }));
  };

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t, { timeZone: 'Asia/Almaty' });
    await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: SAMPLES });
    ({ items } = await processCase(t, c));
  });
  afterAll(() => t?.close());

  it('gives each sample to the parser made for it, and none fails', async () => {
    const byName = new Map((await states()).map((s) => [items.find((i) => i.id === s.itemId)!.name, s]));
    const expected: Record<string, string> = {
      plaso_chrome_History: 'browser.chromium',
      hindsight_chrome_v30_History: 'browser.chromium',
      'plaso_firefox_places.sqlite': 'browser.firefox',
      'plaso_safari_History.db': 'browser.safari',
      'spamscope_mail_test_3.eml': 'email.eml',
      'spamscope_mail_test_12.eml': 'email.eml',
      'mimekit_content-length.mbox.txt': 'email.mbox',
      'DSCN0010.jpg': 'image.exif',
      'exifr_001.tif': 'image.exif',
      'MANIFEST.md': 'text.plain',
    };
    for (const [name, parserId] of Object.entries(expected)) expect(byName.get(name), name).toMatchObject({ parserId, status: 'done' });
    expect((await states()).filter((s) => s.status === 'failed').map((s) => `${s.itemId}: ${s.reason}`)).toEqual([]);
  });

  it('reads the browser histories to the counts and exact microseconds of MANIFEST.md', async () => {
    const chrome = await artifactsOf('plaso_chrome_History');
    expect(chrome.filter((a) => a.type === 'web_visit' && a.locator.table === 'visits')).toHaveLength(69);
    expect(chrome.filter((a) => a.type === 'download')).toHaveLength(2);
    expect(chrome.find((a) => a.locator.table === 'visits' && String(a.locator.row) === '21')?.at).toBe('2011-05-23T08:34:30.990943Z');
    const hindsight = await artifactsOf('hindsight_chrome_v30_History', 'web_visit');
    expect(hindsight.find((a) => a.locator.table === 'visits' && String(a.locator.row) === '5')?.at).toBe('2013-10-02T23:15:13.326712Z');
    const firefox = await artifactsOf('plaso_firefox_places.sqlite', 'web_visit');
    expect(firefox.map((a) => a.at)).toEqual(['2011-07-01T11:16:21.371935Z']);
    const bookmarks = await artifactsOf('plaso_firefox_places.sqlite', 'bookmark');
    expect(bookmarks).toHaveLength(91);
    expect(bookmarks.find((a) => String(a.locator.row) === '6')).toMatchObject({
      at: '2011-07-01T11:13:59.266344Z',
      fields: { title: 'Recently Bookmarked', lastModified: '2011-07-01T11:13:59.267198Z' },
    });
    const safari = await artifactsOf('plaso_safari_History.db', 'web_visit');
    // 25 visits, and the 6 tombstones of cleared history in the same timeline.
    expect(safari.filter((a) => a.locator.table === 'history_visits')).toHaveLength(25);
    expect(safari.filter((a) => a.fields.kind === 'history_cleared')).toHaveLength(6);
  });

  it('reads e-mail with origin IPs, and stores attachments as derived items that are processed too', async () => {
    const [mail3] = await artifactsOf('spamscope_mail_test_3.eml', 'email');
    expect(mail3!.at).toBe('2016-08-22T13:56:09.000000Z');
    expect(JSON.stringify(mail3!.fields)).toContain('67.175.76.202');
    const [mail12] = await artifactsOf('spamscope_mail_test_12.eml', 'email');
    expect(JSON.stringify(mail12!.fields)).toContain('96.202.181.20');
    expect(await artifactsOf('mimekit_content-length.mbox.txt', 'email')).toHaveLength(29);
    const eml3 = items.find((i) => i.name === 'spamscope_mail_test_3.eml')!;
    const attachments = items.filter((i) => i.parentId === eml3.id);
    expect(attachments).toHaveLength(1);
    expect(attachments[0]!.exhibitNumber).toBe(`${eml3.exhibitNumber}/1`);
    expect(attachments[0]!.derivation).toMatchObject({ parserId: 'email.eml', depth: 1 });
    const attachmentState = (await states()).find((s) => s.itemId === attachments[0]!.id);
    expect(attachmentState?.status).toBe('done');
  });

  it('turns EXIF GPS into a location', async () => {
    const [location] = await artifactsOf('DSCN0010.jpg', 'location');
    expect(location).toBeDefined();
    expect(Number(location!.fields.latitude)).toBeCloseTo(43.46744833333334, 6);
    expect(Number(location!.fields.longitude)).toBeCloseTo(11.885126666663888, 6);
  });

  it('keeps the evidence verifiable, and processing again changes nothing', async () => {
    expect((await verifyEvidence(t.context.store, t.context.blobs, { deep: true })).ok).toBe(true);
    const before = new Map((await states()).map((s) => [s.itemId, s.outputSha256]));
    const count = await t.context.store.transaction((tx) => tx.artifacts.countByType(c.caseId));
    const { queued } = await requestProcessing(t.context.deps, c.leadActor, c.caseId, { reprocess: true });
    expect(queued).toBe(before.size);
    await processCase(t, c);
    const after = await states();
    expect(after.every((s) => s.attempts >= 2 || s.status === 'skipped')).toBe(true);
    for (const state of after) expect(state.outputSha256, state.itemId).toBe(before.get(state.itemId));
    expect(await t.context.store.transaction((tx) => tx.artifacts.countByType(c.caseId))).toEqual(count);
  });
});
