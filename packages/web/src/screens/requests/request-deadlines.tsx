// A request's deadlines: its preservation and when it expires, the other timers with their rules, and the
// reminders to come.
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { DueBadge } from './due-badge';
import type { RequestDetailData } from './request-model';

export function RequestDeadlines({ detail }: { detail: RequestDetailData }) {
  const { t } = useTranslation('requests');
  const formatTime = useFormatTime();
  const p = detail.request.preservation;
  // The preservation's own expiry is shown with the preservation, not again in the list.
  const expiryTimer = detail.deadlines.find((d) => d.kind === 'PRESERVATION_EXPIRY' && p?.expiresAt === d.dueAt);
  const others = detail.deadlines.filter((d) => d !== expiryTimer);
  return (
    <section className="card" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('detail.deadlines')}</h2>
      {p && (
        <dl className="pairs">
          <dt>{t('detail.preservation')}</dt>
          <dd>
            {t(`preservationStates.${p.state}`)}
            {p.renewals > 0 && <> · {t('detail.renewals', { count: p.renewals })}</>} · {t('detail.rule')} <code>{p.ruleId}</code>
          </dd>
          {p.preservationRef && (
            <>
              <dt>{t('detail.preservationRef')}</dt>
              <dd>{p.preservationRef}</dd>
            </>
          )}
          {p.expiresAt && (
            <>
              <dt>{t('detail.expiresAt')}</dt>
              <dd className="expiry">
                <DueBadge at={p.expiresAt} />
                {expiryTimer && !expiryTimer.verified && <span className="badge warn">{t('detail.unverified')}</span>}
              </dd>
            </>
          )}
        </dl>
      )}
      {others.length === 0 ? (
        !p?.expiresAt && <p className="muted">{t('detail.noDeadlines')}</p>
      ) : (
        <ul className="deadline-list">
          {others.map((d) => (
            <li key={`${d.kind}-${d.dueAt}`}>
              <DueBadge at={d.dueAt} label={t(`timerKinds.${d.kind}`)} />{' '}
              <small className="muted">
                {t('detail.rule')} <code>{d.ruleId}</code>
                {!d.verified && <span className="badge warn">{t('detail.unverified')}</span>}
              </small>
            </li>
          ))}
        </ul>
      )}
      {detail.reminders.length > 0 && (
        <>
          <h3>{t('detail.reminders')}</h3>
          <ul>
            {detail.reminders.map((r) => (
              <li key={`${r.expiresAt}-${r.daysBefore}`}>{t('detail.reminder', { count: r.daysBefore, at: formatTime(r.at) })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
