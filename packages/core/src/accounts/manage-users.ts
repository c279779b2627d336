// Administration of existing accounts: list, change role or name, disable, reset password, unlock.
import type { Actor } from '../actor';
import { requirePermission, requireSignedIn } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { actorEvent, recordEvent } from '../record-event';
import type { Role } from '../roles';
import { viewUser, type UserView } from '../user';
import { oneTimePassword } from './password-policy';

export async function listUsers(deps: Deps, actor: Actor): Promise<UserView[]> {
  requirePermission(actor, 'users.manage');
  return deps.store.transaction(async (tx) => (await tx.users.list()).map(viewUser));
}

export interface UpdateUserProps {
  displayName?: string;
  role?: Role;
  disabled?: boolean;
}

export async function updateUser(deps: Deps, actor: Actor, userId: string, props: UpdateUserProps): Promise<UserView> {
  requirePermission(actor, 'users.manage');
  return deps.store.transaction(async (tx) => {
    const user = await tx.users.byId(userId);
    if (!user) throw new TamgaError('USER_NOT_FOUND');
    if (user.id === actor.userId && (props.disabled === true || (props.role && props.role !== 'admin'))) {
      throw new TamgaError('ROLE_FORBIDDEN', 'You cannot disable yourself or give up your own administrator role');
    }
    const now = deps.clock.now().toISOString();
    const changes: Record<string, unknown> = {};
    if (props.displayName !== undefined && props.displayName !== user.displayName) changes.displayName = props.displayName;
    if (props.role !== undefined && props.role !== user.role) changes.role = { from: user.role, to: props.role };
    if (props.disabled !== undefined && props.disabled !== user.disabled) changes.disabled = props.disabled;
    const updated = {
      ...user,
      displayName: props.displayName ?? user.displayName,
      role: props.role ?? user.role,
      disabled: props.disabled ?? user.disabled,
      updatedAt: now,
    };
    await tx.users.update(updated);
    if (props.disabled === true || (props.role !== undefined && props.role !== user.role)) {
      await tx.sessions.revokeAllOf(user.id, now);
    }
    await recordEvent(tx, deps, actorEvent(actor, 'user.updated', { targetType: 'user', targetId: user.id, details: changes }));
    return viewUser(updated);
  });
}

/** An administrator's reset: a one-time password, every session ended, the lockout lifted. */
export async function resetPassword(deps: Deps, actor: Actor, userId: string): Promise<{ oneTimePassword: string }> {
  requirePermission(actor, 'users.manage');
  return deps.store.transaction(async (tx) => {
    const user = await tx.users.byId(userId);
    if (!user) throw new TamgaError('USER_NOT_FOUND');
    const password = oneTimePassword(deps.random);
    const now = deps.clock.now().toISOString();
    await tx.users.update({
      ...user,
      passwordHash: await deps.hasher.hash(password),
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
      updatedAt: now,
    });
    await tx.sessions.revokeAllOf(user.id, now);
    await recordEvent(tx, deps, actorEvent(actor, 'user.password_reset', { targetType: 'user', targetId: user.id }));
    return { oneTimePassword: password };
  });
}

export async function unlockUser(deps: Deps, actor: Actor, userId: string): Promise<UserView> {
  requirePermission(actor, 'users.manage');
  return deps.store.transaction(async (tx) => {
    const user = await tx.users.byId(userId);
    if (!user) throw new TamgaError('USER_NOT_FOUND');
    const updated = { ...user, failedLogins: 0, lockedUntil: null, updatedAt: deps.clock.now().toISOString() };
    await tx.users.update(updated);
    await recordEvent(tx, deps, actorEvent(actor, 'user.unlocked', { targetType: 'user', targetId: user.id }));
    return viewUser(updated);
  });
}

/** The directory: any signed-in person may find a colleague by user name, and learns only name and role. */
export async function findUser(
  deps: Deps,
  actor: Actor,
  username: string,
): Promise<{ id: string; username: string; displayName: string; role: Role }> {
  requireSignedIn(actor);
  const user = await deps.store.transaction((tx) => tx.users.byUsername(username.trim().toLowerCase()));
  if (!user || user.disabled) throw new TamgaError('USER_NOT_FOUND');
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}
