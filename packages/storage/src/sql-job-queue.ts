// The JobQueue port in SQL. PostgreSQL claims with FOR UPDATE SKIP LOCKED, so many worker processes never
// take the same job; SQLite claims inside its write lock, which serialises claimers on the one file.
import { randomUUID } from 'node:crypto';
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { Clock, EnqueueJob, Job, JobQueue, JobStatus } from '@tamga/core';
import type { Database, JobsTable } from './schema';
import type { SqlStore } from './sql-store';

function toJob(row: Selectable<JobsTable>): Job {
  return {
    id: row.id,
    name: row.name,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    status: row.status as JobStatus,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    runAt: row.run_at,
    leaseUntil: row.lease_until,
    workerId: row.worker_id,
    lastError: row.last_error,
    dedupeKey: row.dedupe_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Jobs are operational state: a commit the next durable one will flush is enough (see TransactionOptions). */
const RELAXED = { durable: false };

export function sqlJobQueue(store: SqlStore, clock: Clock): JobQueue {
  const now = () => clock.now().toISOString();
  const later = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();

  /**
   * The id of the next job to run: one whose lease ran out (its worker died) first, then the queued job due
   * longest. Each name's queue is looked up on its own index range (jobs_claim), so a claim does not grow with
   * the number of jobs waiting. On PostgreSQL the probes lock nothing; only the chosen row is locked (skipping
   * one another worker holds), and a row taken meanwhile means looking again.
   */
  async function nextDue(db: Kysely<Database>, at: string, names?: string[]): Promise<string | undefined> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = await probeDue(db, at, names);
      if (!id || store.dialect !== 'postgres') return id;
      const locked = await db
        .selectFrom('jobs')
        .select('id')
        .where('id', '=', id)
        .where(claimable(at))
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (locked) return locked.id;
    }
    return undefined;
  }

  /** Still due when locked: queued and past its run time, or running with a lapsed lease. */
  function claimable(at: string) {
    return (eb: ExpressionBuilder<Database, 'jobs'>) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', at)]),
        eb.and([eb('status', '=', 'running'), eb('lease_until', '<', at)]),
      ]);
  }

  async function probeDue(db: Kysely<Database>, at: string, names?: string[]): Promise<string | undefined> {
    let expired = db.selectFrom('jobs').select('id').where('status', '=', 'running').where('lease_until', '<', at);
    if (names && names.length > 0) expired = expired.where('name', 'in', names);
    const lapsed = await expired.orderBy('lease_until').limit(1).executeTakeFirst();
    if (lapsed) return lapsed.id;

    let best: { id: string; run_at: string; created_at: string } | undefined;
    for (const name of names && names.length > 0 ? names : [undefined]) {
      let queued = db.selectFrom('jobs').select(['id', 'run_at', 'created_at']).where('status', '=', 'queued').where('run_at', '<=', at);
      if (name !== undefined) queued = queued.where('name', '=', name);
      const head = await queued.orderBy('run_at').orderBy('created_at').limit(1).executeTakeFirst();
      if (head && (!best || head.run_at < best.run_at || (head.run_at === best.run_at && head.created_at < best.created_at))) best = head;
    }
    return best?.id;
  }

  return {
    async enqueue(job: EnqueueJob) {
      return store.exclusive(async (db) => {
        if (job.dedupeKey) {
          const live = await db
            .selectFrom('jobs')
            .select('id')
            .where('dedupe_key', '=', job.dedupeKey)
            // Literal, not bound: only then can SQLite's planner use the partial index jobs_live_dedupe.
            .where(sql<boolean>`status in ('queued', 'running')`)
            .executeTakeFirst();
          if (live) return live.id;
        }
        const id = randomUUID();
        const at = now();
        await db
          .insertInto('jobs')
          .values({
            id,
            name: job.name,
            payload: JSON.stringify(job.payload),
            status: 'queued',
            attempts: 0,
            max_attempts: job.maxAttempts ?? 5,
            run_at: job.runAt ? job.runAt.toISOString() : at,
            lease_until: null,
            worker_id: null,
            last_error: null,
            dedupe_key: job.dedupeKey ?? null,
            created_at: at,
            updated_at: at,
          })
          .execute();
        return id;
      }, RELAXED);
    },

    async claim(workerId, leaseMs, names) {
      const at = now();
      return store.exclusive(async (db) => {
        const id = await nextDue(db, at, names);
        if (!id) return undefined;
        const row = await db
          .updateTable('jobs')
          .set((eb) => ({
            status: 'running',
            attempts: eb('attempts', '+', 1),
            lease_until: later(leaseMs),
            worker_id: workerId,
            updated_at: at,
          }))
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return toJob(row);
      }, RELAXED);
    },

    async extendLease(id, workerId, leaseMs) {
      const result = await store.exclusive(
        (db) =>
          db
            .updateTable('jobs')
            .set({ lease_until: later(leaseMs), updated_at: now() })
            .where('id', '=', id)
            .where('worker_id', '=', workerId)
            .where('status', '=', 'running')
            .executeTakeFirst(),
        RELAXED,
      );
      return Number(result.numUpdatedRows) === 1;
    },

    async complete(id, workerId) {
      await store.exclusive(
        (db) =>
          db
            .updateTable('jobs')
            .set({ status: 'done', lease_until: null, updated_at: now() })
            .where('id', '=', id)
            .where('worker_id', '=', workerId)
            .execute(),
        RELAXED,
      );
    },

    async fail(id, workerId, error, retryInMs) {
      await store.exclusive(async (db) => {
        const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).where('worker_id', '=', workerId).executeTakeFirst();
        if (!row) return;
        const retry = Number(row.attempts) < Number(row.max_attempts);
        await db
          .updateTable('jobs')
          .set({
            status: retry ? 'queued' : 'failed',
            run_at: retry ? later(retryInMs) : row.run_at,
            lease_until: null,
            last_error: error.slice(0, 4000),
            updated_at: now(),
          })
          .where('id', '=', id)
          .execute();
      }, RELAXED);
    },

    async list(filter = {}) {
      let query = store.db.selectFrom('jobs').selectAll();
      if (filter.status) query = query.where('status', '=', filter.status);
      if (filter.name) query = query.where('name', '=', filter.name);
      return (
        await query
          .orderBy('created_at', 'desc')
          .limit(filter.limit ?? 100)
          .execute()
      ).map(toJob);
    },

    async counts() {
      const rows = await store.db
        .selectFrom('jobs')
        .select(['status', (eb) => eb.fn.countAll().as('n')])
        .groupBy('status')
        .execute();
      const counts: Record<JobStatus, number> = { queued: 0, running: 0, done: 0, failed: 0 };
      for (const row of rows) counts[row.status as JobStatus] = Number(row.n);
      return counts;
    },
  };
}
