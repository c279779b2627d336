// What users do with processing: see where a case stands, and queue its items (again).
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Deps } from '../deps';
import type { Case } from '../case';
import { TamgaError } from '../errors';
import type { ItemAnalysis } from '../entity';
import { newProcessingState, settingsRead, type ItemProcessing, type ProcessingStatus } from '../item-processing';
import { analysisJob } from '../analysis/analyse-item';
import type { Parser } from '../parser';
import { actorEvent, recordEvent } from '../record-event';
import { processingJob } from './process-job';

/** The parsers this Tamga has, by id and version, and the case settings they read: what an item's last run is compared with. */
export type ParserVersions = ReadonlyArray<Pick<Parser, 'id' | 'version' | 'caseSettings'>>;

/**
 * Refuses a parser id neither this Tamga's registry has nor the case's items were read by (PARSER_UNKNOWN, naming it
 * and the known ones): a filter by a mistyped id would otherwise select nothing and look like an answer. An id only
 * the case records (a parser since renamed or retired) still selects what it read; `recorded` is asked only for an
 * id the registry lacks. No id, nothing to check.
 */
export async function checkParserId(
  parsers: ParserVersions,
  parserId: string | undefined,
  recorded: () => Promise<ReadonlyArray<string | null>>,
): Promise<void> {
  if (!parserId || parsers.some((parser) => parser.id === parserId) || (await recorded()).includes(parserId)) return;
  const known = parsers.map((parser) => parser.id);
  throw new TamgaError(
    'PARSER_UNKNOWN',
    `Unknown parser ${parserId}; ${known.length > 0 ? `the parsers are ${known.join(', ')}` : 'this Tamga has no parsers'}`,
    { parserId, known },
  );
}

/**
 * Whether an item was processed, without failing, by another version of a parser this Tamga still has, or with
 * case settings that have changed since (its trusted mail hosts): its artefacts may differ from what processing it
 * now would give. Reading it again is the examiner's choice (a report may already cite the earlier artefacts), so
 * it is shown, never done by itself.
 */
function outdatedTest(parsers: ParserVersions, record: Case): (state: ItemProcessing | undefined) => boolean {
  const current = new Map(parsers.map((parser) => [parser.id, parser]));
  return (state) => {
    if (state?.status !== 'done' || !state.parserId) return false;
    const parser = current.get(state.parserId);
    if (parser === undefined) return false;
    return parser.version !== state.parserVersion || settingsRead(parser, record) !== state.caseSettings;
  };
}

/**
 * Whether an item's analysis was done by other entity rules than `rules` (or before rules were recorded): the
 * entities it holds may differ from what analysing it now finds. Analysing again is the examiner's choice too.
 */
function analysisOutdatedTest(rules: string | undefined): (analysis: ItemAnalysis | undefined) => boolean {
  return (analysis) => rules !== undefined && analysis?.status === 'done' && analysis.rules !== rules;
}

export interface ProcessingSummary {
  caseId: string;
  /** Items with bytes of their own (files, members, attachments). */
  items: number;
  /** Per status; `pending` counts items with no processing record yet. */
  counts: Record<ProcessingStatus | 'pending', number>;
  artifacts: Record<string, number>;
  /** Failed and skipped items with their reasons, for the reviewer. */
  problems: Array<ItemProcessing & { exhibitNumber: string; name: string }>;
  /** Exhibit numbers of the items whose processing warned (unsafe member paths renamed, damaged pages …), in case order. */
  warned: string[];
  /** Processed items whose latest artefacts have been through analysis (entities, search). */
  analysed: number;
  /** Items processed by another version of their parser than this Tamga's, or with case settings changed since (reprocess with `outdated`). */
  outdated: number;
  /**
   * Items whose artefacts were analysed by other entity rules than this Tamga's (or before rules were recorded): their
   * entities may differ from what analysing them now finds (analysed again with `outdated`).
   */
  analysisOutdated: number;
  /** Nothing waits for processing or for analysis: search and entities are complete. */
  finished: boolean;
}

/**
 * Where a case's processing stands. `parsers` is the registry and `rules` the entity extractor's rules
 * (EntityExtractor.rules): what items' last runs are compared with.
 */
