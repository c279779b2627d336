// Each item's processing state in SQL: status and parser as columns for filtering, the rest as JSON.
import { sql, type Kysely } from 'kysely';
import {
  noDerivedItems,
  readParams,
  readWarning,
  type DerivedBrief,
  type DerivedOutcome,
  type ItemProcessing,
  type ProcessingRepository,
  type ProcessingStatus,
} from '@tamga/core';
import type { Database } from '../schema';
import type { SqlDialect } from '../sql-dialect';
import { slices } from '../slices';

type StateData = Omit<ItemProcessing, 'itemId' | 'caseId' | 'status' | 'parserId' | 'updatedAt'>;

export function processingRepository(db: Kysely<Database>, dialect: SqlDialect): ProcessingRepository {
  return {
    async upsert(state) {
      await upsertRows(db, [state]);
    },
    async upsertMany(states) {
      for (const slice of slices(states)) await upsertRows(db, slice);
    },
    async get(itemId) {
      const row = await db.selectFrom('item_processing').selectAll().where('item_id', '=', itemId).executeTakeFirst();
      return row && toState(row);
    },
    async getMany(itemIds) {
      const states: ItemProcessing[] = [];
      for (const slice of slices(itemIds)) {
        const rows = await db.selectFrom('item_processing').selectAll().where('item_id', 'in', slice).execute();
        states.push(...rows.map(toState));
      }
      return states;
    },
    async listForCase(caseId, filter = {}) {
      let query = db.selectFrom('item_processing').selectAll().where('case_id', '=', caseId);
      if (filter.status) query = query.where('status', '=', filter.status);
      if (filter.parserId) query = query.where('parser_id', '=', filter.parserId);
      return (await query.orderBy('item_id').execute()).map(toState);
    },
    async counts(caseId) {
      const rows = await db
        .selectFrom('item_processing')
        .select(['status', db.fn.countAll<number>().as('n')])
        .where('case_id', '=', caseId)
        .groupBy('status')
        .execute();
      const counts: Record<ProcessingStatus, number> = { queued: 0, running: 0, done: 0, failed: 0, skipped: 0 };
      for (const row of rows) counts[row.status as ProcessingStatus] = Number(row.n);
      return counts;
    },
    async derivedFrom(caseId, itemId, shown) {
      if (dialect === 'postgres') await planWithoutJit(db);
      // One walk down the tree, kept (materialized) and read three times: counted by state, and the first `shown`
      // failed and skipped, whose paths and reasons are read for those few rows only. Three queries each walked it.
      const order = sql`order by created_at, length(exhibit_number), exhibit_number`;
      const firstOf = (status: 'failed' | 'skipped') => sql`
        select f.status, 0, row_number() over (order by f.created_at, length(f.exhibit_number), f.exhibit_number), f.id, f.exhibit_number, e.original_path, p.data
        from (select id, exhibit_number, created_at, status from states where status = ${status} ${order} limit ${shown}) as f
        join evidence_items as e on e.id = f.id
        join item_processing as p on p.item_id = f.id`;
      const { rows } = await sql<DerivedRow>`
        ${under(caseId, itemId)},
        states as materialized (
          select tree.id, tree.exhibit_number, tree.created_at, p.status
          from tree left join item_processing as p on p.item_id = tree.id
          -- A folder has no bytes and no state that counts: its files are counted.
          where tree.has_bytes
        )
        select status, count(*) as n, null as rank, null as id, null as exhibit_number, null as original_path, null as data
        from states group by status
        union all ${firstOf('failed')}
        union all ${firstOf('skipped')}`.execute(db);
      const derived = noDerivedItems();
      const named: Array<{ status: 'failed' | 'skipped'; rank: number; outcome: DerivedOutcome }> = [];
      for (const row of rows) {
        if (row.id === null) {
          const n = Number(row.n);
          derived.counts[row.status ?? 'pending'] += n;
          derived.items += n;
          continue;
        }
        const data = JSON.parse(row.data!) as StateData;
        named.push({
          status: row.status as 'failed' | 'skipped',
          rank: Number(row.rank),
          outcome: {
            itemId: row.id,
            exhibitNumber: row.exhibit_number!,
            originalPath: row.original_path!,
            reason: data.reason,
            reasonCode: data.reasonCode ?? null,
            reasonParams: readParams(data.reasonParams) ?? null,
          },
        });
      }
      // In the order recorded; members recorded together at one depth by their numbers (…/2 before …/10).
      named.sort((a, b) => a.rank - b.rank);
      for (const { status, outcome } of named) derived[status].push(outcome);
      return derived;
    },
    async derivedBriefs(caseId, itemIds) {
      if (itemIds.length === 0) return [];
      const wanted = new Set(itemIds);
      const briefs = new Map<string, DerivedBrief & { itemId: string }>();
      // Upwards from the case's failed and skipped items (few, found in the (case, status) index) through their
      // parents: each counts once for every item above it, and items whose members all went well are not read.
      const { rows } = await sql<{ ancestor: string; status: 'failed' | 'skipped'; n: number | string }>`
        with recursive up(status, ancestor) as (
          select p.status, e.parent_id
          from item_processing as p join evidence_items as e on e.id = p.item_id
          where p.case_id = ${caseId} and p.status in ('failed', 'skipped') and e.case_id = ${caseId}
            and e.sha256 is not null and e.parent_id is not null
          union all
          select up.status, e.parent_id
          from up cross join evidence_items as e
          where e.id = up.ancestor and e.case_id = ${caseId} and e.parent_id is not null
        )
        select ancestor, status, count(*) as n from up group by ancestor, status`.execute(db);
      for (const row of rows) {
        if (!wanted.has(row.ancestor)) continue;
        const brief = briefs.get(row.ancestor) ?? { itemId: row.ancestor, items: 0, failed: 0, skipped: 0 };
        brief[row.status] += Number(row.n);
        briefs.set(row.ancestor, brief);
      }
      // How many they are of: a walk down from those few only, all in one statement (a slice of them at a time).
      if (briefs.size > 0 && dialect === 'postgres') await planWithoutJit(db);
      for (const slice of slices([...briefs.keys()])) {
        const counted = await sql<{ root: string; n: number | string }>`
          with recursive tree(root, id, has_bytes) as (
            select parent_key, id, sha256 is not null from evidence_items
            where case_id = ${caseId} and parent_key in (${sql.join(slice)})
            union all
            select tree.root, e.id, e.sha256 is not null
            from tree cross join evidence_items as e
            where e.case_id = ${caseId} and e.parent_key = tree.id
          )
          select root, count(*) as n from tree where has_bytes group by root`.execute(db);
        for (const row of counted.rows) briefs.get(row.root)!.items = Number(row.n);
      }
      return [...briefs.values()];
    },
  };
}

