// The JobQueue port in SQL. PostgreSQL claims with FOR UPDATE SKIP LOCKED, so many worker processes never
// take the same job; SQLite claims inside its write lock, which serialises claimers on the one file.
import { randomUUID } from 'node:crypto';
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { Clock, EnqueueJob, Job, JobQueue, JobStatus } from '@tamga/core';
import type { Database, JobsTable } from './schema';
import { slices } from './slices';
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
    onGiveUp: row.give_up_job,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Jobs are operational state: a commit the next durable one will flush is enough (see TransactionOptions). */
const RELAXED = { durable: false };
const LAPSED_LAST_ATTEMPT = 'its worker stopped during its last attempt (the lease ran out)';
/** The follow-up a job given up for good names (EnqueueJob.onGiveUp), or none. */
function giveUpJobs(
  rows: ReadonlyArray<Pick<Selectable<JobsTable>, 'id' | 'name' | 'payload' | 'attempts' | 'give_up_job'>>,
  error: string,
  at: string,
): EnqueueJob[] {
  return rows.flatMap((row) =>
    row.give_up_job === null
      ? []
      : [
          {
            name: row.give_up_job,
            payload: {
              ...(JSON.parse(row.payload) as Record<string, unknown>),
              givenUp: { jobId: row.id, name: row.name, attempts: Number(row.attempts), error, at },
            },
          },
        ],
  );
}

/** PostgreSQL's advisory lock for queueing jobs (see insertJobs); the ledger's is another. */
const ENQUEUE_LOCK_KEY = 7_162_001;

