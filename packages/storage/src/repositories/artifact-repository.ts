// Artefacts in SQL: what is filtered and sorted on is a column; time detail, fields and locator travel as JSON.
import type { Kysely, Selectable, SqliteDatabase, SqliteStatement } from 'kysely';
import { TamgaError, type Artifact, type ArtifactRepository, type ArtifactType } from '@tamga/core';
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

/** SQLite says UNIQUE constraint failed; PostgreSQL gives SQLSTATE 23505. */
function isDuplicate(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === '23505' || (typeof message === 'string' && message.includes('UNIQUE constraint failed: artifacts.id'));
}

export function artifactRepository(db: Kysely<Database>, sqlite: SqliteDatabase | null = null): ArtifactRepository {
  // Processing deletes an item's artefacts before writing them again, so an id that is already there can only
  // be a key the parser repeated: a plain INSERT lets the primary key catch it.
  async function insert(artifacts: Artifact[]): Promise<void> {
    if (sqlite) {
      const statement = sqliteInsert(sqlite);
      for (const artifact of artifacts) {
        const row = toRow(artifact);
        statement.run(COLUMNS.map((column) => row[column]));
      }
      return;
    }
    for (let i = 0; i < artifacts.length; i += ROWS_PER_INSERT) {
      await db
        .insertInto('artifacts')
        .values(artifacts.slice(i, i + ROWS_PER_INSERT).map(toRow))
        .execute();
    }
  }

  return {
    async insertMany(artifacts) {
      try {
        await insert(artifacts);
      } catch (error) {
        if (isDuplicate(error)) throw new TamgaError('ARTIFACT_KEY_REPEATED');
        throw error;
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
