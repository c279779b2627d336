import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ANALYSE_JOB } from '@tamga/core';
import { openStore, type SqlStore } from '../sql-store';
import { createTestDatabase, type TestDatabase } from '../test-database';

// Runs on the database the tier names (SQLite by default, PostgreSQL under test:pg).
describe('migration 0009-search-layout', () => {
  let database: TestDatabase;
  let store: SqlStore | undefined;
  afterEach(async () => {
    await store?.close();
    await database.drop();
  });

  it('drops the old index and queues every analysed item for analysis again, once', async () => {
    database = createTestDatabase();
    const options = { schema: database.schema };
    const old = await openStore(database.url, { ...options, migrateUpTo: '0007-analysis' });
    const at = '2026-01-01T00:00:00.000Z';
    for (const item of ['item-1', 'item-2', 'item-3'])
      await old.db
        .insertInto('item_analysis')
        .values({ item_id: item, case_id: 'case-1', status: item === 'item-3' ? 'failed' : 'done', updated_at: at, data: '{}' })
        .execute();
    // item-2 already waits for analysis: it must not be queued twice.
    await old.db
      .insertInto('jobs')
      .values({
        id: 'waiting',
        name: ANALYSE_JOB,
        payload: JSON.stringify({ caseId: 'case-1', itemId: 'item-2' }),
        status: 'queued',
        attempts: 0,
        max_attempts: 3,
        run_at: at,
        lease_until: null,
        worker_id: null,
        last_error: null,
        dedupe_key: 'analyse:item-2',
        created_at: at,
        updated_at: at,
      })
      .execute();
    await sql`insert into search_documents (artifact_id, case_id, item_id, type, at, text${sql.raw(
      old.dialect === 'postgres' ? ', tsv' : '',
    )}) values ('a-1', 'case-1', 'item-1', 'message', ${at}, 'old text'${sql.raw(old.dialect === 'postgres' ? ", ''" : '')})`.execute(
      old.db,
    );
    await old.close();

    store = await openStore(database.url, options);
    const jobs = await store.db.selectFrom('jobs').select(['name', 'payload', 'dedupe_key', 'status']).orderBy('dedupe_key').execute();
    expect(jobs.map((j) => [j.name, JSON.parse(j.payload), j.dedupe_key, j.status])).toEqual([
      [ANALYSE_JOB, { caseId: 'case-1', itemId: 'item-1' }, 'analyse:item-1', 'queued'],
      [ANALYSE_JOB, { caseId: 'case-1', itemId: 'item-2' }, 'analyse:item-2', 'queued'],
      [ANALYSE_JOB, { caseId: 'case-1', itemId: 'item-3' }, 'analyse:item-3', 'queued'],
    ]);
    expect(new Set((await store.db.selectFrom('jobs').select('id').execute()).map((j) => j.id)).size).toBe(3);
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from search_documents`.execute(store.db);
    expect(Number(rows[0]?.n)).toBe(0);
    await sql`select count(*) from search_texts`.execute(store.db);
  });
});
