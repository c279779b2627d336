// The worker: claims jobs from the queue and runs their handlers, keeping each job's lease alive while it
// runs. Many workers (threads of one process or many processes on PostgreSQL) may share one queue.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import {
  ANALYSE_JOB,
  analyseItem,
  analyseItems,
  HASH_MATCH_JOB,
  eachSettled,
  matchItem,
  PROCESS_JOB,
  PROCESS_GIVEN_UP_JOB,
  PROCESS_SMALL_JOB,
  SMALL_GROUP,
  processItem,
  processItems,
  recordProcessingGivenUp,
  retryDelayMs,
  runRequestTimers,
  type AnalyseJobPayload,
  type GiveUpPayload,
  type HashMatchPayload,
  type Job,
  type ProcessJobPayload,
} from '@tamga/core';
import type { AppContext } from '../context';

export type JobHandler = (payload: Record<string, unknown>, job: Job) => Promise<void>;
/**
 * Handles up to `size` jobs of one name in one call; per job, its own error or undefined. Throwing fails them all.
 * Groups of jobs whose items may be large stay small, so that many workers still share a queue of them.
 */
export interface GroupHandler {
  size: number;
  run(jobs: Job[]): Promise<Array<Error | undefined>>;
}

/** Analysis and matching jobs taken at once: their items may be large (a mailbox, an image to hash). */
const SHARED_GROUP = 128;

export interface WorkerOptions {
  concurrency?: number;
  /** How long a claimed job is ours before another worker may take it over (a dead worker's jobs return). */
  leaseMs?: number;
  /** How often an idle worker looks for work. */
  pollMs?: number;
  log?: (line: string) => void;
  /** How often request timers (reminders, lapsed preservations and authorisations) are checked; 0 turns it off. */
  requestTimersMs?: number;
}

export interface RunningWorker {
  id: string;
  /** Finishes the jobs in hand, then stops. */
  stop(): Promise<void>;
}

/** Background work is a map from job name to handler. */
export function jobHandlers(context: AppContext): Record<string, JobHandler> {
  return {
    [PROCESS_JOB]: async (payload) => {
      await processItem(context.deps, context.parsers, payload as ProcessJobPayload);
    },
    [PROCESS_SMALL_JOB]: async (payload) => {
      await processItem(context.deps, context.parsers, payload as ProcessJobPayload);
    },
    [PROCESS_GIVEN_UP_JOB]: async (payload) => {
      await recordProcessingGivenUp(context.deps, payload as GiveUpPayload<ProcessJobPayload>);
    },
    [ANALYSE_JOB]: async (payload) => {
      await analyseItem(context.deps, context.extract, payload as AnalyseJobPayload);
    },
    [HASH_MATCH_JOB]: async (payload) => {
      await matchItem(context.deps, context.hashing, payload as HashMatchPayload);
    },
  };
}

/** Work that is cheaper in groups: small items share their loads, artefact writes and durable commits. */
export function groupHandlers(context: AppContext): Record<string, GroupHandler> {
  return {
    [PROCESS_SMALL_JOB]: {
      size: SMALL_GROUP,
      run: async (jobs) =>
        (
          await processItems(
            context.deps,
            context.parsers,
            jobs.map((job) => job.payload as ProcessJobPayload),
          )
        ).map((outcome) => outcome.error),
    },
    [ANALYSE_JOB]: {
      size: SHARED_GROUP,
      run: (jobs) =>
        analyseItems(
          context.deps,
          context.extract,
          jobs.map((job) => job.payload as AnalyseJobPayload),
        ),
    },
    // Each item matched on its own (a match is a ledger event of its own); the group saves a claim and a
    // completion per item, which were half of a small item's matching.
    [HASH_MATCH_JOB]: {
      size: SHARED_GROUP,
      run: (jobs) => eachSettled(jobs, (job) => matchItem(context.deps, context.hashing, job.payload as HashMatchPayload)),
    },
  };
}

export function startWorker(context: AppContext, options: WorkerOptions = {}): RunningWorker {
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? 500;
  const log = options.log ?? (() => {});
  const handlers = jobHandlers(context);
  const groups = groupHandlers(context);
  const names = Object.keys(handlers);
  const queue = context.deps.jobs;
  let stopping = false;
  const wakers = new Set<() => void>();

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      wakers.add(done);
    });

  async function runJobs(jobs: Job[], run: () => Promise<Array<Error | undefined>>): Promise<void> {
    const ids = jobs.map((job) => job.id);
    const keepAlive = setInterval(() => void queue.extendLeases(ids, id, leaseMs).catch(() => {}), leaseMs / 3);
    const fail = async (job: Job, error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      log(`job ${job.name} ${job.id} failed (attempt ${job.attempts}): ${message}`);
      // Not recorded (the database failing too): its lease lapses and the job is claimed again, or given up.
      await queue
        .fail(job.id, id, message, retryDelayMs(job.attempts))
        .catch((failure: unknown) => log(`could not record that job ${job.id} failed: ${(failure as Error).message}`));
    };
    try {
      const errors = await run();
      await queue.completeMany(
        jobs.filter((_, index) => !errors[index]).map((job) => job.id),
        id,
      );
      for (const [index, job] of jobs.entries()) if (errors[index]) await fail(job, errors[index]);
    } catch (error) {
      for (const job of jobs) await fail(job, error);
    } finally {
      clearInterval(keepAlive);
    }
  }

  async function take(job: Job): Promise<void> {
    const group = groups[job.name];
    if (!group) {
      await runJobs([job], async () => {
        await handlers[job.name]!(job.payload, job);
        return [undefined];
      });
      return;
    }
    const more = stopping ? [] : await queue.claimMany(id, leaseMs, [job.name], group.size - 1).catch(() => []);
    const jobs = [job, ...more];
    await runJobs(jobs, () => group.run(jobs));
  }

  async function slot(): Promise<void> {
    while (!stopping) {
      let job: Job | undefined;
      try {
        job = await queue.claim(id, leaseMs, names);
      } catch (error) {
        log(`worker ${id} could not claim a job: ${(error as Error).message}`);
      }
      if (job) await take(job);
      else await pause(pollMs);
    }
  }

  const slots = Array.from({ length: options.concurrency ?? 1 }, () => slot());
  // Request timers are a periodic pass, not queued jobs: each pass is idempotent (a reminder is recorded once
  // per request, expiry and threshold), so several workers may run it.
  const timersMs = options.requestTimersMs ?? 60_000;
  let timersRun: Promise<unknown> = Promise.resolve();
  const checkTimers = () => {
    timersRun = timersRun
      .then(() => runRequestTimers(context.deps))
      .catch((error: unknown) => log(`request timers failed: ${(error as Error).message}`));
  };
  const timersTick = timersMs > 0 ? setInterval(checkTimers, timersMs) : undefined;
  if (timersTick) checkTimers();
  return {
    id,
    async stop() {
      stopping = true;
      clearInterval(timersTick);
      for (const wake of [...wakers]) wake();
      await Promise.all(slots);
      await timersRun;
    },
  };
}
