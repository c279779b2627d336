// Coded errors shared by every edge: the API, the CLI and the web match on `code`, never on message text.

export const ERROR_CATALOG = {
  VALIDATION_FAILED: { status: 400, message: 'The request is not valid' },
  UNAUTHENTICATED: { status: 401, message: 'Sign in first' },
  INVALID_CREDENTIALS: { status: 401, message: 'Wrong user name or password' },
  TOTP_REQUIRED: { status: 401, message: 'Enter the code from your authenticator app' },
  TOTP_INVALID: { status: 401, message: 'The authenticator code is wrong or expired' },
  SESSION_EXPIRED: { status: 401, message: 'Your session has ended; sign in again' },
  CSRF_REJECTED: { status: 403, message: 'The request lacks a valid CSRF token' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: 'Change your password before you continue' },
  ROLE_FORBIDDEN: { status: 403, message: 'Your role does not allow this action' },
  ACCESS_LEVEL_TOO_LOW: { status: 403, message: 'Your access level in this case does not allow this action' },
  SELF_MEMBERSHIP_FORBIDDEN: { status: 403, message: 'An administrator cannot add themselves to a case' },
  MEMBER_ROLE_NOT_ALLOWED: { status: 403, message: 'A user with this role cannot be a member of this case' },
  LAST_LEAD: { status: 409, message: 'A case must keep at least one lead' },
  TRAINING_ONLY: { status: 403, message: 'Trainees work only in training cases' },
  ACCOUNT_LOCKED: { status: 423, message: 'Too many failed sign-ins; the account is locked for a while' },
  ACCOUNT_DISABLED: { status: 403, message: 'This account is disabled' },
  USER_NOT_FOUND: { status: 404, message: 'No such user' },
  CASE_NOT_FOUND: { status: 404, message: 'No such case' },
  AUTHORIZATION_NOT_FOUND: { status: 404, message: 'No such legal authorisation' },
  ROUTE_NOT_FOUND: { status: 404, message: 'No such route' },
  USERNAME_TAKEN: { status: 409, message: 'That user name is taken' },
  CASE_REFERENCE_TAKEN: { status: 409, message: 'A case with that reference number exists' },
  CASE_STATUS_TRANSITION: { status: 409, message: 'The case cannot move to that status from its current one' },
  CASE_NOT_OPEN: { status: 409, message: 'The case is not open' },
  WEAK_PASSWORD: { status: 400, message: 'The password is too weak' },
  PASSWORD_REUSED: { status: 400, message: 'The new password must differ from the current one' },
  OFFENCE_NATIONAL_REQUIRED: { status: 400, message: 'A case needs at least one national criminal-code article' },
  OFFENCE_UNKNOWN: { status: 400, message: 'Unknown offence code' },
  AUTH_NONE: { status: 403, message: 'The case has no legal authorisation for this action' },
  AUTH_REVOKED: { status: 403, message: 'The legal authorisation was revoked' },
  AUTH_NOT_YET_VALID: { status: 403, message: 'The legal authorisation is not valid yet' },
  AUTH_EXPIRED: { status: 403, message: 'The legal authorisation has expired' },
  AUTH_VALIDATION_OVERDUE: {
    status: 403,
    message: 'The emergency authorisation was not validated in time',
  },
  AUTH_MEASURE_NOT_COVERED: { status: 403, message: 'The legal authorisation does not cover this measure' },
  AUTH_CATEGORY_OUT_OF_SCOPE: { status: 403, message: 'A data category is outside the authorised scope' },
  AUTH_SELECTOR_OUT_OF_SCOPE: { status: 403, message: 'A selector is outside the authorised scope' },
  AUTH_EXHIBIT_OUT_OF_SCOPE: { status: 403, message: 'An exhibit is outside the authorised scope' },
  AUTH_PERIOD_OUT_OF_SCOPE: { status: 403, message: 'The time window is outside the authorised period' },
  AUTH_LEGAL_BASIS_MISSING: {
    status: 400,
    message: 'A legal authorisation needs a legal basis with a domestic provision',
  },
  AUTH_VALIDITY_INVERTED: { status: 400, message: 'valid until must be after valid from' },
  EVIDENCE_NOT_FOUND: { status: 404, message: 'No such evidence item' },
  ARTIFACT_NOT_FOUND: { status: 404, message: 'No such artefact' },
  ENTITY_NOT_FOUND: { status: 404, message: 'This entity does not occur in this case' },
  ACCESS_REQUEST_NOT_FOUND: { status: 404, message: 'No such access request' },
  ACCESS_REQUEST_DECIDED: { status: 409, message: 'This access request has already been decided' },
  NOTHING_TO_REQUEST: {
    status: 409,
    message: 'No other case holds this entity that you are not already a member of or have asked to join',
  },
  ARTIFACT_KEY_REPEATED: { status: 500, message: 'A parser emitted the same artefact key twice for one item' },
  ARTIFACT_BYTES_UNAVAILABLE: {
    status: 409,
    message:
      "This artefact's bytes cannot be shown: it points inside a member, or its database row could not be found in the file's own pages, or a write-ahead log was taken in with the file (the row may be its newer version); open the item or member instead",
  },
  PARSER_UNKNOWN: { status: 400, message: 'This Tamga has no parser with that id' },
  READING_CHOICE_UNSUPPORTED: { status: 409, message: 'The parser that read this item offers no such choice' },
  EXHIBIT_NUMBER_TAKEN: { status: 409, message: 'That exhibit number is already used in this case' },
  INGEST_SOURCE_INVALID: { status: 400, message: 'The path is not a readable file or folder' },
  INGEST_FAILED: { status: 500, message: 'The evidence could not be taken in; nothing was recorded' },
  JUSTIFICATION_REQUIRED: { status: 400, message: 'State why you need to read the original evidence' },
  INTEGRITY_INCIDENT_OPEN: {
    status: 409,
    message: 'An integrity incident is open on this item; a supervisor must resolve it first',
  },
  INCIDENT_NOT_FOUND: { status: 404, message: 'No such integrity incident' },
  CUSTODY_STATE: { status: 409, message: 'This custody action does not fit the item’s current custody state' },
  ITEM_DISPOSED: { status: 409, message: 'The item was disposed of' },
  LEDGER_BROKEN: { status: 500, message: 'The ledger failed verification' },
  BANK_NOT_FOUND: { status: 404, message: 'No such hash bank' },
  BANK_NAME_TAKEN: { status: 409, message: 'A hash bank with that name exists' },
  HASH_LIST_INVALID: { status: 400, message: 'The hash list has no valid line; nothing was imported' },
  HASH_LIST_EMPTY: { status: 400, message: 'The hash list holds no hashes; nothing was imported' },
  HASH_LIST_FORMAT: { status: 400, message: 'The file is not a hash list Tamga reads (plain, CSV or NSRL RDS v3)' },
  NOT_AN_IMAGE: { status: 409, message: 'This item is not an image Tamga can show' },
  REQUEST_NOT_FOUND: { status: 404, message: 'No such request' },
  REQUEST_INCOMPLETE: { status: 400, message: 'The request lacks fields its type needs' },
  REQUEST_TRANSITION: { status: 409, message: 'The request cannot move to that status from its current one' },
  REQUEST_TERMINAL: { status: 409, message: 'The request is closed; a correction is a new linked request' },
  REQUEST_SELF_APPROVAL: { status: 403, message: 'A request is approved by a supervisor other than its author (four eyes)' },
  REQUEST_HIGHER_APPROVAL_REQUIRED: {
    status: 403,
    message: 'This request needs a higher approver (content, traffic or a privileged target) after the supervisor',
  },
  REQUEST_FIRST_APPROVAL_REQUIRED: { status: 403, message: 'A supervisor other than the author approves the request first' },
  REQUEST_APPROVER_REPEATED: { status: 403, message: 'The higher approval must come from a person who has not approved it yet' },
  REQUEST_NOT_EMERGENCY: { status: 409, message: 'Only an emergency request is validated' },
  REQUEST_VALIDATION_CLOSED: { status: 409, message: 'The emergency request has been validated or invalidated already' },
  REQUEST_BELOW_SEVERITY_THRESHOLD: {
    status: 403,
    message: 'Content and traffic data may be requested only for offences above the severity threshold',
  },
  REQUEST_EMERGENCY_FIELDS_MISSING: { status: 400, message: 'An emergency request needs its emergency fields' },
  REQUEST_ADDRESSEE_REFERENCE_REQUIRED: { status: 400, message: 'Store the addressee’s reference to acknowledge a request' },
  REQUEST_ITEM_STATUSES_REQUIRED: { status: 400, message: 'Set the status of every item to record an outcome' },
  REQUEST_REFUSAL_REASON_REQUIRED: { status: 400, message: 'A refusal needs its reason' },
  REQUEST_RENEWAL_LIMIT: { status: 409, message: 'The preservation rule allows no further renewal' },
  REQUEST_NOT_PRESERVATION: { status: 409, message: 'This request is not a preservation' },
  REQUEST_NO_PRODUCTION: { status: 409, message: 'This request cannot receive a production in its current state' },
  REQUEST_LINK_INVALID: { status: 400, message: 'A linked request must exist in the same case' },
  LETTER_RENDERER_UNAVAILABLE: { status: 503, message: 'No letter renderer is configured on this instance' },
  DIRECTORY_ENTRY_NOT_FOUND: { status: 404, message: 'No such provider or authority in the directory' },
  ITEM_SEQUESTERED: {
    status: 409,
    message: 'The item is sequestered as outside the request’s scope; a supervisor must release it first',
  },
  NOT_SEQUESTERED: { status: 409, message: 'The item is not awaiting a sequestration decision' },
  SEARCH_QUERY_INVALID: { status: 400, message: 'The search query is not valid' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; wait and try again' },
  INTERNAL: { status: 500, message: 'Something went wrong inside Tamga' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export class TamgaError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? ERROR_CATALOG[code].message);
    this.name = 'TamgaError';
    this.code = code;
    this.status = ERROR_CATALOG[code].status;
    this.details = details;
  }
}

export function isTamgaError(error: unknown): error is TamgaError {
  return error instanceof TamgaError;
}
