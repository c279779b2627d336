// The frame of the screens about requests across cases: deadlines, oversight statistics and the directory,
// as tabs offered by role (statistics to supervisors and auditors; deadlines to those who work in cases).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../../router';
import { useSession } from '../../session';
import { requestTabs } from './request-tabs';
import './requests.css';

export function RequestsFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation('requests');
  const { user } = useSession();
  const { path } = useLocation();
  return (
    <section className="rq">
      <nav className="tabs" aria-label={t('global.nav')}>
        {requestTabs(user?.role).map((tab) => {
          const to = `/requests/${tab}`;
          return (
            <Link key={tab} to={to} aria-current={path.startsWith(to) ? 'page' : undefined}>
              {t(`global.${tab}`)}
            </Link>
          );
        })}
      </nav>
      {children}
    </section>
  );
}
