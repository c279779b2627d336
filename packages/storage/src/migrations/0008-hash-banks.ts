// Hash banks (FORMATS.md §7–§8), their entries, what items matched, and the perceptual hashes of images.
import type { Kysely, Migration } from 'kysely';

export const hashBanks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('hash_banks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('meaning', 'text', (c) => c.notNull())
      .addColumn('enabled', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();

    // One row per (bank, signal, value): a hash repeated in a list or in a later version keeps its first arrival.
    await db.schema
      .createTable('hash_bank_entries')
      .addColumn('bank_id', 'text', (c) => c.notNull())
      .addColumn('signal', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('hash_bank_entries_pk', ['bank_id', 'signal', 'value'])
      .execute();
    // Exact matching looks a digest up across every bank.
    await db.schema.createIndex('hash_bank_entries_value').on('hash_bank_entries').columns(['signal', 'value']).execute();

    await db.schema
      .createTable('hash_matches')
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('bank_id', 'text', (c) => c.notNull())
      .addColumn('signal', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('distance', 'integer', (c) => c.notNull())
      .addColumn('matched_at', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('hash_matches_case').on('hash_matches').columns(['case_id', 'item_id']).execute();
    await db.schema.createIndex('hash_matches_item').on('hash_matches').columns(['item_id']).execute();

    await db.schema
      .createTable('item_image_hashes')
      .addColumn('item_id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('signal', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('quality', 'integer', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('item_image_hashes_case').on('item_image_hashes').columns(['case_id']).execute();
  },
};
