// Drafting: a new request (filled from the case, the authorisation and the directory where the user left
// gaps), changes while it is a DRAFT, and corrections, which are new drafts linked to the request they correct.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Authorization, LegalBasis } from '../authorization';
import type { Case } from '../case';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { Tx } from '../ports';
import { actorEvent, recordEvent } from '../record-event';
import type { Addressee, EvidenceRequest, RequestItem, Urgency } from './request';
import { loadRequestFor, saveRequest } from './request-access';
import type { AddresseeKind, ExtraField, RequestTypeCode } from './request-types';
import { REQUEST_TYPES } from './request-types';

/** What a user sends to create or change a draft; everything but the type may be filled in later. */
export interface RequestDraftInput {
  type?: RequestTypeCode;
  urgency?: Urgency;
  requestingAuthority?: EvidenceRequest['requestingAuthority'];
  addressee?: Partial<Omit<Addressee, 'reference'>> & { directoryId?: string; kind?: AddresseeKind };
  legalBasis?: LegalBasis[];
  authorizationId?: string;
  offence?: EvidenceRequest['offence'];
  necessityStatement?: string;
  proportionalityStatement?: string;
  lessIntrusiveAlternatives?: string;
  relationToOffence?: string;
  items?: Array<Omit<RequestItem, 'status'>>;
  confidentiality?: EvidenceRequest['confidentiality'];
  emergency?: EvidenceRequest['emergency'];
  extra?: Partial<Record<ExtraField, string>>;
  /** Requests this one follows (a preservation before a production or MLA); linked both ways. */
  linkedRequestIds?: string[];
  language?: string;
  translationAttached?: boolean;
  useRestrictions?: string[];
  /** G8: null clears a stated risk. */
  privilegeRisk?: EvidenceRequest['privilegeRisk'] | null;
}

async function resolveAddressee(
  tx: Tx,
  input: RequestDraftInput['addressee'],
  type: RequestTypeCode,
  current?: Addressee,
): Promise<Addressee> {
  const base: Addressee = current ?? { kind: REQUEST_TYPES[type].addresseeKinds[0]!, name: '', country: '', channel: 'EMAIL' };
  if (!input) return base;
  const entry = input.directoryId ? await tx.directory.byId(input.directoryId) : undefined;
  if (input.directoryId && !entry) throw new TamgaError('DIRECTORY_ENTRY_NOT_FOUND');
  // The directory fills what the user did not say; what the user said wins.
  const fromDirectory: Partial<Addressee> = entry
    ? {
        directoryId: entry.id,
        kind: entry.kind,
        name: entry.name,
        legalEntity: entry.legalEntity,
        country: entry.country,
        channel: entry.channel,
      }
    : {};
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<Addressee>;
  return { ...base, ...fromDirectory, ...given };
}

function defaultOffence(record: Case): EvidenceRequest['offence'] {
  const national = record.offences.filter((o) => o.framework === 'NATIONAL');
  return {
    codes: record.offences.map((o) => o.code),
    nationalArticle: national.map((o) => `${o.country ?? record.country} ${o.code}`).join('; '),
    summaryOfFacts: '',
  };
}

async function checkAuthorization(tx: Tx, caseId: string, id: string | undefined): Promise<Authorization | undefined> {
  if (!id) return undefined;
  const authorization = await tx.authorizations.byId(caseId, id);
  if (!authorization) throw new TamgaError('AUTHORIZATION_NOT_FOUND');
  return authorization;
}

/** Adds `id` to each linked request's links (links are bookkeeping: allowed on closed requests too). */
async function linkBack(tx: Tx, deps: Deps, actor: Actor, request: EvidenceRequest, others: string[]): Promise<void> {
  for (const otherId of others) {
    const other = await tx.requests.byId(request.caseId, otherId);
    if (!other || otherId === request.id) throw new TamgaError('REQUEST_LINK_INVALID', `No request ${otherId} in this case to link to`);
    if (other.linkedRequestIds.includes(request.id)) continue;
    const followsPreservation = other.preservation && !REQUEST_TYPES[request.type].preservation && !other.preservation.followUpRequestId;
    await saveRequest(
      tx,
      deps,
      actor,
      {
        ...other,
        linkedRequestIds: [...other.linkedRequestIds, request.id],
        ...(followsPreservation ? { preservation: { ...other.preservation!, followUpRequestId: request.id } } : {}),
      },
      'request.linked',
      { linkedRequestId: request.id, linkedReference: request.reference },
    );
  }
}

function applyInput(request: EvidenceRequest, input: RequestDraftInput): EvidenceRequest {
  const { addressee: _a, linkedRequestIds: _l, items, type: _t, privilegeRisk, ...rest } = input;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<EvidenceRequest>;
  const updated: EvidenceRequest = {
    ...request,
    ...defined,
    extra: input.extra ? { ...request.extra, ...input.extra } : request.extra,
    ...(items ? { items: items.map((i) => ({ ...i, status: 'PENDING' as const })) } : {}),
  };
  if (privilegeRisk === null) delete updated.privilegeRisk;
  else if (privilegeRisk) {
    const note = privilegeRisk.note?.trim();
    updated.privilegeRisk = { kind: privilegeRisk.kind, ...(note ? { note } : {}) };
  }
  return updated;
}

