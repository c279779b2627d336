import { afterEach, describe, expect, it } from 'vitest';
import { ANALYSE_JOB, PROCESS_GIVEN_UP_JOB, PROCESS_JOB, PROCESS_SMALL_JOB } from '@tamga/core';
import { openStore, type SqlStore } from '../sql-store';
import { createTestDatabase, type TestDatabase } from '../test-database';

// Runs on the database the tier names (SQLite by default, PostgreSQL under test:pg).
describe('migration 0014-job-give-up', () => {
  let database: TestDatabase;
  let store: SqlStore | undefined;
  afterEach(async () => {
    await store?.close();
    await database.drop();
  });

  it('gives the processing jobs still live their give-up job, and no other job', async () => {
    database = createTestDatabase();
    const options = { schema: database.schema };
    const old = await openStore(database.url, { ...options, migrateUpTo: '0013-message-references' });
    const at = '2026-01-01T00:00:00.000Z';
    const jobs: Array<[string, string, string]> = [
      ['queued-process', PROCESS_JOB, 'queued'],
      ['running-small', PROCESS_SMALL_JOB, 'running'],
      ['done-process', PROCESS_JOB, 'done'],
      ['failed-small', PROCESS_SMALL_JOB, 'failed'],
      ['queued-analysis', ANALYSE_JOB, 'queued'],
    ];
    for (const [id, name, status] of jobs)
      await old.db
        .insertInto('jobs')
        .values({ id, name, payload: '{}', status, attempts: 0, max_attempts: 3, run_at: at, created_at: at, updated_at: at })
        .execute();
    await old.close();

    store = await openStore(database.url, options);
    const rows = await store.db.selectFrom('jobs').select(['id', 'give_up_job']).orderBy('id').execute();
    expect(Object.fromEntries(rows.map((row) => [row.id, row.give_up_job]))).toEqual({
      'done-process': null,
      'failed-small': null,
      'queued-analysis': null,
      'queued-process': PROCESS_GIVEN_UP_JOB,
      'running-small': PROCESS_GIVEN_UP_JOB,
    });
  });
});
