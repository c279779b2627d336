// The history of one request as its ledger events (which the request's detail carries): each step, who took
// it, when, and the note given; newest first.
import { useTranslation } from 'react-i18next';
import type { RouteOutput, Routes } from '@tamga/api';
import { useFormatTime } from '../../format';
import { Empty } from '../../ui';
import { StatusBadge } from './due-badge';

type LedgerEvent = RouteOutput<Routes['getRequest']>['history'][number];

export function StatusHistory({ history }: { history: LedgerEvent[] }) {
  const { t, i18n } = useTranslation('requests');
  const formatTime = useFormatTime();
  const events = [...history].reverse();
  const label = (action: string) => {
    const key = action.replace(/^request\./, '');
    if (key.endsWith('_refused')) return t('detail.events.refused');
    return i18n.exists(`requests:detail.events.${key}`) ? t(`detail.events.${key}`) : key;
  };
  return (
    <section className="card" aria-labelledby="request-history-title">
      <h2 id="request-history-title">{t('detail.history')}</h2>
      {events.length === 0 ? (
        <Empty>{t('detail.noHistory')}</Empty>
      ) : (
        <ol className="history">
          {events.map((e) => {
            const to = typeof e.details.to === 'string' ? e.details.to : null;
            const code = typeof e.details.code === 'string' ? e.details.code : null;
            return (
              <li key={e.seq} className={e.action.endsWith('_refused') ? 'refused' : undefined}>
                <div>
                  <strong>{label(e.action)}</strong> {to && <StatusBadge status={to} />}
                  {code && i18n.exists(`errors:${code}`) && <span className="muted"> — {t(`errors:${code}`)}</span>}
                </div>
                <small className="muted">
                  <time dateTime={e.at}>{formatTime(e.at)}</time> · {t('detail.by', { name: e.actorName })}
                </small>
                {e.justification && <p className="note">{e.justification}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
