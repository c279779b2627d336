// A browser profile taken in as a folder: the History database is read together with the write-ahead log beside
// it, so the newest visits (not yet checkpointed into the file) are not lost; a log taken in after its database
// was read has the database read again.
import { mkdirSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPath, type EvidenceItem } from '@tamga/core';
import { sqliteFixtureWithWal } from '@tamga/parsers/testing';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';
import { processCase } from './test-processing';

describe('a browser database beside its write-ahead log', { timeout: 120_000 }, () => {
  let t: TestApp;
  let c: TestCase;
  let items: EvidenceItem[];
  let fixture: { path: string; wal: string };

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t);
    const visit = (id: number) => `INSERT INTO visits VALUES (${id}, 1, ${13025229595381769n + BigInt(id)}, 805306368);`;
    fixture = await sqliteFixtureWithWal(
      'History',
      `CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT, title TEXT); CREATE TABLE visits (id INTEGER PRIMARY KEY, url INTEGER, visit_time INTEGER, transition INTEGER);
       INSERT INTO urls VALUES (1, 'https://example.kz/', 'Example'); ${visit(1)}`,
      `${visit(2)} ${visit(3)}`,
    );
    const profile = join(t.database.dir, 'profile', 'Default');
    mkdirSync(profile, { recursive: true });
    await copyFile(fixture.path, join(profile, 'History'));
    await copyFile(fixture.wal, join(profile, 'History-wal'));
    await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: join(t.database.dir, 'profile') });
    ({ items } = await processCase(t, c));
  });
  afterAll(() => t?.close());

  it('includes the visits that are only in the log, and names the log it read', async () => {
    const history = items.find((i) => i.name === 'History')!;
    const log = items.find((i) => i.name === 'History-wal')!;
    const visits = await t.context.store.transaction((tx) =>
      tx.artifacts.list(c.caseId, { itemId: history.id, type: 'web_visit', limit: 100 }),
    );
    expect(visits.map((v) => v.ordinal)).toHaveLength(3);
    const state = await t.context.store.transaction((tx) => tx.processing.get(history.id));
    // Read once: the log was there when it was read.
    expect(state).toMatchObject({ status: 'done', parserId: 'browser.chromium', attempts: 1 });
    expect(state!.warnings).toEqual([
      {
        text: `read together with its write-ahead log ${log.exhibitNumber}: rows committed there but not yet in this file are included`,
        code: 'browser.wal_applied',
        params: { log: log.exhibitNumber },
      },
    ]);
  });

  it('reads a database again when its log is taken in after it was read', async () => {
    const folder = join(t.database.dir, 'late');
    mkdirSync(folder, { recursive: true });
    await copyFile(fixture.path, join(folder, 'History'));
    await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: join(folder, 'History') });
    const first = await processCase(t, c);
    const history = first.items.find((i) => i.originalPath === join(folder, 'History'))!;
    const visitsOf = () =>
      t.context.store.transaction((tx) => tx.artifacts.list(c.caseId, { itemId: history.id, type: 'web_visit', limit: 100 }));
    expect(await visitsOf()).toHaveLength(1);

    await copyFile(fixture.wal, join(folder, 'History-wal'));
    await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: join(folder, 'History-wal') });
    const second = await processCase(t, c);
    expect(await visitsOf()).toHaveLength(3);
    expect(second.states.get(history.id)).toMatchObject({ status: 'done', attempts: 2 });
  });
});
