// Cases and their members in SQL.
import type { Kysely, Selectable } from 'kysely';
import type { AccessLevel, Case, CaseMember, CaseRepository, CaseStatus, OffenceRef } from '@tamga/core';
import type { CaseMembersTable, CasesTable, Database } from '../schema';

function toCase(row: Selectable<CasesTable>): Case {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    description: row.description,
    country: row.country,
    timeZone: row.time_zone,
    status: row.status as CaseStatus,
    training: row.training === 1,
    offences: JSON.parse(row.offences) as OffenceRef[],
    trustedMailHosts: JSON.parse(row.trusted_mail_hosts) as string[],
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  };
}

function fromCase(record: Case): CasesTable {
  return {
    id: record.id,
    reference: record.reference,
    title: record.title,
    description: record.description,
    country: record.country,
    time_zone: record.timeZone,
    status: record.status,
    training: record.training ? 1 : 0,
    offences: JSON.stringify(record.offences),
    trusted_mail_hosts: JSON.stringify(record.trustedMailHosts),
    created_at: record.createdAt,
    created_by: record.createdBy,
    updated_at: record.updatedAt,
  };
}

function toMember(row: Selectable<CaseMembersTable>): CaseMember {
  return { caseId: row.case_id, userId: row.user_id, level: row.level as AccessLevel, addedAt: row.added_at, addedBy: row.added_by };
}

export function caseRepository(db: Kysely<Database>): CaseRepository {
  return {
    async insert(record) {
      await db.insertInto('cases').values(fromCase(record)).execute();
    },
    async update(record) {
      const { id, ...rest } = fromCase(record);
      await db.updateTable('cases').set(rest).where('id', '=', id).execute();
    },
    async byId(id) {
      const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toCase(row);
    },
    async byReference(reference) {
      const row = await db.selectFrom('cases').selectAll().where('reference', '=', reference).executeTakeFirst();
      return row && toCase(row);
    },
    async listForMember(userId) {
      const rows = await db
        .selectFrom('cases')
        .innerJoin('case_members', 'case_members.case_id', 'cases.id')
        .selectAll('cases')
        .select('case_members.level as member_level')
        .where('case_members.user_id', '=', userId)
        .orderBy('cases.created_at', 'desc')
        .execute();
      return rows.map(({ member_level, ...row }) => ({ case: toCase(row), level: member_level as AccessLevel }));
    },
    async listAll(filter) {
      let query = db.selectFrom('cases').selectAll().orderBy('created_at', 'desc');
      if (filter?.status) query = query.where('status', '=', filter.status);
      return (await query.execute()).map(toCase);
    },
    async members(caseId) {
      const rows = await db.selectFrom('case_members').selectAll().where('case_id', '=', caseId).orderBy('added_at').execute();
      return rows.map(toMember);
    },
    async membership(caseId, userId) {
      const row = await db
        .selectFrom('case_members')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && toMember(row);
    },
    async upsertMember(member) {
      await db
        .insertInto('case_members')
        .values({ case_id: member.caseId, user_id: member.userId, level: member.level, added_at: member.addedAt, added_by: member.addedBy })
        .onConflict((oc) => oc.columns(['case_id', 'user_id']).doUpdateSet({ level: member.level }))
        .execute();
    },
    async removeMember(caseId, userId) {
      await db.deleteFrom('case_members').where('case_id', '=', caseId).where('user_id', '=', userId).execute();
    },
  };
}
