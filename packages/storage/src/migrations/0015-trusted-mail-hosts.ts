// A case's trusted mail hosts (core/mail-hosts.ts), a JSON array: none for the cases there are.
import type { Kysely, Migration } from 'kysely';

export const trustedMailHosts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('cases')
      .addColumn('trusted_mail_hosts', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
  },
};
