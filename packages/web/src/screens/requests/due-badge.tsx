// A deadline in words beside its date: overdue in red, within 7 days in amber, later plain.
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../analysis/analysis-shared';
import { daysUntil, nearness } from './request-model';

export function DueBadge({ at, label }: { at: string; label?: string }) {
  const { t } = useTranslation('requests');
  const formatDate = useFormatDate();
  const near = nearness(at);
  const days = daysUntil(at);
  const words =
    near === 'overdue' ? t('due.overdue', { count: Math.max(1, -days) }) : days === 0 ? t('due.today') : t('due.left', { count: days });
  return (
    <span className={`due due-${near}`}>
      {label && <span className="due-label">{label}: </span>}
      <time dateTime={at}>{formatDate(at)}</time> <span className={near === 'later' ? 'muted' : 'due-words'}>({words})</span>
    </span>
  );
}

/** The status of a request as a badge, coloured by where it stands. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('requests');
  const tone = ['REFUSED', 'UNDELIVERABLE', 'NO_RESPONSE', 'EXPIRED', 'INVALIDATED'].includes(status)
    ? 'bad'
    : ['IN_REVIEW', 'CLARIFICATION_REQUESTED', 'DRAFT'].includes(status)
      ? 'warn'
      : ['FULFILLED', 'PARTIALLY_FULFILLED', 'ACKNOWLEDGED', 'SENT', 'AUTHORIZED'].includes(status)
        ? 'good'
        : '';
  return <span className={`badge status-badge ${tone}`}>{t(`statuses.${status}`)}</span>;
}
