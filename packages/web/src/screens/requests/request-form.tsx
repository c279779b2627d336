// Drafting a request: the type from the catalogue (which says the fields each type needs), the addressee from
// the directory, the legal basis, the authorisation relied on, the data lines, the statements, confidentiality
// and, for an emergency, its fields. "Save draft" keeps what is there; "Save and submit" first runs the same
// checks the server runs before review, and names every gap.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useLocation } from '../../router';
import { useApi } from '../../use-api';
import { ErrorNote, Loading } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { FormBody } from './form-body';
import './requests.css';

/** `/cases/:caseId/requests/new` (optionally `?follows=<requestId>` for the production after a preservation). */
export function NewRequest({ caseId }: { caseId: string }) {
  const { query } = useLocation();
  return <RequestForm caseId={caseId} follows={query.get('follows') ?? undefined} />;
}

/** `/cases/:caseId/requests/:requestId/edit`: a draft only. */
export function EditRequest({ caseId, requestId }: { caseId: string; requestId: string }) {
  return <RequestForm caseId={caseId} requestId={requestId} />;
}

export function RequestForm({ caseId, requestId, follows }: { caseId: string; requestId?: string; follows?: string }) {
  const { t } = useTranslation('requests');
  const loaded = useApi(async () => {
    const [catalogue, directory, authorizations, detail, existing, followed] = await Promise.all([
      api.call('requestCatalogue'),
      api.call('listDirectory'),
      api.call('listAuthorizations', { params: { caseId } }),
      api.call('getCase', { params: { caseId } }),
      requestId ? api.call('getRequest', { params: { caseId, requestId } }) : Promise.resolve(null),
      follows ? api.call('getRequest', { params: { caseId, requestId: follows } }) : Promise.resolve(null),
    ]);
    return {
      catalogue,
      directory: directory.entries,
      authorizations,
      theCase: detail.case,
      existing: existing?.request ?? null,
      followed: followed?.request ?? null,
    };
  }, [caseId, requestId, follows]);
  const d = loaded.data;
  return (
    <CaseFrame caseId={caseId}>
      <div className="rq">
        <ErrorNote message={loaded.error} />
        {!d ? (
          loaded.loading && <Loading />
        ) : d.existing && d.existing.status !== 'DRAFT' ? (
          <p className="error">{t('form.notDraft', { status: t(`statuses.${d.existing.status}`) })}</p>
        ) : (
          <FormBody
            caseId={caseId}
            catalogue={d.catalogue}
            directory={d.directory}
            authorizations={d.authorizations}
            timeZone={d.theCase.timeZone}
            country={d.theCase.country}
            offences={d.theCase.offences}
            existing={d.existing}
            followed={d.followed}
          />
        )}
      </div>
    </CaseFrame>
  );
}
