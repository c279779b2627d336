// The request type catalogue of DOMAIN.md §4.3 as data: who a request goes to, which fields it needs on top
// of the common ones (§4.4), the measure it relies on (G1), the legal bases it usually cites and its timers.
// Adding or correcting a type is a change to this table, not to the lifecycle code.
import type { Measure } from '../authorization';

export const ADDRESSEE_KINDS = ['PROVIDER', 'REGISTRAR', 'POC_24_7', 'CENTRAL_AUTHORITY', 'EU_LEGAL_REP', 'COUNTERPART_AUTHORITY'] as const;
export type AddresseeKind = (typeof ADDRESSEE_KINDS)[number];

export const REQUEST_TYPE_CODES = [
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
] as const;
export type RequestTypeCode = (typeof REQUEST_TYPE_CODES)[number];

/** A type's own fields (DOMAIN.md §4.3), kept under these stable keys in `request.extra` and in the letter. */
export const EXTRA_FIELDS = [
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
] as const;
export type ExtraField = (typeof EXTRA_FIELDS)[number];

export interface DefaultLegalBasis {
  instrument: string;
  article?: string;
}

export interface RequestTypeDefinition {
  code: RequestTypeCode;
  label: string;
  addresseeKinds: readonly AddresseeKind[];
  /** The measure an authorisation must cover (DOMAIN.md §3.4, "request type → measure for G1"). */
  measure: Measure;
  /** Fields of `request.extra` that must be filled before review. */
  extraFields: readonly ExtraField[];
  /** Whether non-disclosure must be explicitly requested (PRES_DIRECT asks the provider not to tip off the user). */
  requiresNonDisclosure: boolean;
  /** Emergency types always need the emergency block and start the follow-up timer (G7). */
  emergency: boolean;
  /** Preservations get an expiry on acknowledgement and may be renewed. */
  preservation: boolean;
  /** Whether a production can be received against it (a preservation discloses nothing). */
  producesData: boolean;
  /** Legal bases a draft is offered; the domestic provision is always the user's to fill in (never Budapest-only). */
  defaultLegalBasis: readonly DefaultLegalBasis[];
  /** The preservation rule used when the addressee's directory entry names none (§4.6). */
  preservationRuleId?: string;
  /** The response timer started on SEND (§4.6), if the type has one. */
  responseRuleId?: string;
  /** DOMAIN.md tag of the row: [V] checked, [U] unverified, [D] design choice. */
  tag: 'V' | 'U' | 'S' | 'D';
}

const PROVIDER_POLICY: DefaultLegalBasis = { instrument: 'PROVIDER_POLICY' };
const CPC: DefaultLegalBasis = { instrument: 'DOMESTIC_CPC' };

