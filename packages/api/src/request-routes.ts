// The routes of cross-border requests: drafting, the lifecycle, deadlines, productions with sequestration,
// the directory and oversight statistics. The letter document itself (bytes) is served beside these, at
// GET /api/cases/:caseId/requests/:requestId/letter?format=pdf|docx&lang=en|ru.
import { z } from 'zod';
import { Id } from './common-schemas';
import { EvidenceItem } from './evidence-schemas';
import {
  AcknowledgeRequestBody,
  ClarifyRequestBody,
  CloseRequestBody,
  CreateRequestBody,
  DeadlineList,
  DeadlineQuery,
  EvidenceRequest,
  NoteBody,
  OptionalNoteBody,
  ProductionResult,
  ReasonBody,
  ReceiveProductionBody,
  RequestDetail,
  RequestListQuery,
  RequestSummary,
  SendRequestBody,
  SequestrationBody,
  UpdateRequestBody,
  ValidateRequestBody,
} from './request-schemas';
import {
  DirectoryEntry,
  DirectoryInput,
  RequestCatalogue,
  RequestLetter,
  RequestStatistics,
  StatisticsQuery,
} from './request-reference-schemas';
import { route } from './route';

const CaseParams = z.object({ caseId: Id }).strict();
const RequestParams = z.object({ caseId: Id, requestId: Id }).strict();

/** One lifecycle step: POST /api/cases/:caseId/requests/:requestId/<step>. */
function step<B extends z.ZodType>(name: string, summary: string, body: B) {
  return route({
    method: 'POST',
    path: `/api/cases/:caseId/requests/:requestId/${name}`,
    summary,
    tag: 'requests',
    params: RequestParams,
    body,
    response: EvidenceRequest,
  });
}

