// A job asked for again while it runs (its item reprocessed while being analysed) runs once more after it: the
// request is kept on the running row, with its payload, until the run ends.
import type { Kysely, Migration } from 'kysely';

export const jobReruns: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('jobs').addColumn('rerun_payload', 'text').execute();
  },
};
