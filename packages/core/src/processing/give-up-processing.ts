// An item whose processing job was given up for good (its last attempt failed: the store failing throughout, its
// bytes unreadable; or its worker died during it): marked failed with the job's error, so it does not wait as
// pending or running for ever, and the failure is in its custody log. Run as the job's give-up job.
import type { Deps } from '../deps';
import { newProcessingState } from '../item-processing';
import type { GiveUpPayload } from '../job-queue';
import { actorEvent, recordEvent } from '../record-event';
import type { ProcessJobPayload } from './process-job';

export async function recordProcessingGivenUp(deps: Deps, payload: GiveUpPayload<ProcessJobPayload>): Promise<void> {
  const { attempts, error, at } = payload.givenUp;
  await deps.store.transaction(async (tx) => {
    const item = await tx.evidence.byId(payload.caseId, payload.itemId);
    if (!item?.digests) return;
    const now = deps.clock.now().toISOString();
    const recorded = await tx.processing.get(item.id);
    // A state changed after the job was given up belongs to a newer request (queued again, or running).
    if (recorded && recorded.updatedAt > at) return;
    const previous = recorded ?? newProcessingState(item.id, item.caseId, now);
    // A run that ended (done, failed by its parser, skipped) has its own outcome and event already.
    if (previous.status !== 'queued' && previous.status !== 'running') return;
    const reason = `processing stopped after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${error}`;
    await tx.processing.upsert({
      ...previous,
      status: 'failed',
      reason,
      reasonCode: 'attempts_exhausted',
      reasonParams: null,
      finishedAt: now,
      updatedAt: now,
    });
    await recordEvent(
      tx,
      deps,
      actorEvent(null, 'evidence.processing_failed', {
        caseId: item.caseId,
        targetType: 'evidence',
        targetId: item.id,
        details: {
          ...(previous.parserId ? { parser: `${previous.parserId}@${previous.parserVersion}` } : {}),
          attempts,
          reason,
          reasonCode: 'attempts_exhausted',
        },
      }),
    );
  });
}
