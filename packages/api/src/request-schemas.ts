// Cross-border requests on the wire: drafts, lifecycle steps, deadlines, the directory and oversight statistics.
import { z } from 'zod';
import { DataCategory, LegalBasis, SelectorType } from './authorization-schemas';
import { IsoTime } from './common-schemas';
import { EvidenceItem, SentFileTimes } from './evidence-schemas';
import { LedgerEvent } from './ledger-schemas';

export const RequestTypeCode = z.enum([
  'PRES_DIRECT',
  'PRES_247',
  'DISC_VOLUNTARY',
  'DISC_EMERGENCY',
  'EMERG_247_2AP9',
  'MLA_STORED',
  'MLA_EMERGENCY',
  'DOMAIN_REG',
  'SUBSCRIBER_ORDER_2AP7',
  'SPONTANEOUS_INFO',
]);
export const RequestStatus = z.enum([
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
]);
export const RequestOutcome = z.enum(['FULFILLED', 'PARTIALLY_FULFILLED', 'NO_DATA', 'REFUSED', 'UNDELIVERABLE', 'NO_RESPONSE']);
export const Urgency = z.enum(['ROUTINE', 'URGENT', 'EMERGENCY']);
export const Channel = z.enum(['PORTAL', 'EMAIL', 'DIPLOMATIC', 'POC']);
export const AddresseeKind = z.enum(['PROVIDER', 'REGISTRAR', 'POC_24_7', 'CENTRAL_AUTHORITY', 'EU_LEGAL_REP', 'COUNTERPART_AUTHORITY']);
export const ItemStatus = z.enum(['PENDING', 'FULFILLED', 'NO_DATA', 'REFUSED']);
export const RefusalReason = z.enum([
  'LEGAL_INSUFFICIENCY',
  'OVERBROAD',
  'DUAL_CRIMINALITY',
  'PRIVILEGE_OR_PRESS',
  'ESSENTIAL_INTERESTS',
  'CONFLICT_OF_LAWS',
  'WRONG_ENTITY',
]);
export const ExtraField = z.enum([
  'followUpRoute',
  'authorityDescription',
  'custodianOrLocation',
  'intendedMla',
  'domesticOrder',
  'relevance',
  'timeSensitivity',
  'natureOfAssistance',
  'factsAndLaw',
  'timeLimit',
  'justification',
  'dataElements',
  'purposeAndUseLimitation',
  'legalGroundsAndPenalties',
  'returnManner',
  'priorPreservationRef',
  'conditions',
]);
export const LetterFormat = z.enum(['pdf', 'docx']);
export const LetterLanguage = z.enum(['en', 'ru']);

const Text = (max = 10_000) => z.string().max(max);
export const PersonRef = z
  .object({ name: Text(300), position: Text(300).optional(), email: Text(300).optional(), phone: Text(100).optional() })
  .strict();
export const RequestingAuthority = z
  .object({ name: Text(300), country: Text(2), unit: Text(300), officer: PersonRef, contact247: Text(300).optional() })
  .strict();
const ItemInput = z
  .object({
    selectorType: SelectorType,
    selectorValue: z.string().min(1).max(500),
    service: Text(200).optional(),
    category: DataCategory,
    windowFrom: IsoTime,
    windowTo: IsoTime,
  })
  .strict();
export const Offence = z
  .object({
    codes: z.array(z.string().max(100)).max(50),
    nationalArticle: Text(500),
    maxPenaltyYears: z.number().min(0).max(100).optional(),
    summaryOfFacts: Text(),
  })
  .strict();
export const Confidentiality = z
  .object({ nonDisclosureRequested: z.boolean(), reason: Text(2000).optional(), until: IsoTime.optional() })
  .strict();
export const Emergency = z
  .object({ natureOfThreat: Text(), howDataAverts: Text(), attestedBy: PersonRef, followUpProcessDue: IsoTime })
  .strict();
export const PrivilegeRiskKind = z.enum(['LAWYER', 'JOURNALIST', 'MP', 'DOCTOR']);
const PrivilegeRiskInput = z.object({ kind: PrivilegeRiskKind, note: Text(2000).optional() }).strict();
const AddresseeInput = z
  .object({
    directoryId: z.string().max(100).optional(),
    kind: AddresseeKind.optional(),
    name: Text(300).optional(),
    legalEntity: Text(300).optional(),
    country: Text(2).optional(),
    channel: Channel.optional(),
  })
  .strict();

