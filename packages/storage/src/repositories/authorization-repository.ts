// Legal authorisations in SQL: the whole record as JSON, with copies of the fields queries need.
import type { Kysely } from 'kysely';
import type { Authorization, AuthorizationRepository } from '@tamga/core';
import type { AuthorizationsTable, Database } from '../schema';

function toRow(a: Authorization): AuthorizationsTable {
  return {
    id: a.id,
    case_id: a.caseId,
    type: a.type,
    number: a.number,
    valid_from: a.validFrom,
    valid_until: a.validUntil,
    recorded_at: a.recordedAt,
    data: JSON.stringify(a),
  };
}

export function authorizationRepository(db: Kysely<Database>): AuthorizationRepository {
  return {
    async insert(authorization) {
      await db.insertInto('authorizations').values(toRow(authorization)).execute();
    },
    async update(authorization) {
      const { id, ...rest } = toRow(authorization);
      await db.updateTable('authorizations').set(rest).where('id', '=', id).execute();
    },
    async byId(caseId, id) {
      const row = await db
        .selectFrom('authorizations')
        .select('data')
        .where('case_id', '=', caseId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && (JSON.parse(row.data) as Authorization);
    },
    async listForCase(caseId) {
      const rows = await db.selectFrom('authorizations').select('data').where('case_id', '=', caseId).orderBy('recorded_at').execute();
      return rows.map((row) => JSON.parse(row.data) as Authorization);
    },
  };
}