export function sqlJobQueue(store: SqlStore, clock: Clock): JobQueue {
  const now = () => clock.now().toISOString();
  const later = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();

  /**
   * Up to `limit` ids of the jobs to run next: those whose lease ran out (their worker died) first, then the
   * queued jobs due longest. Each name's queue is looked up on its own index range (jobs_claim), so a claim does
   * not grow with the number of jobs waiting. On PostgreSQL the probes lock nothing; only the chosen rows are
   * locked (skipping those another worker holds), and rows all taken meanwhile mean looking again.
   */
  async function nextDue(db: Kysely<Database>, at: string, names: string[] | undefined, limit: number): Promise<string[]> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const ids = await probeDue(db, at, names, limit);
      if (ids.length === 0 || store.dialect !== 'postgres') return ids;
      const locked = new Set(
        (await db.selectFrom('jobs').select('id').where('id', 'in', ids).where(claimable(at)).forUpdate().skipLocked().execute()).map(
          (row) => row.id,
        ),
      );
      if (locked.size > 0) return ids.filter((id) => locked.has(id));
    }
    return [];
  }

  /** Still due when locked: queued and past its run time, or running with a lapsed lease. */
  function claimable(at: string) {
    return (eb: ExpressionBuilder<Database, 'jobs'>) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', at)]),
        eb.and([eb('status', '=', 'running'), eb('lease_until', '<', at)]),
      ]);
  }

  async function probeDue(db: Kysely<Database>, at: string, names: string[] | undefined, limit: number): Promise<string[]> {
    let expired = db.selectFrom('jobs').select('id').where('status', '=', 'running').where('lease_until', '<', at);
    if (names && names.length > 0) expired = expired.where('name', 'in', names);
    const lapsed = (await expired.orderBy('lease_until').limit(limit).execute()).map((row) => row.id);
    if (lapsed.length >= limit) return lapsed;

    const heads: Array<{ id: string; run_at: string; created_at: string }> = [];
    for (const name of names && names.length > 0 ? names : [undefined]) {
      let queued = db.selectFrom('jobs').select(['id', 'run_at', 'created_at']).where('status', '=', 'queued').where('run_at', '<=', at);
      if (name !== undefined) queued = queued.where('name', '=', name);
      heads.push(
        ...(await queued
          .orderBy('run_at')
          .orderBy('created_at')
          .limit(limit - lapsed.length)
          .execute()),
      );
    }
    heads.sort((a, b) =>
      a.run_at < b.run_at ? -1 : a.run_at > b.run_at ? 1 : a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0,
    );
    return [...lapsed, ...heads.slice(0, limit - lapsed.length).map((row) => row.id)];
  }

  function jobRow(id: string, job: EnqueueJob, at: string) {
    return {
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
      rerun_payload: null,
      give_up_job: job.onGiveUp ?? null,
      created_at: at,
      updated_at: at,
    };
  }

  /** The live (queued or running) jobs under these dedupe keys, by key. */
  async function liveJobs(db: Kysely<Database>, keys: readonly string[]): Promise<Map<string, { id: string; status: string }>> {
    const live = new Map<string, { id: string; status: string }>();
    for (const slice of slices(keys)) {
      // SQLite's planner (no statistics) prefers jobs_due for a list of keys and reads every live job; it is told
      // to use the partial index, whose condition the query repeats literally (bound, it would not match).
      const rows =
        store.dialect === 'sqlite'
          ? (
              await sql<{
                id: string;
                dedupe_key: string;
                status: string;
              }>`select id, dedupe_key, status from jobs indexed by jobs_live_dedupe
                where dedupe_key in (${sql.join(slice)}) and status in ('queued', 'running')`.execute(db)
            ).rows
          : await db
              .selectFrom('jobs')
              .select(['id', 'dedupe_key', 'status'])
              .where('dedupe_key', 'in', slice)
              .where('status', 'in', ['queued', 'running'])
              .execute();
      for (const row of rows) live.set(row.dedupe_key!, { id: row.id, status: row.status });
    }
    return live;
  }

  /**
   * On PostgreSQL, the lock that queueing jobs takes (insertJobs), taken first by a transaction that will change a
   * running job and may queue its give-up job: the other order (the row, then this lock) deadlocks with an enqueue
   * that marks the same running job for a rerun (this lock, then the row).
   */
  async function lockEnqueues(db: Kysely<Database>): Promise<void> {
    if (store.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${ENQUEUE_LOCK_KEY})`.execute(db);
  }

  /**
   * Each job, or the live job with its dedupe key: one lookup and one insert per few hundred jobs. The lookup and
   * the insert must not interleave with another process's: SQLite's write lock sees to that; on PostgreSQL, where
   * enqueues otherwise run side by side, an advisory lock held to the commit does (without it, two processes
   * queueing one key at once both found none, and the second's whole insert failed on the live-dedupe index).
   */
  async function insertJobs(db: Kysely<Database>, jobs: readonly EnqueueJob[]): Promise<string[]> {
    await lockEnqueues(db);
    const at = now();
    const live = await liveJobs(db, [...new Set(jobs.flatMap((job) => (job.dedupeKey ? [job.dedupeKey] : [])))]);
    const rows: Array<ReturnType<typeof jobRow>> = [];
    // Running jobs asked for again to run once more, with the latest payload asked for.
    const reruns = new Map<string, string>();
    const ids = jobs.map((job) => {
      const existing = job.dedupeKey === undefined ? undefined : live.get(job.dedupeKey);
      if (existing) {
        if (existing.status === 'running' && job.whileRunning !== 'leave') reruns.set(existing.id, JSON.stringify(job.payload));
        return existing.id;
      }
      const id = randomUUID();
      if (job.dedupeKey !== undefined) live.set(job.dedupeKey, { id, status: 'queued' });
      rows.push(jobRow(id, job, at));
      return id;
    });
    for (const [id, payload] of reruns) {
      await db
        .updateTable('jobs')
        .set({ rerun_payload: payload, updated_at: at })
        .where('id', '=', id)
        .where('status', '=', 'running')
        .execute();
    }
    // 15 columns a job: ROWS_PER_STATEMENT rows stay within every database's limit on bound parameters.
    for (const slice of slices(rows)) {
      await db.insertInto('jobs').values(slice).execute();
    }
    return ids;
  }

  function claimMany(workerId: string, leaseMs: number, names: string[] | undefined, limit: number): Promise<Job[]> {
    return store.exclusive(async (db) => {
      // Inside the transaction: on SQLite, after every write that committed before it.
      const at = now();
      // A job whose lease lapsed on its last attempt fails instead of being claimed again (one that kills its
      // worker, a parser crashing the process, would otherwise do so for ever); asked for again while it ran, the
      // newer request is queued with attempts of its own, as fail does. Rare: looked for before taking any lock.
      const anyLapsed = await db
        .selectFrom('jobs')
        .select('id')
        .where('status', '=', 'running')
        .where('lease_until', '<', at)
        .whereRef('attempts', '>=', 'max_attempts')
        .limit(1)
        .executeTakeFirst();
      if (anyLapsed) {
        await lockEnqueues(db);
        const lapsed = db
          .updateTable('jobs')
          .where('status', '=', 'running')
          .where('lease_until', '<', at)
          .whereRef('attempts', '>=', 'max_attempts');
        const given = { last_error: LAPSED_LAST_ATTEMPT, lease_until: null, worker_id: null, updated_at: at };
        const failed = await lapsed
          .where('rerun_payload', 'is', null)
          .set({ ...given, status: 'failed' })
          .returning(['id', 'name', 'payload', 'attempts', 'give_up_job'])
          .execute();
        await lapsed
          .where('rerun_payload', 'is not', null)
          .set({ ...given, status: 'queued', payload: sql<string>`rerun_payload`, attempts: 0, rerun_payload: null, run_at: at })
          .execute();
        const followUps = giveUpJobs(failed, LAPSED_LAST_ATTEMPT, at);
        if (followUps.length > 0) await insertJobs(db, followUps);
      }
      const ids = await nextDue(db, at, names, limit);
      if (ids.length === 0) return [];
      const rows = await db
        .updateTable('jobs')
        .set((eb) => ({
          status: 'running',
          attempts: eb('attempts', '+', 1),
          lease_until: later(leaseMs),
          worker_id: workerId,
          updated_at: at,
        }))
        .where('id', 'in', ids)
        .returningAll()
        .execute();
      const byId = new Map(rows.map((row) => [row.id, toJob(row)]));
      return ids.map((id) => byId.get(id)!);
    }, RELAXED);
  }

  async function complete(ids: readonly string[], workerId: string): Promise<void> {
    if (ids.length === 0) return;
    await store.exclusive(async (db) => {
      // In slices: a statement has a limit on its parameters.
      for (const slice of slices(ids)) {
        // A job asked for again while it ran is queued once more, as new, with the payload it was asked for with.
        await db
          .updateTable('jobs')
          .set({
            status: sql`case when rerun_payload is null then 'done' else 'queued' end`,
            payload: sql`coalesce(rerun_payload, payload)`,
            attempts: sql`case when rerun_payload is null then attempts else 0 end`,
            run_at: sql`case when rerun_payload is null then run_at else ${now()} end`,
            rerun_payload: null,
            lease_until: null,
            updated_at: now(),
          })
          .where('id', 'in', slice)
          .where('worker_id', '=', workerId)
          .execute();
      }
    }, RELAXED);
  }

  return {
    enqueue: async (job) => (await store.exclusive((db) => insertJobs(db, [job]), RELAXED))[0]!,

    enqueueMany: async (jobs) => (jobs.length === 0 ? [] : store.exclusive((db) => insertJobs(db, jobs), RELAXED)),

    claim: async (workerId, leaseMs, names) => (await claimMany(workerId, leaseMs, names, 1))[0],

    claimMany,

    async extendLeases(ids, workerId, leaseMs) {
      const kept: string[] = [];
      for (const slice of slices(ids)) {
        const rows = await store.exclusive(
          (db) =>
            db
              .updateTable('jobs')
              .set({ lease_until: later(leaseMs), updated_at: now() })
              .where('id', 'in', slice)
              .where('worker_id', '=', workerId)
              .where('status', '=', 'running')
              .returning('id')
              .execute(),
          RELAXED,
        );
        kept.push(...rows.map((row) => row.id));
      }
      return kept;
    },

    complete: (id, workerId) => complete([id], workerId),

    completeMany: complete,

    async fail(id, workerId, error, retryInMs) {
      await store.exclusive(async (db) => {
        await lockEnqueues(db);
        const row = await db
          .selectFrom('jobs')
          .selectAll()
          .where('id', '=', id)
          .where('worker_id', '=', workerId)
          .where('status', '=', 'running')
          .executeTakeFirst();
        if (!row) return;
        const retry = Number(row.attempts) < Number(row.max_attempts);
        // Asked for again while it ran: the newer request gets its own attempts, whether or not this one had any left.
        const rerun = row.rerun_payload !== null;
        const at = now();
        const lastError = error.slice(0, 4000);
        const changed = await db
          .updateTable('jobs')
          .set({
            status: retry || rerun ? 'queued' : 'failed',
            run_at: retry ? later(retryInMs) : rerun ? at : row.run_at,
            ...(rerun ? { payload: row.rerun_payload!, attempts: 0, rerun_payload: null } : {}),
            lease_until: null,
            last_error: lastError,
            updated_at: at,
          })
          .where('id', '=', id)
          .where('worker_id', '=', workerId)
          .where('status', '=', 'running')
          .executeTakeFirst();
        // Only the one transaction that ended the job queues its give-up (a claimer may have failed it meanwhile).
        if (Number(changed.numUpdatedRows) !== 1) return;
        if (!retry && !rerun && row.give_up_job !== null) await insertJobs(db, giveUpJobs([row], lastError, at));
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
