// Users and cases for the Store contract suites.
import { randomUUID } from 'node:crypto';
import type { Case, User } from '@tamga/core';

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
