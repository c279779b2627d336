// The JobQueue port: background work (processing, analysis) that survives crashes and runs on many workers.
// Delivery is at least once, so every handler must be idempotent.

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  id: string;
  name: string;
  payload: Record<string, unknown>;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  /** Not before this time (backoff after a failure). */
  runAt: string;
  /** A running job whose lease has passed is taken to have lost its worker and is claimed again. */
  leaseUntil: string | null;
  workerId: string | null;
  lastError: string | null;
  /**
   * At most one queued or running job per key: enqueueing the same work twice is harmless. Enqueued while its job
   * runs, the work is done once more after that run ends (with the newer payload), as what the running job read
   * may have changed meanwhile (an item processed again while it was being analysed).
   */
  dedupeKey: string | null;
  /** See EnqueueJob.onGiveUp. */
  onGiveUp: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EnqueueJob {
  name: string;
  payload: Record<string, unknown>;
  dedupeKey?: string;
  /**
   * Asked for while the job under its dedupe key runs: 'rerun' (the default) runs it once more afterwards, for work
   * whose input may have changed meanwhile; 'leave' lets the running job's outcome answer the request.
   */
  whileRunning?: 'rerun' | 'leave';
  maxAttempts?: number;
  runAt?: Date;
  /**
   * The name of a job queued, in the same transaction, when this one is given up for good: its last attempt
   * failed, or its lease ran out during it (its worker died). The follow-up's payload is this job's with `givenUp`
   * added (GiveUpPayload). Not queued when a newer request for the work takes over (see whileRunning).
   */
  onGiveUp?: string;
}

/** Why a job was given up, as its give-up job receives it. */
export interface GivenUp {
  jobId: string;
  name: string;
  attempts: number;
  error: string;
  /** When it was given up: work asked for on the same thing after this time is not part of what was given up. */
  at: string;
}

export type GiveUpPayload<P extends Record<string, unknown> = Record<string, unknown>> = P & { givenUp: GivenUp };

export interface JobQueue {
  /** Returns the id of the new job, or of the queued or running job with the same dedupe key (see Job.dedupeKey). */
  enqueue(job: EnqueueJob): Promise<string>;
  /** Queues jobs in one transaction, each as enqueue would; their ids in the same order. */
  enqueueMany(jobs: readonly EnqueueJob[]): Promise<string[]>;
  /** Takes the oldest due job (of these names, if given) for this worker until now + leaseMs. */
  claim(workerId: string, leaseMs: number, names?: string[]): Promise<Job | undefined>;
  /** Takes up to `limit` due jobs at once, in the order claim would take them one by one. */
  claimMany(workerId: string, leaseMs: number, names: string[] | undefined, limit: number): Promise<Job[]>;
  /** Keeps long jobs' leases (a group's at once); returns the ids still this worker's, whose leases were kept. */
  extendLeases(ids: readonly string[], workerId: string, leaseMs: number): Promise<string[]>;
  complete(id: string, workerId: string): Promise<void>;
  completeMany(ids: readonly string[], workerId: string): Promise<void>;
  /** Retries after retryInMs while attempts remain; otherwise the job stays failed and visible. */
  fail(id: string, workerId: string, error: string, retryInMs: number): Promise<void>;
  list(filter?: { status?: JobStatus; name?: string; limit?: number }): Promise<Job[]>;
  counts(): Promise<Record<JobStatus, number>>;
}

/** Exponential backoff with a ceiling: 2 s, 4 s, 8 s … up to 10 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** attempts * 1000, 10 * 60_000);
}
