// The Store contract: every adapter must pass these, on SQLite in `npm test` and on PostgreSQL in `npm run test:pg`.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  recordEvent,
  recordEvents,
  actorEvent,
  writeCheckpoint,
  scanLedger,
  artifactRecord,
  ArtifactBatchBuilder,
  newProcessingState,
  type ArtifactDraft,
  type Authorization,
  type LedgerDeps,
} from '@tamga/core';
import { keyFileSigner } from './key-file-signer';
import { aCase, user } from './store-fixtures';
import type { TestDatabase } from './test-database';
import { useTestStore } from './use-test-store';

export function storeContract(name: string, makeDatabase: () => TestDatabase): void {
  describe(`Store contract: ${name}`, () => {
    const { store, database } = useTestStore(makeDatabase);
    let deps: LedgerDeps;

    beforeAll(() => {
      deps = {
        clock: { now: () => new Date() },
        signer: keyFileSigner(join(database().dir, 'key')),
        settings: { ...DEFAULT_SETTINGS, checkpointEvery: 10 },
      };
    });

    it('stores users and reads them back field for field', async () => {
      const u = user({ totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DP', totpEnabled: true, lockedUntil: '2030-01-01T00:00:00.000Z' });
      await store().transaction((tx) => tx.users.insert(u));
      expect(await store().transaction((tx) => tx.users.byId(u.id))).toEqual(u);
      expect(await store().transaction((tx) => tx.users.byUsername(u.username))).toEqual(u);
      await store().transaction((tx) => tx.users.update({ ...u, disabled: true, failedLogins: 3 }));
      const back = await store().transaction((tx) => tx.users.byId(u.id));
      expect(back?.disabled).toBe(true);
      expect(back?.failedLogins).toBe(3);
      expect(await store().transaction((tx) => tx.users.byId('missing'))).toBeUndefined();
    });

    it('refuses a second user with the same name', async () => {
      const u = user();
      await store().transaction((tx) => tx.users.insert(u));
      await expect(store().transaction((tx) => tx.users.insert({ ...user(), username: u.username }))).rejects.toThrow();
    });

    it('rolls a failed transaction back completely', async () => {
      const u = user();
      await expect(
        store().transaction(async (tx) => {
          await tx.users.insert(u);
          await recordEvent(tx, deps, actorEvent(null, 'test.rolled_back'));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store().transaction((tx) => tx.users.byId(u.id))).toBeUndefined();
      const events = await store().transaction((tx) => tx.ledger.list({ limit: 1000, order: 'asc' }));
      expect(events.some((e) => e.action === 'test.rolled_back')).toBe(false);
    });

    it('keeps sessions and revokes them one by one or all at once', async () => {
      const u = user();
      await store().transaction((tx) => tx.users.insert(u));
      const base = { userId: u.id, kind: 'web' as const, csrfToken: 'c', createdAt: 'a', expiresAt: 'b', revokedAt: null };
      await store().transaction(async (tx) => {
        await tx.sessions.insert({ ...base, id: randomUUID(), tokenHash: `h1-${u.id}` });
        await tx.sessions.insert({ ...base, id: randomUUID(), tokenHash: `h2-${u.id}` });
      });
      const first = await store().transaction((tx) => tx.sessions.byTokenHash(`h1-${u.id}`));
      await store().transaction((tx) => tx.sessions.revoke(first!.id, '2026-01-01T00:00:00.000Z'));
      expect((await store().transaction((tx) => tx.sessions.byTokenHash(`h1-${u.id}`)))?.revokedAt).toBe('2026-01-01T00:00:00.000Z');
      await store().transaction((tx) => tx.sessions.revokeAllOf(u.id, '2026-02-01T00:00:00.000Z'));
      expect((await store().transaction((tx) => tx.sessions.byTokenHash(`h2-${u.id}`)))?.revokedAt).toBe('2026-02-01T00:00:00.000Z');
      expect((await store().transaction((tx) => tx.sessions.byTokenHash(`h1-${u.id}`)))?.revokedAt).toBe('2026-01-01T00:00:00.000Z');
    });

    it('stores cases with members and lists only a member’s cases', async () => {
      const lead = user();
      const other = user();
      const c1 = aCase(lead.id, {
        offences: [
          { framework: 'NATIONAL', country: 'KZ', code: '256 ч.2', maxPenaltyYears: 7 },
          { framework: 'UNODC_TUI', code: 'TUI-PROP-REC' },
        ],
      });
      const c2 = aCase(other.id);
      await store().transaction(async (tx) => {
        await tx.users.insert(lead);
        await tx.users.insert(other);
        await tx.cases.insert(c1);
        await tx.cases.insert(c2);
        await tx.cases.upsertMember({ caseId: c1.id, userId: lead.id, level: 'lead', addedAt: 'x', addedBy: lead.id });
        await tx.cases.upsertMember({ caseId: c2.id, userId: other.id, level: 'lead', addedAt: 'x', addedBy: other.id });
        await tx.cases.upsertMember({ caseId: c2.id, userId: lead.id, level: 'read', addedAt: 'y', addedBy: other.id });
      });
      expect(await store().transaction((tx) => tx.cases.byId(c1.id))).toEqual(c1);
      expect(await store().transaction((tx) => tx.cases.byReference(c1.reference))).toEqual(c1);
      const mine = await store().transaction((tx) => tx.cases.listForMember(lead.id));
      expect(mine.map((m) => [m.case.id, m.level]).sort()).toEqual(
        [
          [c1.id, 'lead'],
          [c2.id, 'read'],
        ].sort(),
      );
      expect((await store().transaction((tx) => tx.cases.listForMember(other.id))).map((m) => m.case.id)).toEqual([c2.id]);
      await store().transaction((tx) =>
        tx.cases.upsertMember({ caseId: c2.id, userId: lead.id, level: 'contribute', addedAt: 'z', addedBy: other.id }),
      );
      const m = await store().transaction((tx) => tx.cases.membership(c2.id, lead.id));
      expect(m).toEqual({ caseId: c2.id, userId: lead.id, level: 'contribute', addedAt: 'y', addedBy: other.id });
      await store().transaction((tx) => tx.cases.removeMember(c2.id, lead.id));
      expect(await store().transaction((tx) => tx.cases.membership(c2.id, lead.id))).toBeUndefined();
      await store().transaction((tx) => tx.cases.update({ ...c1, status: 'closed' }));
      expect((await store().transaction((tx) => tx.cases.listAll({ status: 'closed' }))).map((c) => c.id)).toContain(c1.id);
    });

    it('stores authorisations whole', async () => {
      const lead = user();
      const c = aCase(lead.id);
      const a: Authorization = {
        id: randomUUID(),
        caseId: c.id,
        type: 'COURT_WARRANT',
        number: '2-1234/2026',
        issuerType: 'COURT',
        issuedBy: { body: 'Специализированный межрайонный суд г. Алматы', name: 'Судья Н. Ахметов', country: 'KZ' },
        issuedAt: '2026-11-01T09:00:00.000Z',
        validFrom: '2026-11-01T09:00:00.000Z',
        validUntil: '2027-02-01T09:00:00.000Z',
        measures: ['SEARCH_SEIZURE', 'PRODUCTION'],
        scope: {
          categories: ['CONTENT', 'SUBSCRIBER'],
          selectors: [{ type: 'PHONE_E164', value: '+77011234567' }],
          exhibits: ['EXH-001'],
          period: { from: '2026-01-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' },
        },
        legalBasis: [{ instrument: 'DOMESTIC_CPC', domesticProvision: 'УПК РК ст. 252' }],
        grounds: 'Сведения о переводах',
        conditions: ['Только переписка с 01.01.2026'],
        validationDue: null,
        validatedAt: null,
        revokedAt: null,
        documentRef: null,
        documentHash: null,
        recordedBy: lead.id,
        recordedAt: new Date().toISOString(),
      };
      await store().transaction(async (tx) => {
        await tx.users.insert(lead);
        await tx.cases.insert(c);
        await tx.authorizations.insert(a);
      });
      expect(await store().transaction((tx) => tx.authorizations.byId(c.id, a.id))).toEqual(a);
      expect(await store().transaction((tx) => tx.authorizations.byId(randomUUID(), a.id))).toBeUndefined();
      await store().transaction((tx) => tx.authorizations.update({ ...a, revokedAt: '2026-12-01T00:00:00.000Z' }));
      expect((await store().transaction((tx) => tx.authorizations.listForCase(c.id)))[0]?.revokedAt).toBe('2026-12-01T00:00:00.000Z');
    });

    it('appends ledger events from concurrent transactions without gaps or forks, and checkpoints verify', async () => {
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          store().transaction((tx) =>
            recordEvent(tx, deps, actorEvent(null, 'test.concurrent', { details: { i, text: 'ё Ә ғ қ ң ө ұ ү һ і' } })),
          ),
        ),
      );
      const events = await store().transaction((tx) => tx.ledger.list({ limit: 10_000, order: 'asc' }));
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
      for (let i = 1; i < events.length; i++) expect(events[i]?.prevHash).toBe(events[i - 1]?.hash);
      await store().transaction((tx) => writeCheckpoint(tx, deps));
      const checkpoints = await store().transaction((tx) => tx.ledger.checkpoints());
      expect(checkpoints.length).toBeGreaterThanOrEqual(Math.floor(events.length / 10));
      const report = await scanLedger(store(), deps.signer.publicKeyHex);
      expect(report.firstProblem).toBeNull();
      expect(report.ok).toBe(true);
      expect(report.events).toBe(events.length);
    });

    it('appends a run of events in one go, chained and checkpointed as one by one would be', async () => {
      const before = await store().transaction((tx) => tx.ledger.last());
      const runs = [3, 1, 620, 0];
      for (const length of runs) {
        await store().transaction((tx) =>
          recordEvents(
            tx,
            deps,
            Array.from({ length }, (_, i) => actorEvent(null, 'test.run', { details: { i, text: 'ә ғ қ' } })),
          ),
        );
      }
      // One more by itself after the runs: it must continue the chain the runs left.
      await store().transaction((tx) => recordEvent(tx, deps, actorEvent(null, 'test.after_run')));
      const events = await store().transaction((tx) => tx.ledger.list({ afterSeq: before?.seq ?? 0, limit: 10_000, order: 'asc' }));
      expect(events.map((e) => e.action)).toEqual([...Array(624).fill('test.run'), 'test.after_run']);
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => (before?.seq ?? 0) + i + 1));
      expect(events[0]!.prevHash).toBe(before?.hash);
      // The run of 620 passed many multiples of 10: one checkpoint covers it whole.
      const latest = await store().transaction((tx) => tx.ledger.lastCheckpoint());
      expect(latest!.treeSize).toBeGreaterThanOrEqual((before?.seq ?? 0) + 624);
      const report = await scanLedger(store(), deps.signer.publicKeyHex);
      expect(report.firstProblem).toBeNull();
      expect(report.ok).toBe(true);
    });

    it('pages the ledger by case and by sequence', async () => {
      const caseId = randomUUID();
      for (let i = 0; i < 5; i++)
        await store().transaction((tx) => recordEvent(tx, deps, actorEvent(null, 'test.paged', { caseId, details: { i } })));
      const newest = await store().transaction((tx) => tx.ledger.list({ caseId, limit: 2, order: 'desc' }));
      expect(newest.map((e) => e.details.i)).toEqual([4, 3]);
      const older = await store().transaction((tx) => tx.ledger.list({ caseId, beforeSeq: newest[1]!.seq, limit: 10, order: 'desc' }));
      expect(older.map((e) => e.details.i)).toEqual([2, 1, 0]);
    });

    it('refuses to update or delete ledger rows', async () => {
      await store().transaction((tx) => recordEvent(tx, deps, actorEvent(null, 'test.append_only')));
      await expect(store().db.updateTable('ledger_events').set({ action: 'forged' }).where('seq', '=', 1).execute()).rejects.toThrow(
        /append-only/,
      );
      await expect(store().db.deleteFrom('ledger_events').where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
      await expect(store().db.deleteFrom('ledger_checkpoints').execute()).rejects.toThrow(/append-only/);
    });

    it('appends artefacts in bulk, lists them in time order with filters and pages, and refuses a repeated id', async () => {
      const caseId = randomUUID();
      const itemId = randomUUID();
      const context = { caseId, itemId, parserId: 'test.parser', parserVersion: '1', run: 1 };
      const draft = (i: number, at: string | null): ArtifactDraft => ({
        type: i % 2 ? 'message' : 'email',
        key: `k${i}`,
        time: at ? { utc: at, zone: '+05:00', raw: String(i) } : null,
        actors: [{ role: 'from', account: `telegram:user${i}`, name: 'Айгерим' }],
        text: `сообщение ${i}`,
        fields: { i, big: '12950613270990943' },
        locator: { offset: i * 10, length: 10 },
      });
      const times = ['2024-03-05T09:00:02.000000Z', '2024-03-05T09:00:01.000000Z', null, '2024-03-05T09:00:03.000001Z'];
      const records = times.map((at, i) => artifactRecord(draft(i, at), { ...context, ordinal: i }));
      await store().appendArtifacts(records);
      const all = await store().transaction((tx) => tx.artifacts.list(caseId));
      expect(all.map((a) => a.ordinal)).toEqual([1, 0, 3, 2]);
      expect(all[0]).toMatchObject({ type: 'message', at: '2024-03-05T09:00:01.000000Z', zone: '+05:00', text: 'сообщение 1', itemId });
      expect(all[0]!.fields).toEqual({ i: 1, big: '12950613270990943' });
      expect(all[3]!.at).toBeNull();
      const emails = await store().transaction((tx) => tx.artifacts.list(caseId, { type: 'email', from: '2024-03-05T09:00:00Z' }));
      expect(emails.map((a) => a.ordinal)).toEqual([0]);
      const page = await store().transaction((tx) => tx.artifacts.list(caseId, { after: { at: all[1]!.at, id: all[1]!.id }, limit: 10 }));
      expect(page.map((a) => a.ordinal)).toEqual([3, 2]);
      expect(await store().transaction((tx) => tx.artifacts.countByType(caseId))).toEqual({ email: 2, message: 2 });
      await expect(
        store().appendArtifacts([artifactRecord(draft(9, null), { ...context, ordinal: 9 }), records[0]!]),
      ).rejects.toMatchObject({
        code: 'ARTIFACT_KEY_REPEATED',
      });
      // The failed batch left nothing behind.
      expect((await store().transaction((tx) => tx.artifacts.list(caseId))).length).toBe(4);
      expect(await store().transaction((tx) => tx.artifacts.deleteForItem(caseId, itemId))).toBe(4);
    });

    it('writes a packed batch as the same rows as its records, hands its bytes back, and refuses a repeated key in it', async () => {
      const caseId = randomUUID();
      const drafts: ArtifactDraft[] = [
        {
          type: 'message',
          key: 'm1',
          time: { utc: '2024-03-05T09:00:02.000000Z', zone: 'Asia/Almaty', raw: '1' },
          actors: [{ role: 'from', account: 'telegram:user1', name: 'Айгерим 👩‍💻' }],
          text: 'сәлем 世界',
          fields: { n: 1 },
          locator: { pointer: '/messages/0' },
        },
        { type: 'contact', key: 'c2', text: null, locator: { line: 2 } },
        { type: 'email', key: 'e3', time: { utc: '2024-03-05T09:00:01.000000Z', zone: null }, text: '', locator: {} },
      ];
      const viaRecords = { caseId, itemId: randomUUID(), parserId: 'test.parser', parserVersion: '1', run: 1 };
      const viaBatch = { ...viaRecords, itemId: randomUUID() };
      await store().appendArtifacts(drafts.map((draft, i) => artifactRecord(draft, { ...viaRecords, ordinal: 5 + i })));
      const builder = new ArtifactBatchBuilder(viaBatch);
      drafts.forEach((draft, i) => builder.add(draft, 5 + i));
      const batch = builder.take();
      await store().appendArtifacts(batch);
      expect(batch.bytes.byteLength).toBeGreaterThan(0);
      const rows = async (itemId: string) =>
        (await store().transaction((tx) => tx.artifacts.list(caseId, { itemId })))
          .sort((a, b) => a.ordinal - b.ordinal)
          .map(({ id: _id, itemId: _itemId, ...rest }) => rest);
      expect(await rows(viaBatch.itemId)).toEqual(await rows(viaRecords.itemId));

      // A lone surrogate is stored as U+FFFD, as it is digested (and as PostgreSQL's driver stores it).
      const lone = new ArtifactBatchBuilder({ ...viaRecords, itemId: randomUUID() });
      lone.add({ type: 'message', key: 'lone', text: 'a\ud800b', locator: {} }, 0);
      const loneBatch = lone.take();
      await store().appendArtifacts(loneBatch);
      expect((await store().transaction((tx) => tx.artifacts.list(caseId, { itemId: loneBatch.itemId })))[0]!.text).toBe('a\ufffdb');

      const repeated = new ArtifactBatchBuilder({ ...viaRecords, itemId: randomUUID() });
      repeated.add(drafts[0]!, 0);
      repeated.add(drafts[0]!, 1);
      await expect(store().appendArtifacts(repeated.take())).rejects.toMatchObject({ code: 'ARTIFACT_KEY_REPEATED' });
      expect((await store().transaction((tx) => tx.artifacts.list(caseId))).length).toBe(7);
    });

    it("keeps each item's processing state and counts it per case", async () => {
      const caseId = randomUUID();
      const now = new Date().toISOString();
      const a = newProcessingState(randomUUID(), caseId, now);
      await store().transaction(async (tx) => {
        await tx.processing.upsert(a);
        await tx.processing.upsert({ ...newProcessingState(randomUUID(), caseId, now), status: 'failed', reason: 'bad', parserId: 'p' });
        await tx.processing.upsert({ ...a, status: 'done', parserId: 'p', warnings: [{ text: 'w' }], outputSha256: 'f'.repeat(64) });
      });
      expect(await store().transaction((tx) => tx.processing.get(a.itemId))).toMatchObject({ status: 'done', warnings: [{ text: 'w' }] });
      expect(await store().transaction((tx) => tx.processing.counts(caseId))).toEqual({
        queued: 0,
        running: 0,
        done: 1,
        failed: 1,
        skipped: 0,
      });
      expect((await store().transaction((tx) => tx.processing.listForCase(caseId, { status: 'failed' })))[0]!.reason).toBe('bad');
    });

    it("keeps a warning's code and values and a limit's values, and reads warnings kept as plain strings as their text", async () => {
      const caseId = randomUUID();
      const now = new Date().toISOString();
      const warnings = [
        { text: 'member "a/../b" has an unsafe path', code: 'zip.member_path_neutralised', params: { member: 'a/../b', path: 'a/b' } },
        { text: 'text capped at 1 MiB', code: 'docx.text_capped' },
        { text: 'said in English only' },
      ];
      const reasonParams = { stage: 'declared', entries: 150_000, limit: 100_000 };
      const structured = {
        ...newProcessingState(randomUUID(), caseId, now),
        status: 'failed' as const,
        parserId: 'archive.zip',
        warnings,
        reason: 'the archive lists 150000 entries, over the entry count limit (100000)',
        reasonCode: 'limit_entries' as const,
        reasonParams,
      };
      await store().transaction((tx) => tx.processing.upsert(structured));
      expect(await store().transaction((tx) => tx.processing.get(structured.itemId))).toEqual(structured);

      // A row as it was written before warnings had codes and reasons kept their values: strings, and no reasonParams.
      const { itemId, status, parserId, updatedAt, ...data } = newProcessingState(randomUUID(), caseId, now);
      const { reasonParams: _none, ...older } = { ...data, warnings: ['an older warning', 'and another'] as unknown, reason: null };
      await store()
        .db.insertInto('item_processing')
        .values({ item_id: itemId, case_id: caseId, status, parser_id: parserId, updated_at: updatedAt, data: JSON.stringify(older) })
        .execute();
      const read = await store().transaction((tx) => tx.processing.get(itemId));
      expect(read).toMatchObject({ warnings: [{ text: 'an older warning' }, { text: 'and another' }], reasonParams: null });
      expect(read!.warnings[0]).toEqual({ text: 'an older warning' });
      expect((await store().transaction((tx) => tx.processing.listForCase(caseId))).map((state) => state.warnings.length).sort()).toEqual([
        2, 3,
      ]);
    });

    it('reads a stored warning that is neither a string nor a warning without failing the state', async () => {
      const caseId = randomUUID();
      const { itemId, status, parserId, updatedAt, ...data } = newProcessingState(randomUUID(), caseId, new Date().toISOString());
      const odd = [
        { text: 'kept', code: '', params: { n: 1, bad: { nested: true }, alsoBad: null } },
        { code: 'x.y', params: { n: 2 } },
        7,
      ];
      await store()
        .db.insertInto('item_processing')
        .values({
          item_id: itemId,
          case_id: caseId,
          status,
          parser_id: parserId,
          updated_at: updatedAt,
          data: JSON.stringify({ ...data, warnings: odd, reasonParams: 'not an object' }),
        })
        .execute();
      expect(await store().transaction((tx) => tx.processing.get(itemId))).toMatchObject({
        warnings: [{ text: 'kept' }, { text: '', code: 'x.y', params: { n: 2 } }, { text: '7' }],
        reasonParams: null,
      });
    });
  });
}
