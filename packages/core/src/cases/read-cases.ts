// Reading cases: members see their own; an administrator sees only what administration needs.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission, requireSignedIn } from '../access';
import type { Case, CaseStatus } from '../case';
import type { Deps } from '../deps';
import { actorEvent, recordEvent } from '../record-event';
import type { AccessLevel } from '../roles';

export interface CaseSummary {
  case: Case;
  myLevel: AccessLevel;
}

export async function listCases(deps: Deps, actor: Actor): Promise<CaseSummary[]> {
  requireSignedIn(actor);
  return deps.store.transaction(async (tx) => {
    // Roles without content access never see case records, even if somehow listed as members.
    const rows = actor.role === 'auditor' ? [] : await tx.cases.listForMember(actor.userId);
    await recordEvent(tx, deps, actorEvent(actor, 'cases.listed', { details: { count: rows.length } }));
    return rows.map((row) => ({ case: row.case, myLevel: row.level }));
  });
}

export interface CaseDetail {
  case: Case;
  myLevel: AccessLevel;
  memberCount: number;
  authorizationCount: number;
}

export async function getCase(deps: Deps, actor: Actor, caseId: string, justification?: string): Promise<CaseDetail> {
  return deps.store.transaction(async (tx) => {
    const { record, membership } = await loadCaseFor(tx, actor, caseId, 'read');
    const [members, authorizations] = await Promise.all([tx.cases.members(caseId), tx.authorizations.listForCase(caseId)]);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'case.viewed', { caseId, targetType: 'case', targetId: caseId, justification: justification ?? null }),
    );
    return { case: record, myLevel: membership.level, memberCount: members.length, authorizationCount: authorizations.length };
  });
}

export interface AdminCaseView {
  id: string;
  reference: string;
  status: CaseStatus;
  training: boolean;
  members: Array<{ userId: string; username: string; level: AccessLevel }>;
}

/** DOMAIN.md §9: an administrator sees reference, status and members, never title, description or content. */
export async function adminListCases(deps: Deps, actor: Actor): Promise<AdminCaseView[]> {
  requirePermission(actor, 'cases.administer');
  return deps.store.transaction(async (tx) => {
    const cases = await tx.cases.listAll();
    const users = new Map((await tx.users.list()).map((u) => [u.id, u.username]));
    const views: AdminCaseView[] = [];
    for (const record of cases) {
      const members = await tx.cases.members(record.id);
      views.push({
        id: record.id,
        reference: record.reference,
        status: record.status,
        training: record.training,
        members: members.map((m) => ({ userId: m.userId, username: users.get(m.userId) ?? '?', level: m.level })),
      });
    }
    await recordEvent(tx, deps, actorEvent(actor, 'cases.administered_list', { details: { count: views.length } }));
    return views;
  });
}
