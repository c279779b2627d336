// Entity occurrences, communications and each item's analysis state in SQL; entity summaries and the index
// over all cases are aggregates of the occurrences (entity_key indexes make them range scans).
import { sql, type Kysely, type Selectable } from 'kysely';
import type { AnalysisRepository, EntityOccurrence, EntityType, ItemAnalysis, MessageReference, TimeRangeFilter } from '@tamga/core';
import type { Database } from '../schema';
import type { CommunicationsTable, EntityOccurrencesTable, ItemAnalysisTable, MessageReferencesTable } from '../schema-analysis';
import { slices } from '../slices';
import type { SqlDialect } from '../sql-dialect';
import { insertUnnested } from '../unnested';

const UNDATED = '~';

function toReference(row: Selectable<MessageReferencesTable>): MessageReference {
  return {
    caseId: row.case_id,
    itemId: row.item_id,
    artifactId: row.artifact_id,
    messageId: row.message_id,
    relation: row.relation as MessageReference['relation'],
  };
}

function toOccurrence(row: Selectable<EntityOccurrencesTable>): EntityOccurrence {
  const data = JSON.parse(row.data) as { flags: string[]; details: Record<string, unknown> };
  return {
    caseId: row.case_id,
    itemId: row.item_id,
    artifactId: row.artifact_id,
    artifactType: row.artifact_type,
    at: row.at === UNDATED ? null : row.at,
    key: row.entity_key,
    type: row.type as EntityType,
    value: row.value,
    valid: Number(row.valid) === 1,
    field: row.field,
    start: Number(row.start),
    end: Number(row.end),
    raw: row.raw,
    account: row.account,
    flags: data.flags,
    details: data.details,
  };
}

function occurrenceRow(o: EntityOccurrence): EntityOccurrencesTable {
  return {
    case_id: o.caseId,
    item_id: o.itemId,
    artifact_id: o.artifactId,
    artifact_type: o.artifactType,
    at: o.at ?? UNDATED,
    entity_key: o.key,
    type: o.type,
    value: o.value,
    valid: o.valid ? 1 : 0,
    field: o.field,
    start: o.start,
    end: o.end,
    raw: o.raw,
    account: o.account,
    data: JSON.stringify({ flags: o.flags, details: o.details }),
  };
}

const OCCURRENCE_TYPES = {
  case_id: 'text',
  item_id: 'text',
  artifact_id: 'text',
  artifact_type: 'text',
  at: 'text',
  entity_key: 'text',
  type: 'text',
  value: 'text',
  valid: 'integer',
  field: 'text',
  start: 'integer',
  end: 'integer',
  raw: 'text',
  account: 'text',
  data: 'text',
} as const;

const COMMUNICATION_TYPES = {
  case_id: 'text',
  item_id: 'text',
  artifact_id: 'text',
  artifact_type: 'text',
  at: 'text',
  source: 'text',
  target: 'text',
} as const;

const REFERENCE_TYPES = { case_id: 'text', item_id: 'text', artifact_id: 'text', message_id: 'text', relation: 'text' } as const;

function undatedToNull(value: string | null | undefined): string | null {
  return !value || value === UNDATED ? null : value;
}

/**
 * `dialect` picks how rows are inserted: on PostgreSQL a column at a time (unnested.ts), a page of an item's analysis
 * in a few statements; on SQLite, in process, as lists of values.
 */
