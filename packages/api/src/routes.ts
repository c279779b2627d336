// Every route of the Tamga HTTP API. The server registers these; the client calls them by name.
import { z } from 'zod';
import {
  ChangePasswordBody,
  CreatedUser,
  CreateUserBody,
  LoginBody,
  LoginResult,
  OneTimePassword,
  PasswordBody,
  SessionInfo,
  TotpCodeBody,
  TotpSetup,
  UpdateUserBody,
  UserView,
} from './account-schemas';
import { Authorization, CheckAuthorizationBody, RecordAuthorizationBody, SettleAuthorizationBody } from './authorization-schemas';
import {
  AdminCaseView,
  Case,
  CaseDetail,
  CaseSummary,
  ChangeStatusBody,
  CreateCaseBody,
  Member,
  OffenceDefinition,
  SetMemberBody,
  UpdateCaseBody,
} from './case-schemas';
import { Id, Ok } from './common-schemas';
import { Checkpoint, LedgerPage, LedgerQuery, LedgerReport } from './ledger-schemas';
import { route } from './route';

const CaseParams = z.object({ caseId: Id }).strict();
const UserParams = z.object({ userId: Id }).strict();
const MemberParams = z.object({ caseId: Id, userId: Id }).strict();
const AuthorizationParams = z.object({ caseId: Id, authorizationId: Id }).strict();
const ReadQuery = z.object({ justification: z.string().max(2000).optional() }).strict();