export const REQUEST_TYPES: Record<RequestTypeCode, RequestTypeDefinition> = {
  PRES_DIRECT: {
    code: 'PRES_DIRECT',
    label: 'Preservation request to a provider',
    addresseeKinds: ['PROVIDER', 'REGISTRAR', 'EU_LEGAL_REP'],
    measure: 'PRESERVATION',
    extraFields: ['followUpRoute'],
    requiresNonDisclosure: true,
    emergency: false,
    preservation: true,
    producesData: false,
    defaultLegalBasis: [PROVIDER_POLICY, { instrument: 'US_18USC2703F', article: '2703(f)' }, CPC],
    preservationRuleId: 'BUD16_MAX',
    tag: 'V',
  },
  PRES_247: {
    code: 'PRES_247',
    label: 'Preservation through the 24/7 network',
    addresseeKinds: ['POC_24_7'],
    measure: 'PRESERVATION',
    extraFields: ['authorityDescription', 'custodianOrLocation', 'intendedMla'],
    requiresNonDisclosure: false,
    emergency: false,
    preservation: true,
    producesData: false,
    defaultLegalBasis: [{ instrument: 'CIS_IT_2018' }, { instrument: 'BUDAPEST', article: '29' }, { instrument: 'UN_CYBERCRIME' }, CPC],
    preservationRuleId: 'BUD29_MIN',
    tag: 'V',
  },
  DISC_VOLUNTARY: {
    code: 'DISC_VOLUNTARY',
    label: 'Voluntary disclosure of non-content data',
    addresseeKinds: ['PROVIDER', 'EU_LEGAL_REP'],
    measure: 'PRODUCTION',
    extraFields: ['domesticOrder', 'relevance'],
    requiresNonDisclosure: false,
    emergency: false,
    preservation: false,
    producesData: true,
    defaultLegalBasis: [PROVIDER_POLICY, CPC],
    responseRuleId: 'RESPONSE_SLA_30D',
    tag: 'S',
  },
  DISC_EMERGENCY: {
    code: 'DISC_EMERGENCY',
    label: 'Emergency disclosure request to a provider',
    addresseeKinds: ['PROVIDER'],
    measure: 'PRODUCTION',
    extraFields: ['timeSensitivity'],
    requiresNonDisclosure: false,
    emergency: true,
    preservation: false,
    producesData: true,
    defaultLegalBasis: [PROVIDER_POLICY, { instrument: 'US_18USC2702B8', article: '2702(b)(8)' }, CPC],
    tag: 'S',
  },
  EMERG_247_2AP9: {
    code: 'EMERG_247_2AP9',
    label: 'Emergency request through the 24/7 network (2AP Art 9)',
    addresseeKinds: ['POC_24_7'],
    measure: 'PRODUCTION',
    extraFields: ['timeSensitivity'],
    requiresNonDisclosure: false,
    emergency: true,
    preservation: false,
    producesData: true,
    defaultLegalBasis: [{ instrument: 'BUDAPEST_2AP', article: '9' }, CPC],
    tag: 'U',
  },
  MLA_STORED: {
    code: 'MLA_STORED',
    label: 'Mutual legal assistance: stored data',
    addresseeKinds: ['CENTRAL_AUTHORITY'],
    measure: 'PRODUCTION',
    extraFields: ['factsAndLaw', 'natureOfAssistance', 'timeLimit'],
    requiresNonDisclosure: false,
    emergency: false,
    preservation: false,
    producesData: true,
    defaultLegalBasis: [{ instrument: 'BILATERAL_MLAT' }, { instrument: 'CIS_MINSK_1993' }, { instrument: 'UNTOC', article: '18' }, CPC],
    responseRuleId: 'MLA_EXPECTED_90D',
    tag: 'V',
  },
  MLA_EMERGENCY: {
    code: 'MLA_EMERGENCY',
    label: 'Emergency mutual legal assistance (2AP Art 10)',
    addresseeKinds: ['CENTRAL_AUTHORITY'],
    measure: 'PRODUCTION',
    extraFields: ['factsAndLaw', 'natureOfAssistance', 'timeLimit', 'justification'],
    requiresNonDisclosure: false,
    emergency: true,
    preservation: false,
    producesData: true,
    defaultLegalBasis: [{ instrument: 'BUDAPEST_2AP', article: '10' }, { instrument: 'BILATERAL_MLAT' }, CPC],
    tag: 'V',
  },
  DOMAIN_REG: {
    code: 'DOMAIN_REG',
    label: 'Domain registration data from a registrar or registry',
    addresseeKinds: ['REGISTRAR'],
    measure: 'PRODUCTION',
    extraFields: ['dataElements', 'purposeAndUseLimitation'],
    requiresNonDisclosure: false,
    emergency: false,
    preservation: false,
    producesData: true,
    defaultLegalBasis: [{ instrument: 'BUDAPEST_2AP', article: '6' }, CPC],
    responseRuleId: 'RESPONSE_SLA_30D',
    tag: 'U',
  },
  SUBSCRIBER_ORDER_2AP7: {
    code: 'SUBSCRIBER_ORDER_2AP7',
    label: 'Order for subscriber information (2AP Art 7)',
    addresseeKinds: ['PROVIDER'],
    measure: 'PRODUCTION',
    extraFields: ['legalGroundsAndPenalties', 'returnManner', 'priorPreservationRef'],
    requiresNonDisclosure: false,
    emergency: false,
    preservation: false,
    producesData: true,
    defaultLegalBasis: [{ instrument: 'BUDAPEST_2AP', article: '7' }, CPC],
    responseRuleId: '2AP7_30D',
    tag: 'U',
  },
  SPONTANEOUS_INFO: {
    code: 'SPONTANEOUS_INFO',
    label: 'Spontaneous information to a counterpart authority',
    addresseeKinds: ['COUNTERPART_AUTHORITY', 'CENTRAL_AUTHORITY', 'POC_24_7'],
    measure: 'PRODUCTION',
    extraFields: ['conditions'],
    requiresNonDisclosure: false,
    emergency: false,
    preservation: false,
    producesData: false,
    defaultLegalBasis: [{ instrument: 'BUDAPEST', article: '26' }, { instrument: 'CIS_IT_2018' }, CPC],
    tag: 'U',
  },
};

export function requestType(code: RequestTypeCode): RequestTypeDefinition {
  return REQUEST_TYPES[code];
}
