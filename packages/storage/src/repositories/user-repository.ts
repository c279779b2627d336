// Users and sessions in SQL.
import type { Kysely, Selectable } from 'kysely';
import type { Role, Session, SessionRepository, User, UserRepository } from '@tamga/core';
import type { Database, SessionsTable, UsersTable } from '../schema';

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    passwordHash: row.password_hash,
    mustChangePassword: row.must_change_password === 1,
    totpSecret: row.totp_secret,
    totpEnabled: row.totp_enabled === 1,
    disabled: row.disabled === 1,
    failedLogins: row.failed_logins,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function fromUser(user: User): UsersTable {
  return {
    id: user.id,
    username: user.username,
    display_name: user.displayName,
    role: user.role,
    password_hash: user.passwordHash,
    must_change_password: user.mustChangePassword ? 1 : 0,
    totp_secret: user.totpSecret,
    totp_enabled: user.totpEnabled ? 1 : 0,
    disabled: user.disabled ? 1 : 0,
    failed_logins: user.failedLogins,
    locked_until: user.lockedUntil,
    created_at: user.createdAt,
    updated_at: user.updatedAt,
  };
}

export function userRepository(db: Kysely<Database>): UserRepository {
  return {
    async insert(user) {
      await db.insertInto('users').values(fromUser(user)).execute();
    },
    async update(user) {
      const { id, ...rest } = fromUser(user);
      await db.updateTable('users').set(rest).where('id', '=', id).execute();
    },
    async byId(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },
    async byUsername(username) {
      const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      return row && toUser(row);
    },
    async list() {
      return (await db.selectFrom('users').selectAll().orderBy('username').execute()).map(toUser);
    },
    async count() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

function toSession(row: Selectable<SessionsTable>): Session {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    userId: row.user_id,
    kind: row.kind as Session['kind'],
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

export function sessionRepository(db: Kysely<Database>): SessionRepository {
  return {
    async insert(session) {
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          token_hash: session.tokenHash,
          user_id: session.userId,
          kind: session.kind,
          csrf_token: session.csrfToken,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
          revoked_at: session.revokedAt,
        })
        .execute();
    },
    async byTokenHash(tokenHash) {
      const row = await db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return row && toSession(row);
    },
    async revoke(id, at) {
      await db.updateTable('sessions').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
    },
    async revokeAllOf(userId, at) {
      await db.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
    },
  };
}