export async function processingSummary(
  deps: Deps,
  actor: Actor,
  caseId: string,
  parsers: ParserVersions = [],
  rules?: string,
): Promise<ProcessingSummary> {
  requirePermission(actor, 'case.content.read');
  return deps.store.transaction(async (tx) => {
    const { record } = await loadCaseFor(tx, actor, caseId, 'read');
    const isOutdated = outdatedTest(parsers, record);
    const items = (await tx.evidence.listForCase(caseId)).filter((i) => i.digests);
    const states = new Map((await tx.processing.listForCase(caseId)).map((s) => [s.itemId, s]));
    const counts: ProcessingSummary['counts'] = { pending: 0, queued: 0, running: 0, done: 0, failed: 0, skipped: 0 };
    const problems: ProcessingSummary['problems'] = [];
    const warned: string[] = [];
    const analyses = new Map((await tx.analysis.states(caseId)).map((s) => [s.itemId, s]));
    let analysed = 0;
    let toAnalyse = 0;
    let outdated = 0;
    let analysisOutdated = 0;
    for (const item of items) {
      const state = states.get(item.id);
      counts[state?.status ?? 'pending']++;
      if (isOutdated(state)) outdated++;
      if (state && state.warnings.length > 0) warned.push(item.exhibitNumber);
      if (state && (state.status === 'done' || state.status === 'failed')) {
        toAnalyse++;
        const analysis = analyses.get(item.id);
        if (analysis && analysis.updatedAt >= (state.finishedAt ?? state.updatedAt)) analysed++;
        if (analysisOutdatedTest(rules)(analysis)) analysisOutdated++;
      }
      if (state && (state.status === 'failed' || state.status === 'skipped')) {
        problems.push({ ...state, exhibitNumber: item.exhibitNumber, name: item.name });
      }
    }
    return {
      caseId,
      items: items.length,
      counts,
      artifacts: await tx.artifacts.countByType(caseId),
      problems,
      warned,
      analysed,
      outdated,
      analysisOutdated,
      finished: counts.pending + counts.queued + counts.running === 0 && analysed === toAnalyse,
    };
  });
}

export interface RequestProcessingProps {
  /** Process again items already done (after a parser changed). */
  reprocess?: boolean;
  /** Only items last processed by this parser; an id not in the registry is refused (PARSER_UNKNOWN). */
  parserId?: string;
  /**
   * Only items processed by another version of their parser than this Tamga's, or with case settings changed since
   * (see ProcessingSummary.outdated); and the items analysed by other entity rules are analysed again
   * (ProcessingSummary.analysisOutdated), without being read again.
   */
  outdated?: boolean;
}

/**
 * Queues the case's items: without `reprocess`, those not yet done (new, interrupted, failed, skipped while an
 * incident was open; one whose job runs now is left to that job, see processingJob); with it, every item (or
 * those of one parser, or those an earlier parser version read) again. `parsers` is the registry: a `parserId` neither
 * it has nor the case's items were read by is refused before anything is queued or recorded.
 */
export async function requestProcessing(
  deps: Deps,
  actor: Actor,
  caseId: string,
  props: RequestProcessingProps = {},
  parsers: ParserVersions = [],
  rules?: string,
): Promise<{ queued: number; reanalysed: number }> {
  requirePermission(actor, 'evidence.ingest');
  const again = Boolean(props.reprocess || props.parserId || props.outdated);
  const { items, reanalyse } = await deps.store.transaction(async (tx) => {
    const { record } = await loadCaseFor(tx, actor, caseId, 'contribute');
    const isOutdated = outdatedTest(parsers, record);
    const states = new Map((await tx.processing.listForCase(caseId)).map((s) => [s.itemId, s]));
    // Before anything is written: the transaction ends without a change or an event.
    await checkParserId(parsers, props.parserId, async () => [...states.values()].map((state) => state.parserId));
    const all = await tx.evidence.listForCase(caseId);
    const chosen = all.filter((item) => {
      if (!item.digests) return false;
      const state = states.get(item.id);
      if (props.outdated) return isOutdated(state) && (!props.parserId || state?.parserId === props.parserId);
      if (props.parserId) return state?.parserId === props.parserId;
      if (props.reprocess) return true;
      return !state || state.status !== 'done';
    });
    // Items read again are analysed again after; of the rest, those analysed by other entity rules only that.
    const reading = new Set(chosen.map((item) => item.id));
    const isAnalysisOutdated = analysisOutdatedTest(rules);
    const analyses = props.outdated
      ? new Map((await tx.analysis.states(caseId)).map((s) => [s.itemId, s]))
      : new Map<string, ItemAnalysis>();
    const reanalyse = all.filter(
      (item) =>
        props.outdated &&
        !reading.has(item.id) &&
        (!props.parserId || states.get(item.id)?.parserId === props.parserId) &&
        isAnalysisOutdated(analyses.get(item.id)),
    );
    // Counted as not analysed until analysed again (progress waits for it); what it found stays until then.
    for (const item of reanalyse) await tx.analysis.deleteState(item.id);
    // Shown as queued at once, so nobody mistakes the old result for the new one while the job waits.
    const now = deps.clock.now().toISOString();
    for (const item of chosen) {
      const state = states.get(item.id) ?? newProcessingState(item.id, caseId, now);
      await tx.processing.upsert({ ...state, status: 'queued', updatedAt: now });
    }
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, again ? 'processing.reprocess_requested' : 'processing.requested', {
        caseId,
        details: {
          items: chosen.length,
          ...(props.parserId ? { parserId: props.parserId } : {}),
          ...(props.outdated ? { outdated: true, reanalysed: reanalyse.length } : {}),
        },
      }),
    );
    return { items: chosen, reanalyse };
  });
  await deps.jobs.enqueueMany(
    items.map((item) =>
      processingJob(
        {
          caseId,
          itemId: item.id,
          ...(again ? { force: true } : {}),
          ...(props.parserId ? { onlyParser: props.parserId } : {}),
        },
        item.digests?.size,
      ),
    ),
  );
  await deps.jobs.enqueueMany(reanalyse.map((item) => analysisJob({ caseId, itemId: item.id })));
  return { queued: items.length, reanalysed: reanalyse.length };
}
