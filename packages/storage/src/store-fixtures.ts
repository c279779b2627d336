// Users, cases and evidence items for the Store contract suites.
import { randomUUID } from 'node:crypto';
import { INITIAL_CUSTODY, type Case, type EvidenceItem, type User } from '@tamga/core';

export function user(overrides: Partial<User> = {}): User {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    username: `u${randomUUID().slice(0, 8)}`,
    displayName: 'Айгерим Сапарова',
    role: 'investigator',
    passwordHash: '$argon2id$stand-in',
    mustChangePassword: false,
    totpSecret: null,
    totpEnabled: false,
    disabled: false,
    failedLogins: 0,
    lockedUntil: null,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

export function aCase(createdBy: string, overrides: Partial<Case> = {}): Case {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    reference: `KZ-${randomUUID().slice(0, 8)}`,
    title: 'Мошенничество через Telegram',
    description: '',
    country: 'KZ',
    timeZone: 'Asia/Almaty',
    status: 'open',
    training: false,
    offences: [{ framework: 'NATIONAL', country: 'KZ', code: '190' }],
    trustedMailHosts: [],
    createdAt: now,
    createdBy,
    updatedAt: now,
    ...overrides,
  };
}

/** A file taken in or derived (with `parentId`), recorded now unless `createdAt` says otherwise. */
export function anItem(caseId: string, by: User, overrides: Partial<EvidenceItem> & Pick<EvidenceItem, 'exhibitNumber'>): EvidenceItem {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    caseId,
    rootExhibitNumber: overrides.exhibitNumber.split('/')[0]!,
    parentId: null,
    kind: 'file',
    status: 'complete',
    originalPath: `${overrides.exhibitNumber}.bin`,
    name: `${overrides.exhibitNumber}.bin`,
    digests: { size: 1, md5: '0'.repeat(32), sha1: '1'.repeat(40), sha256: '2'.repeat(64) },
    fileTimes: { modifiedAt: null, accessedAt: null, changedAt: null, bornAt: null },
    acquisition: {
      performedBy: { userId: by.id, name: by.displayName, role: by.role },
      startedAt: now,
      endedAt: now,
      location: null,
      setting: null,
      sourceDevice: null,
      method: 'LOGICAL',
      tool: { name: 'Tamga', version: '1' },
      writeBlocker: null,
      sourceHashes: [],
      verification: { method: 'N_A', result: 'N_A', at: now, by: 'system' },
      notes: '',
      production: null,
    },
    authorizationId: 'auth-1',
    custody: { ...INITIAL_CUSTODY },
    createdAt: now,
    createdBy: by.id,
    ...overrides,
  };
}
