// Which screen answers which path. Heavy screens are loaded on first use, so the shell stays small.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { match } from '../router';
import { NotFound } from '../screens/not-found';
import { CaseList } from '../screens/cases/case-list';

type Screen = ComponentType<Record<string, string>> | LazyExoticComponent<ComponentType<Record<string, string>>>;

function lazyScreen<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M): Screen {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<Record<string, string>> }));
}

const ROUTES: Array<[string, Screen]> = [
  ['/', CaseList],
  ['/cases', CaseList],
  ['/cases/new', lazyScreen(() => import('../screens/cases/create-case'), 'CreateCase')],
  ['/cases/:caseId', lazyScreen(() => import('../screens/cases/case-overview'), 'CaseOverview')],
  ['/cases/:caseId/authorizations', lazyScreen(() => import('../screens/authorizations/authorizations'), 'Authorizations')],
  ['/cases/:caseId/evidence', lazyScreen(() => import('../screens/evidence/evidence-list'), 'EvidenceList')],
  ['/cases/:caseId/evidence/:itemId', lazyScreen(() => import('../screens/evidence/evidence-detail'), 'EvidenceDetail')],
  ['/cases/:caseId/upload', lazyScreen(() => import('../screens/evidence/upload'), 'Upload')],
  ['/cases/:caseId/custody', lazyScreen(() => import('../screens/evidence/custody-log'), 'CustodyLog')],
  ['/cases/:caseId/artifacts', lazyScreen(() => import('../screens/artifacts/artifact-browser'), 'ArtifactBrowser')],
  ['/cases/:caseId/artifacts/:artifactId', lazyScreen(() => import('../screens/artifacts/artifact-page'), 'ArtifactPage')],
  ['/cases/:caseId/timeline', lazyScreen(() => import('../screens/timeline/timeline'), 'Timeline')],
  ['/cases/:caseId/search', lazyScreen(() => import('../screens/analysis/search'), 'Search')],
  ['/cases/:caseId/entities', lazyScreen(() => import('../screens/analysis/entities'), 'Entities')],
  ['/cases/:caseId/graph', lazyScreen(() => import('../screens/analysis/link-graph'), 'LinkGraph')],
  ['/cases/:caseId/matches', lazyScreen(() => import('../screens/hash-banks/case-matches'), 'CaseMatches')],
  ['/cases/:caseId/requests', lazyScreen(() => import('../screens/requests/case-requests'), 'CaseRequests')],
  ['/cases/:caseId/requests/new', lazyScreen(() => import('../screens/requests/request-form'), 'NewRequest')],
  ['/cases/:caseId/requests/:requestId', lazyScreen(() => import('../screens/requests/request-detail'), 'RequestDetail')],
  ['/cases/:caseId/requests/:requestId/edit', lazyScreen(() => import('../screens/requests/request-form'), 'EditRequest')],
  ['/requests/deadlines', lazyScreen(() => import('../screens/requests/deadlines'), 'Deadlines')],
  ['/requests/statistics', lazyScreen(() => import('../screens/requests/oversight'), 'Oversight')],
  ['/requests/directory', lazyScreen(() => import('../screens/requests/directory'), 'Directory')],
  ['/hash-banks', lazyScreen(() => import('../screens/hash-banks/hash-banks'), 'HashBanks')],
  ['/access-requests', lazyScreen(() => import('../screens/analysis/own-access-requests'), 'OwnAccessRequests')],
  ['/admin/users', lazyScreen(() => import('../screens/admin/users'), 'Users')],
  ['/ledger', lazyScreen(() => import('../screens/admin/ledger'), 'Ledger')],
  ['/account', lazyScreen(() => import('../screens/admin/account'), 'Account')],
];

export function resolveRoute(path: string): { Screen: Screen; params: Record<string, string> } {
  for (const [pattern, Screen] of ROUTES) {
    const params = match(pattern, path);
    if (params) return { Screen, params };
  }
  return { Screen: NotFound, params: {} };
}
