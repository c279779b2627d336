// Cross-border requests (DOMAIN.md §4): the requests themselves, the reminders already sent (one per request,
// expiry and threshold, enforced by the primary key), and the provider and authority directory with its
// starter set (§4.7), which administrators then edit.
import type { Kysely, Migration } from 'kysely';
import { STARTER_DIRECTORY } from '@tamga/core';

// The seed's own date, not the clock's: the migration gives the same rows whenever it runs.
const SEEDED_AT = '2026-01-01T00:00:00.000Z';

export const requests: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('evidence_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('reference', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('open', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('evidence_requests_case').on('evidence_requests').columns(['case_id', 'created_at']).execute();
    await db.schema.createIndex('evidence_requests_reference').on('evidence_requests').columns(['case_id', 'reference']).unique().execute();
    await db.schema.createIndex('evidence_requests_open').on('evidence_requests').columns(['open']).execute();

    await db.schema
      .createTable('request_reminders')
      .addColumn('request_id', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('days_before', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('request_reminders_pk', ['request_id', 'expires_at', 'days_before'])
      .execute();

    await db.schema
      .createTable('directory_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    const rows = STARTER_DIRECTORY.map((seed) => ({
      id: seed.id,
      kind: seed.kind,
      name: seed.name,
      country: seed.country,
      updated_at: SEEDED_AT,
      data: JSON.stringify({ ...seed, updatedAt: SEEDED_AT, updatedBy: null }),
    }));
    await (db as Kysely<{ directory_entries: (typeof rows)[number] }>).insertInto('directory_entries').values(rows).execute();
  },
};
