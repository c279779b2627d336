// The vocabulary of cross-border requests (DOMAIN.md §4) on the web side: the wire types, the constant lists
// the forms offer, and small pure helpers (how near a deadline is, terminal states, guard refusals in words).
import i18next from 'i18next';
import { ApiError, type RouteOutput, type Routes } from '@tamga/api';
import { errorMessage } from '../../api';

export type EvidenceRequest = RouteOutput<Routes['getRequest']>['request'];
export type RequestDetailData = RouteOutput<Routes['getRequest']>;
export type RequestSummary = RouteOutput<Routes['listRequests']>['requests'][number];
export type Deadline = RequestDetailData['deadlines'][number];
export type Catalogue = RouteOutput<Routes['requestCatalogue']>;
export type TypeDefinition = Catalogue['types'][number];
export type DirectoryEntry = RouteOutput<Routes['createDirectoryEntry']>;
export type RequestStatus = EvidenceRequest['status'];
export type RequestTypeCode = EvidenceRequest['type'];
export type Urgency = EvidenceRequest['urgency'];
export type Channel = EvidenceRequest['addressee']['channel'];
export type AddresseeKind = EvidenceRequest['addressee']['kind'];
export type ExtraField = TypeDefinition['extraFields'][number];
export type ItemStatus = EvidenceRequest['items'][number]['status'];

export const STATUSES: RequestStatus[] = [
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
];
export const TERMINAL: RequestStatus[] = [
  'FULFILLED',
  'PARTIALLY_FULFILLED',
  'NO_DATA',
  'REFUSED',
  'UNDELIVERABLE',
  'NO_RESPONSE',
  'WITHDRAWN',
  'EXPIRED',
  'INVALIDATED',
];
export const URGENCIES: Urgency[] = ['ROUTINE', 'URGENT', 'EMERGENCY'];
export const CHANNELS: Channel[] = ['PORTAL', 'EMAIL', 'DIPLOMATIC', 'POC'];
export const ADDRESSEE_KINDS: AddresseeKind[] = [
  'PROVIDER',
  'REGISTRAR',
  'POC_24_7',
  'CENTRAL_AUTHORITY',
  'EU_LEGAL_REP',
  'COUNTERPART_AUTHORITY',
];
export const OUTCOMES = ['FULFILLED', 'PARTIALLY_FULFILLED', 'NO_DATA', 'REFUSED', 'UNDELIVERABLE', 'NO_RESPONSE'] as const;
export const ITEM_STATUSES: ItemStatus[] = ['PENDING', 'FULFILLED', 'NO_DATA', 'REFUSED'];
export const REFUSAL_REASONS = [
  'LEGAL_INSUFFICIENCY',
  'OVERBROAD',
  'DUAL_CRIMINALITY',
  'PRIVILEGE_OR_PRESS',
  'ESSENTIAL_INTERESTS',
  'CONFLICT_OF_LAWS',
  'WRONG_ENTITY',
] as const;
/** Statuses in which a production is taken in (the server's own list). */
export const RECEIVING: RequestStatus[] = ['SENT', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED'];
/** Instruments the five states are not Party to: never the whole legal basis (the server's guard). */
export const MODEL_ONLY_INSTRUMENTS = ['BUDAPEST', 'BUDAPEST_2AP', 'EU_2023_1543'];

export const isTerminal = (status: RequestStatus) => TERMINAL.includes(status);

/** Days from now to `iso`, rounded towards the past (negative when overdue). */
export function daysUntil(iso: string, now = Date.now()): number {
  return Math.floor((Date.parse(iso) - now) / 86_400_000);
}

export type Nearness = 'overdue' | 'near' | 'later';

/** Overdue, within 7 days, or later. */
export function nearness(iso: string, now = Date.now()): Nearness {
  const ms = Date.parse(iso) - now;
  if (ms < 0) return 'overdue';
  return ms <= 7 * 86_400_000 ? 'near' : 'later';
}

/** An instrument code in words: the authorisations' list first, then this module's own, else the code. */
export function instrumentName(code: string): string {
  for (const key of [`authorizations:instruments.${code}`, `requests:instruments.${code}`]) {
    if (i18next.exists(key)) return i18next.t(key);
  }
  return code;
}

/** "en" or "ru" for the letter: the reader's language when it is one of the two. */
export function letterLanguage(language: string): 'en' | 'ru' {
  return language.startsWith('ru') ? 'ru' : 'en';
}

/** Field paths the server names in REQUEST_INCOMPLETE (`offence.summaryOfFacts`, `items[0].window …`) in words. */
export function fieldName(path: string): string {
  const t = i18next.t.bind(i18next);
  const item = /^items\[(\d+)\]\.(\w+)/.exec(path);
  if (item) {
    const n = Number(item[1]) + 1;
    return item[2] === 'window'
      ? t('requests:form.invalidWindow', { n })
      : t('requests:form.itemLabel', { field: t('requests:form.selectorValue'), n });
  }
  const basis = /^legalBasis\[(\d+)\]/.exec(path);
  if (basis) return `${t('requests:form.domesticProvision')} (${Number(basis[1]) + 1})`;
  const extra = /^extra\.(\w+)/.exec(path);
  if (extra) return i18next.exists(`requests:extra.${extra[1]}`) ? t(`requests:extra.${extra[1]}`) : extra[1]!;
  const simple: Record<string, string> = {
    'requestingAuthority.name': 'form.authorityName',
    'requestingAuthority.country': 'form.authorityCountry',
    'requestingAuthority.unit': 'form.authorityUnit',
    'requestingAuthority.officer.name': 'form.officerName',
    'addressee.name': 'form.addresseeName',
    'addressee.country': 'form.addresseeCountry',
    'addressee.kind': 'form.addresseeKind',
    legalBasis: 'form.legalBasis',
    authorizationId: 'form.authorizationPick',
    'offence.codes': 'form.offenceCodes',
    'offence.nationalArticle': 'form.nationalArticle',
    'offence.summaryOfFacts': 'form.summaryOfFacts',
    necessityStatement: 'form.necessity',
    proportionalityStatement: 'form.proportionality',
    relationToOffence: 'form.relation',
    items: 'form.items',
    'confidentiality.nonDisclosureRequested': 'form.nonDisclosure',
    'emergency.natureOfThreat': 'form.natureOfThreat',
    'emergency.howDataAverts': 'form.howDataAverts',
    'emergency.attestedBy': 'form.attestedBy',
    'emergency.followUpProcessDue': 'form.followUpDue',
  };
  const key = Object.keys(simple).find((k) => path === k || path.startsWith(`${k} `));
  if (key) return t(`requests:${simple[key]!}`);
  return path;
}

/**
 * A refusal of the server in words: the code's sentence in the reader's language, with what the server
 * names precisely — the missing fields of an incomplete request, or the line whose selector is out of scope.
 */
export function requestError(error: unknown): string {
  const base = errorMessage(error);
  if (!(error instanceof ApiError)) return base;
  const missing = error.details?.missing;
  if (Array.isArray(missing) && missing.length > 0) {
    return i18next.t('requests:errors.missing', { fields: missing.map((m) => fieldName(String(m))).join('; ') });
  }
  const line = /Item (\d+) \(/.exec(error.message);
  if (line && error.code.startsWith('AUTH_')) return i18next.t('requests:errors.item', { n: line[1], reason: base });
  return base;
}
