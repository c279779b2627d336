// Administration: accounts and their roles (create with a one-time password, change, disable, reset, unlock),
// and who is a member of which case — by reference and status only, never the case's title or contents.
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session';
import { ErrorNote, PageTitle } from '../../ui';
import { Accounts } from './accounts';
import { CaseMembership } from './case-membership';
import './admin.css';

export function Users() {
  const { t } = useTranslation('admin');
  const { user } = useSession();
  if (user?.role !== 'admin') {
    return (
      <section>
        <PageTitle>{t('users.title')}</PageTitle>
        <ErrorNote message={t('errors:ROLE_FORBIDDEN')} />
      </section>
    );
  }
  return (
    <section>
      <PageTitle>{t('users.title')}</PageTitle>
      <Accounts selfId={user.id} />
      <CaseMembership />
    </section>
  );
}
