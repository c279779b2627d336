// Integrity incidents: a hash mismatch blocks the item until a supervisor resolves it.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { EvidenceItem, IntegrityIncident } from '../evidence-item';
import type { LedgerDeps } from '../record-event';
import { actorEvent, recordEvent } from '../record-event';
import type { Tx } from '../ports';

export async function openIncidentIn(
  tx: Tx,
  deps: LedgerDeps & Pick<Deps, 'random'>,
  actor: Actor,
  item: EvidenceItem,
  props: { found: string | null; context: string },
): Promise<IntegrityIncident> {
  const incident: IntegrityIncident = {
    id: deps.random.id(),
    caseId: item.caseId,
    itemId: item.id,
    openedAt: deps.clock.now().toISOString(),
    openedBy: actor.userId,
    expectedSha256: item.digests?.sha256 ?? '',
    foundSha256: props.found,
    context: props.context,
    resolvedAt: null,
    resolvedBy: null,
    resolution: null,
  };
  await tx.evidence.insertIncident(incident);
  const current = (await tx.evidence.byId(item.caseId, item.id)) ?? item;
  await tx.evidence.update({ ...current, custody: { ...current.custody, openIncidentId: incident.id } });
  await recordEvent(
    tx,
    deps,
    actorEvent(actor, 'integrity.incident_opened', {
      caseId: item.caseId,
      targetType: 'evidence',
      targetId: item.id,
      details: { incidentId: incident.id, expectedSha256: incident.expectedSha256, foundSha256: props.found, context: props.context },
    }),
  );
  return incident;
}

/** Only a supervisor closes an incident, stating what was found and done. */
export async function resolveIncident(
  deps: Deps,
  actor: Actor,
  caseId: string,
  incidentId: string,
  resolution: string,
): Promise<IntegrityIncident> {
  requirePermission(actor, 'incidents.resolve');
  if (!resolution.trim()) throw new TamgaError('VALIDATION_FAILED', 'Describe how the incident was resolved');
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'contribute');
    const incident = await tx.evidence.incident(caseId, incidentId);
    if (!incident) throw new TamgaError('INCIDENT_NOT_FOUND');
    if (incident.resolvedAt) return incident;
    const resolved = { ...incident, resolvedAt: deps.clock.now().toISOString(), resolvedBy: actor.userId, resolution: resolution.trim() };
    await tx.evidence.updateIncident(resolved);
    const item = await tx.evidence.byId(caseId, incident.itemId);
    if (item && item.custody.openIncidentId === incident.id) {
      // Another unresolved incident on the same item keeps it blocked.
      const stillOpen = (await tx.evidence.incidentsForCase(caseId)).find(
        (i) => i.itemId === item.id && i.id !== incident.id && !i.resolvedAt,
      );
      await tx.evidence.update({ ...item, custody: { ...item.custody, openIncidentId: stillOpen?.id ?? null } });
    }
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'integrity.incident_resolved', {
        caseId,
        targetType: 'evidence',
        targetId: incident.itemId,
        justification: resolved.resolution,
        details: { incidentId },
      }),
    );
    return resolved;
  });
}

/** What processing (parsers, exports) calls before it touches an item's bytes. */
export function assertProcessable(item: EvidenceItem): void {
  if (item.custody.disposedAt) throw new TamgaError('ITEM_DISPOSED');
  if (item.custody.openIncidentId) throw new TamgaError('INTEGRITY_INCIDENT_OPEN');
}
