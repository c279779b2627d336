// The requests of a case: type, addressee, status, urgency and the nearest deadline (preservation expiry,
// answer due, emergency follow-up), highlighted when within 7 days or overdue; a button for a new request.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading, Select } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { DueBadge, StatusBadge } from './due-badge';
import { nearness, STATUSES, type RequestStatus } from './request-model';
import './requests.css';

export function CaseRequests({ caseId }: { caseId: string }) {
  const { t } = useTranslation('requests');
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const list = useApi(() => api.call('listRequests', { params: { caseId }, query: status ? { status } : {} }), [caseId, status]);
  const base = `/cases/${caseId}/requests`;
  return (
    <CaseFrame
      caseId={caseId}
      actions={
        <Link to={`${base}/new`} className="button primary">
          {t('list.new')}
        </Link>
      }
    >
      <div className="rq">
        <div className="rq-head">
          <div>
            <h2>{t('list.title')}</h2>
            <p className="muted">{t('list.explain')}</p>
          </div>
          <Select label={t('list.filter')} value={status} onChange={(e) => setStatus(e.target.value as RequestStatus | '')}>
            <option value="">{t('list.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </Select>
        </div>
        <ErrorNote message={list.error} />
        {list.loading && !list.data ? (
          <Loading />
        ) : !list.data?.requests.length ? (
          <Empty>{t('list.none')}</Empty>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('list.reference')}</th>
                  <th scope="col">{t('list.type')}</th>
                  <th scope="col">{t('list.addressee')}</th>
                  <th scope="col">{t('list.status')}</th>
                  <th scope="col">{t('list.urgency')}</th>
                  <th scope="col">{t('list.nextDeadline')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.requests.map(({ request: r, nextDeadline: d }) => (
                  <tr key={r.id} className={d ? `row-${nearness(d.dueAt)}` : undefined}>
                    <td className="nowrap">
                      <Link to={`${base}/${r.id}`}>{r.reference}</Link>
                    </td>
                    <td>{t(`types.${r.type}`)}</td>
                    <td>
                      {r.addressee.name || '—'}
                      {r.addressee.legalEntity && <small className="muted block">{r.addressee.legalEntity}</small>}
                    </td>
                    <td>
                      <StatusBadge status={r.status} />
                    </td>
                    <td>
                      <span className={r.urgency === 'ROUTINE' ? undefined : 'badge bad'}>{t(`urgencies.${r.urgency}`)}</span>
                    </td>
                    <td>
                      {d ? (
                        <DueBadge at={d.dueAt} label={t(`timerKinds.${d.kind}`)} />
                      ) : (
                        <span className="muted">{t('list.noDeadline')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </CaseFrame>
  );
}
