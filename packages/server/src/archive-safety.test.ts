// Hostile archives through the whole pipeline: a compression bomb is stopped with its reason on that item alone,
// a path-traversal archive's members are stored under neutralised names with a warning, and the rest of the
// case is processed as if nothing had happened.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPath, verifyEvidence, type EvidenceItem, type ItemProcessing } from '@tamga/core';
import { buildZip, zerosMember } from '@tamga/parsers/testing';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';
import { processCase } from './test-processing';

describe('hostile archives in the pipeline', { timeout: 120_000 }, () => {
  let t: TestApp;
  let c: TestCase;
  let items: EvidenceItem[];
  let states: Map<string, ItemProcessing>;
  const byName = (name: string) => items.find((i) => i.name === name)!;

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t);
    const folder = join(t.database.dir, 'seized');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'bomb.zip'), buildZip([await zerosMember('zeros.bin', 200 * 1024 * 1024)]));
    writeFileSync(
      join(folder, 'traversal.zip'),
      buildZip([
        { name: '../../etc/passwd', data: 'root:x:0:0' },
        { name: '/abs/path.txt', data: 'absolute' },
        { name: 'C:\\Windows\\evil.txt', data: 'drive letter' },
      ]),
    );
    writeFileSync(join(folder, 'notes.txt'), 'обычный текст');
    await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: folder });
    ({ items, states } = await processCase(t, c));
  });
  afterAll(() => t?.close());

  it('stops the bomb with a clear reason on that item alone', () => {
    const bomb = states.get(byName('bomb.zip').id)!;
    expect(bomb.status).toBe('failed');
    expect(bomb.reason).toMatch(/compression bomb|ratio/i);
    expect(bomb.reasonCode).toBe('limit_entry_ratio');
    // With the figures it gives, for the web app to word in the reader's language.
    expect(bomb.reasonParams).toMatchObject({ stage: 'declared', limit: 1000, ratio: expect.any(Number), member: expect.any(String) });
    expect(items.filter((i) => i.parentId === byName('bomb.zip').id)).toEqual([]);
    expect(states.get(byName('notes.txt').id)).toMatchObject({ status: 'done' });
  });

  it('keeps traversal members inside the archive under neutralised paths, and says so', () => {
    const archive = byName('traversal.zip');
    const state = states.get(archive.id)!;
    expect(state.status).toBe('done');
    const members = items.filter((i) => i.parentId === archive.id).map((i) => i.originalPath);
    expect(members.sort()).toEqual(['Windows/evil.txt', 'abs/path.txt', 'etc/passwd']);
    expect(state.warnings.map((warning) => warning.text).join('\n')).toContain('../../etc/passwd');
    expect(state.warnings).toContainEqual(
      expect.objectContaining({ code: 'zip.member_path_neutralised', params: expect.objectContaining({ member: '../../etc/passwd' }) }),
    );
    for (const member of items.filter((i) => i.parentId === archive.id)) {
      expect(member.derivation?.notes).toMatchObject({ pathNeutralised: true });
      expect(states.get(member.id)?.status).toBe('done');
    }
  });

  it('leaves the evidence verifiable', async () => {
    expect((await verifyEvidence(t.context.store, t.context.blobs, { deep: true })).ok).toBe(true);
  });
});

describe('an archive of archives in the pipeline', { timeout: 120_000 }, () => {
  let t: TestApp;
  let c: TestCase;
  let items: EvidenceItem[];
  let states: Map<string, ItemProcessing>;

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t);
    // A budget of 4 MiB for the tree (4 × its 1 MiB floor), and no per-member ratio, so that only the shared
    // budget can stop it: 4 archives of 8 archives of 1 MiB of zeros each, 32 MiB from a few kilobytes.
    Object.assign(t.context.parsers.tools.limits, { maxExpansionRatio: 4, maxEntryRatio: 1e9 });
    const leaf = buildZip([{ name: 'zeros.bin', data: Buffer.alloc(1024 * 1024) }]);
    const middle = buildZip(Array.from({ length: 8 }, (_, i) => ({ name: `L${i}.zip`, data: leaf })));
    const folder = join(t.database.dir, 'nested');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'R.zip'), buildZip(Array.from({ length: 4 }, (_, i) => ({ name: `A${i}.zip`, data: middle }))));
    writeFileSync(join(folder, 'notes.txt'), 'обычный текст');
    await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: folder });
    ({ items, states } = await processCase(t, c));
  });
  afterAll(() => t?.close());

  it('stops the tree once it has expanded past the budget of the archive taken in, not each level anew', () => {
    const root = items.find((i) => i.name === 'R.zip')!;
    const tree = items.filter((i) => i.exhibitNumber.startsWith(`${root.exhibitNumber}/`));
    const expanded = tree.reduce((sum, i) => sum + (i.digests?.size ?? 0), 0);
    // Within the budget, give or take the member being read when it ran out.
    expect(expanded).toBeLessThanOrEqual(5 * 1024 * 1024);
    const stopped = tree.filter((i) => states.get(i.id)?.reasonCode === 'limit_expansion');
    expect(stopped.length).toBeGreaterThan(0);
    expect(states.get(stopped[0]!.id)!.reason).toContain(
      `times the size of ${root.exhibitNumber} (counted as 1 MiB, the least a container is allowed), counting what was extracted from it before`,
    );
    expect(states.get(root.id)).toMatchObject({ status: 'done' });
    expect(states.get(items.find((i) => i.name === 'notes.txt')!.id)).toMatchObject({ status: 'done' });
  });

  it("shows on the archive's own page, done as it is, how many of the items derived from it failed, at every depth", async () => {
    const root = items.find((i) => i.name === 'R.zip')!;
    const tree = items.filter((i) => i.exhibitNumber.startsWith(`${root.exhibitNumber}/`));
    const failed = tree.filter((i) => states.get(i.id)?.status === 'failed');
    const detail = await c.lead.client.call('getEvidence', { params: { caseId: c.caseId, itemId: root.id } });
    expect(detail.processing).toMatchObject({ status: 'done', warnings: [] });
    expect(detail.derived).toMatchObject({
      items: tree.length,
      counts: { failed: failed.length, done: tree.length - failed.length, pending: 0, skipped: 0 },
      skipped: [],
    });
    expect(failed.length).toBeGreaterThan(0);
    expect(detail.derived.failed).toHaveLength(Math.min(failed.length, 10));
    expect(detail.derived.failed[0]).toMatchObject({
      reasonCode: 'limit_expansion',
      reason: expect.stringContaining(root.exhibitNumber),
      reasonParams: expect.objectContaining({ limit: 4, origin: root.exhibitNumber, countedAs: 1024 * 1024 }),
    });
    expect(failed.map((i) => i.id)).toEqual(expect.arrayContaining(detail.derived.failed.map((f) => f.itemId)));
    // A leaf has nothing derived from it.
    const leaf = await c.lead.client.call('getEvidence', {
      params: { caseId: c.caseId, itemId: items.find((i) => i.name === 'notes.txt')!.id },
    });
    expect(leaf.derived).toMatchObject({ items: 0, failed: [] });
  });

  it('leaves the evidence verifiable', async () => {
    expect((await verifyEvidence(t.context.store, t.context.blobs, { deep: true })).ok).toBe(true);
  });
});
