// Artefacts read out of evidence, and each item's processing state. Both are derived and may be rebuilt.
import type { Kysely, Migration } from 'kysely';

export const processing: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('artifacts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('parser_id', 'text', (c) => c.notNull())
      .addColumn('parser_version', 'text', (c) => c.notNull())
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      // ISO 8601 with microseconds; '~' sorts after every date, so undated artefacts come last.
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('zone', 'text')
      .addColumn('actors', 'text', (c) => c.notNull())
      .addColumn('text', 'text')
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('artifacts_case_time').on('artifacts').columns(['case_id', 'at', 'id']).execute();
    await db.schema.createIndex('artifacts_case_type_time').on('artifacts').columns(['case_id', 'type', 'at', 'id']).execute();
    await db.schema.createIndex('artifacts_item').on('artifacts').columns(['item_id', 'ordinal']).execute();

    await db.schema
      .createTable('item_processing')
      .addColumn('item_id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('parser_id', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('item_processing_case').on('item_processing').columns(['case_id', 'status']).execute();
  },
};
