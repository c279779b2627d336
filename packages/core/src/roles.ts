// System roles and what each may do at all (DOMAIN.md §9); case membership says where.

export const ROLES = ['admin', 'supervisor', 'investigator', 'examiner', 'prosecutor', 'auditor', 'trainee'] as const;
export type Role = (typeof ROLES)[number];

export const ACCESS_LEVELS = ['read', 'contribute', 'lead'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export type Permission =
  | 'users.manage'
  | 'cases.create'
  | 'cases.administer'
  | 'case.membership'
  | 'case.content.read'
  | 'authorizations.record'
  | 'ledger.read.all'
  | 'ledger.verify'
  | 'evidence.ingest'
  | 'custody.act'
  | 'requests.draft'
  | 'requests.approve'
  | 'incidents.resolve'
  | 'evidence.dispose';

const INVESTIGATOR: Permission[] = [
  'cases.create',
  'case.membership',
  'case.content.read',
  'authorizations.record',
  'evidence.ingest',
  'requests.draft',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['users.manage', 'cases.administer', 'ledger.verify', 'case.membership', 'case.content.read'],
  supervisor: [...INVESTIGATOR, 'custody.act', 'requests.approve', 'incidents.resolve', 'evidence.dispose'],
  investigator: INVESTIGATOR,
  examiner: ['case.membership', 'case.content.read', 'evidence.ingest', 'custody.act'],
  prosecutor: ['case.membership', 'case.content.read', 'authorizations.record'],
  auditor: ['ledger.read.all', 'ledger.verify'],
  trainee: INVESTIGATOR,
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function levelAtLeast(level: AccessLevel, needed: AccessLevel): boolean {
  return ACCESS_LEVELS.indexOf(level) >= ACCESS_LEVELS.indexOf(needed);
}
