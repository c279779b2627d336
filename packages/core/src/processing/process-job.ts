// The jobs that process evidence items, and how intake and users queue them.
import type { EnqueueJob, JobQueue } from '../job-queue';

export const PROCESS_JOB = 'evidence.process';
/**
 * The same work for an item known to be small (an attachment, a file of a folder): a worker takes many of these
 * at a time and processes them as one group (processItems). Large items keep a job name of their own, so one
 * worker never sits on a queue of large items that others could share.
 */
export const PROCESS_SMALL_JOB = 'evidence.process-small';
/** Queued when an item's processing job is given up for good: marks the item failed (recordProcessingGivenUp). */
export const PROCESS_GIVEN_UP_JOB = 'evidence.process-given-up';
export const SMALL_ITEM_BYTES = 4 << 20;
/**
 * Small items' jobs a worker takes at once. Each group pays for a few durable commits and a dozen statements
 * whatever its size: 1,024 items a group took a mailbox's 10,000 attachments 2.8 s, against 3.2 s at 256.
 */
export const SMALL_GROUP = 1024;

export interface ProcessJobPayload {
  caseId: string;
  itemId: string;
  /** Process again even when the same parser version already did (tamga reprocess). */
  force?: boolean;
  /** Only when the item's last run was by this parser (tamga reprocess --parser). */
  onlyParser?: string;
  [key: string]: unknown;
}

/**
 * At most one live job per item, whatever its name: queueing the same item twice is harmless. Asked for while the
 * item's job runs, only a forced run (a parser changed) runs once more; otherwise the running job's outcome is the
 * answer (run again, a failure was recorded twice).
 */
export function processingJob(payload: ProcessJobPayload, size?: number): EnqueueJob {
  const name = size !== undefined && size <= SMALL_ITEM_BYTES ? PROCESS_SMALL_JOB : PROCESS_JOB;
  return {
    name,
    payload,
    dedupeKey: `process:${payload.itemId}`,
    whileRunning: payload.force ? 'rerun' : 'leave',
    maxAttempts: 3,
    onGiveUp: PROCESS_GIVEN_UP_JOB,
  };
}

export function enqueueProcessing(jobs: JobQueue, payload: ProcessJobPayload, size?: number): Promise<string> {
  return jobs.enqueue(processingJob(payload, size));
}
