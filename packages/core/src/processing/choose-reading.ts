// An investigator's choice of how one item is read where its bytes leave it open (FORMATS.md §2.4: whether a
// WhatsApp chat's dates are day or month first). The choice is kept with the item's processing state, so every
// later run reads it the same way, and recorded in the ledger; the item is read again at once.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Deps } from '../deps';
import { canonicalJson } from '../canonical-json';
import { TamgaError } from '../errors';
import type { ItemProcessing } from '../item-processing';
import type { Parser, ReadingChoice, ReadingChoices } from '../parser';
import { actorEvent, recordEvent } from '../record-event';
import { processingJob } from './process-job';

/** Each choice set, or null to leave it to the parser's own rule again. */
export type ReadingChange = { [Choice in ReadingChoice]?: ReadingChoices[Choice] | null };

/**
 * Sets or clears choices for one processed item and queues it to be read again; a change that changes nothing does
 * neither. Setting a choice is refused (READING_CHOICE_UNSUPPORTED) when the parser that read the item offers no such
 * choice, or when it has not been read yet (the parser is not known); clearing one never is.
 */
export async function chooseReading(
  deps: Deps,
  actor: Actor,
  caseId: string,
  itemId: string,
  change: ReadingChange,
  parsers: ReadonlyArray<Pick<Parser, 'id' | 'readingChoices'>>,
): Promise<ItemProcessing> {
  requirePermission(actor, 'evidence.ingest');
  const { state, size } = await deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'contribute');
    const item = await tx.evidence.byId(caseId, itemId);
    if (!item?.digests) throw new TamgaError('EVIDENCE_NOT_FOUND', undefined, { itemId });
    const previous = await tx.processing.get(item.id);
    const offered = parsers.find((parser) => parser.id === previous?.parserId)?.readingChoices ?? [];
    const choices = Object.keys(change) as ReadingChoice[];
    // Clearing a choice is always allowed: the item may since be read by a parser that does not offer it.
    const refused = choices.find((choice) => change[choice] != null && !offered.includes(choice));
    if (!previous || refused) {
      const reader = previous?.parserId
        ? `read by ${previous.parserId}, which offers ${offered.length > 0 ? offered.join(', ') : 'no choices'}`
        : 'not read yet';
      throw new TamgaError(
        'READING_CHOICE_UNSUPPORTED',
        `Exhibit ${item.exhibitNumber} is ${reader}; ${refused ?? choices.join(', ')} cannot be chosen for it`,
        { itemId, parserId: previous?.parserId ?? null, offered },
      );
    }
    const reading: ReadingChoices = { ...previous.reading };
    for (const choice of choices) {
      const value = change[choice];
      if (value === null || value === undefined) delete reading[choice];
      else reading[choice] = value;
    }
    // Nothing changes: no event, and the item is not read again (reprocessing does that).
    if (canonicalJson(reading) === canonicalJson(previous.reading)) return { state: previous, size: null };
    const now = deps.clock.now().toISOString();
    // Shown as queued at once, so nobody mistakes the old reading for the new one while the job waits.
    const state: ItemProcessing = { ...previous, reading, status: 'queued', updatedAt: now };
    await tx.processing.upsert(state);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'evidence.reading_chosen', {
        caseId,
        targetType: 'evidence',
        targetId: item.id,
        details: { exhibitNumber: item.exhibitNumber, parser: previous.parserId, reading, before: previous.reading },
      }),
    );
    return { state, size: item.digests.size };
  });
  if (size !== null) await deps.jobs.enqueue(processingJob({ caseId, itemId, force: true }, size));
  return state;
}
