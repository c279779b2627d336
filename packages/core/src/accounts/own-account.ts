// What a signed-in person does to their own account: change the password, set up or remove TOTP.
import type { Actor } from '../actor';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { actorEvent, recordEvent } from '../record-event';
import type { Tx } from '../ports';
import type { User } from '../user';
import { assertStrongPassword } from './password-policy';

async function currentUser(tx: Tx, actor: Actor): Promise<User> {
  const user = await tx.users.byId(actor.userId);
  if (!user) throw new TamgaError('UNAUTHENTICATED');
  return user;
}

export async function changePassword(deps: Deps, actor: Actor, props: { currentPassword: string; newPassword: string }): Promise<void> {
  const failure = await deps.store.transaction(async (tx) => {
    const user = await currentUser(tx, actor);
    if (!(await deps.hasher.verify(user.passwordHash, props.currentPassword))) {
      await recordEvent(tx, deps, actorEvent(actor, 'user.password_change_failed', { targetType: 'user', targetId: user.id }));
      return new TamgaError('INVALID_CREDENTIALS', 'The current password is wrong');
    }
    if (props.currentPassword === props.newPassword) return new TamgaError('PASSWORD_REUSED');
    assertStrongPassword(props.newPassword, user.username);
    const now = deps.clock.now().toISOString();
    await tx.users.update({ ...user, passwordHash: await deps.hasher.hash(props.newPassword), mustChangePassword: false, updatedAt: now });
    await recordEvent(tx, deps, actorEvent(actor, 'user.password_changed', { targetType: 'user', targetId: user.id }));
    return null;
  });
  if (failure) throw failure;
}

/** Step one of TOTP enrolment: a new secret is stored but not enforced until a code proves the app has it. */
export async function beginTotpSetup(deps: Deps, actor: Actor): Promise<{ secret: string; uri: string }> {
  if (actor.mustChangePassword) throw new TamgaError('PASSWORD_CHANGE_REQUIRED');
  return deps.store.transaction(async (tx) => {
    const user = await currentUser(tx, actor);
    const secret = deps.totp.generateSecret();
    await tx.users.update({ ...user, totpSecret: secret, totpEnabled: false, updatedAt: deps.clock.now().toISOString() });
    await recordEvent(tx, deps, actorEvent(actor, 'user.totp_setup_started', { targetType: 'user', targetId: user.id }));
    return { secret, uri: deps.totp.uri(secret, user.username) };
  });
}

export async function confirmTotp(deps: Deps, actor: Actor, code: string): Promise<void> {
  const failure = await deps.store.transaction(async (tx) => {
    const user = await currentUser(tx, actor);
    if (!user.totpSecret || !(await deps.totp.verify(user.totpSecret, code, deps.clock.now()))) return new TamgaError('TOTP_INVALID');
    await tx.users.update({ ...user, totpEnabled: true, updatedAt: deps.clock.now().toISOString() });
    await recordEvent(tx, deps, actorEvent(actor, 'user.totp_enabled', { targetType: 'user', targetId: user.id }));
    return null;
  });
  if (failure) throw failure;
}

export async function disableTotp(deps: Deps, actor: Actor, password: string): Promise<void> {
  const failure = await deps.store.transaction(async (tx) => {
    const user = await currentUser(tx, actor);
    if (!(await deps.hasher.verify(user.passwordHash, password))) return new TamgaError('INVALID_CREDENTIALS', 'The password is wrong');
    await tx.users.update({ ...user, totpSecret: null, totpEnabled: false, updatedAt: deps.clock.now().toISOString() });
    await recordEvent(tx, deps, actorEvent(actor, 'user.totp_disabled', { targetType: 'user', targetId: user.id }));
    return null;
  });
  if (failure) throw failure;
}
