// What analysis derives from artefacts (entity occurrences, who communicated with whom, each item's analysis
// state), and requests for access to a case found through a shared entity.
import type { Kysely, Migration } from 'kysely';

export const analysis: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('entity_occurrences')
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('artifact_id', 'text', (c) => c.notNull())
      .addColumn('artifact_type', 'text', (c) => c.notNull())
      // As in artifacts: ISO 8601 with microseconds, '~' for undated.
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('entity_key', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('valid', 'integer', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .addColumn('raw', 'text', (c) => c.notNull())
      // The artefact's sender or author, so the link graph can join an account to what it wrote.
      .addColumn('account', 'text')
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('entity_occurrences_case_key').on('entity_occurrences').columns(['case_id', 'entity_key', 'at']).execute();
    // The index over all cases: which cases hold this entity.
    await db.schema.createIndex('entity_occurrences_key_case').on('entity_occurrences').columns(['entity_key', 'case_id']).execute();
    await db.schema.createIndex('entity_occurrences_item').on('entity_occurrences').columns(['item_id']).execute();
    await db.schema.createIndex('entity_occurrences_artifact').on('entity_occurrences').columns(['artifact_id']).execute();

    await db.schema
      .createTable('communications')
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('artifact_id', 'text', (c) => c.notNull())
      .addColumn('artifact_type', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('communications_case_time').on('communications').columns(['case_id', 'at']).execute();
    await db.schema.createIndex('communications_item').on('communications').columns(['item_id']).execute();

    await db.schema
      .createTable('item_analysis')
      .addColumn('item_id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('item_analysis_case').on('item_analysis').columns(['case_id', 'status']).execute();

    await db.schema
      .createTable('access_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('requester_id', 'text', (c) => c.notNull())
      .addColumn('from_case_id', 'text', (c) => c.notNull())
      .addColumn('target_case_id', 'text', (c) => c.notNull())
      .addColumn('entity_key', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('access_requests_target').on('access_requests').columns(['target_case_id', 'status']).execute();
    await db.schema.createIndex('access_requests_requester').on('access_requests').columns(['requester_id', 'created_at']).execute();
  },
};