export const routes = {
  health: route({
    method: 'GET',
    path: '/api/health',
    summary: 'Liveness and database reachability',
    tag: 'system',
    auth: 'none',
    response: z.object({ status: z.literal('ok'), version: z.string(), database: z.enum(['sqlite', 'postgres']) }),
  }),
  login: route({ method: 'POST', path: '/api/auth/login', summary: 'Sign in', tag: 'auth', auth: 'none', body: LoginBody, response: LoginResult }),
  logout: route({ method: 'POST', path: '/api/auth/logout', summary: 'Sign out', tag: 'auth', response: Ok }),
  session: route({ method: 'GET', path: '/api/auth/session', summary: 'The signed-in user and CSRF token', tag: 'auth', response: SessionInfo }),
  changePassword: route({ method: 'POST', path: '/api/auth/password', summary: 'Change your own password', tag: 'auth', body: ChangePasswordBody, response: Ok }),
  totpSetup: route({ method: 'POST', path: '/api/auth/totp/setup', summary: 'Start TOTP enrolment', tag: 'auth', response: TotpSetup }),
  totpConfirm: route({ method: 'POST', path: '/api/auth/totp/confirm', summary: 'Confirm TOTP enrolment with a code', tag: 'auth', body: TotpCodeBody, response: Ok }),
  totpDisable: route({ method: 'POST', path: '/api/auth/totp/disable', summary: 'Remove TOTP', tag: 'auth', body: PasswordBody, response: Ok }),

  listUsers: route({ method: 'GET', path: '/api/users', summary: 'All accounts (admin)', tag: 'users', response: z.array(UserView) }),
  createUser: route({ method: 'POST', path: '/api/users', summary: 'Create an account (admin)', tag: 'users', status: 201, body: CreateUserBody, response: CreatedUser }),
  updateUser: route({ method: 'PATCH', path: '/api/users/:userId', summary: 'Change role, name or disable (admin)', tag: 'users', params: UserParams, body: UpdateUserBody, response: UserView }),
  resetPassword: route({
    method: 'POST',
    path: '/api/users/:userId/password-reset',
    summary: 'Issue a one-time password (admin)',
    tag: 'users',
    params: UserParams,
    response: OneTimePassword,
  }),
  lookupUser: route({
    method: 'GET',
    path: '/api/users/lookup',
    summary: 'Find a colleague by user name (to add them to a case)',
    tag: 'users',
    query: z.object({ username: z.string().min(1).max(100) }).strict(),
    response: z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.string() }),
  }),
  unlockUser: route({ method: 'POST', path: '/api/users/:userId/unlock', summary: 'Lift a sign-in lockout (admin)', tag: 'users', params: UserParams, response: UserView }),

  offences: route({ method: 'GET', path: '/api/offences', summary: 'International offence codes', tag: 'cases', response: z.array(OffenceDefinition) }),
  listCases: route({ method: 'GET', path: '/api/cases', summary: 'Cases you are a member of', tag: 'cases', response: z.array(CaseSummary) }),
  createCase: route({ method: 'POST', path: '/api/cases', summary: 'Open a case; you become its lead', tag: 'cases', status: 201, body: CreateCaseBody, response: Case }),
  getCase: route({ method: 'GET', path: '/api/cases/:caseId', summary: 'One case', tag: 'cases', params: CaseParams, query: ReadQuery, response: CaseDetail }),
  updateCase: route({ method: 'PATCH', path: '/api/cases/:caseId', summary: 'Change title, description or offences (lead)', tag: 'cases', params: CaseParams, body: UpdateCaseBody, response: Case }),
  changeCaseStatus: route({
    method: 'POST',
    path: '/api/cases/:caseId/status',
    summary: 'Suspend, close, reopen or archive (lead)',
    tag: 'cases',
    params: CaseParams,
    body: ChangeStatusBody,
    response: Case,
  }),
  listMembers: route({ method: 'GET', path: '/api/cases/:caseId/members', summary: 'Members of a case', tag: 'cases', params: CaseParams, response: z.array(Member) }),
  setMember: route({
    method: 'PUT',
    path: '/api/cases/:caseId/members/:userId',
    summary: 'Add a member or change their level (lead, or admin for others)',
    tag: 'cases',
    params: MemberParams,
    body: SetMemberBody,
    response: z.array(Member),
  }),
  removeMember: route({
    method: 'DELETE',
    path: '/api/cases/:caseId/members/:userId',
    summary: 'Remove a member (lead, or admin for others)',
    tag: 'cases',
    params: MemberParams,
    response: z.array(Member),
  }),
  adminCases: route({ method: 'GET', path: '/api/admin/cases', summary: 'References, status and members of all cases (admin)', tag: 'cases', response: z.array(AdminCaseView) }),

  listAuthorizations: route({
    method: 'GET',
    path: '/api/cases/:caseId/authorizations',
    summary: 'Legal authorisations of a case',
    tag: 'authorizations',
    params: CaseParams,
    response: z.array(Authorization),
  }),
  recordAuthorization: route({
    method: 'POST',
    path: '/api/cases/:caseId/authorizations',
    summary: 'Record a warrant, sanction, consent or emergency authorisation',
    tag: 'authorizations',
    status: 201,
    params: CaseParams,
    body: RecordAuthorizationBody,
    response: Authorization,
  }),
  getAuthorization: route({
    method: 'GET',
    path: '/api/cases/:caseId/authorizations/:authorizationId',
    summary: 'One legal authorisation',
    tag: 'authorizations',
    params: AuthorizationParams,
    response: Authorization,
  }),
  settleAuthorization: route({
    method: 'POST',
    path: '/api/cases/:caseId/authorizations/:authorizationId/settle',
    summary: 'Record validation or revocation',
    tag: 'authorizations',
    params: AuthorizationParams,
    body: SettleAuthorizationBody,
    response: Authorization,
  }),
  checkAuthorization: route({
    method: 'POST',
    path: '/api/cases/:caseId/authorizations/check',
    summary: 'Is a measure covered now? Answers with the authorisation relied on, or the failed condition',
    tag: 'authorizations',
    params: CaseParams,
    body: CheckAuthorizationBody,
    response: Authorization,
  }),

  caseLedger: route({
    method: 'GET',
    path: '/api/cases/:caseId/ledger',
    summary: 'Ledger events of a case, newest first',
    tag: 'ledger',
    params: CaseParams,
    query: LedgerQuery.omit({ caseId: true }),
    response: LedgerPage,
  }),
  ledger: route({ method: 'GET', path: '/api/ledger', summary: 'The whole ledger, newest first (auditor)', tag: 'ledger', query: LedgerQuery, response: LedgerPage }),
  checkpoint: route({
    method: 'POST',
    path: '/api/ledger/checkpoints',
    summary: 'Sign a checkpoint now (auditor, admin)',
    tag: 'ledger',
    status: 201,
    response: Checkpoint.nullable(),
  }),
  verifyLedger: route({ method: 'POST', path: '/api/ledger/verify', summary: 'Verify chain and checkpoints (auditor, admin)', tag: 'ledger', response: LedgerReport }),
};

export type Routes = typeof routes;
export type RouteName = keyof Routes;
