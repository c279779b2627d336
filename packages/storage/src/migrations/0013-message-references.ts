// E-mail threads: each e-mail's own Message-ID and the ids it replies to and names, written by analysis, so a
// thread is found through an index rather than by reading every e-mail of a case. E-mails analysed before this
// migration join their threads when their items are analysed again (reprocessing does it).
import type { Kysely, Migration } from 'kysely';

export const messageReferences: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('message_references')
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('artifact_id', 'text', (c) => c.notNull())
      .addColumn('message_id', 'text', (c) => c.notNull())
      .addColumn('relation', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('message_references_case_id').on('message_references').columns(['case_id', 'message_id']).execute();
    await db.schema.createIndex('message_references_artifact').on('message_references').columns(['artifact_id']).execute();
    await db.schema.createIndex('message_references_item').on('message_references').columns(['item_id']).execute();
  },
};
