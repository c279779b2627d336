// Sign-in with password and optional TOTP, lockout after repeated failures, and session resolution.
import type { Actor } from '../actor';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { actorEvent, recordEvent } from '../record-event';
import { tokenHash } from '../token-hash';
import { viewUser, type Session, type User, type UserView } from '../user';

export interface SignInProps {
  username: string;
  password: string;
  totpCode?: string;
  kind: Session['kind'];
  /** The session this browser held before, revoked so a sign-in always rotates the cookie. */
  previousToken?: string;
  remoteAddress?: string;
}

export interface SignedIn {
  token: string;
  csrfToken: string;
  expiresAt: string;
  user: UserView;
}

// Unknown user names are checked against a throwaway hash, so they cost as much time as known ones.
const dummyHashes = new WeakMap<Deps, Promise<string>>();
function dummyHash(deps: Deps): Promise<string> {
  let hash = dummyHashes.get(deps);
  if (!hash) {
    hash = deps.hasher.hash(deps.random.token(16));
    dummyHashes.set(deps, hash);
  }
  return hash;
}

/**
 * The password checked against the account as it is now, outside any transaction: argon2 takes a tenth of a
 * second of CPU, and on SQLite a transaction holds the write lock that every other writer waits for.
 */
async function checkPassword(deps: Deps, username: string, password: string): Promise<{ hash: string | null; ok: boolean }> {
  const user = await deps.store.transaction((tx) => tx.users.byUsername(username), { durable: false });
  if (!user) {
    await deps.hasher.verify(await dummyHash(deps), password);
    return { hash: null, ok: false };
  }
  // A locked account is refused without looking at the password.
  if (user.lockedUntil && Date.parse(user.lockedUntil) > deps.clock.now().getTime()) return { hash: user.passwordHash, ok: false };
  return { hash: user.passwordHash, ok: await deps.hasher.verify(user.passwordHash, password) };
}

export async function signIn(deps: Deps, props: SignInProps): Promise<SignedIn> {
  const username = props.username.trim().toLowerCase();
  const checked = await checkPassword(deps, username, props.password);
  const outcome = await deps.store.transaction(async (tx) => {
    const user = await tx.users.byUsername(username);
    const now = deps.clock.now();
    if (!user) {
      await recordEvent(
        tx,
        deps,
        actorEvent(null, 'auth.sign_in_failed', { details: { username, reason: 'unknown user', from: props.remoteAddress ?? null } }),
      );
      return { error: new TamgaError('INVALID_CREDENTIALS') };
    }
    const actorLike = { userId: user.id, username: user.username };
    const fail = async (reason: string, error: TamgaError, countsAsFailure: boolean) => {
      if (countsAsFailure) {
        const failedLogins = user.failedLogins + 1;
        const locked = failedLogins >= deps.settings.maxFailedLogins;
        const updated: User = {
          ...user,
          failedLogins: locked ? 0 : failedLogins,
          lockedUntil: locked ? new Date(now.getTime() + deps.settings.lockoutMinutes * 60_000).toISOString() : user.lockedUntil,
          updatedAt: now.toISOString(),
        };
        await tx.users.update(updated);
        if (locked) {
          await recordEvent(tx, deps, {
            ...actorEvent(null, 'auth.locked_out', { targetType: 'user', targetId: user.id, details: { until: updated.lockedUntil } }),
          });
        }
      }
      await recordEvent(tx, deps, {
        ...actorEvent(null, 'auth.sign_in_failed', {
          targetType: 'user',
          targetId: user.id,
          details: { username, reason, from: props.remoteAddress ?? null },
        }),
        actorId: actorLike.userId,
        actorName: actorLike.username,
      });
      return { error };
    };
    if (user.lockedUntil && Date.parse(user.lockedUntil) > now.getTime()) {
      return fail(
        'locked',
        new TamgaError('ACCOUNT_LOCKED', `Too many failed sign-ins; try again after ${user.lockedUntil}`, { until: user.lockedUntil }),
        false,
      );
    }
    // Checked against the hash read before; a password changed in between does not let the old one in.
    if (!checked.ok || checked.hash !== user.passwordHash) {
      return fail('wrong password', new TamgaError('INVALID_CREDENTIALS'), true);
    }
    if (user.disabled) return fail('disabled', new TamgaError('ACCOUNT_DISABLED'), false);
    if (user.totpEnabled && user.totpSecret) {
      if (!props.totpCode) return { error: new TamgaError('TOTP_REQUIRED') };
      if (!(await deps.totp.verify(user.totpSecret, props.totpCode, now))) {
        return fail('wrong TOTP code', new TamgaError('TOTP_INVALID'), true);
      }
    }
    if (props.previousToken) {
      const previous = await tx.sessions.byTokenHash(tokenHash(props.previousToken));
      if (previous && !previous.revokedAt) await tx.sessions.revoke(previous.id, now.toISOString());
    }
    const token = deps.random.token(32);
    const hours = props.kind === 'web' ? deps.settings.webSessionHours : deps.settings.apiSessionHours;
    const session: Session = {
      id: deps.random.id(),
      tokenHash: tokenHash(token),
      userId: user.id,
      kind: props.kind,
      csrfToken: deps.random.token(24),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + hours * 3_600_000).toISOString(),
      revokedAt: null,
    };
    await tx.sessions.insert(session);
    await tx.users.update({ ...user, failedLogins: 0, lockedUntil: null, updatedAt: now.toISOString() });
    await recordEvent(tx, deps, {
      ...actorEvent(null, 'auth.signed_in', {
        targetType: 'session',
        targetId: session.id,
        details: { kind: props.kind, from: props.remoteAddress ?? null },
      }),
      actorId: user.id,
      actorName: user.username,
    });
    return { signedIn: { token, csrfToken: session.csrfToken, expiresAt: session.expiresAt, user: viewUser(user) } };
  });
  // Failures are committed (counter, lockout, ledger) before the error is thrown.
  if ('error' in outcome) throw outcome.error;
  return outcome.signedIn;
}

