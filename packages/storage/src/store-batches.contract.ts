// The Store contract for the repositories' bulk methods (a group of items processed at once, a container's members
// recorded at once): each must do what the one-by-one methods would; and how a container's members stand, at every
// depth.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  artifactRecord,
  newProcessingState,
  noDerivedItems,
  type ArtifactDraft,
  type EvidenceItem,
  type ProcessingStatus,
} from '@tamga/core';
import { aCase, anItem, user } from './store-fixtures';
import type { TestDatabase } from './test-database';
import { useTestStore } from './use-test-store';

export function storeBatchContract(name: string, makeDatabase: () => TestDatabase): void {
  describe(`Store contract, bulk methods: ${name}`, () => {
    const { store } = useTestStore(makeDatabase);

    it('inserts, finds and clears many items, states and artefacts at once, as one by one would', async () => {
      const lead = user();
      const record = aCase(lead.id);
      await store().transaction(async (tx) => {
        await tx.users.insert(lead);
        await tx.cases.insert(record);
      });
      const now = new Date().toISOString();
      const parentId = randomUUID();
      // More than one statement's worth (500), so the slicing is exercised too.
      const items: EvidenceItem[] = Array.from({ length: 620 }, (_, i) =>
        anItem(record.id, lead, {
          exhibitNumber: `E-1/${i + 1}`,
          rootExhibitNumber: 'E-1',
          parentId: i === 0 ? null : parentId,
          originalPath: i === 0 ? '/seized/box.zip' : `inner/файл ${i}.txt`,
          name: `файл ${i}.txt`,
          digests: { size: i, md5: '0'.repeat(32), sha1: '1'.repeat(40), sha256: (i % 16).toString(16).repeat(64) },
          createdAt: now,
        }),
      );
      await store().transaction((tx) => tx.evidence.insertMany(items));
      const ids = [...items.map((item) => item.id), 'missing'];
      const back = await store().transaction((tx) => tx.evidence.byIds(record.id, ids));
      expect(new Map(back.map((item) => [item.id, item]))).toEqual(new Map(items.map((item) => [item.id, item])));
      expect(await store().transaction((tx) => tx.evidence.byIds(randomUUID(), ids))).toEqual([]);
      const paths = ['inner/файл 7.txt', 'inner/файл 619.txt', 'inner/нет.txt', '/seized/box.zip'];
      const found = await store().transaction((tx) => tx.evidence.byPaths(record.id, parentId, paths));
      expect(found.map((item) => item.originalPath).sort()).toEqual(['inner/файл 619.txt', 'inner/файл 7.txt']);
      // Recorded together (at one time), members list in the order their numbers count: …/2 before …/10.
      const listed = await store().transaction((tx) => tx.evidence.listForCase(record.id, { parentId }));
      expect(listed.map((item) => item.exhibitNumber)).toEqual(items.slice(1).map((item) => item.exhibitNumber));

      const states = items.map((item) => newProcessingState(item.id, record.id, now));
      await store().transaction((tx) => tx.processing.upsertMany(states));
      // The same item twice in one call: the last state wins, as two upserts would leave it.
      await store().transaction((tx) =>
        tx.processing.upsertMany([
          { ...states[3]!, status: 'running' },
          { ...states[3]!, status: 'done', parserId: 'p', warnings: [{ text: 'w' }] },
          { ...states[600]!, status: 'failed', reason: 'bad' },
        ]),
      );
      const stored = await store().transaction((tx) => tx.processing.getMany([...ids]));
      expect(stored).toHaveLength(620);
      expect(stored.find((state) => state.itemId === items[3]!.id)).toMatchObject({
        status: 'done',
        parserId: 'p',
        warnings: [{ text: 'w' }],
      });
      expect(stored.find((state) => state.itemId === items[600]!.id)).toMatchObject({ status: 'failed', reason: 'bad' });
      expect(await store().transaction((tx) => tx.processing.counts(record.id))).toMatchObject({ queued: 618, done: 1, failed: 1 });

      const context = { caseId: record.id, parserId: 'p', parserVersion: '1', run: 1 };
      // A later run of an item replaces the artefacts it writes again (same ids) and leaves the others until it succeeds.
      const run = (item: string, run: number, keys: string[]) =>
        store().appendArtifacts(
          keys.map((key, i) =>
            artifactRecord(
              { type: 'document', key, text: `${key}@${run}`, locator: { offset: i } },
              { ...context, itemId: item, run, ordinal: i },
            ),
          ),
        );
      const texts = async (item: string) =>
        (await store().transaction((tx) => tx.artifacts.list(record.id, { itemId: item }))).map((artifact) => artifact.text).sort();
      const [first, second] = [items[1]!.id, items[2]!.id];
      await run(first, 1, ['a', 'b', 'c']);
      await run(second, 1, ['a']);
      await run(first, 2, ['b', 'd']);
      expect(await texts(first)).toEqual(['a@1', 'b@2', 'c@1', 'd@2']);
      // The same key twice in one run is still refused, across batches too.
      await expect(run(first, 2, ['e', 'd'])).rejects.toMatchObject({ code: 'ARTIFACT_KEY_REPEATED' });
      expect(await texts(first)).toEqual(['a@1', 'b@2', 'c@1', 'd@2']);
      expect(await store().transaction((tx) => tx.artifacts.deleteOtherRuns(record.id, first, 2))).toBe(2);
      expect(await texts(first)).toEqual(['b@2', 'd@2']);
      // Another case's id clears nothing of this one's; one run's artefacts go alone.
      expect(await store().transaction((tx) => tx.artifacts.deleteOtherRuns(randomUUID(), second, 2))).toBe(0);
      expect(await store().transaction((tx) => tx.artifacts.deleteRun(record.id, first, 1))).toBe(0);
      expect(await store().transaction((tx) => tx.artifacts.deleteRun(record.id, first, 2))).toBe(2);
      expect(await texts(first)).toEqual([]);
      expect(await texts(second)).toEqual(['a@1']);

      // Artefacts by ids: more than a statement's worth, named twice, with ids that are not there.
      const drafts = Array.from({ length: 620 }, (_, i): ArtifactDraft => ({
        type: 'document',
        key: `k${i}`,
        text: `${i}`,
        locator: { offset: i },
      }));
      const records = drafts.map((draft, i) => artifactRecord(draft, { ...context, itemId: items[7]!.id, ordinal: i }));
      await store().appendArtifacts(records);
      const wanted = [...records.map((r) => r.id), records[0]!.id, 'missing'];
      const byIds = await store().transaction((tx) => tx.artifacts.byIds(record.id, wanted));
      expect(byIds.map((artifact) => artifact.text).sort()).toEqual(records.map((r) => r.text).sort());
      expect(byIds.find((artifact) => artifact.id === records[3]!.id)).toMatchObject({
        itemId: items[7]!.id,
        ordinal: 3,
        type: 'document',
      });
      // Another case's ids find nothing of this one's.
      expect(await store().transaction((tx) => tx.artifacts.byIds(randomUUID(), wanted))).toEqual([]);
    });

    it('counts how the items derived from an exhibit stand, at every depth, and names the first that failed or were skipped', async () => {
      const lead = user();
      const record = aCase(lead.id);
      const other = aCase(lead.id);
      const earlier = '2026-01-01T00:00:00.000Z';
      const later = '2026-01-01T00:00:01.000Z';
      const latest = '2026-01-01T00:00:02.000Z';
      const root = anItem(record.id, lead, { exhibitNumber: 'E-7' });
      // Twelve members recorded together: …/2 and …/10 fail, …/11 is skipped, …/12 has no state yet, …/3 runs.
      const members = Array.from({ length: 12 }, (_, i) =>
        anItem(record.id, lead, { exhibitNumber: `E-7/${i + 1}`, parentId: root.id, createdAt: earlier, originalPath: `m${i + 1}` }),
      );
      const folder = anItem(record.id, lead, {
        exhibitNumber: 'E-7/13',
        parentId: root.id,
        createdAt: earlier,
        kind: 'folder',
        digests: null,
      });
      // Deeper: a member of member 4 fails, one of the folder's too; both found later.
      const nested = anItem(record.id, lead, {
        exhibitNumber: 'E-7/4/1',
        parentId: members[3]!.id,
        createdAt: later,
        originalPath: 'bomb\u009b.zip',
      });
      const nestedDone = anItem(record.id, lead, { exhibitNumber: 'E-7/4/2', parentId: members[3]!.id, createdAt: later });
      // Deeper still, found last: two members of E-7/4/2 skipped.
      const deepest = [1, 2].map((n) =>
        anItem(record.id, lead, { exhibitNumber: `E-7/4/2/${n}`, parentId: nestedDone.id, createdAt: latest, originalPath: `d${n}` }),
      );
      const inFolder = anItem(record.id, lead, { exhibitNumber: 'E-7/13/1', parentId: folder.id, createdAt: later });
      // Not under E-7: another exhibit's member, and an item of another case that names E-7 as its parent.
      const beside = anItem(record.id, lead, { exhibitNumber: 'E-8' });
      const besideMember = anItem(record.id, lead, { exhibitNumber: 'E-8/1', parentId: beside.id });
      const elsewhere = anItem(other.id, lead, { exhibitNumber: 'E-7/1', parentId: root.id });
      const now = new Date().toISOString();
      const ratio = { member: 'bomb.zip', ratio: 5000, limit: 1000 };
      const state = (item: { id: string }, status: ProcessingStatus, reason: string | null = null) => ({
        ...newProcessingState(item.id, item === elsewhere ? other.id : record.id, now),
        status,
        reason,
        reasonCode: reason ? ('limit_entry_ratio' as const) : null,
        reasonParams: reason ? ratio : null,
      });
      await store().transaction(async (tx) => {
        await tx.users.insert(lead);
        await tx.cases.insert(record);
        await tx.cases.insert(other);
        await tx.evidence.insertMany([root, ...members, folder, nested, nestedDone, ...deepest, inFolder, beside, besideMember, elsewhere]);
        await tx.processing.upsertMany([
          state(root, 'done'),
          ...members
            .slice(0, 11)
            .map((member, i) =>
              i === 1 || i === 9
                ? state(member, 'failed', `m${i + 1} failed`)
                : state(member, i === 10 ? 'skipped' : i === 2 ? 'running' : 'done'),
            ),
          state(nested, 'failed', 'nested failed'),
          state(nestedDone, 'done'),
          ...deepest.map((item) => state(item, 'skipped', 'deep skipped')),
          // A folder's own state (no bytes) is not one of its files'.
          state(folder, 'skipped', 'a folder'),
          state(inFolder, 'failed', 'in folder failed'),
          state(besideMember, 'failed', 'beside'),
          state(elsewhere, 'failed', 'elsewhere'),
        ]);
        await tx.processing.upsert({
          ...state(members[10]!, 'skipped'),
          reason: 'sequestered',
          reasonCode: 'sequestered',
          reasonParams: null,
        });
      });
      const derived = await store().transaction((tx) => tx.processing.derivedFrom(record.id, root.id, 3));
      expect(derived).toMatchObject({
        items: 17,
        counts: { pending: 1, queued: 0, running: 1, done: 8, failed: 4, skipped: 3 },
        skipped: [
          { itemId: members[10]!.id, exhibitNumber: 'E-7/11', originalPath: 'm11', reason: 'sequestered', reasonCode: 'sequestered' },
          { itemId: deepest[0]!.id, exhibitNumber: 'E-7/4/2/1', originalPath: 'd1', reason: 'deep skipped' },
          { itemId: deepest[1]!.id, exhibitNumber: 'E-7/4/2/2', originalPath: 'd2', reason: 'deep skipped' },
        ],
      });
      expect(derived.failed).toEqual([
        {
          itemId: members[1]!.id,
          exhibitNumber: 'E-7/2',
          originalPath: 'm2',
          reason: 'm2 failed',
          reasonCode: 'limit_entry_ratio',
          reasonParams: ratio,
        },
        {
          itemId: members[9]!.id,
          exhibitNumber: 'E-7/10',
          originalPath: 'm10',
          reason: 'm10 failed',
          reasonCode: 'limit_entry_ratio',
          reasonParams: ratio,
        },
        {
          itemId: nested.id,
          exhibitNumber: 'E-7/4/1',
          originalPath: 'bomb\u009b.zip',
          reason: 'nested failed',
          reasonCode: 'limit_entry_ratio',
          reasonParams: ratio,
        },
      ]);
      // Fewer named than there are: the first of each, the counts whole; none named, counts only.
      const two = await store().read((tx) => tx.processing.derivedFrom(record.id, root.id, 2));
      expect(two.counts).toEqual(derived.counts);
      expect(two.failed.map((outcome) => outcome.exhibitNumber)).toEqual(['E-7/2', 'E-7/10']);
      expect(two.skipped.map((outcome) => outcome.exhibitNumber)).toEqual(['E-7/11', 'E-7/4/2/1']);
      expect(await store().read((tx) => tx.processing.derivedFrom(record.id, root.id, 0))).toEqual({
        ...derived,
        failed: [],
        skipped: [],
      });
      // A member container counts its own members only, at every depth below it; a leaf has none.
      expect(await store().transaction((tx) => tx.processing.derivedFrom(record.id, members[3]!.id, 3))).toMatchObject({
        items: 4,
        counts: { pending: 0, done: 1, failed: 1, skipped: 2 },
        failed: [{ exhibitNumber: 'E-7/4/1' }],
        skipped: [{ exhibitNumber: 'E-7/4/2/1' }, { exhibitNumber: 'E-7/4/2/2' }],
      });
      expect(await store().read((tx) => tx.processing.derivedFrom(record.id, nestedDone.id, 3))).toMatchObject({
        items: 2,
        counts: { skipped: 2 },
        failed: [],
      });
      expect(await store().transaction((tx) => tx.processing.derivedFrom(record.id, members[0]!.id, 3))).toEqual(noDerivedItems());
      expect(await store().transaction((tx) => tx.processing.derivedFrom(other.id, root.id, 3))).toMatchObject({
        items: 1,
        counts: { failed: 1 },
      });

      // A list's brief of the same: only the items with derived items that failed or were skipped, counted as above.
      const listed = [root, members[0]!, members[3]!, nestedDone, nested, folder, beside, elsewhere].map((item) => item.id);
      const briefs = await store().read((tx) => tx.processing.derivedBriefs(record.id, [...listed, 'missing']));
      expect(new Map(briefs.map(({ itemId, ...brief }) => [itemId, brief]))).toEqual(
        new Map([
          [root.id, { items: 17, failed: 4, skipped: 3 }],
          [members[3]!.id, { items: 4, failed: 1, skipped: 2 }],
          [nestedDone.id, { items: 2, failed: 0, skipped: 2 }],
          [folder.id, { items: 1, failed: 1, skipped: 0 }],
          [beside.id, { items: 1, failed: 1, skipped: 0 }],
        ]),
      );
      // Another case sees only its own item under the same parent id; no items asked for, none given.
      expect(await store().read((tx) => tx.processing.derivedBriefs(other.id, listed))).toEqual([
        { itemId: root.id, items: 1, failed: 1, skipped: 0 },
      ]);
      expect(await store().read((tx) => tx.processing.derivedBriefs(record.id, []))).toEqual([]);
      expect(await store().read((tx) => tx.processing.derivedBriefs(randomUUID(), listed))).toEqual([]);
    });

    it('reads in a snapshot of its own, where a write is refused and the store writes again after', async () => {
      const lead = user();
      const record = aCase(lead.id);
      await expect(store().read((tx) => tx.users.insert(lead))).rejects.toThrow();
      await store().transaction(async (tx) => {
        await tx.users.insert(lead);
        await tx.cases.insert(record);
      });
      expect(await store().read((tx) => tx.cases.byId(record.id))).toMatchObject({ id: record.id });
      // What the refused write failed in is rolled back and the connection writes again; a read that throws passes it on.
      await expect(
        store().read(async (tx) => {
          await tx.cases.byId(record.id);
          throw new Error('the reader’s own');
        }),
      ).rejects.toThrow('the reader’s own');
      const item = anItem(record.id, lead, { exhibitNumber: 'E-1' });
      await store().transaction((tx) => tx.evidence.insert(item));
      expect(await store().read((tx) => tx.evidence.byId(record.id, item.id))).toMatchObject({ id: item.id });
    });
  });
}
