// A job may name the job queued, in the same transaction, when it is given up for good (its last attempt failed,
// or its worker died during it): the queue knows nothing of what a job does, the follow-up's handler does.
import { sql, type Kysely, type Migration } from 'kysely';

export const jobGiveUp: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('jobs').addColumn('give_up_job', 'text').execute();
    // Processing jobs queued or running before, whose give-up the worker recorded itself until now (the names as
    // core/processing/process-job.ts has them at this migration).
    await sql`update jobs set give_up_job = 'evidence.process-given-up'
      where name in ('evidence.process', 'evidence.process-small') and status in ('queued', 'running')`.execute(db);
  },
};
