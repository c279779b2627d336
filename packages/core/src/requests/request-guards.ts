// The guards of DOMAIN.md §3.4 and §4.5 as pure functions: each returns what is wrong, in words a reviewer
// can act on, and the use cases turn that into a coded error. No I/O here, so every guard is unit-tested.
import { checkAuthorization, type Authorization, type ScopeFailure } from '../authorization';
import { isTerminal, type EvidenceRequest, type RequestStatus } from './request';
import { countryRule, SEVERE_CATEGORIES, type CountryRule } from './request-rules';
import { REQUEST_TYPES } from './request-types';

const blank = (value: string | undefined | null) => !value || !value.trim();

/** Instruments the five states are not believed to be Party to (DOMAIN.md §4.2): never a legal basis on their own. */
const MODEL_ONLY_INSTRUMENTS = ['BUDAPEST', 'BUDAPEST_2AP', 'EU_2023_1543'];

/** DRAFT → IN_REVIEW: the common fields (§4.4) and the type's own fields (§4.3); empty when complete. */
export function missingFields(request: EvidenceRequest): string[] {
  const type = REQUEST_TYPES[request.type];
  const missing: string[] = [];
  const need = (ok: boolean, field: string) => {
    if (!ok) missing.push(field);
  };
  const authority = request.requestingAuthority;
  need(!blank(authority.name), 'requestingAuthority.name');
  need(!blank(authority.country), 'requestingAuthority.country');
  need(!blank(authority.unit), 'requestingAuthority.unit');
  need(!blank(authority.officer.name), 'requestingAuthority.officer.name');
  need(!blank(request.addressee.name), 'addressee.name');
  need(!blank(request.addressee.country), 'addressee.country');
  if (!type.addresseeKinds.includes(request.addressee.kind)) {
    missing.push(`addressee.kind (a ${request.type} goes to ${type.addresseeKinds.join(' or ')}, not ${request.addressee.kind})`);
  }
  need(request.legalBasis.length > 0, 'legalBasis');
  request.legalBasis.forEach((basis, i) => need(!blank(basis.domesticProvision), `legalBasis[${i}].domesticProvision`));
  if (request.legalBasis.length > 0 && request.legalBasis.every((b) => MODEL_ONLY_INSTRUMENTS.includes(b.instrument))) {
    missing.push('legalBasis (a basis other than the Budapest Convention or EU model instruments, which serve as models only)');
  }
  need(!blank(request.authorizationId), 'authorizationId');
  need(request.offence.codes.length > 0, 'offence.codes');
  need(!blank(request.offence.nationalArticle), 'offence.nationalArticle');
  need(!blank(request.offence.summaryOfFacts), 'offence.summaryOfFacts');
  need(!blank(request.necessityStatement), 'necessityStatement');
  need(!blank(request.proportionalityStatement), 'proportionalityStatement');
  need(!blank(request.relationToOffence), 'relationToOffence');
  if (type.producesData || type.preservation) need(request.items.length > 0, 'items');
  request.items.forEach((item, i) => {
    need(!blank(item.selectorValue), `items[${i}].selectorValue`);
    const from = Date.parse(item.windowFrom);
    const to = Date.parse(item.windowTo);
    need(Number.isFinite(from) && Number.isFinite(to) && from <= to, `items[${i}].window (from must not be after to)`);
  });
  if (type.requiresNonDisclosure) need(request.confidentiality.nonDisclosureRequested, 'confidentiality.nonDisclosureRequested');
  for (const field of type.extraFields) need(!blank(request.extra[field]), `extra.${field}`);
  return missing;
}

/** Whether the emergency block applies: emergency types always, any type sent with EMERGENCY urgency. */
export function isEmergency(request: EvidenceRequest): boolean {
  return REQUEST_TYPES[request.type].emergency || request.urgency === 'EMERGENCY';
}

/** G7: an emergency names the threat, how the data averts it, who attests it and when formal process follows. */
export function missingEmergencyFields(request: EvidenceRequest): string[] {
  if (!isEmergency(request)) return [];
  const e = request.emergency;
  if (!e) return ['emergency.natureOfThreat', 'emergency.howDataAverts', 'emergency.attestedBy', 'emergency.followUpProcessDue'];
  const missing: string[] = [];
  if (blank(e.natureOfThreat)) missing.push('emergency.natureOfThreat');
  if (blank(e.howDataAverts)) missing.push('emergency.howDataAverts');
  if (blank(e.attestedBy?.name)) missing.push('emergency.attestedBy');
  if (blank(e.followUpProcessDue) || !Number.isFinite(Date.parse(e.followUpProcessDue))) missing.push('emergency.followUpProcessDue');
  return missing;
}

