// The user's own requests for access to other cases: which entity led to them, from which of their cases,
// and the decision; the case itself is named (and linked) only once a lead approves.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormatTime } from '../../format';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading, PageTitle } from '../../ui';
import { splitKey, useEntityTypeName } from './analysis-shared';

export function OwnAccessRequests() {
  const { t } = useTranslation('analysis');
  const formatTime = useFormatTime();
  const typeName = useEntityTypeName();
  const requests = useApi(() => api.call('ownAccessRequests'), []);
  const cases = useApi(() => api.call('listCases'), []);
  const caseById = new Map((cases.data ?? []).map((c) => [c.case.id, c.case]));
  const list = [...(requests.data?.requests ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section>
      <PageTitle>{t('requests.title')}</PageTitle>
      <p className="muted">{t('requests.explain')}</p>
      <ErrorNote message={requests.error} />
      {requests.loading && !requests.data ? (
        <Loading />
      ) : list.length === 0 ? (
        !requests.error && <Empty>{t('requests.none')}</Empty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('requests.entity')}</th>
              <th scope="col">{t('requests.fromCase')}</th>
              <th scope="col">{t('requests.reason')}</th>
              <th scope="col">{t('requests.asked')}</th>
              <th scope="col">{t('requests.status')}</th>
              <th scope="col">{t('requests.decided')}</th>
              <th scope="col">{t('requests.access')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => {
              const { type, value } = splitKey(r.entityKey);
              const from = caseById.get(r.fromCaseId);
              const target = r.targetCaseId ? caseById.get(r.targetCaseId) : undefined;
              return (
                <tr key={r.id}>
                  <td>
                    <span className="entity-type nowrap">{typeName(type)}</span>
                    {from ? (
                      <Link
                        to={`/cases/${r.fromCaseId}/entities?key=${encodeURIComponent(r.entityKey)}`}
                        className={`mono${value.length > 24 ? ' long-value' : ' nowrap'}`}
                      >
                        {value}
                      </Link>
                    ) : (
                      <code>{value}</code>
                    )}
                  </td>
                  <td>
                    {from ? (
                      <Link to={`/cases/${from.id}`} title={from.title}>
                        {from.reference}
                      </Link>
                    ) : (
                      <span className="muted">—</span>
                    )}
                    {from && <div className="muted small">{from.title}</div>}
                  </td>
                  <td className="reason">{r.reason}</td>
                  <td className="small nowrap">{formatTime(r.createdAt)}</td>
                  <td>
                    <span className={`badge nowrap ${r.status === 'approved' ? 'good' : r.status === 'refused' ? 'bad' : 'warn'}`}>
                      {t(`status.${r.status}`)}
                    </span>
                  </td>
                  <td className="small nowrap">{r.decidedAt ? formatTime(r.decidedAt) : '—'}</td>
                  <td>
                    {r.status === 'approved' && r.targetCaseId ? (
                      <>
                        <Link to={`/cases/${r.targetCaseId}`} className="nowrap">
                          {target?.reference ?? t('requests.openCase')}
                        </Link>
                        {target && <div className="muted small">{target.title}</div>}
                      </>
                    ) : (
                      <span className="muted small">{t(r.status === 'pending' ? 'requests.pendingNote' : 'requests.refusedNote')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
