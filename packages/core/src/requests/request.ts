// A request for evidence across borders (DOMAIN.md §4.4): common fields, items (selector × category × window),
// legal bases as data, timers, the preservation state and the links to the requests it leads to.
import type { DataCategory, LegalBasis, SelectorType } from '../authorization';
import type { AddresseeKind, ExtraField, RequestTypeCode } from './request-types';

export const REQUEST_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'AUTHORIZED',
  'SENT',
  'ACKNOWLEDGED',
  'CLARIFICATION_REQUESTED',
  'FULFILLED',
  'PARTIALLY_FULFILLED',
  'NO_DATA',
  'REFUSED',
  'UNDELIVERABLE',
  'NO_RESPONSE',
  'WITHDRAWN',
  'EXPIRED',
  'INVALIDATED',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Outcomes a SENT or ACKNOWLEDGED request is closed with. */
export const REQUEST_OUTCOMES = ['FULFILLED', 'PARTIALLY_FULFILLED', 'NO_DATA', 'REFUSED', 'UNDELIVERABLE', 'NO_RESPONSE'] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

/** Nothing moves a request out of these; a correction is a new linked request (DOMAIN.md §4.5). */
export const TERMINAL_STATUSES: readonly RequestStatus[] = [...REQUEST_OUTCOMES, 'WITHDRAWN', 'EXPIRED', 'INVALIDATED'];

export const URGENCIES = ['ROUTINE', 'URGENT', 'EMERGENCY'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const CHANNELS = ['PORTAL', 'EMAIL', 'DIPLOMATIC', 'POC'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ITEM_STATUSES = ['PENDING', 'FULFILLED', 'NO_DATA', 'REFUSED'] as const;
export type RequestItemStatus = (typeof ITEM_STATUSES)[number];

export const REFUSAL_REASONS = [
  'LEGAL_INSUFFICIENCY',
  'OVERBROAD',
  'DUAL_CRIMINALITY',
  'PRIVILEGE_OR_PRESS',
  'ESSENTIAL_INTERESTS',
  'CONFLICT_OF_LAWS',
  'WRONG_ENTITY',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export const PRESERVATION_STATES = ['ACTIVE', 'EXTENSION_REQUESTED', 'EXTENDED', 'CONVERTED', 'RELEASED', 'EXPIRED'] as const;
export type PreservationState = (typeof PRESERVATION_STATES)[number];

/** G8 (DOMAIN.md §5): the target may be a privileged person or the press; a higher approver must then approve too. */
export const PRIVILEGE_RISKS = ['LAWYER', 'JOURNALIST', 'MP', 'DOCTOR'] as const;
export type PrivilegeRisk = (typeof PRIVILEGE_RISKS)[number];

/** One approval of a request; a request that needs a higher approver collects two (G6, G8). */
export interface RequestApproval {
  by: string;
  role: string;
  at: string;
  /** FIRST: the supervisor's (four eyes); HIGHER: the higher approver's, which authorises the request. */
  stage: 'FIRST' | 'HIGHER';
  note?: string;
}

/** G7: the formal order that validated an emergency request, or the lapse that invalidated it. */
export interface EmergencyValidation {
  state: 'VALIDATED' | 'LAPSED';
  at: string;
  by?: string;
  orderReference?: string;
  note?: string;
}

export interface PersonRef {
  name: string;
  position?: string;
  email?: string;
  phone?: string;
}

export interface RequestItem {
  selectorType: SelectorType;
  selectorValue: string;
  service?: string;
  category: DataCategory;
  /** ISO 8601 with offset: providers need the time zone. */
  windowFrom: string;
  windowTo: string;
  status: RequestItemStatus;
}

export interface Addressee {
  kind: AddresseeKind;
  /** The directory entry it was taken from, when it was. */
  directoryId?: string;
  name: string;
  legalEntity?: string;
  country: string;
  channel: Channel;
  /** The addressee's own reference, stored on ACKNOWLEDGED. */
  reference?: string;
}

export interface RequestTimer {
  ruleId: string;
  /** What the timer is for, so lists can word it. */
  kind: 'PRESERVATION_EXPIRY' | 'EMERGENCY_FOLLOWUP' | 'RESPONSE_DUE' | 'VALIDATION_DUE';
  startedAt: string;
  dueAt: string;
  /** When the timer stopped mattering (renewed, converted, answered, closed). */
  clearedAt?: string;
}

export interface PreservationRecord {
  state: PreservationState;
  ruleId: string;
  preservationRef?: string;
  expiresAt?: string;
  renewals: number;
  followUpRequestId?: string;
}

export interface ProductionRecord {
  /** The evidence item (file or folder) the production was taken in as. */
  itemId: string;
  exhibitNumber: string;
  providerReference: string;
  channel: Channel;
  receivedAt: string;
  files: number;
  sequestered: number;
}

/** The SHA-256 of the document as it went out; the bytes themselves are kept in the blob store. */
export interface SentDocument {
  format: 'docx' | 'pdf';
  language: 'en' | 'ru';
  sha256: string;
  size: number;
  sentAt: string;
}

export interface EvidenceRequest {
  id: string;
  caseId: string;
  /** "<case reference>/REQ-<n>", unique in the case. */
  reference: string;
  type: RequestTypeCode;
  urgency: Urgency;
  status: RequestStatus;
  requestingAuthority: { name: string; country: string; unit: string; officer: PersonRef; contact247?: string };
  addressee: Addressee;
  legalBasis: LegalBasis[];
  authorizationId: string;
  offence: { codes: string[]; nationalArticle: string; maxPenaltyYears?: number; summaryOfFacts: string };
  necessityStatement: string;
  proportionalityStatement: string;
  lessIntrusiveAlternatives?: string;
  relationToOffence: string;
  items: RequestItem[];
  confidentiality: { nonDisclosureRequested: boolean; reason?: string; until?: string };
  emergency?: { natureOfThreat: string; howDataAverts: string; attestedBy: PersonRef; followUpProcessDue: string };
  /** G7: set when the emergency request was validated by a formal order, or when its validation lapsed. */
  validation?: EmergencyValidation;
  /** G8: the target is (or may be) a lawyer, journalist, MP or doctor. Absent: no risk stated. */
  privilegeRisk?: { kind: PrivilegeRisk; note?: string };
  /** The type's own fields (see REQUEST_TYPES[type].extraFields). */
  extra: Partial<Record<ExtraField, string>>;
  preservation?: PreservationRecord;
  /** preservation ↔ production ↔ MLA, and a correction ↔ the request it corrects; kept both ways. */
  linkedRequestIds: string[];
  /** The request this one corrects, if it is a correction. */
  correctsRequestId?: string;
  language: string;
  translationAttached: boolean;
  useRestrictions?: string[];
  timers: RequestTimer[];
  refusalReason?: RefusalReason;
  outcomeNote?: string;
  sentDocument?: SentDocument;
  productions: ProductionRecord[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  submittedBy?: string;
  /** Approvals so far, in order; the last one moved the request to AUTHORIZED. */
  approvals?: RequestApproval[];
  approvedBy?: string;
  approvedAt?: string;
  sentAt?: string;
  acknowledgedAt?: string;
  closedAt?: string;
}

export function isTerminal(status: RequestStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}
