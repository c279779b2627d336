// The job that processes one evidence item, and how intake and users queue it.
import type { JobQueue } from '../job-queue';

export const PROCESS_JOB = 'evidence.process';

export interface ProcessJobPayload {
  caseId: string;
  itemId: string;
  /** Process again even when the same parser version already did (tamga reprocess). */
  force?: boolean;
  /** Only when the item's last run was by this parser (tamga reprocess --parser). */
  onlyParser?: string;
  [key: string]: unknown;
}

/** At most one live job per item: queueing the same item twice is harmless. */
export function enqueueProcessing(jobs: JobQueue, payload: ProcessJobPayload): Promise<string> {
  return jobs.enqueue({ name: PROCESS_JOB, payload, dedupeKey: `process:${payload.itemId}`, maxAttempts: 3 });
}
