// Account creation by an administrator, and the first administrator of a new instance.
import type { Actor } from '../actor';
import { requirePermission } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { Tx } from '../ports';
import { actorEvent, recordEvent } from '../record-event';
import type { Role } from '../roles';
import { USERNAME_PATTERN, viewUser, type User, type UserView } from '../user';
import { assertStrongPassword, oneTimePassword } from './password-policy';

export interface CreateUserProps {
  username: string;
  displayName: string;
  role: Role;
  /** Omit to generate a one-time password that must be changed at first sign-in. */
  password?: string;
}

export interface CreatedUser {
  user: UserView;
  oneTimePassword: string | null;
}

async function insertUser(tx: Tx, deps: Deps, props: CreateUserProps): Promise<{ user: User; oneTime: string | null }> {
  const username = props.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    throw new TamgaError('VALIDATION_FAILED', 'A user name is 2–63 lower-case letters, digits, dots, dashes or underscores');
  }
  if (await tx.users.byUsername(username)) throw new TamgaError('USERNAME_TAKEN');
  const oneTime = props.password === undefined ? oneTimePassword(deps.random) : null;
  const password = props.password ?? (oneTime as string);
  if (props.password !== undefined) assertStrongPassword(password, username);
  const now = deps.clock.now().toISOString();
  const user: User = {
    id: deps.random.id(),
    username,
    displayName: props.displayName.trim() || username,
    role: props.role,
    passwordHash: await deps.hasher.hash(password),
    mustChangePassword: oneTime !== null,
    totpSecret: null,
    totpEnabled: false,
    disabled: false,
    failedLogins: 0,
    lockedUntil: null,
    createdAt: now,
    updatedAt: now,
  };
  await tx.users.insert(user);
  return { user, oneTime };
}

export async function createUser(deps: Deps, actor: Actor, props: CreateUserProps): Promise<CreatedUser> {
  requirePermission(actor, 'users.manage');
  return deps.store.transaction(async (tx) => {
    const { user, oneTime } = await insertUser(tx, deps, props);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'user.created', { targetType: 'user', targetId: user.id, details: { username: user.username, role: user.role } }),
    );
    return { user: viewUser(user), oneTimePassword: oneTime };
  });
}

/** Creates the first administrator when the instance has no accounts yet; otherwise does nothing. */
export async function bootstrapAdmin(deps: Deps, props: { username?: string; password?: string }): Promise<CreatedUser | null> {
  return deps.store.transaction(async (tx) => {
    await tx.ledger.lockHead();
    if ((await tx.users.count()) > 0) return null;
    const { user, oneTime } = await insertUser(tx, deps, {
      username: props.username ?? 'admin',
      displayName: 'Administrator',
      role: 'admin',
      ...(props.password !== undefined ? { password: props.password } : {}),
    });
    await recordEvent(
      tx,
      deps,
      actorEvent(null, 'instance.initialised', {
        targetType: 'user',
        targetId: user.id,
        details: { username: user.username, role: 'admin', signingKeyId: deps.signer.keyId },
      }),
    );
    return { user: viewUser(user), oneTimePassword: oneTime };
  });
}