const draftFields = {
  urgency: Urgency.optional(),
  requestingAuthority: RequestingAuthority.optional(),
  addressee: AddresseeInput.optional(),
  legalBasis: z.array(LegalBasis).max(20).optional(),
  authorizationId: z.string().max(100).optional(),
  offence: Offence.optional(),
  necessityStatement: Text().optional(),
  proportionalityStatement: Text().optional(),
  lessIntrusiveAlternatives: Text().optional(),
  relationToOffence: Text().optional(),
  items: z.array(ItemInput).max(500).optional(),
  confidentiality: Confidentiality.optional(),
  emergency: Emergency.optional(),
  extra: z.partialRecord(ExtraField, Text()).optional(),
  linkedRequestIds: z.array(z.string().max(100)).max(50).optional(),
  language: Text(20).optional(),
  translationAttached: z.boolean().optional(),
  useRestrictions: z.array(Text(2000)).max(50).optional(),
  /** G8: null clears it. */
  privilegeRisk: PrivilegeRiskInput.nullable().optional(),
};
export const CreateRequestBody = z.object({ type: RequestTypeCode, ...draftFields }).strict();
export const UpdateRequestBody = z.object(draftFields).strict();

export const NoteBody = z.object({ note: z.string().min(1).max(10_000) }).strict();
export const OptionalNoteBody = z.object({ note: z.string().max(10_000).optional() }).strict();
export const ReasonBody = z.object({ reason: z.string().min(1).max(10_000) }).strict();
export const SendRequestBody = z
  .object({ letter: z.object({ format: LetterFormat, language: LetterLanguage }).strict().optional(), note: Text().optional() })
  .strict();
export const AcknowledgeRequestBody = z.object({ reference: z.string().max(300), preservationRef: Text(300).optional() }).strict();
export const ClarifyRequestBody = z.object({ state: z.enum(['requested', 'answered']), note: z.string().min(1).max(10_000) }).strict();
export const CloseRequestBody = z
  .object({
    outcome: RequestOutcome,
    itemStatuses: z.array(ItemStatus).max(500).optional(),
    refusalReason: RefusalReason.optional(),
    note: Text().optional(),
  })
  .strict();
/** G7: the formal order that validates an emergency request. */
export const ValidateRequestBody = z.object({ orderReference: z.string().min(1).max(300), note: Text().optional() }).strict();
export const RequestListQuery = z.object({ status: RequestStatus.optional() }).strict();

export const TimerKind = z.enum(['PRESERVATION_EXPIRY', 'EMERGENCY_FOLLOWUP', 'RESPONSE_DUE', 'VALIDATION_DUE']);
export const RequestTimer = z.object({
  ruleId: z.string(),
  kind: TimerKind,
  startedAt: z.string(),
  dueAt: z.string(),
  clearedAt: z.string().optional(),
});