/** G6: content and traffic data only for offences whose maximum penalty reaches the country's threshold. */
export function severityFailure(request: EvidenceRequest, rule: CountryRule): string | null {
  const severe = [...new Set(request.items.map((i) => i.category).filter((c) => (SEVERE_CATEGORIES as readonly string[]).includes(c)))];
  if (severe.length === 0) return null;
  const years = request.offence.maxPenaltyYears;
  if (years !== undefined && years >= rule.contentTrafficMinPenaltyYears) return null;
  const stated = years === undefined ? 'no maximum penalty is stated' : `the maximum penalty is ${years} years`;
  const unverified = rule.verified ? '' : ' (threshold not yet verified)';
  return (
    `${severe.join(' and ')} data may be requested in ${rule.country} only for offences punishable by at least ` +
    `${rule.contentTrafficMinPenaltyYears} years${unverified}; ${stated}`
  );
}

export { countryRule };

/**
 * G6 and G8: why the request needs a higher approver after the supervisor — content or traffic data (with
 * location, as for the severity threshold), or a target who may be a lawyer, journalist, MP or doctor.
 * Empty when the supervisor's approval is enough.
 */
export function higherApprovalReasons(request: EvidenceRequest): string[] {
  const reasons: string[] = [];
  const severe = [...new Set(request.items.map((i) => i.category).filter((c) => (SEVERE_CATEGORIES as readonly string[]).includes(c)))];
  if (severe.length > 0) reasons.push(`it asks ${severe.join(' and ')} data (G6)`);
  if (request.privilegeRisk) reasons.push(`the target may be privileged or press: ${request.privilegeRisk.kind} (G8)`);
  return reasons;
}

/**
 * G1–G5 for every item: the authorisation covers the type's measure, each item's category, selector and window,
 * and is valid at `now`. Reuses the authorisation scope check, naming the item that failed.
 */
export function scopeFailure(request: EvidenceRequest, authorization: Authorization, now: Date): ScopeFailure | null {
  const measure = REQUEST_TYPES[request.type].measure;
  const whole = checkAuthorization(authorization, measure, {}, now);
  if (whole) return whole;
  for (const [index, item] of request.items.entries()) {
    const failure = checkAuthorization(
      authorization,
      measure,
      {
        categories: [item.category],
        selectors: [{ type: item.selectorType, value: item.selectorValue }],
        period: { from: item.windowFrom, to: item.windowTo },
      },
      now,
    );
    if (failure) return { ...failure, reason: `Item ${index + 1} (${item.selectorType} ${item.selectorValue}): ${failure.reason}` };
  }
  return null;
}

/** The state machine of DOMAIN.md §4.5 (WITHDRAWN and EXPIRED are handled beside it). */
const TRANSITIONS: Partial<Record<RequestStatus, readonly RequestStatus[]>> = {
  DRAFT: ['IN_REVIEW'],
  IN_REVIEW: ['DRAFT', 'AUTHORIZED'],
  AUTHORIZED: ['SENT'],
  SENT: ['ACKNOWLEDGED', 'FULFILLED', 'PARTIALLY_FULFILLED', 'NO_DATA', 'REFUSED', 'UNDELIVERABLE', 'NO_RESPONSE', 'INVALIDATED'],
  ACKNOWLEDGED: ['CLARIFICATION_REQUESTED', 'FULFILLED', 'PARTIALLY_FULFILLED', 'NO_DATA', 'REFUSED', 'NO_RESPONSE', 'INVALIDATED'],
  CLARIFICATION_REQUESTED: ['ACKNOWLEDGED', 'FULFILLED', 'PARTIALLY_FULFILLED', 'NO_DATA', 'REFUSED', 'NO_RESPONSE', 'INVALIDATED'],
};

export type TransitionProblem = { code: 'REQUEST_TERMINAL' | 'REQUEST_TRANSITION'; reason: string } | null;

export function transitionProblem(from: RequestStatus, to: RequestStatus): TransitionProblem {
  if (isTerminal(from)) {
    return { code: 'REQUEST_TERMINAL', reason: `The request is ${from}, which is final; a correction is a new linked request` };
  }
  if (to === 'WITHDRAWN') return null;
  if (to === 'EXPIRED') {
    return ['DRAFT', 'IN_REVIEW', 'AUTHORIZED'].includes(from)
      ? null
      : { code: 'REQUEST_TRANSITION', reason: `Only an unsent request expires; this one is ${from}` };
  }
  if (TRANSITIONS[from]?.includes(to)) return null;
  return { code: 'REQUEST_TRANSITION', reason: `A request cannot move from ${from} to ${to}` };
}
