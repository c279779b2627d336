// The history of one request as its ledger events: each step, who took it, when, and the note given.
// The request itself carries no history list, so it is read from the case's ledger (newest first).
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormatTime } from '../../format';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading } from '../../ui';
import { StatusBadge } from './due-badge';

const QUIET = ['request.viewed', 'request.letter_previewed', 'request.letter_read'];

export function StatusHistory({ caseId, requestId, version }: { caseId: string; requestId: string; version: number }) {
  const { t, i18n } = useTranslation('requests');
  const formatTime = useFormatTime();
  const ledger = useApi(() => api.call('caseLedger', { params: { caseId }, query: { limit: 1000 } }), [caseId, version]);
  const events = (ledger.data?.events ?? []).filter(
    (e) => e.targetId === requestId && e.action.startsWith('request.') && !QUIET.includes(e.action),
  );
  const label = (action: string) => {
    const key = action.replace(/^request\./, '');
    if (key.endsWith('_refused')) return t('detail.events.refused');
    return i18n.exists(`requests:detail.events.${key}`) ? t(`detail.events.${key}`) : key;
  };
  return (
    <section className="card" aria-labelledby="request-history-title">
      <h2 id="request-history-title">{t('detail.history')}</h2>
      <ErrorNote message={ledger.error} />
      {ledger.loading && !ledger.data ? (
        <Loading />
      ) : events.length === 0 ? (
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
