// Where each exhibit of a case stands in processing, from the case's summary and its ledger, and its badge.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import type { EvidenceItem, LedgerEvent, ProcessingSummary } from './evidence-shared';
import { reasonTitle } from './processing-reason';

export type ProcessingStatus = 'pending' | 'done' | 'failed' | 'skipped' | 'none';

export interface ItemProcessingView {
  status: ProcessingStatus;
  /** From the item's latest processing event, when the ledger pages read reached it. */
  parser?: string;
  artifacts?: number;
  children?: number;
  warnings?: number;
  reason?: string | null;
  reasonCode?: string | null;
}

const PROCESSING_ACTIONS = new Set(['evidence.processed', 'evidence.processing_failed']);
/** How far back the ledger is read for processing outcomes (pages of 1,000 events, newest first). */
const LEDGER_PAGES = 3;

export interface ProcessingStates {
  summary: ProcessingSummary | undefined;
  /** Where an item stands: the failed and skipped ones from the summary, the rest from the ledger. */
  of: (item: EvidenceItem) => ItemProcessingView;
  error: string | null;
  /** Grows each time the ledger is read again (after processing finished): lists depending on it reload. */
  generation: number;
  reload: () => void;
}

/**
 * Processing per item without a route of its own: the case's summary names failed and skipped items with
 * their reasons and says whether anything still waits; the latest `evidence.processed` events in the ledger
 * give each item's parser and counts. Reloads the ledger when `wanted` items are not yet covered.
 */
export function useProcessingStates(caseId: string, refreshKey: number): ProcessingStates {
  const [summary, setSummary] = useState<ProcessingSummary | undefined>(undefined);
  const [events, setEvents] = useState<Map<string, LedgerEvent>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const next = await api.call('processingSummary', { params: { caseId } });
        if (cancelled) return;
        setSummary(next);
        const found = new Map<string, LedgerEvent>();
        let beforeSeq: number | undefined;
        for (let page = 0; page < LEDGER_PAGES; page++) {
          const result = await api.call('caseLedger', { params: { caseId }, query: { limit: 1000, ...(beforeSeq ? { beforeSeq } : {}) } });
          for (const event of result.events) {
            if (event.targetId && PROCESSING_ACTIONS.has(event.action) && !found.has(event.targetId)) found.set(event.targetId, event);
          }
          // Every item with content has an outcome once processed: stop when there are as many as items.
          if (result.nextBeforeSeq === null || found.size >= next.items) break;
          beforeSeq = result.nextBeforeSeq;
        }
        if (cancelled) return;
        setEvents(found);
        setError(null);
      } catch (failure) {
        if (!cancelled) setError(errorMessage(failure));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [caseId, refreshKey, tick]);

  // While items wait, follow the summary alone (it leaves no trace in the ledger); read the ledger again once done.
  const finished = summary?.finished ?? true;
  useEffect(() => {
    if (finished) return;
    const timer = setInterval(() => {
      api.call('processingSummary', { params: { caseId } }).then(
        (next) => {
          setSummary(next);
          if (next.finished) setTick((n) => n + 1);
        },
        () => {},
      );
    }, 4000);
    return () => clearInterval(timer);
  }, [finished, caseId]);

  const problems = new Map(summary?.problems.map((p) => [p.itemId, p]));
  const waiting = summary ? summary.counts.pending + summary.counts.queued + summary.counts.running : 0;
  const of = (item: EvidenceItem): ItemProcessingView => {
    if (!item.digests) return { status: 'none' };
    const problem = problems.get(item.id);
    const event = events.get(item.id);
    const fromEvent = event
      ? {
          parser: typeof event.details.parser === 'string' ? event.details.parser : undefined,
          artifacts: typeof event.details.artifacts === 'number' ? event.details.artifacts : undefined,
          children: typeof event.details.children === 'number' ? event.details.children : undefined,
          warnings: typeof event.details.warnings === 'number' ? event.details.warnings : undefined,
        }
      : {};
    if (problem) {
      return {
        ...fromEvent,
        status: problem.status === 'skipped' ? 'skipped' : 'failed',
        parser: problem.parserId ? `${problem.parserId}@${problem.parserVersion ?? ''}` : fromEvent.parser,
        artifacts: problem.artifacts,
        children: problem.children,
        warnings: problem.warnings.length,
        reason: problem.reason,
        reasonCode: problem.reasonCode,
      };
    }
    if (event) return { ...fromEvent, status: event.action === 'evidence.processing_failed' ? 'failed' : 'done' };
    // Not in the pages read: done if nothing waits in the case, otherwise still on its way.
    return { status: waiting === 0 ? 'done' : 'pending' };
  };
  return { summary, of, error, generation: tick, reload: () => setTick((n) => n + 1) };
}

export function ProcessingBadge({ view }: { view: ItemProcessingView }) {
  const { t } = useTranslation('evidence');
  if (view.status === 'none') return <span className="muted">—</span>;
  const tone =
    view.status === 'failed' ? 'badge bad' : view.status === 'skipped' || view.status === 'pending' ? 'badge warn' : 'badge ok-badge';
  return (
    <span className={tone} title={reasonTitle(t, view.reasonCode, view.reason) ?? undefined}>
      {t(`processing.${view.status}`)}
    </span>
  );
}
