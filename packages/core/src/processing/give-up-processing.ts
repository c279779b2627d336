// An item whose processing job has used its last attempt (the store failing throughout, its bytes unreadable):
// marked failed with the job's error, so it does not wait as pending for ever, and the failure is in its custody log.
import type { Deps } from '../deps';
import { newProcessingState } from '../item-processing';
import { actorEvent, recordEvent } from '../record-event';
import type { ProcessJobPayload } from './process-job';

export async function recordProcessingGivenUp(deps: Deps, payload: ProcessJobPayload, attempts: number, error: string): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const item = await tx.evidence.byId(payload.caseId, payload.itemId);
    if (!item?.digests) return;
    const now = deps.clock.now().toISOString();
    const previous = (await tx.processing.get(item.id)) ?? newProcessingState(item.id, item.caseId, now);
    // A run that ended (done, failed by its parser, skipped) has its own outcome and event already.
    if (previous.status !== 'queued' && previous.status !== 'running') return;
    const reason = `processing stopped after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${error}`;
    await tx.processing.upsert({
      ...previous,
      status: 'failed',
      reason,
      reasonCode: 'attempts_exhausted',
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
