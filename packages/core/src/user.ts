// Accounts: who may sign in, with which role, and the state that guards their sign-in.
import type { Role } from './roles';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
  totpSecret: string | null;
  totpEnabled: boolean;
  disabled: boolean;
  failedLogins: number;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What any API or CLI may show of an account: never the hash or the TOTP secret. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export function viewUser(user: User): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
    totpEnabled: user.totpEnabled,
    disabled: user.disabled,
    lockedUntil: user.lockedUntil,
    createdAt: user.createdAt,
  };
}

export interface Session {
  id: string;
  tokenHash: string;
  userId: string;
  kind: 'web' | 'api';
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{1,62}$/;
export const MIN_PASSWORD_LENGTH = 12;
