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
  | 'requests.approve.higher'
  | 'incidents.resolve'
  | 'evidence.dispose'
  | 'hashbanks.manage'
  | 'flagged.reveal'
  | 'directory.manage';

const INVESTIGATOR: Permission[] = [
  'cases.create',
  'case.membership',
  'case.content.read',
  'authorizations.record',
  'evidence.ingest',
  'requests.draft',
  // Images matched by a known-illegal or known-terrorist bank: reviewing them is part of the investigator's work.
  'flagged.reveal',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // Hash banks are system settings (DOMAIN.md §9): the administrator creates, imports, enables and disables them.
  // The provider and authority directory is a system setting too (DOMAIN.md §9).
  admin: [
    'users.manage',
    'cases.administer',
    'ledger.verify',
    'case.membership',
    'case.content.read',
    'hashbanks.manage',
    'directory.manage',
  ],
  supervisor: [...INVESTIGATOR, 'custody.act', 'requests.approve', 'incidents.resolve', 'evidence.dispose'],
  investigator: INVESTIGATOR,
  examiner: ['case.membership', 'case.content.read', 'evidence.ingest', 'custody.act', 'flagged.reveal'],
  // The higher approval of content, traffic and privilege-risk requests (G6, G8) and the validation of emergency
  // requests (G7) are the prosecutor's [D]; a member at `read` level suffices.
  prosecutor: ['case.membership', 'case.content.read', 'authorizations.record', 'requests.approve.higher'],
  auditor: ['ledger.read.all', 'ledger.verify'],
  // Trainees never see flagged known-illegal or terrorist images, even in training cases.
  trainee: INVESTIGATOR.filter((p) => p !== 'flagged.reveal'),
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function levelAtLeast(level: AccessLevel, needed: AccessLevel): boolean {
  return ACCESS_LEVELS.indexOf(level) >= ACCESS_LEVELS.indexOf(needed);
}