export const requestRoutes = {
  requestCatalogue: route({
    method: 'GET',
    path: '/api/request-types',
    summary: 'Request types (DOMAIN.md §4.3) with their fields, and the timer and country rules in force, each marked verified or not',
    tag: 'requests',
    response: RequestCatalogue,
  }),
  listDirectory: route({
    method: 'GET',
    path: '/api/directory',
    summary: 'Providers and authorities: entity, channel, emergency criteria, preservation rule, needs, last verified',
    tag: 'requests',
    response: z.object({ entries: z.array(DirectoryEntry) }),
  }),
  createDirectoryEntry: route({
    method: 'POST',
    path: '/api/directory',
    summary: 'Add a provider or authority to the directory (administrator)',
    tag: 'requests',
    status: 201,
    body: DirectoryInput,
    response: DirectoryEntry,
  }),
  updateDirectoryEntry: route({
    method: 'PUT',
    path: '/api/directory/:entryId',
    summary: 'Replace a directory entry (administrator)',
    tag: 'requests',
    params: z.object({ entryId: Id }).strict(),
    body: DirectoryInput,
    response: DirectoryEntry,
  }),
  requestDeadlines: route({
    method: 'GET',
    path: '/api/requests/deadlines',
    summary: 'Overdue and soon-due request timers across your cases (preservation expiry, emergency follow-up, answers)',
    tag: 'requests',
    query: DeadlineQuery,
    response: DeadlineList,
  }),
  requestStatistics: route({
    method: 'GET',
    path: '/api/requests/statistics',
    summary: 'Oversight statistics: counts by type, addressee, category and outcome, median days to response (auditor, supervisor)',
    tag: 'requests',
    query: StatisticsQuery,
    response: RequestStatistics,
  }),
  listRequests: route({
    method: 'GET',
    path: '/api/cases/:caseId/requests',
    summary: 'The requests of a case, newest first, each with its nearest deadline',
    tag: 'requests',
    params: CaseParams,
    query: RequestListQuery,
    response: z.object({ requests: z.array(RequestSummary) }),
  }),
  createRequest: route({
    method: 'POST',
    path: '/api/cases/:caseId/requests',
    summary: 'Draft a request; gaps are filled from the case, the authorisation and the directory',
    tag: 'requests',
    status: 201,
    params: CaseParams,
    body: CreateRequestBody,
    response: EvidenceRequest,
  }),
  getRequest: route({
    method: 'GET',
    path: '/api/cases/:caseId/requests/:requestId',
    summary: 'One request with its deadlines, reminders sent and linked requests',
    tag: 'requests',
    params: RequestParams,
    response: RequestDetail,
  }),
  updateRequest: route({
    method: 'PATCH',
    path: '/api/cases/:caseId/requests/:requestId',
    summary: 'Change a draft',
    tag: 'requests',
    params: RequestParams,
    body: UpdateRequestBody,
    response: EvidenceRequest,
  }),
  requestLetter: route({
    method: 'GET',
    path: '/api/cases/:caseId/requests/:requestId/letter.json',
    summary: 'The letter as data (what the document will say), for a preview',
    tag: 'requests',
    params: RequestParams,
    response: RequestLetter,
  }),
  submitRequest: step('submit', 'DRAFT → IN_REVIEW: the common and the type’s fields must be present', z.object({}).strict()),
  returnRequest: step('return', 'IN_REVIEW → DRAFT with what must change (supervisor)', NoteBody),
  approveRequest: step(
    'approve',
    'IN_REVIEW → AUTHORIZED by a supervisor who is not the author: scope, validity, severity threshold, emergency fields. ' +
      'Content, traffic or privilege-risk requests need a second, higher approver (G6, G8): the first approval is recorded and the request stays IN_REVIEW',
    OptionalNoteBody,
  ),
  sendRequest: step(
    'send',
    'AUTHORIZED → SENT: scope and validity checked again; the SHA-256 of the printed letter is recorded',
    SendRequestBody,
  ),
  acknowledgeRequest: step(
    'acknowledge',
    'SENT → ACKNOWLEDGED with the addressee’s reference; starts a preservation’s expiry',
    AcknowledgeRequestBody,
  ),
  clarifyRequest: step('clarify', 'ACKNOWLEDGED ⇄ CLARIFICATION_REQUESTED', ClarifyRequestBody),
  closeRequest: step('close', 'Record the outcome with each item’s status (a refusal with its reason)', CloseRequestBody),
  withdrawRequest: step('withdraw', 'Withdraw an open request', ReasonBody),
  validateRequest: step(
    'validate',
    'G7: record the formal order that validates a sent emergency request; clears its validation timer (supervisor or prosecutor)',
    ValidateRequestBody,
  ),
  requestExtension: step(
    'extend',
    'ACTIVE or EXTENDED → EXTENSION_REQUESTED: the extension of a preservation has been asked of the addressee; the expiry stays until they confirm',
    OptionalNoteBody,
  ),
  renewPreservation: step(
    'renew',
    'The addressee confirmed an extension: EXTENDED, the expiry moved by the rule’s period, within its limit',
    OptionalNoteBody,
  ),
  correctRequest: route({
    method: 'POST',
    path: '/api/cases/:caseId/requests/:requestId/correct',
    summary: 'A correction: a new draft copied from the request and linked to it (the original stays as it was)',
    tag: 'requests',
    status: 201,
    params: RequestParams,
    body: ReasonBody,
    response: EvidenceRequest,
  }),
  receiveProduction: route({
    method: 'POST',
    path: '/api/cases/:caseId/requests/:requestId/productions',
    summary: 'Take in a finished upload as the production answering this request; files named out of scope are sequestered',
    tag: 'requests',
    status: 201,
    params: RequestParams,
    body: ReceiveProductionBody,
    response: ProductionResult,
  }),
  listSequestered: route({
    method: 'GET',
    path: '/api/cases/:caseId/sequestered',
    summary: 'Production files awaiting a decision: stored and hashed, not processed or searchable',
    tag: 'requests',
    params: CaseParams,
    response: z.object({ items: z.array(EvidenceItem) }),
  }),
  decideSequestration: route({
    method: 'POST',
    path: '/api/cases/:caseId/evidence/:itemId/sequestration',
    summary: 'Release a sequestered file into processing, or dispose of it (supervisor)',
    tag: 'requests',
    params: z.object({ caseId: Id, itemId: Id }).strict(),
    body: SequestrationBody,
    response: EvidenceItem,
  }),
};
