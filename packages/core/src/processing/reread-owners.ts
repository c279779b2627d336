// When a companion of an item is taken in after the item was read (a browser database's `-wal`), the item is read
// again so that the rows only the companion holds are not left out.
import type { Deps } from '../deps';
import type { EvidenceItem } from '../evidence-item';
import type { EnqueueJob } from '../job-queue';
import { processingJob } from './process-job';
import type { ParserRegistry } from './run-parser';

/**
 * Companions just read (`History-wal`, FORMATS.md §3): the item each belongs to is read again when a parser that
 * reads such companions read it before the companion was taken in, so its newest rows are not left out. One read
 * after the companion was recorded has seen it already.
 */
export async function rereadOwners(deps: Deps, registry: ParserRegistry, items: readonly EvidenceItem[]): Promise<void> {
  const readers = new Map<string, Set<string>>();
  for (const parser of registry.parsers) {
    for (const suffix of parser.companions ?? []) readers.set(suffix, (readers.get(suffix) ?? new Set()).add(parser.id));
  }
  const jobs: EnqueueJob[] = [];
  for (const [suffix, parserIds] of readers) {
    for (const companion of items) {
      const path = companion.originalPath;
      if (path.length <= suffix.length || !path.endsWith(suffix)) continue;
      const owner = await deps.store.transaction(
        (tx) => tx.evidence.byPath(companion.caseId, companion.parentId, path.slice(0, -suffix.length)),
        {
          durable: false,
        },
      );
      if (!owner?.digests) continue;
      const state = await deps.store.transaction((tx) => tx.processing.get(owner.id), { durable: false });
      const readBefore = state?.status === 'done' && state.startedAt !== null && state.startedAt < companion.createdAt;
      if (readBefore && state.parserId && parserIds.has(state.parserId)) {
        jobs.push(processingJob({ caseId: owner.caseId, itemId: owner.id, force: true }, owner.digests.size));
      }
    }
  }
  await deps.jobs.enqueueMany(jobs);
}
