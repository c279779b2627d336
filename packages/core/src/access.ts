// Need-to-know policy: role permissions plus case membership. A case a person may not see does not exist for them.
import type { Actor } from './actor';
import type { Case, CaseMember } from './case';
import { TamgaError } from './errors';
import type { Tx } from './ports';
import { levelAtLeast, roleAllows, type AccessLevel, type Permission } from './roles';

export function requirePermission(actor: Actor, permission: Permission): void {
  if (actor.mustChangePassword) throw new TamgaError('PASSWORD_CHANGE_REQUIRED');
  if (!roleAllows(actor.role, permission)) {
    throw new TamgaError('ROLE_FORBIDDEN', `The role ${actor.role} does not allow ${permission}`);
  }
}

export function requireSignedIn(actor: Actor): void {
  if (actor.mustChangePassword) throw new TamgaError('PASSWORD_CHANGE_REQUIRED');
}

export interface CaseAccess {
  record: Case;
  membership: CaseMember;
}

/** Loads a case for a member; everyone else is told it does not exist, whatever their role. */
export async function loadCaseFor(tx: Tx, actor: Actor, caseId: string, needed: AccessLevel): Promise<CaseAccess> {
  requireSignedIn(actor);
  const membership = await tx.cases.membership(caseId, actor.userId);
  const record = membership ? await tx.cases.byId(caseId) : undefined;
  if (!membership || !record || !roleAllows(actor.role, 'case.content.read')) throw new TamgaError('CASE_NOT_FOUND');
  if (!levelAtLeast(membership.level, needed)) {
    throw new TamgaError('ACCESS_LEVEL_TOO_LOW', `This needs ${needed} access; you have ${membership.level}`);
  }
  return { record, membership };
}
