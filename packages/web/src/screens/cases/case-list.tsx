// The cases the user is a member of, newest first, with a way to open a new one.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../router';
import { useSession } from '../../session';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading, PageTitle } from '../../ui';

export function CaseList() {
  const { t } = useTranslation('cases');
  const cases = useApi(() => api.call('listCases'), []);
  // Only these roles may open cases (core's roles.ts: cases.create).
  const canCreate = ['supervisor', 'investigator', 'trainee'].includes(useSession().user?.role ?? '');
  return (
    <section>
      <PageTitle
        actions={
          canCreate && (
            <Link to="/cases/new" className="button primary">
              {t('newCase')}
            </Link>
          )
        }
      >
        {t('title')}
      </PageTitle>
      <ErrorNote message={cases.error} />
      {cases.loading && !cases.data ? (
        <Loading />
      ) : cases.data?.length === 0 ? (
        <Empty>{t('none')}</Empty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('reference')}</th>
              <th scope="col">{t('caseTitle')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('myLevel')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.data?.map(({ case: c, myLevel }) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/cases/${c.id}`}>{c.reference}</Link>
                </td>
                <td>
                  {c.title}
                  {c.training && <span className="badge">{t('training')}</span>}
                </td>
                <td>{t(`statuses.${c.status}`)}</td>
                <td>{t(`common:levels.${myLevel}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
