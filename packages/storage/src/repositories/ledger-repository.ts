// The ledger in SQL. Appends are serialised: SQLite by its write lock, PostgreSQL by an advisory lock.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Checkpoint, LedgerEvent, LedgerRepository } from '@tamga/core';
import type { Database, LedgerCheckpointsTable, LedgerEventsTable } from '../schema';
import { slices } from '../slices';
import type { SqlDialect } from '../sql-dialect';

// Any constant works; it only has to be the same in every Tamga process sharing the database.
const LEDGER_LOCK_KEY = 0x7a4d6761;

function toEvent(row: Selectable<LedgerEventsTable>): LedgerEvent {
  return {
    seq: Number(row.seq),
    at: row.at,
    tz: row.tz,
    actorId: row.actor_id,
    actorName: row.actor_name,
    caseId: row.case_id,
    targetType: row.target_type,
    targetId: row.target_id,
    action: row.action,
    justification: row.justification,
    authorizationId: row.authorization_id,
    details: JSON.parse(row.details) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function toCheckpoint(row: Selectable<LedgerCheckpointsTable>): Checkpoint {
  return {
    treeSize: Number(row.tree_size),
    at: row.at,
    rootHash: row.root_hash,
    frontier: JSON.parse(row.frontier) as string[],
    keyId: row.key_id,
    publicKey: row.public_key,
    signature: row.signature,
  };
}

function toRow(event: LedgerEvent) {
  return {
    seq: event.seq,
    at: event.at,
    tz: event.tz,
    actor_id: event.actorId,
    actor_name: event.actorName,
    case_id: event.caseId,
    target_type: event.targetType,
    target_id: event.targetId,
    action: event.action,
    justification: event.justification,
    authorization_id: event.authorizationId,
    details: JSON.stringify(event.details),
    prev_hash: event.prevHash,
    hash: event.hash,
  };
}

export function ledgerRepository(db: Kysely<Database>, dialect: SqlDialect): LedgerRepository {
  /**
   * The event this transaction appended last: it holds the ledger's lock, so that is the head, and a transaction
   * recording thousands of events (a mailbox's attachments) need not read each one back.
   */
  let appended: LedgerEvent | undefined;
  return {
    async lockHead() {
      if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${LEDGER_LOCK_KEY})`.execute(db);
    },
    async last() {
      if (appended) return appended;
      const row = await db.selectFrom('ledger_events').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
      return row && toEvent(row);
    },
    async insert(event) {
      await db.insertInto('ledger_events').values(toRow(event)).execute();
      appended = event;
    },
    async insertMany(events) {
      // 14 columns a row: a few hundred rows stay within every database's limit on bound parameters.
      for (const slice of slices(events)) {
        await db.insertInto('ledger_events').values(slice.map(toRow)).execute();
      }
      if (events.length > 0) appended = events[events.length - 1];
    },
    async list(query) {
      let q = db.selectFrom('ledger_events').selectAll();
      if (query.caseId) q = q.where('case_id', '=', query.caseId);
      if (query.targetId) q = q.where('target_id', '=', query.targetId);
      if (query.afterSeq !== undefined) q = q.where('seq', '>', query.afterSeq);
      if (query.beforeSeq !== undefined) q = q.where('seq', '<', query.beforeSeq);
      const rows = await q.orderBy('seq', query.order).limit(query.limit).execute();
      return rows.map(toEvent);
    },
    async lastCheckpoint() {
      const row = await db.selectFrom('ledger_checkpoints').selectAll().orderBy('tree_size', 'desc').limit(1).executeTakeFirst();
      return row && toCheckpoint(row);
    },
    async insertCheckpoint(checkpoint) {
      await db
        .insertInto('ledger_checkpoints')
        .values({
          tree_size: checkpoint.treeSize,
          at: checkpoint.at,
          root_hash: checkpoint.rootHash,
          frontier: JSON.stringify(checkpoint.frontier),
          key_id: checkpoint.keyId,
          public_key: checkpoint.publicKey,
          signature: checkpoint.signature,
        })
        .execute();
    },
    async checkpoints() {
      return (await db.selectFrom('ledger_checkpoints').selectAll().orderBy('tree_size').execute()).map(toCheckpoint);
    },
  };
}
