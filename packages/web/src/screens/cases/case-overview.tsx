// A case at a glance: offences, members, authorisations, and where processing stands with its failures.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { ErrorNote, Loading } from '../../ui';
import { ProcessingReason } from '../evidence/processing-reason';
import '../evidence/evidence.css';
import { CaseFrame } from './case-frame';
import { TrustedMailHosts } from './trusted-mail-hosts';

export function CaseOverview({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const detail = useApi(() => api.call('getCase', { params: { caseId } }), [caseId]);
  const members = useApi(() => api.call('listMembers', { params: { caseId } }), [caseId]);
  const processing = useApi(() => api.call('processingSummary', { params: { caseId } }), [caseId]);
  const analysis = useApi(() => api.call('analysisSummary', { params: { caseId } }), [caseId]);
  // Follow processing while it runs.
  const finished = processing.data?.finished ?? true;
  useEffect(() => {
    if (finished) return;
    const timer = setInterval(() => {
      processing.reload();
      analysis.reload();
    }, 2000);
    return () => clearInterval(timer);
  }, [finished, processing, analysis]);

  // Items an earlier version of their parser read, or read with earlier case settings, and items earlier entity rules
  // analysed: reading or analysing them again is the user's choice, not done by itself.
  const [readingAgain, setReadingAgain] = useState(false);
  const [readAgainError, setReadAgainError] = useState<string | null>(null);
  const readAgain = () => {
    setReadingAgain(true);
    setReadAgainError(null);
    api
      .call('requestProcessing', { params: { caseId }, body: { outdated: true } })
      .then(
        () => processing.reload(),
        (failure: unknown) => setReadAgainError(errorMessage(failure)),
      )
      .finally(() => setReadingAgain(false));
  };

  const p = processing.data;
  return (
    <CaseFrame caseId={caseId}>
      <ErrorNote message={detail.error ?? processing.error ?? readAgainError} />
      {!detail.data ? (
        <Loading />
      ) : (
        <div className="grid-2">
          <div className="card">
            <h2>{t('offences')}</h2>
            <ul>
              {detail.data.case.offences.map((o) => (
                <li key={`${o.framework}:${o.code}`}>
                  <code>{o.framework === 'NATIONAL' ? `${o.country ?? ''} ${o.code}` : o.code}</code>
                </li>
              ))}
            </ul>
            <p>{detail.data.case.description}</p>
            <p>
              {t('status')}: {t(`statuses.${detail.data.case.status}`)} · {t('timeZone')}: {detail.data.case.timeZone}
            </p>
            <p>
              <Link to={`/cases/${caseId}/authorizations`}>{t('overview.authorizations', { count: detail.data.authorizationCount })}</Link>
            </p>
          </div>
          <div className="card">
            <h2>{t('overview.members')}</h2>
            <ul>
              {members.data?.map((m) => (
                <li key={m.userId}>
                  {m.displayName} ({m.username}) — {t(`common:roles.${m.role}`)}, {t(`common:levels.${m.level}`)}
                </li>
              ))}
            </ul>
          </div>
          <TrustedMailHosts
            caseId={caseId}
            hosts={detail.data.case.trustedMailHosts}
            canEdit={detail.data.myLevel === 'lead'}
            onSaved={() => {
              detail.reload();
              processing.reload();
            }}
          />
          {p && (
            <div className="card span-2">
              <h2>{t('overview.processing')}</h2>
              <p role="status">{p.finished ? t('overview.finished') : t('overview.inProgress')}</p>
              <dl className="counts">
                <div>
                  <dt>{t('overview.items')}</dt>
                  <dd>{p.items}</dd>
                </div>
                <div>
                  <dt>{t('overview.done')}</dt>
                  <dd>{p.counts.done}</dd>
                </div>
                <div>
                  <dt>{t('overview.failed')}</dt>
                  <dd>{p.counts.failed}</dd>
                </div>
                <div>
                  <dt>{t('overview.skipped')}</dt>
                  <dd>{p.counts.skipped}</dd>
                </div>
                <div>
                  <dt>{t('overview.waiting')}</dt>
                  <dd>{p.counts.pending + p.counts.queued}</dd>
                </div>
                <div>
                  <dt>{t('overview.running')}</dt>
                  <dd>{p.counts.running}</dd>
                </div>
                <div>
                  <dt>{t('overview.analysed')}</dt>
                  <dd>{p.analysed}</dd>
                </div>
                <div>
                  <dt>{t('overview.entities')}</dt>
                  <dd>{analysis.data?.occurrences ?? '—'}</dd>
                </div>
              </dl>
              {(p.outdated > 0 || p.analysisOutdated > 0) && (
                <p className="notice">
                  {p.outdated > 0 && <>{t('overview.outdated', { count: p.outdated })} </>}
                  {p.analysisOutdated > 0 && <>{t('overview.analysisOutdated', { count: p.analysisOutdated })} </>}
                  {detail.data.myLevel !== 'read' && (
                    <button type="button" onClick={readAgain} disabled={readingAgain}>
                      {t(p.outdated > 0 ? 'overview.readAgain' : 'overview.analyseAgain')}
                    </button>
                  )}
                </p>
              )}
              <h3>{t('overview.artefacts')}</h3>
              <ul className="inline-list">
                {Object.entries(p.artifacts).map(([type, n]) => (
                  <li key={type}>
                    <Link to={`/cases/${caseId}/artifacts?type=${type}`}>{t(`artifact-types:${type}`, { count: n })}</Link>
                  </li>
                ))}
              </ul>
              {p.problems.length > 0 && (
                <>
                  <h3>{t('overview.problems')}</h3>
                  {/* .ev: the evidence screens' styles, which set the recorded English below a reason. */}
                  <table className="table ev">
                    <tbody>
                      {p.problems.map((problem) => (
                        <tr key={problem.itemId}>
                          {/* An exhibit number and a status are read whole: neither breaks at its hyphen or space. */}
                          <td style={{ whiteSpace: 'nowrap' }}>
                            <Link to={`/cases/${caseId}/evidence/${problem.itemId}`}>{problem.exhibitNumber}</Link>
                          </td>
                          <td>{problem.name}</td>
                          <td style={{ whiteSpace: 'nowrap' }}>{t(`overview.${problem.status === 'failed' ? 'failed' : 'skipped'}`)}</td>
                          <td>
                            <ProcessingReason code={problem.reasonCode} reason={problem.reason} params={problem.reasonParams} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
            </div>
          )}
        </div>
      )}
    </CaseFrame>
  );
}
