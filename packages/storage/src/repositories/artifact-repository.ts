// Artefacts in SQL: what is filtered and sorted on is a column; time detail, fields and locator travel as JSON.
// Writing happens in bulk through appendArtifacts (artifact-writer.ts on SQLite); this repository reads and deletes.
import type { Kysely, Selectable } from 'kysely';
import {
  artifactFromRecord,
  type Artifact,
  type ArtifactRecord,
  type ArtifactRepository,
  type ArtifactType,
  type TimeRangeFilter,
} from '@tamga/core';
import type { ArtifactsTable, Database } from '../schema';
import { slices } from '../slices';

/** Sorts after every ISO date, so undated artefacts come last in time order. */
const UNDATED = '~';

export const ARTIFACT_COLUMNS = [
  'id',
  'case_id',
  'item_id',
  'parser_id',
  'parser_version',
  'run',
  'ordinal',
  'type',
  'at',
  'zone',
  'actors',
  'text',
  'data',
] as const;

/** What an artefact written again by a later run of its item replaces (its id stays). */
export const REPLACED_COLUMNS = ARTIFACT_COLUMNS.filter((column) => column !== 'id');

export function artifactRow(r: ArtifactRecord): ArtifactsTable {
  return {
    id: r.id,
    case_id: r.caseId,
    item_id: r.itemId,
    parser_id: r.parserId,
    parser_version: r.parserVersion,
    run: r.run,
    ordinal: r.ordinal,
    type: r.type,
    at: r.at ?? UNDATED,
    zone: r.zone,
    actors: r.actors,
    text: r.text,
    data: r.data,
  };
}

function toArtifact(row: Selectable<ArtifactsTable>) {
  return artifactFromRecord({
    id: row.id,
    caseId: row.case_id,
    itemId: row.item_id,
    parserId: row.parser_id,
    parserVersion: row.parser_version,
    run: Number(row.run),
    ordinal: Number(row.ordinal),
    type: row.type as ArtifactType,
    at: row.at === UNDATED ? null : row.at,
    zone: row.zone,
    actors: row.actors,
    text: row.text,
    data: row.data,
  });
}

/**
 * SQLite says UNIQUE constraint failed; PostgreSQL gives SQLSTATE 23505, or 21000 when one statement's upsert
 * names the same id twice.
 */
export function isDuplicateArtifact(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    code === '23505' || code === '21000' || (typeof message === 'string' && message.includes('UNIQUE constraint failed: artifacts.id'))
  );
}

