// Artefacts in SQL: what is filtered and sorted on is a column; time detail, fields and locator travel as JSON.
import type { Kysely, Selectable, SqliteDatabase, SqliteStatement } from 'kysely';
import type { Artifact, ArtifactRepository, ArtifactType } from '@tamga/core';
import type { ArtifactsTable, Database } from '../schema';

/** Sorts after every ISO date, so undated artefacts come last in time order. */
const UNDATED = '~';
/** SQLite allows 32,766 bound parameters per statement; 12 columns a row. */
const ROWS_PER_INSERT = 500;

type ArtifactData = Pick<Artifact, 'time' | 'fields' | 'locator'>;

function toRow(a: Artifact): ArtifactsTable {
  const data: ArtifactData = { time: a.time, fields: a.fields, locator: a.locator };
  return {
    id: a.id,
    case_id: a.caseId,
    item_id: a.itemId,
    parser_id: a.parserId,
    parser_version: a.parserVersion,
    ordinal: a.ordinal,
    type: a.type,
    at: a.at ?? UNDATED,
    zone: a.zone,
    actors: JSON.stringify(a.actors),
    text: a.text,
    data: JSON.stringify(data),
  };
}

function toArtifact(row: Selectable<ArtifactsTable>): Artifact {
  const data = JSON.parse(row.data) as ArtifactData;
  return {
    id: row.id,
    caseId: row.case_id,
    itemId: row.item_id,
    parserId: row.parser_id,
    parserVersion: row.parser_version,
    ordinal: Number(row.ordinal),
    type: row.type as ArtifactType,
    at: row.at === UNDATED ? null : row.at,
    zone: row.zone,
    time: data.time,
    actors: JSON.parse(row.actors) as Artifact['actors'],
    text: row.text,
    fields: data.fields,
    locator: data.locator,
  };
}

const COLUMNS = [
  'id',
  'case_id',
  'item_id',
  'parser_id',
  'parser_version',
  'ordinal',
  'type',
  'at',
  'zone',
  'actors',
  'text',
  'data',
] as const;

/** On SQLite, one prepared single-row insert per database: several times faster than building multi-row SQL. */
const prepared = new WeakMap<SqliteDatabase, SqliteStatement>();

function sqliteInsert(sqlite: SqliteDatabase): SqliteStatement {
  let statement = prepared.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare(`INSERT INTO artifacts (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`);
    prepared.set(sqlite, statement);
  }
  return statement;
}

export function artifactRepository(db: Kysely<Database>, sqlite: SqliteDatabase | null = null): ArtifactRepository {
  return {
    async insertMany(artifacts) {
      if (sqlite) {
        const statement = sqliteInsert(sqlite);
        for (const artifact of artifacts) {
          const row = toRow(artifact);
          statement.run(COLUMNS.map((column) => row[column]));
        }
        return;
      }
      for (let i = 0; i < artifacts.length; i += ROWS_PER_INSERT) {
        const rows = artifacts.slice(i, i + ROWS_PER_INSERT).map(toRow);
        // A re-delivered job writes the same ids again: the last write wins, nothing is duplicated.
        await db
          .insertInto('artifacts')
          .values(rows)
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              ordinal: eb.ref('excluded.ordinal'),
              parser_version: eb.ref('excluded.parser_version'),
              type: eb.ref('excluded.type'),
              at: eb.ref('excluded.at'),
              zone: eb.ref('excluded.zone'),
              actors: eb.ref('excluded.actors'),
              text: eb.ref('excluded.text'),
              data: eb.ref('excluded.data'),
            })),
          )
          .execute();
      }
    },
    async deleteForItem(caseId, itemId) {
      const result = await db.deleteFrom('artifacts').where('case_id', '=', caseId).where('item_id', '=', itemId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async byId(caseId, id) {
      const row = await db.selectFrom('artifacts').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
      return row && toArtifact(row);
    },
    async list(caseId, filter = {}) {
      let query = db.selectFrom('artifacts').selectAll().where('case_id', '=', caseId);
      if (filter.type) query = query.where('type', '=', filter.type);
      if (filter.itemId) query = query.where('item_id', '=', filter.itemId);
      if (filter.parserId) query = query.where('parser_id', '=', filter.parserId);
      if (filter.from) query = query.where('at', '>=', filter.from);
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
      const rows = await db
        .selectFrom('artifacts')
        .selectAll()
        .where('item_id', '=', itemId)
        .where('ordinal', '>', afterOrdinal)
        .orderBy('ordinal')
        .limit(limit)
        .execute();
      return rows.map(toArtifact);
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
  };
}
