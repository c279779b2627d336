// Request reference data on the wire: the type catalogue and rules, the directory, oversight statistics and
// the letter as data. Split from request-schemas.ts to keep each file small.
import { z } from 'zod';
import { LegalBasis } from './authorization-schemas';
import { IsoTime } from './common-schemas';
import {
  AddresseeKind,
  Channel,
  Confidentiality,
  Emergency,
  ExtraField,
  Offence,
  RequestingAuthority,
  RequestTypeCode,
  Urgency,
} from './request-schemas';

const Text = (max = 10_000) => z.string().max(max);

export const RequestTypeDefinition = z.object({
  code: RequestTypeCode,
  label: z.string(),
  addresseeKinds: z.array(AddresseeKind),
  measure: z.string(),
  extraFields: z.array(ExtraField),
  requiresNonDisclosure: z.boolean(),
  emergency: z.boolean(),
  preservation: z.boolean(),
  producesData: z.boolean(),
  defaultLegalBasis: z.array(z.object({ instrument: z.string(), article: z.string().optional() })),
  preservationRuleId: z.string().optional(),
  responseRuleId: z.string().optional(),
  tag: z.string(),
});
export const TimerRule = z.object({
  id: z.string(),
  trigger: z.string(),
  periodHours: z.number(),
  renewal: z.object({ periodHours: z.number(), maxRenewals: z.number().int().nullable() }).nullable(),
  source: z.string(),
  verified: z.boolean(),
});
export const CountryRule = z.object({
  country: z.string(),
  contentTrafficMinPenaltyYears: z.number(),
  source: z.string(),
  verified: z.boolean(),
});
export const RequestCatalogue = z.object({
  types: z.array(RequestTypeDefinition),
  timerRules: z.array(TimerRule),
  countryRules: z.array(CountryRule),
  reminderDays: z.array(z.number().int()),
});

export const DirectoryInput = z
  .object({
    kind: AddresseeKind,
    name: z.string().min(1).max(300),
    legalEntity: Text(300),
    country: Text(2),
    channel: Channel,
    contact: Text(1000),
    emergencyCriteria: Text(2000).nullable(),
    preservationRuleId: z.string().max(100).nullable(),
    requirements: Text(),
    notes: Text(),
    unverified: z.array(z.string().max(100)).max(50),
    verifiedOn: z.iso.date().nullable(),
    sourceUrl: z.string().max(1000).nullable(),
  })
  .strict();
export const DirectoryEntry = DirectoryInput.extend({ id: z.string(), updatedAt: z.string(), updatedBy: z.string().nullable() });

export const RequestStatistics = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  total: z.number().int(),
  byType: z.record(z.string(), z.number().int()),
  byStatus: z.record(z.string(), z.number().int()),
  byOutcome: z.record(z.string(), z.number().int()),
  byCategory: z.record(z.string(), z.number().int()),
  byAddressee: z.array(
    z.object({
      name: z.string(),
      kind: z.string(),
      country: z.string(),
      count: z.number().int(),
      outcomes: z.record(z.string(), z.number().int()),
    }),
  ),
  medianDaysToResponse: z.number().nullable(),
  responses: z.number().int(),
  medianDaysToAcknowledgement: z.number().nullable(),
});
export const StatisticsQuery = z.object({ from: IsoTime.optional(), to: IsoTime.optional() }).strict();

export const RequestLetter = z.object({
  reference: z.string(),
  type: z.string(),
  urgency: Urgency,
  issuedAt: z.string(),
  caseReference: z.string(),
  requestingAuthority: RequestingAuthority,
  addressee: z.object({
    kind: z.string(),
    name: z.string(),
    legalEntity: z.string().optional(),
    country: z.string(),
    channel: z.string(),
    reference: z.string().optional(),
  }),
  legalBasis: z.array(LegalBasis),
  authorization: z
    .object({ type: z.string(), number: z.string(), issuedBy: z.string(), issuedAt: z.string(), validUntil: z.string().nullable() })
    .nullable(),
  offence: Offence,
  necessityStatement: z.string(),
  proportionalityStatement: z.string(),
  relationToOffence: z.string(),
  items: z.array(
    z.object({
      selectorType: z.string(),
      selectorValue: z.string(),
      service: z.string().optional(),
      category: z.string(),
      windowFrom: z.string(),
      windowTo: z.string(),
    }),
  ),
  confidentiality: Confidentiality,
  emergency: Emergency.optional(),
  preservation: z.object({ preservationRef: z.string().optional(), expiresAt: z.string().optional() }).optional(),
  extra: z.record(z.string(), z.string()),
  linkedReferences: z.array(z.string()),
});
