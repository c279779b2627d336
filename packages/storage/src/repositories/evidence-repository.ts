// Evidence items and integrity incidents in SQL. Identity and digests are columns (what verify compares);
// the acquisition record and custody state travel as JSON.
import { sql, type Kysely, type Selectable } from 'kysely';
import { compareExhibitNumbers, type EvidenceItem, type EvidenceRepository, type IntegrityIncident } from '@tamga/core';
import type { Database, EvidenceItemsTable } from '../schema';
import { slices } from '../slices';

type ItemData = Omit<
  EvidenceItem,
  'id' | 'caseId' | 'parentId' | 'exhibitNumber' | 'kind' | 'status' | 'originalPath' | 'digests' | 'createdAt'
>;

function toRow(item: EvidenceItem): EvidenceItemsTable {
  const { id, caseId, parentId, exhibitNumber, kind, status, originalPath, digests, createdAt, ...data } = item;
  return {
    id,
    case_id: caseId,
    parent_id: parentId,
    parent_key: parentId ?? '',
    exhibit_number: exhibitNumber,
    kind,
    status,
    original_path: originalPath,
    size: digests?.size ?? null,
    md5: digests?.md5 ?? null,
    sha1: digests?.sha1 ?? null,
    sha256: digests?.sha256 ?? null,
    created_at: createdAt,
    data: JSON.stringify(data),
  };
}

function toItem(row: Selectable<EvidenceItemsTable>): EvidenceItem {
  const data = JSON.parse(row.data) as ItemData;
  return {
    ...data,
    id: row.id,
    caseId: row.case_id,
    parentId: row.parent_id,
    exhibitNumber: row.exhibit_number,
    kind: row.kind as EvidenceItem['kind'],
    status: row.status as EvidenceItem['status'],
    originalPath: row.original_path,
    digests: row.sha256 === null ? null : { size: Number(row.size), md5: row.md5 as string, sha1: row.sha1 as string, sha256: row.sha256 },
    createdAt: row.created_at,
  };
}

export function evidenceRepository(db: Kysely<Database>): EvidenceRepository {
  const repository: EvidenceRepository = {
    async insert(item) {
      await db.insertInto('evidence_items').values(toRow(item)).execute();
    },
    async insertMany(items) {
      // 14 columns a row: ROWS_PER_STATEMENT rows stay within every database's limit on bound parameters.
      for (const slice of slices(items)) await db.insertInto('evidence_items').values(slice.map(toRow)).execute();
    },
    async update(item) {
      // Identity and digests never change after intake; only status and the JSON part do.
      const row = toRow(item);
      await db.updateTable('evidence_items').set({ status: row.status, data: row.data }).where('id', '=', item.id).execute();
    },
    async byId(caseId, id) {
      const row = await db.selectFrom('evidence_items').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
      return row && toItem(row);
    },
    async byIds(caseId, ids) {
      const items: EvidenceItem[] = [];
      for (const slice of slices(ids)) {
        // By id alone, the case checked here: given `case_id = ? and id in (…)`, SQLite's planner (no statistics)
        // takes the case's index and reads every item of the case for each slice.
        const rows = await db.selectFrom('evidence_items').selectAll().where('id', 'in', slice).execute();
        for (const row of rows) if (row.case_id === caseId) items.push(toItem(row));
      }
      return items;
    },
    async byPaths(caseId, parentId, originalPaths) {
      const items: EvidenceItem[] = [];
      for (const slice of slices(originalPaths)) {
        const rows = await db
          .selectFrom('evidence_items')
          .selectAll()
          .where('case_id', '=', caseId)
          .where('parent_key', '=', parentId ?? '')
          .where('original_path', 'in', slice)
          .execute();
        items.push(...rows.map(toItem));
      }
      return items;
    },
    async byPath(caseId, parentId, originalPath) {
      return (await repository.byPaths(caseId, parentId, [originalPath]))[0];
    },
    async listForCase(caseId, filter) {
      let query = db.selectFrom('evidence_items').selectAll().where('case_id', '=', caseId);
      if (filter && 'parentId' in filter && filter.parentId !== undefined) query = query.where('parent_key', '=', filter.parentId ?? '');
      // Members recorded together share a time: their numbers decide, counted (…/2 before …/10), not as text.
      const rows = await query.orderBy('created_at').execute();
      return rows
        .map(toItem)
        .sort((a, b) =>
          a.createdAt === b.createdAt ? compareExhibitNumbers(a.exhibitNumber, b.exhibitNumber) : a.createdAt < b.createdAt ? -1 : 1,
        );
    },
    async listAll(afterId, limit) {
      let query = db.selectFrom('evidence_items').selectAll();
      if (afterId) query = query.where('id', '>', afterId);
      return (await query.orderBy('id').limit(limit).execute()).map(toItem);
    },
    async countChildren(caseId, parentId) {
      const row = await db
        .selectFrom('evidence_items')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('case_id', '=', caseId)
        .where('parent_key', '=', parentId ?? '')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async treeExpansion(caseId, origin, container) {
      // By exhibit-number prefix (`EXH-001/`): comparing the first characters reads alike in SQLite and PostgreSQL
      // whatever the collation, where a range or LIKE would not. Only containers found inside others ask.
      const under = (exhibit: string) => sql<boolean>`substr(exhibit_number, 1, ${exhibit.length + 1}) = ${`${exhibit}/`}`;
      const top = await db
        .selectFrom('evidence_items')
        .select('size')
        .where('case_id', '=', caseId)
        .where('exhibit_number', '=', origin)
        .executeTakeFirst();
      const elsewhere = await db
        .selectFrom('evidence_items')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>('size'), sql<number>`0`).as('bytes'))
        .where('case_id', '=', caseId)
        .where(under(origin))
        .where(sql<boolean>`not ${under(container)}`)
        .executeTakeFirstOrThrow();
      return { originSize: Number(top?.size ?? 0), bytesElsewhere: Number(elsewhere.bytes) };
    },
    async insertIncident(incident) {
      await db
        .insertInto('integrity_incidents')
        .values({
          id: incident.id,
          case_id: incident.caseId,
          item_id: incident.itemId,
          opened_at: incident.openedAt,
          resolved_at: incident.resolvedAt,
          data: JSON.stringify(incident),
        })
        .execute();
    },
    async updateIncident(incident) {
      await db
        .updateTable('integrity_incidents')
        .set({ resolved_at: incident.resolvedAt, data: JSON.stringify(incident) })
        .where('id', '=', incident.id)
        .execute();
    },
    async incident(caseId, id) {
      const row = await db
        .selectFrom('integrity_incidents')
        .select('data')
        .where('case_id', '=', caseId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && (JSON.parse(row.data) as IntegrityIncident);
    },
    async incidentsForCase(caseId) {
      const rows = await db.selectFrom('integrity_incidents').select('data').where('case_id', '=', caseId).orderBy('opened_at').execute();
      return rows.map((row) => JSON.parse(row.data) as IntegrityIncident);
    },
  };
  return repository;
}
