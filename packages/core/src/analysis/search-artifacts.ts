// Full-text search over a case's artefacts; every search is an access event with what was asked.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Deps } from '../deps';
import type { EntityExtractor } from '../entity';
import { utcRange } from '../instant';
import { actorEvent, recordEvent } from '../record-event';
import type { SearchPage, SearchQuery } from '../search-index';

export type SearchRequest = Omit<SearchQuery, 'caseId' | 'limit'> & { limit?: number };

/** A query that may be one phone number as written: digits, `+`, spaces, brackets, dots and dashes, maybe quoted. */
const PHONE_LIKE = /^"?\s*\+?[\d\s().-]{7,}"?$/;

/**
 * A query that is one valid phone number, in whatever form (`8 (701) 234-56-78`, `+7 701 2345678`, `87012345678`):
 * the phrase as typed, or the number's E.164 digits. The index holds those digits for every valid phone a document
 * names (sql-search-index.ts), so the number is found however each document wrote it. Null for any other query.
 */
export function phoneQuery(
  text: string,
  extract: EntityExtractor,
  defaultRegion: string | undefined,
): { text: string; e164: string } | null {
  if (!PHONE_LIKE.test(text.trim())) return null;
  const inner = text.trim().replace(/^"|"$/g, '').trim();
  const found = extract(inner, { defaultRegion });
  const phone = found.length === 1 ? found[0]! : undefined;
  if (phone?.type !== 'phone' || !phone.valid || phone.start !== 0 || phone.end !== inner.length) return null;
  return { text: `"${inner}" OR ${phone.value.slice(1)}`, e164: phone.value };
}

/**
 * `extract` (the analysis extractor) lets a query that is one phone number find it in any written form; without it
 * the query is searched as typed.
 */
export async function searchArtifacts(
  deps: Deps,
  actor: Actor,
  caseId: string,
  request: SearchRequest,
  extract?: EntityExtractor,
): Promise<SearchPage> {
  requirePermission(actor, 'case.content.read');
  const query: SearchQuery = { ...utcRange(request), caseId, limit: Math.min(Math.max(request.limit ?? 50, 1), 500) };
  // Membership first, and the event committed with it: a search that is not recorded does not run.
  await deps.store.transaction(async (tx) => {
    const { record } = await loadCaseFor(tx, actor, caseId, 'read');
    const phone = extract ? phoneQuery(request.text, extract, record.country || undefined) : null;
    if (phone) query.text = phone.text;
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'case.searched', {
        caseId,
        details: JSON.parse(JSON.stringify({ ...request, limit: query.limit, ...(phone ? { phone: phone.e164 } : {}) })) as Record<
          string,
          unknown
        >,
      }),
    );
  });
  return deps.search.search(query);
}
