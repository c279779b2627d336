// Covers roles.ts: the role/permission table against the domain rules (need-to-know, separation of duties) and levelAtLeast.
import { describe, expect, it } from 'vitest';
import { ACCESS_LEVELS, levelAtLeast, ROLE_PERMISSIONS, roleAllows, ROLES, type AccessLevel, type Permission, type Role } from './roles';

type Rule = [Role, Permission, boolean];

const RULES: Rule[] = [
  // Auditor: sees and verifies the whole ledger, never case content, never a case member.
  ['auditor', 'ledger.read.all', true],
  ['auditor', 'ledger.verify', true],
  ['auditor', 'case.content.read', false],
  ['auditor', 'case.membership', false],
  ['auditor', 'cases.create', false],
  ['auditor', 'users.manage', false],
  ['auditor', 'evidence.ingest', false],
  // Prosecutor: records authorisations, reads cases they belong to, does not handle evidence.
  ['prosecutor', 'authorizations.record', true],
  ['prosecutor', 'case.membership', true],
  ['prosecutor', 'case.content.read', true],
  ['prosecutor', 'evidence.ingest', false],
  ['prosecutor', 'custody.act', false],
  ['prosecutor', 'requests.draft', false],
  ['prosecutor', 'requests.approve', false],
  // Examiner: ingests and keeps custody; does not draft or approve requests, nor record authorisations.
  ['examiner', 'evidence.ingest', true],
  ['examiner', 'custody.act', true],
  ['examiner', 'case.content.read', true],
  ['examiner', 'requests.draft', false],
  ['examiner', 'requests.approve', false],
  ['examiner', 'authorizations.record', false],
  ['examiner', 'cases.create', false],
  // Investigator.
  ['investigator', 'cases.create', true],
  ['investigator', 'case.content.read', true],
  ['investigator', 'authorizations.record', true],
  ['investigator', 'evidence.ingest', true],
  ['investigator', 'requests.draft', true],
  ['investigator', 'requests.approve', false],
  ['investigator', 'incidents.resolve', false],
  ['investigator', 'users.manage', false],
  ['investigator', 'ledger.read.all', false],
  // Supervisor: an investigator who also approves requests and resolves incidents.
  ['supervisor', 'requests.approve', true],
  ['supervisor', 'requests.draft', true],
  ['supervisor', 'incidents.resolve', true],
  ['supervisor', 'custody.act', true],
  ['supervisor', 'users.manage', false],
  ['supervisor', 'ledger.read.all', false],
  // Administrator: runs accounts and case administration, not investigative work.
  ['admin', 'users.manage', true],
  ['admin', 'cases.administer', true],
  ['admin', 'ledger.verify', true],
  ['admin', 'cases.create', false],
  ['admin', 'authorizations.record', false],
  ['admin', 'evidence.ingest', false],
  ['admin', 'custody.act', false],
  ['admin', 'requests.draft', false],
  ['admin', 'requests.approve', false],
  ['admin', 'ledger.read.all', false],
];

describe('roleAllows', () => {
  it.each(RULES)('%s may %s: %s', (role, permission, allowed) => {
    expect(roleAllows(role, permission)).toBe(allowed);
  });

  it('only the supervisor approves requests', () => {
    expect(ROLES.filter((r) => roleAllows(r, 'requests.approve'))).toEqual(['supervisor']);
  });

  it('only the supervisor resolves incidents', () => {
    expect(ROLES.filter((r) => roleAllows(r, 'incidents.resolve'))).toEqual(['supervisor']);
  });

  it('only the administrator manages users and administers cases', () => {
    expect(ROLES.filter((r) => roleAllows(r, 'users.manage'))).toEqual(['admin']);
    expect(ROLES.filter((r) => roleAllows(r, 'cases.administer'))).toEqual(['admin']);
  });

  it('only the auditor reads the whole ledger', () => {
    expect(ROLES.filter((r) => roleAllows(r, 'ledger.read.all'))).toEqual(['auditor']);
  });

  it('nobody both drafts requests and lacks case content (a drafter must see the case)', () => {
    for (const role of ROLES) {
      if (roleAllows(role, 'requests.draft')) expect(roleAllows(role, 'case.content.read'), role).toBe(true);
    }
  });

  it('every role that reads case content can be a case member, since content is reached through membership', () => {
    for (const role of ROLES) {
      if (roleAllows(role, 'case.content.read')) expect(roleAllows(role, 'case.membership'), role).toBe(true);
    }
  });

  it('a trainee has the permissions of an investigator, except revealing flagged images', () => {
    expect([...ROLE_PERMISSIONS.trainee].sort()).toEqual([...ROLE_PERMISSIONS.investigator].filter((p) => p !== 'flagged.reveal').sort());
  });

  it('only the administrator manages hash banks', () => {
    expect(ROLES.filter((r) => roleAllows(r, 'hashbanks.manage'))).toEqual(['admin']);
  });

  it('flagged known-illegal or terrorist images are revealed only by those who handle evidence', () => {
    expect(ROLES.filter((r) => roleAllows(r, 'flagged.reveal'))).toEqual(['supervisor', 'investigator', 'examiner']);
  });

  it('a supervisor has every investigator permission', () => {
    for (const p of ROLE_PERMISSIONS.investigator) expect(roleAllows('supervisor', p), p).toBe(true);
  });

  it('every role in ROLES has an entry without duplicates', () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(new Set(ROLE_PERMISSIONS[role]).size, role).toBe(ROLE_PERMISSIONS[role].length);
  });
});

describe('levelAtLeast', () => {
  const table: [AccessLevel, AccessLevel, boolean][] = [
    ['read', 'read', true],
    ['read', 'contribute', false],
    ['read', 'lead', false],
    ['contribute', 'read', true],
    ['contribute', 'contribute', true],
    ['contribute', 'lead', false],
    ['lead', 'read', true],
    ['lead', 'contribute', true],
    ['lead', 'lead', true],
  ];

  it('covers every pair of levels', () => {
    expect(table).toHaveLength(ACCESS_LEVELS.length ** 2);
  });

  it.each(table)('%s is at least %s: %s', (level, needed, expected) => {
    expect(levelAtLeast(level, needed)).toBe(expected);
  });
});
