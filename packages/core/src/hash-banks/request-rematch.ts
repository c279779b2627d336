// Matching a case's items again on request (after a bank changed elsewhere, or to be sure): queued, like processing.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Deps } from '../deps';
import { actorEvent, recordEvent } from '../record-event';
import { HASH_MATCH_JOB } from './match-item';

export async function requestRematch(deps: Deps, actor: Actor, caseId: string): Promise<{ queued: number }> {
  requirePermission(actor, 'evidence.ingest');
  const items = await deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'contribute');
    const count = (await tx.evidence.listForCase(caseId)).filter((i) => i.digests).length;
    await recordEvent(tx, deps, actorEvent(actor, 'hashes.rematch_requested', { caseId, details: { items: count } }));
    return count;
  });
  const generation = `request:${deps.clock.now().toISOString()}`;
  await deps.jobs.enqueue({
    name: HASH_MATCH_JOB,
    payload: { caseId, generation },
    dedupeKey: `match-case:${caseId}:${generation}`,
    maxAttempts: 3,
  });
  return { queued: items };
}
