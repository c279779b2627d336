// The timeline on a real database: one time order across items and types, undated last, the source zone
// beside UTC with unknown zones marked, keyset paging without gaps, and exact histogram counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactRecord, type ArtifactDraft } from '@tamga/core';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';

describe('timeline', () => {
  let t: TestApp;
  let c: TestCase;
  const drafts: Array<[string, ArtifactDraft]> = [];

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t);
    // 48 hourly messages on 14–15 March in item A (zone known), 10 e-mails in item B (zone unknown), 3 undated files.
    for (let h = 0; h < 48; h++) {
      const utc = new Date(Date.UTC(2026, 2, 14, h)).toISOString().replace('Z', '000Z');
      drafts.push(['item-a', { type: 'message', key: `m${h}`, time: { utc, zone: 'Asia/Almaty' }, text: `m${h}`, locator: { line: h } }]);
    }
    for (let i = 0; i < 10; i++) {
      const utc = new Date(Date.UTC(2026, 2, 14, 21, i * 5)).toISOString().replace('Z', '000Z');
      drafts.push(['item-b', { type: 'email', key: `e${i}`, time: { utc, zone: null }, text: `e${i}`, locator: { row: i } }]);
    }
    for (let i = 0; i < 3; i++) drafts.push(['item-b', { type: 'file_entry', key: `f${i}`, text: `f${i}`, locator: { path: `f${i}` } }]);
    const records = drafts.map(([itemId, draft], ordinal) =>
      artifactRecord(draft, { caseId: c.caseId, itemId, parserId: 'test', parserVersion: '1', ordinal }),
    );
    await t.context.store.appendArtifacts(records);
  });
  afterAll(() => t?.close());

  it('pages through every artefact once, in time order, undated last, unknown zones marked', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    let unknown = 0;
    do {
      const page = await c.lead.client.call('timeline', { params: { caseId: c.caseId }, query: { limit: 7, ...(after ? { after } : {}) } });
      for (const entry of page.entries) {
        seen.push(entry.artifact.at ?? '~');
        if (entry.unknownZone) unknown++;
      }
      after = page.next ?? undefined;
    } while (after);
    expect(seen).toHaveLength(61);
    expect([...seen].sort()).toEqual(seen);
    expect(seen.slice(-3)).toEqual(['~', '~', '~']);
    expect(unknown).toBe(10);
  });

  it('filters by type and range', async () => {
    const page = await c.lead.client.call('timeline', {
      params: { caseId: c.caseId },
      query: { types: 'email,message', from: '2026-03-14T21:00:00Z', to: '2026-03-14T22:00:00Z' },
    });
    expect(page.entries.map((e) => e.artifact.type).sort()).toEqual([...Array(10).fill('email'), 'message']);
  });

  it('counts exactly per bucket, with undated artefacts counted apart', async () => {
    const histogram = await c.lead.client.call('histogram', { params: { caseId: c.caseId }, query: { buckets: 48 } });
    expect(histogram.bucketSeconds).toBe(3600);
    expect(histogram.undated).toBe(3);
    expect(histogram.buckets.reduce((n, b) => n + b.count, 0)).toBe(58);
    const at21 = histogram.buckets.find((b) => b.start.startsWith('2026-03-14T21:00:00'))!;
    expect(at21.count).toBe(11);
    const day = await c.lead.client.call('histogram', {
      params: { caseId: c.caseId },
      query: { from: '2026-03-14T00:00:00Z', to: '2026-03-16T00:00:00Z', buckets: 2, types: 'message' },
    });
    expect(day.buckets.map((b) => b.count)).toEqual([24, 24]);
  });
});