export function artifactRepository(db: Kysely<Database>): ArtifactRepository {
  /** The item's artefacts one run wrote (`=`), or every other run (`<>`). */
  async function deleteRuns(caseId: string, itemId: string, operator: '=' | '<>', run: number): Promise<number> {
    const result = await db
      .deleteFrom('artifacts')
      .where('case_id', '=', caseId)
      .where('item_id', '=', itemId)
      .where('run', operator, run)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  return {
    async deleteForItem(caseId, itemId) {
      const result = await db.deleteFrom('artifacts').where('case_id', '=', caseId).where('item_id', '=', itemId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    deleteRun: (caseId, itemId, run) => deleteRuns(caseId, itemId, '=', run),
    deleteOtherRuns: (caseId, itemId, run) => deleteRuns(caseId, itemId, '<>', run),
    async byId(caseId, id) {
      const row = await db.selectFrom('artifacts').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
      return row && toArtifact(row);
    },
    async byIds(caseId, ids) {
      const artifacts = [];
      for (const slice of slices([...new Set(ids)])) {
        // By id alone, the case checked on the rows: next to `case_id = ?` SQLite's planner takes the case's index
        // and reads every artefact of the case (see deleteForItems).
        const rows = await db.selectFrom('artifacts').selectAll().where('id', 'in', slice).execute();
        for (const row of rows) if (row.case_id === caseId) artifacts.push(toArtifact(row));
      }
      return artifacts;
    },
    async list(caseId, filter = {}) {
      let query = db.selectFrom('artifacts').selectAll().where('case_id', '=', caseId);
      if (filter.type) query = query.where('type', '=', filter.type);
      if (filter.types?.length) query = query.where('type', 'in', filter.types);
      if (filter.itemId) query = query.where('item_id', '=', filter.itemId);
      if (filter.itemIds?.length) query = query.where('item_id', 'in', filter.itemIds);
      if (filter.parserId) query = query.where('parser_id', '=', filter.parserId);
      // Undated artefacts ('~') have no place in a time range.
      if (filter.from) query = query.where('at', '>=', filter.from).where('at', '<', UNDATED);
      if (filter.to) query = query.where('at', '<', filter.to);
      if (filter.after) {
        const at = filter.after.at ?? UNDATED;
        const id = filter.after.id;
        query = query.where((eb) => eb.or([eb('at', '>', at), eb.and([eb('at', '=', at), eb('id', '>', id)])]));
      }
      const rows = await query
        .orderBy('at')
        .orderBy('id')
        .limit(filter.limit ?? 100)
        .execute();
      return rows.map(toArtifact);
    },
    async listForItem(itemId, afterOrdinal, limit) {
      // A window of `limit` ordinals at a time. Asked for every ordinal past `afterOrdinal`, PostgreSQL planned by its
      // statistics, which do not yet know an item just processed: it read every later artefact of the item and sorted
      // them on disk, page after page (100,000 messages: 170 ms a page half-way, and quadratic in the item). A window
      // bounds each read whatever the plan. A run's ordinals are consecutive, so a window is a page; a short one is
      // the item's end, or a gap (artefacts of an earlier run that this one replaced in part), looked past by one
      // probe for the next ordinal.
      const out: Artifact[] = [];
      let from = afterOrdinal;
      while (out.length < limit) {
        const rows = await db
          .selectFrom('artifacts')
          .selectAll()
          .where('item_id', '=', itemId)
          .where('ordinal', '>', from)
          .where('ordinal', '<=', from + limit)
          .orderBy('ordinal')
          .limit(limit - out.length)
          .execute();
        for (const row of rows) out.push(toArtifact(row));
        if (out.length >= limit) break;
        const next = await db
          .selectFrom('artifacts')
          .select((eb) => eb.fn.min('ordinal').as('ordinal'))
          .where('item_id', '=', itemId)
          .where('ordinal', '>', from + limit)
          .executeTakeFirst();
        if (next?.ordinal === null || next?.ordinal === undefined) break;
        from = Number(next.ordinal) - 1;
      }
      return out;
    },
    async countByType(caseId) {
      const rows = await db
        .selectFrom('artifacts')
        .select(['type', db.fn.countAll<number>().as('n')])
        .where('case_id', '=', caseId)
        .groupBy('type')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.type, Number(r.n)]));
    },
    async histogram(caseId, filter, boundaries) {
      // One counted index range per bucket: each walks only its own rows of (case, [type,] at).
      const counts: number[] = [];
      for (let i = 0; i + 1 < boundaries.length; i++) {
        const row = await filtered(db, caseId, filter)
          .select(db.fn.countAll<number>().as('n'))
          .where('at', '>=', boundaries[i]!)
          .where('at', '<', boundaries[i + 1]!)
          .executeTakeFirst();
        counts.push(Number(row?.n ?? 0));
      }
      return counts;
    },
    async span(caseId, filter) {
      const dated = await filtered(db, caseId, filter)
        .select((eb) => [eb.fn.min('at').as('first'), eb.fn.max('at').as('last')])
        .where('at', '<', UNDATED)
        .executeTakeFirst();
      const undated = await filtered(db, caseId, { ...filter, from: undefined, to: undefined })
        .select(db.fn.countAll<number>().as('n'))
        .where('at', '=', UNDATED)
        .executeTakeFirst();
      return { first: dated?.first ?? null, last: dated?.last ?? null, undated: Number(undated?.n ?? 0) };
    },
  };
}

function filtered(db: Kysely<Database>, caseId: string, filter: TimeRangeFilter) {
  let query = db.selectFrom('artifacts').where('case_id', '=', caseId);
  if (filter.types?.length) query = query.where('type', 'in', filter.types);
  if (filter.itemIds?.length) query = query.where('item_id', 'in', filter.itemIds);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  return query;
}
