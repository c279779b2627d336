// Overdue and soon-due timers of requests across the user's cases: preservation expiries, emergency
// follow-ups and expected answers, each linked to its request.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading, PageTitle, Select } from '../../ui';
import { DueBadge, StatusBadge } from './due-badge';
import { RequestsFrame } from './requests-frame';

const WITHIN = [7, 21, 30, 90];

export function Deadlines() {
  const { t } = useTranslation('requests');
  const [within, setWithin] = useState(21);
  const list = useApi(() => api.call('requestDeadlines', { query: { withinDays: within } }), [within]);
  return (
    <>
      <PageTitle>{t('deadlines.title')}</PageTitle>
      <RequestsFrame>
        <div className="rq-head">
          <p className="muted">{t('deadlines.explain')}</p>
          <Select label={t('deadlines.within')} value={within} onChange={(e) => setWithin(Number(e.target.value))}>
            {WITHIN.map((n) => (
              <option key={n} value={n}>
                {t('deadlines.days', { count: n })}
              </option>
            ))}
          </Select>
        </div>
        <ErrorNote message={list.error} />
        {list.loading && !list.data ? (
          <Loading />
        ) : (
          list.data && (
            <>
              <DeadlineTable title={t('deadlines.overdue')} id="overdue" rows={list.data.overdue} none={t('deadlines.noneOverdue')} />
              <DeadlineTable title={t('deadlines.expiring')} id="expiring" rows={list.data.expiring} none={t('deadlines.noneExpiring')} />
            </>
          )
        )}
      </RequestsFrame>
    </>
  );
}

type Row = {
  requestId: string;
  caseId: string;
  caseReference: string;
  reference: string;
  type: string;
  status: string;
  addressee: string;
  kind: string;
  ruleId: string;
  verified: boolean;
  dueAt: string;
};

function DeadlineTable({ title, id, rows, none }: { title: string; id: string; rows: Row[]; none: string }) {
  const { t } = useTranslation('requests');
  return (
    <section className="card" aria-labelledby={`deadlines-${id}`}>
      <h2 id={`deadlines-${id}`}>
        {title} <span className="badge">{rows.length}</span>
      </h2>
      {rows.length === 0 ? (
        <Empty>{none}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('deadlines.case')}</th>
                <th scope="col">{t('deadlines.request')}</th>
                <th scope="col">{t('list.type')}</th>
                <th scope="col">{t('list.addressee')}</th>
                <th scope="col">{t('list.status')}</th>
                <th scope="col">{t('deadlines.kind')}</th>
                <th scope="col">{t('deadlines.due')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={`${d.requestId}-${d.kind}-${d.dueAt}`}>
                  <td className="nowrap">
                    <Link to={`/cases/${d.caseId}/requests`}>{d.caseReference}</Link>
                  </td>
                  <td className="nowrap">
                    <Link to={`/cases/${d.caseId}/requests/${d.requestId}`}>{d.reference}</Link>
                  </td>
                  <td>{t(`types.${d.type}`, { defaultValue: d.type })}</td>
                  <td>{d.addressee}</td>
                  <td>
                    <StatusBadge status={d.status} />
                  </td>
                  <td>
                    {t(`timerKinds.${d.kind}`)}
                    <small className="muted block">
                      <code>{d.ruleId}</code>
                      {!d.verified && <span className="badge warn">{t('detail.unverified')}</span>}
                    </small>
                  </td>
                  <td>
                    <DueBadge at={d.dueAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
