// Analysis of many items at once (a worker's group of analysis jobs) on a real database: the same entities,
// communications, search documents and states as one by one, and an item that cannot be analysed fails alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseItem, analyseItems, ingestPath, processItem, type EvidenceItem } from '@tamga/core';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';

const TEXTS = [
  'Позвони: +7 701 234 5678, кошелёк TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t.\n',
  'Write to ivanov@mail.kz or see hxxps://evil[.]kz/pay and @kanal_news\n',
  'Nothing to find here.\n',
  'Ещё раз +7 701 234 5678 и 185.22.1.3\n',
];

describe('analysis in groups', () => {
  let t: TestApp;
  let c: TestCase;
  let items: EvidenceItem[];

  /** What analysis left for the case's items: states without times, occurrences and the documents search finds. */
  async function snapshot() {
    const { deps } = t.context;
    const states = (await deps.store.transaction((tx) => tx.analysis.states(c.caseId)))
      .map(({ updatedAt: _, ...state }) => state)
      .sort((x, y) => x.itemId.localeCompare(y.itemId));
    const artifacts = await deps.store.transaction((tx) => tx.artifacts.list(c.caseId, { limit: 100 }));
    const occurrences = [];
    for (const artifact of artifacts)
      occurrences.push(...(await deps.store.transaction((tx) => tx.analysis.occurrencesForArtifact(artifact.id))));
    const found = await deps.search.search({ caseId: c.caseId, text: 'ivanov OR раз OR кошелёк', limit: 50 });
    return { states, occurrences, found: found.hits.map((hit) => hit.artifactId).sort() };
  }

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t, { username: 'lead-g', reference: 'KZ-G-1' });
    const dir = join(t.database.dir, 'group-in');
    mkdirSync(dir, { recursive: true });
    items = [];
    for (const [i, text] of TEXTS.entries()) {
      const path = join(dir, `note-${i}.txt`);
      writeFileSync(path, text);
      const { root } = await ingestPath(t.context.deps, c.leadActor, c.caseId, { path });
      await processItem(t.context.deps, t.context.parsers, { caseId: c.caseId, itemId: root.id });
      items.push(root);
    }
  });
  afterAll(() => t?.close());

  it('finds what one by one finds', async () => {
    const { deps, extract } = t.context;
    for (const item of items) await analyseItem(deps, extract, { caseId: c.caseId, itemId: item.id });
    const alone = await snapshot();
    expect(alone.states.map((state) => state.status)).toEqual(items.map(() => 'done'));
    expect(alone.occurrences.length).toBeGreaterThan(4);
    expect(alone.found.length).toBe(3);

    // One item twice in the group: analysed once, its rows not doubled.
    const payloads = [...items, items[0]!].map((item) => ({ caseId: c.caseId, itemId: item.id }));
    const errors = await analyseItems(deps, extract, payloads);
    expect(errors).toEqual(payloads.map(() => undefined));
    expect(await snapshot()).toEqual(alone);
  });

  it('fails only the item that cannot be analysed', async () => {
    const { deps, extract } = t.context;
    const payloads = [
      { caseId: c.caseId, itemId: items[0]!.id },
      { caseId: 'no-such-case', itemId: items[1]!.id },
      { caseId: c.caseId, itemId: items[3]!.id },
    ];
    const errors = await analyseItems(deps, extract, payloads);
    expect(errors[0]).toBeUndefined();
    expect(errors[1]?.message).toMatch(/case no-such-case does not exist/);
    expect(errors[2]).toBeUndefined();
    const states = new Map((await deps.store.transaction((tx) => tx.analysis.states(c.caseId))).map((state) => [state.itemId, state]));
    expect(states.get(items[0]!.id)?.status).toBe('done');
    expect(states.get(items[3]!.id)?.status).toBe('done');
  });
});
