// A provider's production, taken in as evidence against the request it answers, and minimisation (G9).
//
// The rule: at intake the examiner names the files of the production that fall outside the request's items
// (another account, a window not asked for, a category not authorised). Those files are stored and hashed
// like the rest, with the same custody record, but carry a sequestration: processing skips them, so they
// yield no artefacts, no entities and no search documents, and their bytes cannot be read. A supervisor then
// releases each one (processing starts) or disposes of it; every decision is a ledger event.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { EvidenceItem } from '../evidence-item';
import { ingestPath, type IngestProgress, type IngestProps, type IngestResult } from '../evidence/ingest';
import { enqueueProcessing } from '../processing/process-job';
import { actorEvent, recordEvent } from '../record-event';
import type { Channel, EvidenceRequest, ProductionRecord } from './request';
import { loadRequestFor, saveRequest } from './request-access';
import { REQUEST_TYPES } from './request-types';

export interface ReceiveProductionProps {
  path: string;
  providerReference: string;
  channel?: Channel;
  receivedAt?: string;
  /** Files outside the request's scope: paths relative to the production folder (or the file's name). */
  outOfScope?: string[];
  outOfScopeReason?: string;
  exhibitNumber?: string;
  recordAs?: IngestProps['recordAs'];
}

const RECEIVING = ['SENT', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED'];

const normalise = (path: string) => path.replace(/\\/g, '/').replace(/^\.?\/+/, '');

export async function receiveProduction(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: ReceiveProductionProps,
  onProgress?: (progress: IngestProgress) => void,
): Promise<{ request: EvidenceRequest; intake: IngestResult; sequestered: EvidenceItem[] }> {
  requirePermission(actor, 'evidence.ingest');
  if (!props.providerReference.trim()) throw new TamgaError('VALIDATION_FAILED', 'Give the provider’s reference of the production');
  const request = await deps.store.transaction(async (tx) => {
    const loaded = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
    const r = loaded.request;
    if (!REQUEST_TYPES[r.type].producesData || !RECEIVING.includes(r.status)) {
      throw new TamgaError(
        'REQUEST_NO_PRODUCTION',
        `${r.reference} is a ${r.type} in status ${r.status}: no production is taken in against it`,
      );
    }
    return r;
  });
  const outOfScope = new Set((props.outOfScope ?? []).map(normalise));
  const reason = props.outOfScopeReason?.trim() || `Outside the items of request ${request.reference}`;
  const receivedAt = props.receivedAt ?? deps.clock.now().toISOString();
  const channel = props.channel ?? request.addressee.channel;
  const intake = await ingestPath(
    deps,
    actor,
    caseId,
    {
      path: props.path,
      production: true,
      measure: REQUEST_TYPES[request.type].measure,
      authorizationId: request.authorizationId,
      ...(props.exhibitNumber ? { exhibitNumber: props.exhibitNumber } : {}),
      ...(props.recordAs ? { recordAs: props.recordAs } : {}),
      acquisition: {
        method: 'PROVIDER_PRODUCTION',
        production: {
          provider: request.addressee.name,
          reference: props.providerReference.trim(),
          channel,
          receivedAt,
          requestId: request.id,
        },
      },
      sequester: (path) => (outOfScope.has(normalise(path)) ? { state: 'SEQUESTERED', requestId: request.id, reason } : null),
    },
    onProgress,
  );
  const sequestered = intake.files.filter((f) => f.sequestration?.state === 'SEQUESTERED');
  const unknown = [...outOfScope].filter((p) => !intake.files.some((f) => normalise(f.parentId ? f.originalPath : f.name) === p));
  const updated = await deps.store.transaction(async (tx) => {
    const current = (await tx.requests.byId(caseId, requestId)) as EvidenceRequest;
    const record: ProductionRecord = {
      itemId: intake.root.id,
      exhibitNumber: intake.root.exhibitNumber,
      providerReference: props.providerReference.trim(),
      channel,
      receivedAt,
      files: intake.files.length,
      sequestered: sequestered.length,
    };
    const productions = [...current.productions.filter((p) => p.itemId !== record.itemId), record];
    return saveRequest(
      tx,
      deps,
      actor,
      { ...current, productions, updatedAt: deps.clock.now().toISOString() },
      'request.production_received',
      {
        ...record,
        ...(unknown.length ? { outOfScopeNotFound: unknown } : {}),
      },
    );
  });
  return { request: updated, intake, sequestered };
}

/** A supervisor's decision on a sequestered file: release it into processing, or dispose of it. */
export async function decideSequestration(
  deps: Deps,
  actor: Actor,
  caseId: string,
  itemId: string,
  props: { decision: 'release' | 'dispose'; note: string },
): Promise<EvidenceItem> {
  requirePermission(actor, props.decision === 'release' ? 'requests.approve' : 'evidence.dispose');
  const note = props.note.trim();
  if (!note) throw new TamgaError('JUSTIFICATION_REQUIRED', 'State the reason for the decision');
  const item = await deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'contribute');
    const found = await tx.evidence.byId(caseId, itemId);
    if (!found) throw new TamgaError('EVIDENCE_NOT_FOUND');
    if (found.sequestration?.state !== 'SEQUESTERED') throw new TamgaError('NOT_SEQUESTERED');
    if (props.decision === 'release') {
      // G7: data of an emergency request that was never validated stays quarantined; it may only be disposed of.
      const source = await tx.requests.byId(caseId, found.sequestration.requestId);
      if (source?.validation?.state === 'LAPSED') {
        throw new TamgaError('REQUEST_TERMINAL', `${source.reference} was not validated in time; its data may only be disposed of`);
      }
    }
    const now = deps.clock.now().toISOString();
    const updated: EvidenceItem = {
      ...found,
      sequestration: {
        ...found.sequestration,
        state: props.decision === 'release' ? 'RELEASED' : 'DISPOSED',
        decidedAt: now,
        decidedBy: actor.userId,
        note,
      },
      // Disposal is a custody fact too: the item can no longer be read, processed or acted on.
      ...(props.decision === 'dispose' ? { custody: { ...found.custody, disposedAt: now } } : {}),
    };
    await tx.evidence.update(updated);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, props.decision === 'release' ? 'evidence.sequestration_released' : 'evidence.sequestration_disposed', {
        caseId,
        targetType: 'evidence',
        targetId: itemId,
        authorizationId: found.authorizationId,
        justification: note,
        details: { exhibitNumber: found.exhibitNumber, requestId: found.sequestration.requestId, sha256: found.digests?.sha256 ?? null },
      }),
    );
    return updated;
  });
  // After the commit, as at intake: a crash in between leaves an unqueued item that `tamga process` picks up.
  if (props.decision === 'release') await enqueueProcessing(deps.jobs, { caseId, itemId, force: true });
  return item;
}

/** The files of a case awaiting a sequestration decision. */
export async function listSequestered(deps: Deps, actor: Actor, caseId: string): Promise<EvidenceItem[]> {
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const all = (await tx.evidence.listForCase(caseId)).filter((item) => item.sequestration?.state === 'SEQUESTERED');
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'evidence.sequestered_listed', { caseId, targetType: 'case', targetId: caseId, details: { count: all.length } }),
    );
    return all;
  });
}
