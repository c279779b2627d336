// One request: every field, its deadlines and preservation, the steps it can take, the letter, productions
// and their sequestered files, linked requests and its history.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { ErrorNote, Loading } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { Approvals } from './approvals';
import { authorizationLabel } from './authorization-label';
import { StatusBadge } from './due-badge';
import { LetterPanel } from './letter-panel';
import { LinkedRequests } from './linked-requests';
import { ProductionIntake } from './production-intake';
import { Productions } from './productions';
import { RequestActions } from './request-actions';
import { RequestDeadlines } from './request-deadlines';
import { RequestFields } from './request-fields';
import { RequestItems } from './request-items';
import { RECEIVING } from './request-model';
import { SequesteredItems } from './sequestered-items';
import { StatusHistory } from './status-history';
import './requests.css';

export function RequestDetail({ caseId, requestId }: { caseId: string; requestId: string }) {
  const { t } = useTranslation('requests');
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const detail = useApi(async () => {
    const [data, catalogue, authorizations, members] = await Promise.all([
      api.call('getRequest', { params: { caseId, requestId } }),
      api.call('requestCatalogue'),
      api.call('listAuthorizations', { params: { caseId } }),
      // Names for the approvals; a member who may not list members still sees the roles.
      api.call('listMembers', { params: { caseId } }).catch(() => []),
    ]);
    return { data, catalogue, authorizations, members };
  }, [caseId, requestId, version]);
  const changed = (text: string) => {
    setMessage(text);
    setVersion((n) => n + 1);
  };
  const d = detail.data;
  const type = d?.catalogue.types.find((x) => x.code === d.data.request.type);
  return (
    <CaseFrame caseId={caseId}>
      <div className="rq">
        <p>
          <Link to={`/cases/${caseId}/requests`}>← {t('detail.back')}</Link>
        </p>
        <ErrorNote message={detail.error} />
        {!d ? (
          detail.loading && <Loading />
        ) : (
          <>
            <div className="request-title">
              <h2>
                <span className="reference">{d.data.request.reference}</span> {t(`types.${d.data.request.type}`)}
              </h2>
              <div>
                <StatusBadge status={d.data.request.status} />
                {d.data.request.urgency !== 'ROUTINE' && <span className="badge bad">{t(`urgencies.${d.data.request.urgency}`)}</span>}
              </div>
            </div>
            {message && (
              <p className="notice" role="status">
                {t(message)}
              </p>
            )}
            <div className="detail-grid">
              <div>
                <RequestActions request={d.data.request} isPreservation={!!type?.preservation} onChanged={changed} />
                <Approvals detail={d.data} members={d.members} />
                <RequestDeadlines detail={d.data} />
                <RequestFields
                  detail={d.data}
                  authorizationLabel={authorizationLabel(d.authorizations, d.data.request.authorizationId, t)}
                />
                <RequestItems detail={d.data} />
                <LetterPanel request={d.data.request} version={version} />
                {type?.producesData && (
                  <>
                    <Productions detail={d.data} />
                    {RECEIVING.includes(d.data.request.status) && (
                      <ProductionIntake request={d.data.request} onReceived={() => setVersion((n) => n + 1)} />
                    )}
                    <SequesteredItems caseId={caseId} requestId={requestId} version={version} onDecided={() => setVersion((n) => n + 1)} />
                  </>
                )}
              </div>
              <div>
                <LinkedRequests detail={d.data} caseId={caseId} canFollow={!!type?.preservation} />
                <StatusHistory history={d.data.history} />
              </div>
            </div>
          </>
        )}
      </div>
    </CaseFrame>
  );
}
