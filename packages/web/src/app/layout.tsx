// The frame around every screen: the app's name, navigation by role, language, UTC toggle, the user.
import { useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n';
import { UtcContext } from '../format';
import { Link, navigate, useLocation } from '../router';
import { useSession } from '../session';
import { requestTabs } from '../screens/requests/request-tabs';

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { user, signOut } = useSession();
  const { utc, setUtc } = useContext(UtcContext);
  const { path } = useLocation();
  const role = user?.role;
  const links: Array<[string, string]> = [];
  if (role !== 'auditor') links.push(['/cases', t('nav.cases')], ['/access-requests', t('nav.accessRequests')]);
  if (role !== 'auditor') links.push(['/hash-banks', t('nav.hashBanks')]);
  // Requests across cases: deadlines for those who work in cases, statistics for oversight, the directory for all.
  links.push([`/requests/${requestTabs(role)[0]}`, t('nav.requests')]);
  if (role === 'admin') links.push(['/admin/users', t('nav.users')]);
  if (role === 'auditor' || role === 'admin') links.push(['/ledger', t('nav.ledger')]);
  return (
    <div className="app">
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          // Focus, not the address: the path is the router's state.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          {t('appName')}
        </Link>
        <nav aria-label={t('nav.main')}>
          {links.map(([to, label]) => (
            <Link key={to} to={to} aria-current={path.startsWith(to.startsWith('/requests/') ? '/requests/' : to) ? 'page' : undefined}>
              {label}
            </Link>
          ))}
        </nav>
        <div className="topbar-tools">
          <label className="toggle">
            <input type="checkbox" checked={utc} onChange={(e) => setUtc(e.target.checked)} /> UTC
            <span className="visually-hidden">{t('utcToggle')}</span>
          </label>
          <label className="visually-hidden" htmlFor="language">
            {t('language')}
          </label>
          <select id="language" value={i18n.language} onChange={(e) => void changeLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'en' ? 'English' : 'Русский'}
              </option>
            ))}
          </select>
          <Link to="/account" className="user">
            {user?.displayName} · {t(`roles.${user?.role ?? 'investigator'}`)}
          </Link>
          <button
            type="button"
            onClick={() => {
              void signOut().then(() => navigate('/', { replace: true }));
            }}
          >
            {t('signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
