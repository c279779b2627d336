// Claiming a job looks up the head of each job name's queue on its own index range, in due order, so a claim
// costs the same with ten jobs waiting or a million (one scan over every due job, sorted, did not).
import type { Kysely, Migration } from 'kysely';

export const jobClaims: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('jobs_claim').on('jobs').columns(['name', 'status', 'run_at', 'created_at']).execute();
    await db.schema.dropIndex('jobs_due').execute();
    await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at', 'created_at']).execute();
  },
};