export const EvidenceRequest = z.object({
  id: z.string(),
  caseId: z.string(),
  reference: z.string(),
  type: RequestTypeCode,
  urgency: Urgency,
  status: RequestStatus,
  requestingAuthority: RequestingAuthority,
  addressee: z.object({
    kind: AddresseeKind,
    directoryId: z.string().optional(),
    name: z.string(),
    legalEntity: z.string().optional(),
    country: z.string(),
    channel: Channel,
    reference: z.string().optional(),
  }),
  legalBasis: z.array(LegalBasis),
  authorizationId: z.string(),
  offence: Offence,
  necessityStatement: z.string(),
  proportionalityStatement: z.string(),
  lessIntrusiveAlternatives: z.string().optional(),
  relationToOffence: z.string(),
  items: z.array(ItemInput.extend({ status: ItemStatus })),
  confidentiality: Confidentiality,
  emergency: Emergency.optional(),
  validation: z
    .object({
      state: z.enum(['VALIDATED', 'LAPSED']),
      at: z.string(),
      by: z.string().optional(),
      orderReference: z.string().optional(),
      note: z.string().optional(),
    })
    .optional(),
  privilegeRisk: PrivilegeRiskInput.optional(),
  extra: z.record(z.string(), z.string()),
  preservation: z
    .object({
      state: z.enum(['ACTIVE', 'EXTENSION_REQUESTED', 'EXTENDED', 'CONVERTED', 'RELEASED', 'EXPIRED']),
      ruleId: z.string(),
      preservationRef: z.string().optional(),
      expiresAt: z.string().optional(),
      renewals: z.number().int(),
      followUpRequestId: z.string().optional(),
    })
    .optional(),
  linkedRequestIds: z.array(z.string()),
  correctsRequestId: z.string().optional(),
  language: z.string(),
  translationAttached: z.boolean(),
  useRestrictions: z.array(z.string()).optional(),
  timers: z.array(RequestTimer),
  refusalReason: RefusalReason.optional(),
  outcomeNote: z.string().optional(),
  sentDocument: z
    .object({ format: LetterFormat, language: LetterLanguage, sha256: z.string(), size: z.number(), sentAt: z.string() })
    .optional(),
  productions: z.array(
    z.object({
      itemId: z.string(),
      exhibitNumber: z.string(),
      providerReference: z.string(),
      channel: Channel,
      receivedAt: z.string(),
      files: z.number().int(),
      sequestered: z.number().int(),
    }),
  ),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  submittedBy: z.string().optional(),
  approvals: z
    .array(z.object({ by: z.string(), role: z.string(), at: z.string(), stage: z.enum(['FIRST', 'HIGHER']), note: z.string().optional() }))
    .optional(),
  approvedBy: z.string().optional(),
  approvedAt: z.string().optional(),
  sentAt: z.string().optional(),
  acknowledgedAt: z.string().optional(),
  closedAt: z.string().optional(),
});

export const Deadline = z.object({
  requestId: z.string(),
  caseId: z.string(),
  reference: z.string(),
  type: z.string(),
  status: z.string(),
  addressee: z.string(),
  kind: TimerKind,
  ruleId: z.string(),
  verified: z.boolean(),
  dueAt: z.string(),
  daysLeft: z.number().int(),
  overdue: z.boolean(),
});
export const RequestSummary = z.object({ request: EvidenceRequest, nextDeadline: Deadline.nullable() });
export const RequestDetail = z.object({
  request: EvidenceRequest,
  deadlines: z.array(Deadline),
  reminders: z.array(z.object({ expiresAt: z.string(), daysBefore: z.number().int(), at: z.string() })),
  linked: z.array(z.object({ id: z.string(), reference: z.string(), type: z.string(), status: RequestStatus })),
  approval: z.object({
    higherApprovalReasons: z.array(z.string()),
    higherApproverRoles: z.array(z.string()),
    next: z.enum(['SUPERVISOR', 'HIGHER']).nullable(),
  }),
  /** The request's steps as ledger events, oldest first. */
  history: z.array(LedgerEvent),
});
const CaseDeadline = Deadline.extend({ caseReference: z.string() });
export const DeadlineList = z.object({ overdue: z.array(CaseDeadline), expiring: z.array(CaseDeadline) });
export const DeadlineQuery = z.object({ withinDays: z.coerce.number().int().min(0).max(366).optional() }).strict();

export const ReceiveProductionBody = z
  .object({
    uploadId: z.string().min(1).max(200),
    name: z.string().min(1).max(1000),
    fileTimes: SentFileTimes.optional(),
    providerReference: z.string().min(1).max(300),
    channel: Channel.optional(),
    receivedAt: IsoTime.optional(),
    /** Names of uploaded files outside the request's scope: sequestered at intake (G9). */
    outOfScope: z.array(z.string().max(1000)).max(10_000).optional(),
    outOfScopeReason: Text(2000).optional(),
    exhibitNumber: z.string().max(100).optional(),
  })
  .strict();
export const ProductionResult = z.object({
  request: EvidenceRequest,
  root: EvidenceItem,
  files: z.array(EvidenceItem),
  sequestered: z.array(EvidenceItem),
});
export const SequestrationBody = z.object({ decision: z.enum(['release', 'dispose']), note: z.string().min(1).max(10_000) }).strict();
