// A case named in the address by its reference (`/cases/KZ-2026-0142/evidence`) instead of its id, as the CLI
// accepts it: found among the reader's cases and replaced by the id, the rest of the address kept.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { navigate } from '../../router';
import { ErrorNote, Loading } from '../../ui';
import { useApi } from '../../use-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when a case in the address is named by something other than its id. */
export function isCaseReference(caseId: string | undefined): caseId is string {
  return caseId !== undefined && !UUID.test(caseId);
}

export function CaseByReference({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const cases = useApi(() => api.call('listCases'), []);
  const id = cases.data?.find((c) => c.case.reference === reference)?.case.id;
  useEffect(() => {
    if (!id) return;
    const { pathname, search, hash } = window.location;
    // ['', 'cases', reference, ...the section]
    const rest = pathname.split('/').slice(3).join('/');
    navigate(`/cases/${id}${rest ? `/${rest}` : ''}${search}${hash}`, { replace: true });
  }, [id]);
  if (cases.error) return <ErrorNote message={cases.error} />;
  if (cases.data && !id) return <ErrorNote message={t('errors:CASE_NOT_FOUND')} />;
  return <Loading />;
}