export async function createRequest(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: RequestDraftInput & { type: RequestTypeCode },
): Promise<EvidenceRequest> {
  requirePermission(actor, 'requests.draft');
  return deps.store.transaction(async (tx) => {
    const { record } = await loadCaseFor(tx, actor, caseId, 'contribute');
    if (record.status !== 'open') throw new TamgaError('CASE_NOT_OPEN');
    const authorization = await checkAuthorization(tx, caseId, input.authorizationId);
    const user = await tx.users.byId(actor.userId);
    const now = deps.clock.now().toISOString();
    const number = (await tx.requests.countForCase(caseId)) + 1;
    const type = REQUEST_TYPES[input.type];
    const blank: EvidenceRequest = {
      id: deps.random.id(),
      caseId,
      reference: `${record.reference}/REQ-${number}`,
      type: input.type,
      urgency: type.emergency ? 'EMERGENCY' : 'ROUTINE',
      status: 'DRAFT',
      requestingAuthority: { name: '', country: record.country, unit: '', officer: { name: user?.displayName ?? actor.username } },
      addressee: await resolveAddressee(tx, input.addressee, input.type),
      // The authorisation's own bases (with their domestic provisions) are the natural start.
      legalBasis: authorization?.legalBasis ?? [],
      authorizationId: authorization?.id ?? '',
      offence: defaultOffence(record),
      necessityStatement: '',
      proportionalityStatement: '',
      relationToOffence: '',
      items: [],
      confidentiality: { nonDisclosureRequested: type.requiresNonDisclosure },
      extra: {},
      linkedRequestIds: [...new Set(input.linkedRequestIds ?? [])],
      language: 'en',
      translationAttached: false,
      timers: [],
      productions: [],
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
    };
    const request = applyInput(blank, input);
    await tx.requests.insert(request);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'request.created', {
        caseId,
        targetType: 'request',
        targetId: request.id,
        authorizationId: request.authorizationId || null,
        details: { reference: request.reference, type: request.type, addressee: request.addressee.name, items: request.items.length },
      }),
    );
    await linkBack(tx, deps, actor, request, request.linkedRequestIds);
    return request;
  });
}

export async function updateDraft(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  input: RequestDraftInput,
): Promise<EvidenceRequest> {
  requirePermission(actor, 'requests.draft');
  return deps.store.transaction(async (tx) => {
    const { request } = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
    if (request.status !== 'DRAFT') {
      throw new TamgaError('REQUEST_TRANSITION', `${request.reference} is ${request.status}; only a draft can be changed`);
    }
    if (input.type && input.type !== request.type)
      throw new TamgaError('VALIDATION_FAILED', 'The type of a request does not change; create a new one');
    if (input.authorizationId !== undefined) await checkAuthorization(tx, caseId, input.authorizationId);
    const addressee = await resolveAddressee(tx, input.addressee, request.type, request.addressee);
    const newLinks = (input.linkedRequestIds ?? []).filter((id) => !request.linkedRequestIds.includes(id));
    const updated: EvidenceRequest = {
      ...applyInput(request, input),
      addressee,
      linkedRequestIds: [...request.linkedRequestIds, ...new Set(newLinks)],
      updatedAt: deps.clock.now().toISOString(),
    };
    await saveRequest(tx, deps, actor, updated, 'request.updated', {
      fields: Object.keys(input).filter((k) => input[k as keyof RequestDraftInput] !== undefined),
    });
    await linkBack(tx, deps, actor, updated, newLinks);
    return updated;
  });
}

/** A correction: the old request stays as it was; a new DRAFT copies it and the two are linked. */
export async function correctRequest(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  props: { reason: string },
): Promise<EvidenceRequest> {
  requirePermission(actor, 'requests.draft');
  const reason = props.reason.trim();
  if (!reason) throw new TamgaError('VALIDATION_FAILED', 'Say what the correction is for');
  return deps.store.transaction(async (tx) => {
    const { request: old, access } = await loadRequestFor(tx, actor, caseId, requestId, 'contribute');
    if (access.record.status !== 'open') throw new TamgaError('CASE_NOT_OPEN');
    const now = deps.clock.now().toISOString();
    const number = (await tx.requests.countForCase(caseId)) + 1;
    const copy: EvidenceRequest = {
      ...old,
      id: deps.random.id(),
      reference: `${access.record.reference}/REQ-${number}`,
      status: 'DRAFT',
      addressee: { ...old.addressee, reference: undefined },
      items: old.items.map((i) => ({ ...i, status: 'PENDING' })),
      linkedRequestIds: [old.id],
      correctsRequestId: old.id,
      timers: [],
      productions: [],
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
    };
    for (const key of [
      'preservation',
      'refusalReason',
      'outcomeNote',
      'sentDocument',
      'submittedBy',
      'approvals',
      'validation',
      'approvedBy',
      'approvedAt',
      'sentAt',
      'acknowledgedAt',
      'closedAt',
    ] as const) {
      delete copy[key];
    }
    delete copy.addressee.reference;
    await tx.requests.insert(copy);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'request.corrected', {
        caseId,
        targetType: 'request',
        targetId: copy.id,
        authorizationId: copy.authorizationId || null,
        justification: reason,
        details: { reference: copy.reference, corrects: old.reference, correctsRequestId: old.id },
      }),
    );
    await linkBack(tx, deps, actor, copy, [old.id]);
    return copy;
  });
}