export function analysisRepository(db: Kysely<Database>, dialect: SqlDialect): AnalysisRepository {
  // The same range filter over either table (Kysely types each table's builder separately).
  function rangedOccurrences(caseId: string, filter: TimeRangeFilter) {
    let query = db.selectFrom('entity_occurrences').where('case_id', '=', caseId);
    if (filter.types?.length) query = query.where('artifact_type', 'in', filter.types);
    if (filter.itemIds?.length) query = query.where('item_id', 'in', filter.itemIds);
    if (filter.from) query = query.where('at', '>=', filter.from).where('at', '<', UNDATED);
    if (filter.to) query = query.where('at', '<', filter.to);
    return query;
  }
  function rangedCommunications(caseId: string, filter: TimeRangeFilter) {
    let query = db.selectFrom('communications').where('case_id', '=', caseId);
    if (filter.types?.length) query = query.where('artifact_type', 'in', filter.types);
    if (filter.itemIds?.length) query = query.where('item_id', 'in', filter.itemIds);
    if (filter.from) query = query.where('at', '>=', filter.from).where('at', '<', UNDATED);
    if (filter.to) query = query.where('at', '<', filter.to);
    return query;
  }

  const summary = () =>
    db
      .selectFrom('entity_occurrences')
      .select((eb) => [
        'entity_key',
        eb.fn.min('type').as('type'),
        eb.fn.min('value').as('value'),
        eb.fn.max('valid').as('valid'),
        eb.fn.countAll<number>().as('occurrences'),
        eb.fn.count<number>('artifact_id').distinct().as('artifacts'),
        eb.fn.min('at').as('first_at'),
        // '~' (undated) sorts last; the latest dated time is the largest below it.
        eb.fn.max(eb.case().when('at', '<', UNDATED).then(eb.ref('at')).else(null).end()).as('last_at'),
      ])
      .groupBy('entity_key');

  type SummaryRow = {
    entity_key: string;
    type: string;
    value: string;
    valid: number;
    occurrences: number;
    artifacts: number;
    first_at: string;
    last_at: string | null;
  };
  const toSummary = (row: SummaryRow) => ({
    key: row.entity_key,
    type: row.type as EntityType,
    value: row.value,
    valid: Number(row.valid) === 1,
    occurrences: Number(row.occurrences),
    artifacts: Number(row.artifacts),
    firstAt: undatedToNull(row.first_at),
    lastAt: undatedToNull(row.last_at),
  });

  return {
    async deleteForItem(itemId) {
      await db.deleteFrom('entity_occurrences').where('item_id', '=', itemId).execute();
      await db.deleteFrom('communications').where('item_id', '=', itemId).execute();
      await db.deleteFrom('message_references').where('item_id', '=', itemId).execute();
      await db.deleteFrom('item_analysis').where('item_id', '=', itemId).execute();
    },
    async insertOccurrences(rows) {
      const values = rows.map(occurrenceRow);
      if (dialect === 'postgres') return insertUnnested(db, 'entity_occurrences', OCCURRENCE_TYPES, values);
      for (const slice of slices(values)) await db.insertInto('entity_occurrences').values(slice).execute();
    },
    async insertCommunications(rows) {
      const values = rows.map((c): CommunicationsTable => ({
        case_id: c.caseId,
        item_id: c.itemId,
        artifact_id: c.artifactId,
        artifact_type: c.artifactType,
        at: c.at ?? UNDATED,
        source: c.source,
        target: c.target,
      }));
      if (dialect === 'postgres') return insertUnnested(db, 'communications', COMMUNICATION_TYPES, values);
      for (const slice of slices(values)) await db.insertInto('communications').values(slice).execute();
    },
    async insertMessageReferences(rows) {
      const values = rows.map((r): MessageReferencesTable => ({
        case_id: r.caseId,
        item_id: r.itemId,
        artifact_id: r.artifactId,
        message_id: r.messageId,
        relation: r.relation,
      }));
      if (dialect === 'postgres') return insertUnnested(db, 'message_references', REFERENCE_TYPES, values);
      for (const slice of slices(values)) await db.insertInto('message_references').values(slice).execute();
    },
    async messageReferencesTo(caseId, messageIds) {
      const out: MessageReference[] = [];
      for (const slice of slices(messageIds)) {
        const found = await db
          .selectFrom('message_references')
          .selectAll()
          .where('case_id', '=', caseId)
          .where('message_id', 'in', slice)
          .execute();
        for (const row of found) out.push(toReference(row));
      }
      return out;
    },
    async messageReferencesOf(caseId, artifactIds) {
      const out: MessageReference[] = [];
      for (const slice of slices(artifactIds)) {
        // By artefact alone, the case checked here: with `case_id = ?` too, SQLite's planner (no statistics) may
        // take the case's index and read every reference of the case.
        const found = await db.selectFrom('message_references').selectAll().where('artifact_id', 'in', slice).execute();
        for (const row of found) if (row.case_id === caseId) out.push(toReference(row));
      }
      return out;
    },
    async upsertState(state) {
      const { itemId, caseId, status, updatedAt, ...rest } = state;
      const data = JSON.stringify(rest);
      await db
        .insertInto('item_analysis')
        .values({ item_id: itemId, case_id: caseId, status, updated_at: updatedAt, data })
        .onConflict((oc) => oc.column('item_id').doUpdateSet({ status, updated_at: updatedAt, data }))
        .execute();
    },
    async deleteState(itemId) {
      await db.deleteFrom('item_analysis').where('item_id', '=', itemId).execute();
    },
    async state(itemId) {
      const row = await db.selectFrom('item_analysis').selectAll().where('item_id', '=', itemId).executeTakeFirst();
      return row && toState(row);
    },
    async states(caseId) {
      return (await db.selectFrom('item_analysis').selectAll().where('case_id', '=', caseId).orderBy('item_id').execute()).map(toState);
    },
    async counts(caseId) {
      const states = await db
        .selectFrom('item_analysis')
        .select(['status', db.fn.countAll<number>().as('n')])
        .where('case_id', '=', caseId)
        .groupBy('status')
        .execute();
      const occurrences = await db
        .selectFrom('entity_occurrences')
        .select(db.fn.countAll<number>().as('n'))
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      const by = Object.fromEntries(states.map((s) => [s.status, Number(s.n)]));
      return { items: (by.done ?? 0) + (by.failed ?? 0), failed: by.failed ?? 0, occurrences: Number(occurrences?.n ?? 0) };
    },
    async listEntities(caseId, filter) {
      let query = summary().where('case_id', '=', caseId);
      if (filter.type) query = query.where('type', '=', filter.type);
      if (filter.validOnly) query = query.where('valid', '=', 1);
      if (filter.contains) {
        // Backslash escapes % and _ on both databases (SQLite needs the ESCAPE clause to know it).
        const pattern = `%${filter.contains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where(sql<boolean>`value like ${pattern} escape '\\'`);
      }
      const rows = (await query
        .orderBy(sql`count(*)`, 'desc')
        .orderBy('entity_key')
        .limit(filter.limit)
        .offset(0)
        .execute()) as SummaryRow[];
      return rows.map(toSummary);
    },
    async entity(caseId, key) {
      const row = (await summary().where('case_id', '=', caseId).where('entity_key', '=', key).executeTakeFirst()) as
        SummaryRow | undefined;
      return row ? toSummary(row) : undefined;
    },
    async occurrences(caseId, key, limit, offset) {
      const rows = await db
        .selectFrom('entity_occurrences')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('entity_key', '=', key)
        .orderBy('at')
        .orderBy('artifact_id')
        .orderBy('field')
        .orderBy('start')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(toOccurrence);
    },
    async occurrencesForArtifact(artifactId) {
      const rows = await db
        .selectFrom('entity_occurrences')
        .selectAll()
        .where('artifact_id', '=', artifactId)
        .orderBy('field')
        .orderBy('start')
        .execute();
      return rows.map(toOccurrence);
    },
    async casesWith(keys, exceptCaseId) {
      if (keys.length === 0) return [];
      const out: Array<{ key: string; caseId: string }> = [];
      for (const slice of slices(keys)) {
        const rows = await db
          .selectFrom('entity_occurrences')
          .select(['entity_key', 'case_id'])
          .where('entity_key', 'in', slice)
          .where('case_id', '<>', exceptCaseId)
          .where('valid', '=', 1)
          .groupBy(['entity_key', 'case_id'])
          .orderBy('entity_key')
          .orderBy('case_id')
          .execute();
        out.push(...rows.map((r) => ({ key: r.entity_key, caseId: r.case_id })));
      }
      return out;
    },
    async communicationEdges(caseId, filter, limit) {
      const rows = await rangedCommunications(caseId, filter)
        .select((eb) => [
          'source',
          'target',
          eb.fn.countAll<number>().as('n'),
          eb.fn.min('at').as('first_at'),
          eb.fn.max(eb.case().when('at', '<', UNDATED).then(eb.ref('at')).else(null).end()).as('last_at'),
        ])
        .groupBy(['source', 'target'])
        .orderBy(sql`count(*)`, 'desc')
        .orderBy('source')
        .orderBy('target')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        source: r.source,
        target: r.target,
        count: Number(r.n),
        firstAt: undatedToNull(r.first_at),
        lastAt: undatedToNull(r.last_at as string | null),
      }));
    },
    async accountEntityEdges(caseId, filter, limit) {
      const rows = await rangedOccurrences(caseId, filter)
        .select((eb) => [
          'account',
          'entity_key',
          eb.fn.min('type').as('type'),
          eb.fn.min('value').as('value'),
          eb.fn.countAll<number>().as('n'),
        ])
        .where('account', 'is not', null)
        .where('valid', '=', 1)
        .where('field', 'not like', 'actors.%')
        .groupBy(['account', 'entity_key'])
        .orderBy(sql`count(*)`, 'desc')
        .orderBy('account')
        .orderBy('entity_key')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ account: r.account!, key: r.entity_key, type: r.type, value: r.value, count: Number(r.n) }));
    },
    async artifactEntityPairs(caseId, filter, limit) {
      const rows = await rangedOccurrences(caseId, filter)
        .select(['artifact_id', 'entity_key'])
        .where('valid', '=', 1)
        .where('field', 'not like', 'actors.%')
        .groupBy(['artifact_id', 'entity_key'])
        .orderBy('artifact_id')
        .orderBy('entity_key')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ artifactId: r.artifact_id, key: r.entity_key }));
    },
  };
}

function toState(row: Selectable<ItemAnalysisTable>): ItemAnalysis {
  const data = JSON.parse(row.data) as Omit<ItemAnalysis, 'itemId' | 'caseId' | 'status' | 'updatedAt'>;
  return {
    ...data,
    // Analyses recorded before the extractor's rules were: by rules unknown.
    rules: data.rules ?? null,
    itemId: row.item_id,
    caseId: row.case_id,
    status: row.status as ItemAnalysis['status'],
    updatedAt: row.updated_at,
  };
}
