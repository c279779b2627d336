// Evidence items and integrity incidents.
import type { Kysely, Migration } from 'kysely';

export const evidence: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('evidence_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
      .addColumn('parent_id', 'text')
      // '' for top-level items: NULLs never collide in a unique index, and re-ingest relies on this one.
      .addColumn('parent_key', 'text', (c) => c.notNull())
      .addColumn('exhibit_number', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('original_path', 'text', (c) => c.notNull())
      .addColumn('size', 'bigint')
      .addColumn('md5', 'text')
      .addColumn('sha1', 'text')
      .addColumn('sha256', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addUniqueConstraint('evidence_items_path', ['case_id', 'parent_key', 'original_path'])
      .addUniqueConstraint('evidence_items_exhibit', ['case_id', 'exhibit_number'])
      .execute();
    await db.schema.createIndex('evidence_items_sha256').on('evidence_items').column('sha256').execute();

    await db.schema
      .createTable('integrity_incidents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
      .addColumn('item_id', 'text', (c) => c.notNull().references('evidence_items.id'))
      .addColumn('opened_at', 'text', (c) => c.notNull())
      .addColumn('resolved_at', 'text')
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('integrity_incidents_case').on('integrity_incidents').column('case_id').execute();
    await db.schema.createIndex('ledger_events_target').on('ledger_events').column('target_id').execute();
  },
};
