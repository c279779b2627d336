// Which processing attempt wrote each artefact (ArtifactRecord.run): an item's earlier artefacts stay until a later
// run of it succeeds. The artefacts there are count as run 0, before any attempt.
import type { Kysely, Migration } from 'kysely';

export const artifactRuns: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('artifacts')
      .addColumn('run', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
