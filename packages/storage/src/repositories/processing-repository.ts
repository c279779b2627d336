// Each item's processing state in SQL: status and parser as columns for filtering, the rest as JSON.
import { sql, type Kysely } from 'kysely';
import { noDerivedItems, type DerivedOutcome, type ItemProcessing, type ProcessingRepository, type ProcessingStatus } from '@tamga/core';
import type { Database } from '../schema';
import { slices } from '../slices';

type StateData = Omit<ItemProcessing, 'itemId' | 'caseId' | 'status' | 'parserId' | 'updatedAt'>;

export function processingRepository(db: Kysely<Database>): ProcessingRepository {
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
      const derived = noDerivedItems();
      const rows = await under(db, caseId, itemId)
        .selectFrom('tree')
        .leftJoin('item_processing as p', 'p.item_id', 'tree.id')
        // A folder has no bytes and no state: its files are counted.
        .where('tree.sha256', 'is not', null)
        .select(['p.status', db.fn.countAll<number>().as('n')])
        .groupBy('p.status')
        .execute();
      for (const row of rows) {
        const n = Number(row.n);
        derived.counts[(row.status as ProcessingStatus | null) ?? 'pending'] += n;
        derived.items += n;
      }
      const outcomes = async (status: 'failed' | 'skipped'): Promise<DerivedOutcome[]> => {
        if (derived.counts[status] === 0) return [];
        const found = await under(db, caseId, itemId)
          .selectFrom('tree')
          .innerJoin('item_processing as p', 'p.item_id', 'tree.id')
          .where('p.status', '=', status)
          .select(['tree.id', 'tree.exhibit_number', 'tree.original_path', 'p.data'])
          // In the order recorded; members recorded together at one depth by their numbers (…/2 before …/10).
          .orderBy('tree.created_at')
          .orderBy(sql`length(tree.exhibit_number)`)
          .orderBy('tree.exhibit_number')
          .limit(shown)
          .execute();
        return found.map((row) => {
          const data = JSON.parse(row.data) as StateData;
          return {
            itemId: row.id,
            exhibitNumber: row.exhibit_number,
            originalPath: row.original_path,
            reason: data.reason,
            reasonCode: data.reasonCode ?? null,
          };
        });
      };
      derived.failed = await outcomes('failed');
      derived.skipped = await outcomes('skipped');
      return derived;
    },
  };
}

/**
 * The items under one, at every depth, as the CTE `tree`: level by level through their parent links, each level
 * found in the (case, parent) index, so only the items under it are read, alike on SQLite and PostgreSQL (a prefix
 * of exhibit numbers would be an index range only where the collation orders by bytes).
 */
function under(db: Kysely<Database>, caseId: string, itemId: string) {
  return db.withRecursive('tree(id, exhibit_number, original_path, sha256, created_at)', (qb) =>
    qb
      .selectFrom('evidence_items')
      .select(['id', 'exhibit_number', 'original_path', 'sha256', 'created_at'])
      .where('case_id', '=', caseId)
      .where('parent_key', '=', itemId)
      .unionAll((eb) =>
        eb
          // A cross join, so that SQLite (no statistics) goes from each item found to its children, not through
          // every item of the case for each one.
          .selectFrom('tree')
          .crossJoin('evidence_items as e')
          .select(['e.id', 'e.exhibit_number', 'e.original_path', 'e.sha256', 'e.created_at'])
          .where('e.case_id', '=', caseId)
          .whereRef('e.parent_key', '=', 'tree.id'),
      ),
  );
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
    // States written before reasons had codes have none.
    reasonCode: data.reasonCode ?? null,
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
