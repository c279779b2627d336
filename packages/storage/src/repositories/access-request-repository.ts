// Requests to join a case found through a shared entity: who, which case, status as columns; the rest as JSON.
import type { Kysely, Selectable } from 'kysely';
import type { AccessRequest, AccessRequestRepository } from '@tamga/core';
import type { Database } from '../schema';
import type { AccessRequestsTable } from '../schema-analysis';

type RequestData = Pick<AccessRequest, 'reason' | 'decidedAt' | 'decidedBy' | 'decisionNote'>;

function toRow(r: AccessRequest): AccessRequestsTable {
  const data: RequestData = { reason: r.reason, decidedAt: r.decidedAt, decidedBy: r.decidedBy, decisionNote: r.decisionNote };
  return {
    id: r.id,
    requester_id: r.requesterId,
    from_case_id: r.fromCaseId,
    target_case_id: r.targetCaseId,
    entity_key: r.entityKey,
    status: r.status,
    created_at: r.createdAt,
    data: JSON.stringify(data),
  };
}

function toRequest(row: Selectable<AccessRequestsTable>): AccessRequest {
  return {
    ...(JSON.parse(row.data) as RequestData),
    id: row.id,
    requesterId: row.requester_id,
    fromCaseId: row.from_case_id,
    targetCaseId: row.target_case_id,
    entityKey: row.entity_key,
    status: row.status as AccessRequest['status'],
    createdAt: row.created_at,
  };
}

export function accessRequestRepository(db: Kysely<Database>): AccessRequestRepository {
  return {
    async insert(request) {
      await db.insertInto('access_requests').values(toRow(request)).execute();
    },
    async byId(id) {
      const row = await db.selectFrom('access_requests').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRequest(row);
    },
    async update(request) {
      const { status, data } = toRow(request);
      await db.updateTable('access_requests').set({ status, data }).where('id', '=', request.id).execute();
    },
    async forTargetCase(caseId, status) {
      let query = db.selectFrom('access_requests').selectAll().where('target_case_id', '=', caseId);
      if (status) query = query.where('status', '=', status);
      return (await query.orderBy('created_at').orderBy('id').execute()).map(toRequest);
    },
    async byRequester(userId) {
      const rows = await db
        .selectFrom('access_requests')
        .selectAll()
        .where('requester_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toRequest);
    },
  };
}
