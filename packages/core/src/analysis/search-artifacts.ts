// Full-text search over a case's artefacts; every search is an access event with what was asked.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Deps } from '../deps';
import { utcRange } from '../instant';
import { actorEvent, recordEvent } from '../record-event';
import { queryTerms, type QueryTerm, type SearchPage, type SearchQuery } from '../search-index';

export type SearchRequest = Omit<SearchQuery, 'caseId' | 'limit'> & { limit?: number };

/** A query that may be one phone number as written: digits, `+`, spaces, brackets, dots and dashes, maybe quoted. */
const PHONE_LIKE = /^"?\s*\+?[\d\s().-]{7,}"?$/;
/** A minus the query language reads as NOT (search-query.ts): at the start of a word, before something. */
const NEGATION = /(?:^|[\s()])-(?=[^\s)])/;

/** One phone number as a search asks for it: its E.164 value and the digit strings it is written as. */
export interface PhoneQuery {
  e164: string;
  /**
   * Its E.164 digits, and its national form's where they differ (`77012345678`, `87012345678`) and the case's country
   * does not read those as another number.
   */
  digitForms: string[];
}

/** Reads a text that is one valid phone number, in the case's country first (implemented by @tamga/analysis). */
export type PhoneQueryReader = (text: string, defaultRegion: string | undefined) => PhoneQuery | null;

/**
 * A query with valid phone numbers in it, in whatever form (`8 (701) 234-56-78`, `+7 701 2345678`, `87012345678`):
 * each number asks for the phrase as typed, or its E.164 or national digits, which is how a document writing it in
 * either form holds it (and highlights it). Every document also holds the E.164 digits of each valid phone analysis
 * found in it (storage's document-tokens.ts), for the forms between. The whole query may be one number written in
 * groups; otherwise a number is one term (quoted, or written without spaces) among others, `87012345678 Иван`, and
 * a number excluded (`-87012345678`) is excluded in all its forms. Null when the query names no number.
 */
export function phoneQuery(
  text: string,
  read: PhoneQueryReader,
  defaultRegion: string | undefined,
): { text: string; phones: string[] } | null {
  const trimmed = text.trim();
  // `-8 701 234 56 78` leaves the number out: read whole as the number, it would find exactly what was excluded.
  if (PHONE_LIKE.test(trimmed) && (trimmed.startsWith('"') || !NEGATION.test(trimmed))) {
    const inner = trimmed.replace(/^"|"$/g, '').trim();
    const phone = read(inner, defaultRegion);
    if (phone) return { text: anyForm(inner, phone), phones: [phone.e164] };
  }
  let terms: QueryTerm[];
  try {
    terms = queryTerms(text);
  } catch {
    return null; // A malformed query is for the search to refuse, with its reason.
  }
  let rewritten = '';
  let from = 0;
  const phones: string[] = [];
  for (const term of terms) {
    const written = term.raw.trim();
    if (term.prefix || !PHONE_LIKE.test(written)) continue;
    const phone = read(written, defaultRegion);
    if (!phone) continue;
    rewritten += `${text.slice(from, term.start)}(${anyForm(written, phone)})`;
    from = term.end;
    phones.push(phone.e164);
  }
  return phones.length === 0 ? null : { text: rewritten + text.slice(from), phones };
}

/** The number as written (a phrase) or any of its digit forms. */
function anyForm(written: string, phone: PhoneQuery): string {
  return [`"${written}"`, ...phone.digitForms].join(' OR ');
}

/**
 * `phones` (analysis's reader) lets a query that is one phone number find it in any written form; without it the
 * query is searched as typed.
 */
export async function searchArtifacts(
  deps: Deps,
  actor: Actor,
  caseId: string,
  request: SearchRequest,
  phones?: PhoneQueryReader,
): Promise<SearchPage> {
  requirePermission(actor, 'case.content.read');
  const query: SearchQuery = { ...utcRange(request), caseId, limit: Math.min(Math.max(request.limit ?? 50, 1), 500) };
  // Membership first, and the event committed with it: a search that is not recorded does not run.
  await deps.store.transaction(async (tx) => {
    const { record } = await loadCaseFor(tx, actor, caseId, 'read');
    const asked = phones ? phoneQuery(request.text, phones, record.country || undefined) : null;
    if (asked) query.text = asked.text;
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'case.searched', {
        caseId,
        // The numbers the query was read as, in E.164: what the search looked for besides the text as typed.
        details: JSON.parse(JSON.stringify({ ...request, limit: query.limit, ...(asked ? { phones: asked.phones } : {}) })) as Record<
          string,
          unknown
        >,
      }),
    );
  });
  return deps.search.search(query);
}
