// Recording a legal authorisation (warrant, sanction, consent, emergency) against a case.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Authorization, AuthorizationScope, AuthorizationType, IssuerType, LegalBasis, Measure } from '../authorization';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { actorEvent, recordEvent } from '../record-event';

export interface RecordAuthorizationProps {
  type: AuthorizationType;
  number: string;
  issuerType: IssuerType;
  issuedBy: { body: string; name: string; country: string };
  issuedAt: string;
  validFrom: string;
  validUntil: string;
  measures: Measure[];
  scope: AuthorizationScope;
  legalBasis: LegalBasis[];
  grounds: string;
  conditions?: string[];
  /** Emergency provisional authorisations must be validated by this time (G7). */
  validationDue?: string;
  documentRef?: string;
  documentHash?: string;
}

export async function recordAuthorization(
  deps: Deps,
  actor: Actor,
  caseId: string,
  props: RecordAuthorizationProps,
): Promise<Authorization> {
  requirePermission(actor, 'authorizations.record');
  if (!props.legalBasis.some((b) => b.domesticProvision.trim())) throw new TamgaError('AUTH_LEGAL_BASIS_MISSING');
  if (Date.parse(props.validUntil) <= Date.parse(props.validFrom)) throw new TamgaError('AUTH_VALIDITY_INVERTED');
  if (props.scope.period && Date.parse(props.scope.period.to) < Date.parse(props.scope.period.from)) {
    throw new TamgaError('VALIDATION_FAILED', 'The period of the data ends before it starts');
  }
  if (props.measures.length === 0) throw new TamgaError('VALIDATION_FAILED', 'Name at least one measure the authorisation permits');
  const emergency = props.type === 'EMERGENCY_PROVISIONAL';
  if (emergency && !props.validationDue) {
    throw new TamgaError('VALIDATION_FAILED', 'An emergency provisional authorisation needs a validation deadline');
  }
  return deps.store.transaction(async (tx) => {
    const { record } = await loadCaseFor(tx, actor, caseId, 'contribute');
    if (record.status !== 'open') throw new TamgaError('CASE_NOT_OPEN');
    const authorization: Authorization = {
      id: deps.random.id(),
      caseId,
      type: props.type,
      number: props.number.trim(),
      issuerType: props.issuerType,
      issuedBy: props.issuedBy,
      issuedAt: props.issuedAt,
      validFrom: props.validFrom,
      validUntil: props.validUntil,
      measures: props.measures,
      scope: props.scope,
      legalBasis: props.legalBasis,
      grounds: props.grounds,
      conditions: props.conditions ?? [],
      validationDue: props.validationDue ?? null,
      validatedAt: null,
      revokedAt: null,
      documentRef: props.documentRef ?? null,
      documentHash: props.documentHash ?? null,
      recordedBy: actor.userId,
      recordedAt: deps.clock.now().toISOString(),
    };
    await tx.authorizations.insert(authorization);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'authorization.recorded', {
        caseId,
        targetType: 'authorization',
        targetId: authorization.id,
        authorizationId: authorization.id,
        details: {
          type: authorization.type,
          number: authorization.number,
          measures: authorization.measures,
          validFrom: authorization.validFrom,
          validUntil: authorization.validUntil,
          documentHash: authorization.documentHash,
        },
      }),
    );
    return authorization;
  });
}

/** The court or prosecutor confirmed an emergency provisional authorisation in time (G7), or it was revoked. */
export async function settleAuthorization(
  deps: Deps,
  actor: Actor,
  caseId: string,
  authorizationId: string,
  props: { outcome: 'validated' | 'revoked'; note: string },
): Promise<Authorization> {
  requirePermission(actor, 'authorizations.record');
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'contribute');
    const authorization = await tx.authorizations.byId(caseId, authorizationId);
    if (!authorization) throw new TamgaError('AUTHORIZATION_NOT_FOUND');
    if (authorization.revokedAt) throw new TamgaError('AUTH_REVOKED');
    const now = deps.clock.now().toISOString();
    const updated: Authorization =
      props.outcome === 'validated' ? { ...authorization, validatedAt: now } : { ...authorization, revokedAt: now };
    await tx.authorizations.update(updated);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, `authorization.${props.outcome}`, {
        caseId,
        targetType: 'authorization',
        targetId: authorizationId,
        authorizationId,
        justification: props.note,
      }),
    );
    return updated;
  });
}
