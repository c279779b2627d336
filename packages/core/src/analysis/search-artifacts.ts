// Full-text search over a case's artefacts; every search is an access event with what was asked.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Deps } from '../deps';
import { utcRange } from '../instant';
import { actorEvent, recordEvent } from '../record-event';
import type { SearchPage, SearchQuery } from '../search-index';

export type SearchRequest = Omit<SearchQuery, 'caseId' | 'limit'> & { limit?: number };

export async function searchArtifacts(deps: Deps, actor: Actor, caseId: string, request: SearchRequest): Promise<SearchPage> {
  requirePermission(actor, 'case.content.read');
  const query: SearchQuery = { ...utcRange(request), caseId, limit: Math.min(Math.max(request.limit ?? 50, 1), 500) };
  // Membership first, and the event committed with it: a search that is not recorded does not run.
  await deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'case.searched', {
        caseId,
        details: JSON.parse(JSON.stringify({ ...request, limit: query.limit })) as Record<string, unknown>,
      }),
    );
  });
  return deps.search.search(query);
}
