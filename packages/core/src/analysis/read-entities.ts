// Entities of a case with the hint "also in N other cases": by name for the cases the reader belongs to, and
// for the rest only a count (never a title, reference or member), with the way to ask for access.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Deps } from '../deps';
import type { EntityOccurrence, EntitySummary } from '../entity';
import { TamgaError } from '../errors';
import type { EntityListFilter, Tx } from '../ports';
import { actorEvent, recordEvent } from '../record-event';

export interface CrossCaseHint {
  /** Other cases holding the entity that the reader is a member of. */
  cases: Array<{ id: string; reference: string; title: string }>;
  /** How many other cases hold it that the reader may not see. */
  others: number;
}

export interface EntityView extends EntitySummary {
  alsoIn: CrossCaseHint;
}

async function hints(tx: Tx, actor: Actor, caseId: string, entities: EntitySummary[]): Promise<Map<string, CrossCaseHint>> {
  const byKey = new Map<string, CrossCaseHint>(entities.map((e) => [e.key, { cases: [], others: 0 }]));
  const valid = entities.filter((e) => e.valid).map((e) => e.key);
  if (valid.length === 0) return byKey;
  const memberOf = new Map<string, { id: string; reference: string; title: string } | null>();
  for (const { key, caseId: other } of await tx.analysis.casesWith(valid, caseId)) {
    if (!memberOf.has(other)) {
      const membership = await tx.cases.membership(other, actor.userId);
      const record = membership ? await tx.cases.byId(other) : undefined;
      memberOf.set(other, record ? { id: record.id, reference: record.reference, title: record.title } : null);
    }
    const hint = byKey.get(key)!;
    const seen = memberOf.get(other);
    if (seen) hint.cases.push(seen);
    else hint.others++;
  }
  return byKey;
}

export async function listEntities(
  deps: Deps,
  actor: Actor,
  caseId: string,
  filter: Partial<EntityListFilter> = {},
): Promise<EntityView[]> {
  requirePermission(actor, 'case.content.read');
  const limit = Math.min(Math.max(filter.limit ?? 100, 1), 1000);
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const entities = await tx.analysis.listEntities(caseId, { ...filter, limit });
    const byKey = await hints(tx, actor, caseId, entities);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'entities.listed', {
        caseId,
        details: { filter: JSON.parse(JSON.stringify({ ...filter, limit })) as Record<string, unknown>, returned: entities.length },
      }),
    );
    return entities.map((e) => ({ ...e, alsoIn: byKey.get(e.key)! }));
  });
}

export async function getEntity(
  deps: Deps,
  actor: Actor,
  caseId: string,
  key: string,
  page: { limit?: number; offset?: number } = {},
): Promise<{ entity: EntityView; occurrences: EntityOccurrence[] }> {
  requirePermission(actor, 'case.content.read');
  const limit = Math.min(Math.max(page.limit ?? 100, 1), 1000);
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const entity = await tx.analysis.entity(caseId, key);
    if (!entity) throw new TamgaError('ENTITY_NOT_FOUND');
    const occurrences = await tx.analysis.occurrences(caseId, key, limit, Math.max(page.offset ?? 0, 0));
    const hint = (await hints(tx, actor, caseId, [entity])).get(key)!;
    await recordEvent(tx, deps, actorEvent(actor, 'entity.viewed', { caseId, targetType: 'entity', targetId: key }));
    return { entity: { ...entity, alsoIn: hint }, occurrences };
  });
}

/** The entities found in one artefact, for its detail view. */
export async function artifactEntities(deps: Deps, actor: Actor, caseId: string, artifactId: string): Promise<EntityOccurrence[]> {
  requirePermission(actor, 'case.content.read');
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const artifact = await tx.artifacts.byId(caseId, artifactId);
    if (!artifact) throw new TamgaError('ARTIFACT_NOT_FOUND');
    return tx.analysis.occurrencesForArtifact(artifactId);
  });
}

export async function analysisSummary(
  deps: Deps,
  actor: Actor,
  caseId: string,
): Promise<{ items: number; failed: number; occurrences: number }> {
  requirePermission(actor, 'case.content.read');
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    return tx.analysis.counts(caseId);
  });
}
