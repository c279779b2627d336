// Legal authorisations on the wire.
import { z } from 'zod';
import { IsoTime } from './common-schemas';

export const Measure = z.enum(['PRESERVATION', 'PARTIAL_DISCLOSURE_TRAFFIC', 'PRODUCTION', 'SEARCH_SEIZURE', 'RT_TRAFFIC', 'INTERCEPTION']);
export const DataCategory = z.enum(['SUBSCRIBER', 'IDENTIFICATION_ONLY', 'TRAFFIC', 'CONTENT', 'DOMAIN_REGISTRATION', 'LOCATION']);
export const SelectorType = z.enum([
  'ACCOUNT_ID',
  'USERNAME',
  'URL',
  'EMAIL',
  'PHONE_E164',
  'IP_PORT_TIMESTAMP',
  'DOMAIN',
  'IMEI',
  'DEVICE_ID',
  'PAYMENT_REF',
  'CRYPTO_ADDRESS',
]);
export const Selector = z.object({ type: SelectorType, value: z.string().min(1).max(500) }).strict();
export const Period = z.object({ from: IsoTime, to: IsoTime }).strict();

export const AuthorizationScope = z
  .object({
    categories: z.array(DataCategory).default([]),
    selectors: z.array(Selector).default([]),
    exhibits: z.array(z.string().min(1).max(100)).default([]),
    period: Period.nullable().default(null),
  })
  .strict();

export const LegalBasis = z
  .object({
    instrument: z.string().min(1).max(100),
    article: z.string().max(100).optional(),
    domesticProvision: z.string().min(1).max(300),
    treatyRef: z.string().max(300).optional(),
  })
  .strict();

export const AuthorizationType = z.enum(['COURT_WARRANT', 'PROSECUTOR_SANCTION', 'CONSENT', 'EMERGENCY_PROVISIONAL']);
export const IssuerType = z.enum(['JUDGE', 'COURT', 'INVESTIGATING_JUDGE', 'PROSECUTOR', 'OTHER_INDEPENDENT', 'DATA_SUBJECT']);
const IssuedBy = z.object({ body: z.string().min(1).max(300), name: z.string().max(300), country: z.string().length(2) }).strict();

export const RecordAuthorizationBody = z
  .object({
    type: AuthorizationType,
    number: z.string().min(1).max(100),
    issuerType: IssuerType,
    issuedBy: IssuedBy,
    issuedAt: IsoTime,
    validFrom: IsoTime,
    validUntil: IsoTime,
    measures: z.array(Measure).min(1),
    scope: AuthorizationScope,
    legalBasis: z.array(LegalBasis).min(1),
    grounds: z.string().min(1).max(10_000),
    conditions: z.array(z.string().max(2000)).optional(),
    validationDue: IsoTime.optional(),
    documentRef: z.string().max(500).optional(),
    documentHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  })
  .strict();

export const Authorization = z.object({
  id: z.string(),
  caseId: z.string(),
  type: AuthorizationType,
  number: z.string(),
  issuerType: IssuerType,
  issuedBy: IssuedBy,
  issuedAt: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  measures: z.array(Measure),
  scope: z.object({
    categories: z.array(DataCategory),
    selectors: z.array(Selector),
    exhibits: z.array(z.string()),
    period: Period.nullable(),
  }),
  legalBasis: z.array(LegalBasis),
  grounds: z.string(),
  conditions: z.array(z.string()),
  validationDue: z.string().nullable(),
  validatedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  documentRef: z.string().nullable(),
  documentHash: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const CheckAuthorizationBody = z
  .object({
    measure: Measure,
    categories: z.array(DataCategory).optional(),
    selectors: z.array(Selector).optional(),
    exhibits: z.array(z.string()).optional(),
    period: Period.optional(),
    authorizationId: z.string().optional(),
  })
  .strict();

export const SettleAuthorizationBody = z.object({ outcome: z.enum(['validated', 'revoked']), note: z.string().min(1).max(2000) }).strict();
