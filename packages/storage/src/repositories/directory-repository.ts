// The provider and authority directory in SQL: each entry as JSON, with the fields lists sort by as columns.
import type { Kysely } from 'kysely';
import type { DirectoryEntry, DirectoryRepository } from '@tamga/core';
import type { Database } from '../schema';

const parse = (row: { data: string }) => JSON.parse(row.data) as DirectoryEntry;

export function directoryRepository(db: Kysely<Database>): DirectoryRepository {
  return {
    async list() {
      return (await db.selectFrom('directory_entries').select('data').orderBy('kind').orderBy('name').execute()).map(parse);
    },
    async byId(id) {
      const row = await db.selectFrom('directory_entries').select('data').where('id', '=', id).executeTakeFirst();
      return row && parse(row);
    },
    async upsert(entry) {
      const row = {
        id: entry.id,
        kind: entry.kind,
        name: entry.name,
        country: entry.country,
        updated_at: entry.updatedAt,
        data: JSON.stringify(entry),
      };
      const { id: _id, ...rest } = row;
      await db
        .insertInto('directory_entries')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(rest))
        .execute();
    },
  };
}
