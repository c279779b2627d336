// A job may name the job queued, in the same transaction, when it is given up for good (its last attempt failed,
// or its worker died during it): the queue knows nothing of what a job does, the follow-up's handler does.
import type { Kysely, Migration } from 'kysely';

export const jobGiveUp: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('jobs').addColumn('give_up_job', 'text').execute();
  },
};
