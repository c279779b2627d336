// Analysis's storage on the tier TAMGA_TEST_DATABASE_URL picks (SQLite without it): an item's artefacts read a page
// at a time across gaps in their ordinals, occurrences, communications and references written in sets (on
// PostgreSQL a column at a time, unnested.ts) with the values that array literals must escape, and a transaction
// that does not take the ledger's lock leaving ledger appends free while it is open.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorEvent, artifactRecord, DEFAULT_SETTINGS, recordEvent, type EntityOccurrence, type LedgerDeps } from '@tamga/core';
import { keyFileSigner } from './key-file-signer';
import { aCase, user } from './store-fixtures';
import { createTestDatabase } from './test-database';
import { ROWS_PER_UNNEST } from './unnested';
import { useTestStore } from './use-test-store';

/** Values an array literal must escape or keep apart from NULL, and text beyond the Basic Multilingual Plane. */
const AWKWARD = ['NULL', 'a "quoted" word', 'back\\slash', '{braces}, commas', ' padded ', '', 'Қазақ 🙂', "it's"];

describe('analysis storage', () => {
  const { store, database } = useTestStore(() => createTestDatabase());

  async function aCaseOf() {
    const lead = user();
    const record = aCase(lead.id);
    await store().transaction(async (tx) => {
      await tx.users.insert(lead);
      await tx.cases.insert(record);
    });
    return { lead, caseId: record.id };
  }

  it("reads an item's artefacts a page at a time in emission order, across gaps in their ordinals", async () => {
    const { caseId } = await aCaseOf();
    const itemId = randomUUID();
    const other = randomUUID();
    const context = { caseId, parserId: 'p', parserVersion: '1' };
    // Ordinals 0–6, then 10–12 and 40: what an earlier run leaves where a later one wrote fewer artefacts.
    const ordinals = [0, 1, 2, 3, 4, 5, 6, 10, 11, 12, 40];
    await store().appendArtifacts(
      ordinals.map((ordinal) =>
        artifactRecord(
          { type: 'document', key: `k${ordinal}`, text: `${ordinal}`, locator: { offset: ordinal } },
          { ...context, itemId, ordinal },
        ),
      ),
    );
    await store().appendArtifacts(
      [0, 1, 2].map((ordinal) =>
        artifactRecord(
          { type: 'document', key: `o${ordinal}`, text: 'other', locator: { offset: ordinal } },
          { ...context, itemId: other, ordinal },
        ),
      ),
    );
    const pages: number[][] = [];
    for (let after = -1; ;) {
      const page = await store().transaction((tx) => tx.artifacts.listForItem(itemId, after, 3), { lockLedger: false });
      if (page.length === 0) break;
      pages.push(page.map((artifact) => artifact.ordinal));
      after = page[page.length - 1]!.ordinal;
    }
    expect(pages).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 10, 11],
      [12, 40],
    ]);
    const all = await store().transaction((tx) => tx.artifacts.listForItem(itemId, -1, 100));
    expect(all.map((artifact) => artifact.text)).toEqual(ordinals.map(String));
    expect(await store().transaction((tx) => tx.artifacts.listForItem(itemId, 40, 3))).toEqual([]);
    expect(await store().transaction((tx) => tx.artifacts.listForItem(randomUUID(), -1, 3))).toEqual([]);
  });

  it("writes more than a statement's worth of occurrences, communications and references, values as given", async () => {
    const { caseId } = await aCaseOf();
    const itemId = randomUUID();
    const artifactId = randomUUID();
    const count = ROWS_PER_UNNEST + 7;
    const occurrences: EntityOccurrence[] = Array.from({ length: count }, (_, i) => ({
      caseId,
      itemId,
      artifactId,
      artifactType: 'message',
      at: i % 2 ? '2026-03-01T10:00:00.000000Z' : null,
      key: `account:${AWKWARD[i % AWKWARD.length]}`,
      type: 'account',
      value: AWKWARD[i % AWKWARD.length]!,
      valid: i % 3 !== 0,
      field: `fields.f${i}`,
      start: i,
      end: i + 4,
      raw: AWKWARD[(i + 1) % AWKWARD.length]!,
      account: i % 5 === 0 ? null : AWKWARD[(i + 2) % AWKWARD.length]!,
      flags: i % 4 === 0 ? ['defanged'] : [],
      details: { name: AWKWARD[i % AWKWARD.length] },
    }));
    const communications = AWKWARD.map((source, i) => ({
      caseId,
      itemId,
      artifactId,
      artifactType: 'message',
      at: i % 2 ? null : '2026-03-01T10:00:00.000000Z',
      source,
      target: AWKWARD[(i + 3) % AWKWARD.length]!,
    }));
    const references = AWKWARD.map((messageId) => ({ caseId, itemId, artifactId, messageId, relation: 'reference' as const }));
    await store().transaction(
      async (tx) => {
        await tx.analysis.insertOccurrences(occurrences);
        await tx.analysis.insertCommunications(communications);
        await tx.analysis.insertMessageReferences(references);
        await tx.analysis.insertOccurrences([]);
      },
      { durable: false, lockLedger: false },
    );
    const back = await store().transaction((tx) => tx.analysis.occurrencesForArtifact(artifactId));
    const order = (a: EntityOccurrence, b: EntityOccurrence) => a.start - b.start;
    expect(back.sort(order)).toEqual(occurrences);
    const edges = await store().transaction((tx) => tx.analysis.communicationEdges(caseId, {}, 100));
    expect(edges.map((edge) => [edge.source, edge.target]).sort()).toEqual(communications.map((c) => [c.source, c.target]).sort());
    const named = await store().transaction((tx) => tx.analysis.messageReferencesOf(caseId, [artifactId]));
    expect(named.map((reference) => reference.messageId).sort()).toEqual([...AWKWARD].sort());

    await store().transaction((tx) => tx.analysis.deleteForItem(itemId), { lockLedger: false });
    expect(await store().transaction((tx) => tx.analysis.occurrencesForArtifact(artifactId))).toEqual([]);
  });

  it("leaves ledger appends free while a transaction that does not take the ledger's lock is open", async (test) => {
    // SQLite's write lock serialises every writer whatever the option says: there is nothing to show there.
    if (store().dialect !== 'postgres') test.skip();
    const { lead, caseId } = await aCaseOf();
    const deps: LedgerDeps = {
      clock: { now: () => new Date() },
      signer: keyFileSigner(join(database().dir, 'key')),
      settings: DEFAULT_SETTINGS,
    };
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let inside!: () => void;
    const entered = new Promise<void>((resolve) => (inside = resolve));
    const open = store().transaction(
      async (tx) => {
        await tx.analysis.deleteForItem(randomUUID());
        inside();
        await released;
      },
      { durable: false, lockLedger: false },
    );
    await entered;
    // Were the lock held by the open transaction, this would wait for it for ever (and the test time out).
    const event = await store().transaction((tx) =>
      recordEvent(tx, deps, actorEvent(null, 'test.alongside', { caseId, targetId: lead.id })),
    );
    expect(event.action).toBe('test.alongside');
    release();
    await open;
    expect(await store().transaction((tx) => tx.ledger.last())).toMatchObject({ seq: event.seq });
  });
});
