// Where each exhibit of a case stands in processing (each listed exhibit carries its state), the case's summary
// followed while items wait, and the badge.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import type { ListedItem, ProcessingSummary } from './evidence-shared';
import { reasonTitle } from './processing-reason';

export type ProcessingStatus = 'pending' | 'done' | 'failed' | 'skipped' | 'none';

export interface ItemProcessingView {
  status: ProcessingStatus;
  parser?: string;
  artifacts?: number;
  children?: number;
  warnings?: number;
  reason?: string | null;
  reasonCode?: string | null;
  reasonParams?: Record<string, string | number> | null;
}

export function processingView(item: ListedItem): ItemProcessingView {
  const state = item.processing;
  if (!item.digests) return { status: 'none' };
  // No state yet: its job waits in the queue (a state is written when processing starts or is asked for again).
  if (!state || state.status === 'queued' || state.status === 'running') return { status: 'pending' };
  return {
    status: state.status,
    parser: state.parserId ? `${state.parserId}@${state.parserVersion ?? ''}` : undefined,
    artifacts: state.artifacts,
    children: state.children,
    warnings: state.warnings,
    reason: state.reason,
    reasonCode: state.reasonCode,
    reasonParams: state.reasonParams,
  };
}

export interface ProcessingFollow {
  summary: ProcessingSummary | undefined;
  error: string | null;
  /** Grows each time processing finishes after waiting: lists read before then show stale states and reload. */
  generation: number;
}

/** The case's processing summary, read again every few seconds while items wait. */
export function useProcessingFollow(caseId: string, refreshKey: number): ProcessingFollow {
  const [summary, setSummary] = useState<ProcessingSummary | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let cancelled = false;
    api.call('processingSummary', { params: { caseId } }).then(
      (next) => {
        if (cancelled) return;
        setSummary(next);
        setError(null);
      },
      (failure: unknown) => !cancelled && setError(errorMessage(failure)),
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, refreshKey]);

  const finished = summary?.finished ?? true;
  useEffect(() => {
    if (finished) return;
    const timer = setInterval(() => {
      api.call('processingSummary', { params: { caseId } }).then(
        (next) => {
          setSummary(next);
          if (next.finished) setGeneration((n) => n + 1);
        },
        () => {},
      );
    }, 4000);
    return () => clearInterval(timer);
  }, [finished, caseId]);

  return { summary, error, generation };
}

export function ProcessingBadge({ view }: { view: ItemProcessingView }) {
  const { t } = useTranslation('evidence');
  if (view.status === 'none') return <span className="muted">—</span>;
  const tone =
    view.status === 'failed' ? 'badge bad' : view.status === 'skipped' || view.status === 'pending' ? 'badge warn' : 'badge ok-badge';
  return (
    <span className={tone} title={reasonTitle(t, view.reasonCode, view.reason, view.reasonParams) ?? undefined}>
      {t(`processing.${view.status}`)}
    </span>
  );
}
