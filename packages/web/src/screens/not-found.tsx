// An address that matches no screen.
import { useTranslation } from 'react-i18next';
import { Link } from '../router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <p>{t('notFound')}</p>
      <Link to="/cases">{t('nav.cases')}</Link>
    </section>
  );
}
