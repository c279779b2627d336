// Cross-border requests in SQL: the whole request as JSON, with copies of the fields queries need; reminders
// keyed so that each (request, expiry, threshold) is recorded once even with several workers.
import type { Kysely } from 'kysely';
import { isTerminal, preservationRunning, type EvidenceRequest, type RequestReminder, type RequestRepository } from '@tamga/core';
import type { Database } from '../schema';
import type { EvidenceRequestsTable } from '../schema-requests';

function toRow(r: EvidenceRequest): EvidenceRequestsTable {
  return {
    id: r.id,
    case_id: r.caseId,
    reference: r.reference,
    type: r.type,
    status: r.status,
    open: !isTerminal(r.status) || preservationRunning(r) || r.timers.some((t) => !t.clearedAt) ? 1 : 0,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    data: JSON.stringify(r),
  };
}

const parse = (row: { data: string }) => JSON.parse(row.data) as EvidenceRequest;

export function requestRepository(db: Kysely<Database>): RequestRepository {
  return {
    async insert(request) {
      await db.insertInto('evidence_requests').values(toRow(request)).execute();
    },
    async update(request) {
      const { id, ...rest } = toRow(request);
      await db.updateTable('evidence_requests').set(rest).where('id', '=', id).execute();
    },
    async byId(caseId, id) {
      const row = await db
        .selectFrom('evidence_requests')
        .select('data')
        .where('case_id', '=', caseId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && parse(row);
    },
    async listForCase(caseId, filter = {}) {
      let query = db.selectFrom('evidence_requests').select('data').where('case_id', '=', caseId);
      if (filter.status) query = query.where('status', '=', filter.status);
      return (await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute()).map(parse);
    },
    async countForCase(caseId) {
      const row = await db
        .selectFrom('evidence_requests')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('case_id', '=', caseId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async listOpen() {
      return (await db.selectFrom('evidence_requests').select('data').where('open', '=', 1).orderBy('id').execute()).map(parse);
    },
    async listAll() {
      return (await db.selectFrom('evidence_requests').select('data').orderBy('created_at').orderBy('id').execute()).map(parse);
    },
    async insertReminder(reminder) {
      const result = await db
        .insertInto('request_reminders')
        .values({
          request_id: reminder.requestId,
          case_id: reminder.caseId,
          expires_at: reminder.expiresAt,
          days_before: reminder.daysBefore,
          at: reminder.at,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async reminders(requestId) {
      const rows = await db
        .selectFrom('request_reminders')
        .selectAll()
        .where('request_id', '=', requestId)
        .orderBy('at')
        .orderBy('days_before', 'desc')
        .execute();
      return rows.map((r): RequestReminder => ({
        requestId: r.request_id,
        caseId: r.case_id,
        expiresAt: r.expires_at,
        daysBefore: Number(r.days_before),
        at: r.at,
      }));
    },
  };
}
