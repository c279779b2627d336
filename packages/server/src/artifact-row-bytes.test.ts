// The bytes of an artefact read from a database row, through the HTTP route a reviewer uses: the row's cell in the
// file's own pages, read with a justification and recorded with its range; refused where the file's pages may not
// hold the row as it was read (a write-ahead log beside it).
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPath, type Artifact } from '@tamga/core';
import { sqliteFixtureWithWal } from '../../parsers/src/browser/sqlite-fixture';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';
import { processCase } from './test-processing';

const CHROME = resolve(import.meta.dirname, '../../../../shared/samples/browser/plaso_chrome_History');

describe('the bytes of an artefact read from a database row', { timeout: 120_000 }, () => {
  let t: TestApp;
  let c: TestCase;
  let visits: Artifact[];

  const bytesOf = (artifactId: string, justification: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/cases/${c.caseId}/artifacts/${artifactId}/bytes?justification=${encodeURIComponent(justification)}`,
      headers: { authorization: `Bearer ${c.lead.token}` },
    });

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t);
    const folder = await mkdtemp(join(tmpdir(), 'tamga-row-bytes-'));
    await copyFile(CHROME, join(folder, 'History'));
    // A second profile whose newest visit is only in its write-ahead log.
    const wal = await sqliteFixtureWithWal(
      'History',
      `CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT, title TEXT);
       CREATE TABLE visits (id INTEGER PRIMARY KEY, url INTEGER, visit_time INTEGER, transition INTEGER);
       INSERT INTO urls VALUES (1, 'https://example.kz/', 'Example');
       INSERT INTO visits VALUES (1, 1, 13300000000000000, 1);`,
      'INSERT INTO visits VALUES (2, 1, 13300000001000000, 1);',
    );
    await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: folder });
    await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: resolve(wal.path, '..') });
    await processCase(t, c);
    visits = await t.context.store.transaction((tx) => tx.artifacts.list(c.caseId, { type: 'web_visit', limit: 1000 }));
  });
  afterAll(() => t?.close());

  it('shows a visit as the cell that holds its row, and records the read with its range', async () => {
    const visit = visits.find((a) => a.parserId === 'browser.chromium' && a.locator.table === 'visits' && String(a.locator.row) === '21')!;
    const shown = await c.lead.client.call('getArtifact', { params: { caseId: c.caseId, artifactId: visit.id } });
    expect(shown.provenance.bytesAvailable).toBe(true);

    const refused = await bytesOf(visit.id, '');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('JUSTIFICATION_REQUIRED');

    const read = await bytesOf(visit.id, 'Checking the visit against the file');
    expect(read.statusCode).toBe(200);
    const [start, end] = String(read.headers['x-tamga-range']).split('-').map(Number) as [number, number];
    const file = await readFile(CHROME);
    expect(read.rawPayload.equals(file.subarray(start, end))).toBe(true);
    // The record holds the visit's time as SQLite stores it: WebKit microseconds, 8 bytes big-endian.
    expect(visit.time?.raw).toMatch(/^\d{17}$/);
    const raw = Buffer.alloc(8);
    raw.writeBigInt64BE(BigInt(visit.time!.raw!));
    expect(read.rawPayload.includes(raw)).toBe(true);

    // The client gives the range too, which the CLI and the web app show the bytes at.
    const viaClient = await c.lead.client.rawRange(
      `/api/cases/${c.caseId}/artifacts/${visit.id}/bytes?justification=${encodeURIComponent('Checking the visit against the file')}`,
    );
    expect(viaClient.range).toEqual({ start, end });
    expect(Buffer.from(viaClient.bytes).equals(read.rawPayload)).toBe(true);

    const events = await t.context.store.transaction((tx) => tx.ledger.list({ caseId: c.caseId, limit: 10_000, order: 'desc' }));
    const event = events.filter((e) => e.action === 'evidence.content_read').pop()!;
    expect(event).toMatchObject({ targetId: visit.itemId, justification: 'Checking the visit against the file' });
    expect(event.details.range).toEqual({ start, end });
  });

  it('refuses the row of a database read together with a write-ahead log that holds rows, as its pages may be older', async () => {
    // Row 1 is in the file's own pages as well, row 2 only in the log: neither is shown.
    const fromWal = visits.filter(
      (a) => a.parserId === 'browser.chromium' && a.itemId !== visits.find((v) => v.locator.row === 21)?.itemId,
    );
    expect(fromWal.map((a) => String(a.locator.row)).sort()).toEqual(['1', '2']);
    for (const visit of fromWal) {
      const shown = await c.lead.client.call('getArtifact', { params: { caseId: c.caseId, artifactId: visit.id } });
      expect(shown.provenance.bytesAvailable).toBe(false);
      const refused = await bytesOf(visit.id, 'Checking the visit against the file');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('ARTIFACT_BYTES_UNAVAILABLE');
    }
  });
});