interface DerivedRow {
  status: ProcessingStatus | null;
  n: number | string;
  rank: number | string | null;
  id: string | null;
  exhibit_number: string | null;
  original_path: string | null;
  data: string | null;
}

/**
 * PostgreSQL guesses a walk down the tree at the children per parent raised to the depth, far too many, and compiles
 * the query for that (JIT): 0.4 s of 0.9 s for 100,000 members. For the rest of the transaction, which is the
 * caller's (a read of its own in getEvidence).
 */
async function planWithoutJit(db: Kysely<Database>): Promise<void> {
  await sql`set local jit = off`.execute(db);
}

/**
 * The items under one, at every depth, as the CTE `tree` (id, exhibit number, whether it has bytes, when recorded):
 * level by level through their parent links, each level found in the (case, parent) index, so only the items under
 * it are read, alike on SQLite and PostgreSQL (a prefix of exhibit numbers would be an index range only where the
 * collation orders by bytes).
 */
function under(caseId: string, itemId: string) {
  return sql`
    with recursive tree(id, exhibit_number, has_bytes, created_at) as (
      select id, exhibit_number, sha256 is not null, created_at from evidence_items
      where case_id = ${caseId} and parent_key = ${itemId}
      union all
      -- A cross join, so that SQLite (no statistics) goes from each item found to its children, not through every
      -- item of the case for each one.
      select e.id, e.exhibit_number, e.sha256 is not null, e.created_at
      from tree cross join evidence_items as e
      where e.case_id = ${caseId} and e.parent_key = tree.id
    )`;
}

/** One statement; a state already there is replaced. */
async function upsertRows(db: Kysely<Database>, states: readonly ItemProcessing[]): Promise<void> {
  if (states.length === 0) return;
  // An item twice in one statement would be refused by PostgreSQL ("cannot affect row a second time"): the last wins.
  const last = new Map(states.map((state) => [state.itemId, state]));
  const rows = [...last.values()].map(({ itemId, caseId, status, parserId, updatedAt, ...data }) => ({
    item_id: itemId,
    case_id: caseId,
    status,
    parser_id: parserId,
    updated_at: updatedAt,
    data: JSON.stringify(data),
  }));
  await db
    .insertInto('item_processing')
    .values(rows)
    .onConflict((oc) =>
      oc.column('item_id').doUpdateSet((eb) => ({
        status: eb.ref('excluded.status'),
        parser_id: eb.ref('excluded.parser_id'),
        updated_at: eb.ref('excluded.updated_at'),
        data: eb.ref('excluded.data'),
      })),
    )
    .execute();
}

function toState(row: { item_id: string; case_id: string; status: string; parser_id: string | null; updated_at: string; data: string }) {
  const data = JSON.parse(row.data) as StateData;
  return {
    ...data,
    // Warnings written before they had codes are plain strings: each is read as its text.
    warnings: Array.isArray(data.warnings) ? (data.warnings as unknown[]).map(readWarning) : [],
    // States written before reasons had codes have none.
    reasonCode: data.reasonCode ?? null,
    // And those written before reasons kept their values have none.
    reasonParams: readParams(data.reasonParams) ?? null,
    // And those written before parsers read case settings read none.
    caseSettings: data.caseSettings ?? null,
    // And those written before investigators could choose how an item is read chose nothing.
    reading: data.reading ?? {},
    itemId: row.item_id,
    caseId: row.case_id,
    status: row.status as ProcessingStatus,
    parserId: row.parser_id,
    updatedAt: row.updated_at,
  } satisfies ItemProcessing;
}
