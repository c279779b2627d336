// The frame of every case screen: the case's reference and title, and the tabs of its sections.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link, useLocation } from '../../router';
import { useApi } from '../../use-api';
import { ErrorNote } from '../../ui';

const SECTIONS = [
  '',
  'authorizations',
  'evidence',
  'upload',
  'artifacts',
  'search',
  'timeline',
  'entities',
  'graph',
  'matches',
  'requests',
  'custody',
] as const;

export function CaseFrame({ caseId, children, actions }: { caseId: string; children: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  const { path } = useLocation();
  const detail = useApi(() => api.call('getCase', { params: { caseId } }), [caseId]);
  const base = `/cases/${caseId}`;
  return (
    <section className="case">
      <div className="page-title">
        <h1>
          {detail.data ? (
            <>
              <span className="reference">{detail.data.case.reference}</span> {detail.data.case.title}
            </>
          ) : (
            ' '
          )}
        </h1>
        {actions && detail.data && <div className="actions">{actions}</div>}
      </div>
      <ErrorNote message={detail.error} />
      {detail.data && (
        <nav className="tabs" aria-label={t('caseNav.label')}>
          {SECTIONS.map((section) => {
            const to = section ? `${base}/${section}` : base;
            const current = section ? path.startsWith(to) : path === base || path === `${base}/`;
            return (
              <Link key={section || 'overview'} to={to} aria-current={current ? 'page' : undefined}>
                {t(`caseNav.${section || 'overview'}`)}
              </Link>
            );
          })}
        </nav>
      )}
      {!detail.error && children}
    </section>
  );
}