export interface ResolvedSession {
  actor: Actor;
  session: Session;
  user: UserView;
}

export async function resolveSession(deps: Deps, token: string): Promise<ResolvedSession> {
  return deps.store.transaction(async (tx) => {
    const session = await tx.sessions.byTokenHash(tokenHash(token));
    if (!session || session.revokedAt) throw new TamgaError('UNAUTHENTICATED');
    if (Date.parse(session.expiresAt) <= deps.clock.now().getTime()) throw new TamgaError('SESSION_EXPIRED');
    const user = await tx.users.byId(session.userId);
    if (!user || user.disabled) throw new TamgaError('UNAUTHENTICATED');
    return {
      session,
      user: viewUser(user),
      actor: {
        userId: user.id,
        username: user.username,
        role: user.role,
        sessionId: session.id,
        mustChangePassword: user.mustChangePassword,
      },
    };
  });
}

export async function signOut(deps: Deps, actor: Actor): Promise<void> {
  if (!actor.sessionId) return;
  const sessionId = actor.sessionId;
  await deps.store.transaction(async (tx) => {
    await tx.sessions.revoke(sessionId, deps.clock.now().toISOString());
    await recordEvent(tx, deps, actorEvent(actor, 'auth.signed_out', { targetType: 'session', targetId: sessionId }));
  });
}

/**
 * A session for the CLI's local mode: whoever can read the data folder acts as an existing user without
 * a password, so the ledger says so plainly.
 */
export async function openLocalSession(deps: Deps, username: string): Promise<{ token: string }> {
  return deps.store.transaction(async (tx) => {
    const user = await tx.users.byUsername(username.trim().toLowerCase());
    if (!user) throw new TamgaError('USER_NOT_FOUND', `No user named ${username}`);
    if (user.disabled) throw new TamgaError('ACCOUNT_DISABLED');
    const now = deps.clock.now();
    const token = deps.random.token(32);
    const session: Session = {
      id: deps.random.id(),
      tokenHash: tokenHash(token),
      userId: user.id,
      kind: 'api',
      csrfToken: deps.random.token(24),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
      revokedAt: null,
    };
    await tx.sessions.insert(session);
    await recordEvent(tx, deps, {
      ...actorEvent(null, 'auth.local_session', { targetType: 'session', targetId: session.id, details: { via: 'cli --data-dir' } }),
      actorId: user.id,
      actorName: user.username,
    });
    return { token };
  });
}
