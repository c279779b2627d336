// Case membership: the lead (or an administrator, never for themselves) decides who may see a case.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission, type CaseAccess } from '../access';
import type { CaseMember } from '../case';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { Tx } from '../ports';
import { actorEvent, recordEvent } from '../record-event';
import { roleAllows, type AccessLevel } from '../roles';

export interface MemberView extends CaseMember {
  username: string;
  displayName: string;
  role: string;
}

export async function listMembers(deps: Deps, actor: Actor, caseId: string): Promise<MemberView[]> {
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const views = await memberViews(tx, caseId);
    await recordEvent(tx, deps, actorEvent(actor, 'case.members_viewed', { caseId, targetType: 'case', targetId: caseId }));
    return views;
  });
}

async function memberViews(tx: Tx, caseId: string): Promise<MemberView[]> {
  const members = await tx.cases.members(caseId);
  const views: MemberView[] = [];
  for (const member of members) {
    const user = await tx.users.byId(member.userId);
    views.push({ ...member, username: user?.username ?? '?', displayName: user?.displayName ?? '?', role: user?.role ?? '?' });
  }
  return views;
}

/** Leads manage members of their case; an administrator may manage any case's members but not add themselves. */
async function loadForMembership(tx: Tx, actor: Actor, caseId: string, targetUserId: string): Promise<CaseAccess['record']> {
  const membership = await tx.cases.membership(caseId, actor.userId);
  if (membership || actor.role !== 'admin') return (await loadCaseFor(tx, actor, caseId, 'lead')).record;
  requirePermission(actor, 'cases.administer');
  if (targetUserId === actor.userId) throw new TamgaError('SELF_MEMBERSHIP_FORBIDDEN');
  const record = await tx.cases.byId(caseId);
  if (!record) throw new TamgaError('CASE_NOT_FOUND');
  return record;
}

async function assertKeepsALead(tx: Tx, caseId: string, userId: string, newLevel: AccessLevel | null): Promise<void> {
  const members = await tx.cases.members(caseId);
  const leadsAfter = members.filter((m) => (m.userId === userId ? newLevel === 'lead' : m.level === 'lead'));
  if (leadsAfter.length === 0) throw new TamgaError('LAST_LEAD');
}

export async function setMember(
  deps: Deps,
  actor: Actor,
  caseId: string,
  props: { userId: string; level: AccessLevel },
): Promise<MemberView[]> {
  return deps.store.transaction(async (tx) => {
    const record = await loadForMembership(tx, actor, caseId, props.userId);
    const user = await tx.users.byId(props.userId);
    if (!user) throw new TamgaError('USER_NOT_FOUND');
    if (!roleAllows(user.role, 'case.membership')) {
      throw new TamgaError('MEMBER_ROLE_NOT_ALLOWED', `A user with the role ${user.role} cannot be a case member`);
    }
    if (user.role === 'trainee' && !record.training) {
      throw new TamgaError('TRAINING_ONLY', 'Trainees can be added only to training cases');
    }
    const existing = await tx.cases.membership(caseId, user.id);
    if (existing?.level === props.level) return memberViews(tx, caseId);
    if (existing) await assertKeepsALead(tx, caseId, user.id, props.level);
    const now = deps.clock.now().toISOString();
    await tx.cases.upsertMember({
      caseId,
      userId: user.id,
      level: props.level,
      addedAt: existing?.addedAt ?? now,
      addedBy: existing?.addedBy ?? actor.userId,
    });
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, existing ? 'case.member_level_changed' : 'case.member_added', {
        caseId,
        targetType: 'user',
        targetId: user.id,
        details: existing
          ? { from: existing.level, to: props.level, username: user.username }
          : { level: props.level, username: user.username },
      }),
    );
    return memberViews(tx, caseId);
  });
}

export async function removeMember(deps: Deps, actor: Actor, caseId: string, userId: string): Promise<MemberView[]> {
  return deps.store.transaction(async (tx) => {
    await loadForMembership(tx, actor, caseId, userId);
    const existing = await tx.cases.membership(caseId, userId);
    if (!existing) throw new TamgaError('USER_NOT_FOUND', 'That user is not a member of this case');
    await assertKeepsALead(tx, caseId, userId, null);
    await tx.cases.removeMember(caseId, userId);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'case.member_removed', { caseId, targetType: 'user', targetId: userId, details: { level: existing.level } }),
    );
    return memberViews(tx, caseId);
  });
}
