// Cases, members and offences on the wire.
import { z } from 'zod';

export const AccessLevel = z.enum(['read', 'contribute', 'lead']);
export const CaseStatus = z.enum(['open', 'suspended', 'closed', 'archived']);

export const OffenceRef = z
  .object({
    framework: z.enum(['NATIONAL', 'BUDAPEST', 'UNODC_TUI']),
    code: z.string().min(1).max(60),
    country: z.string().length(2).optional(),
    maxPenaltyYears: z.number().min(0).max(100).optional(),
  })
  .strict();

/** Host names, domains (`*.mail.kz`), addresses or ranges; the server checks and normalises each (core/mail-hosts.ts). */
const TrustedMailHosts = z.array(z.string().max(300)).max(200);

export const Case = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  description: z.string(),
  country: z.string(),
  timeZone: z.string(),
  status: CaseStatus,
  training: z.boolean(),
  offences: z.array(OffenceRef),
  trustedMailHosts: z.array(z.string()),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});

export const CaseSummary = z.object({ case: Case, myLevel: AccessLevel });
export const CaseDetail = CaseSummary.extend({ memberCount: z.number().int(), authorizationCount: z.number().int() });

export const CreateCaseBody = z
  .object({
    reference: z.string().min(1).max(100),
    title: z.string().min(1).max(300),
    description: z.string().max(10_000).optional(),
    country: z.string().length(2),
    timeZone: z.string().min(1).max(64),
    offences: z.array(OffenceRef).min(1).max(50),
    training: z.boolean().optional(),
    trustedMailHosts: TrustedMailHosts.optional(),
  })
  .strict();

export const UpdateCaseBody = z
  .object({
    title: z.string().min(1).max(300).optional(),
    description: z.string().max(10_000).optional(),
    offences: z.array(OffenceRef).min(1).max(50).optional(),
    trustedMailHosts: TrustedMailHosts.optional(),
  })
  .strict();

export const ChangeStatusBody = z.object({ status: CaseStatus, reason: z.string().min(1).max(2000) }).strict();

export const Member = z.object({
  caseId: z.string(),
  userId: z.string(),
  level: AccessLevel,
  addedAt: z.string(),
  addedBy: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
});
export const SetMemberBody = z.object({ level: AccessLevel }).strict();

export const AdminCaseView = z.object({
  id: z.string(),
  reference: z.string(),
  status: CaseStatus,
  training: z.boolean(),
  members: z.array(z.object({ userId: z.string(), username: z.string(), level: AccessLevel })),
});

export const OffenceDefinition = z.object({
  framework: z.enum(['BUDAPEST', 'UNODC_TUI']),
  code: z.string(),
  labels: z.object({ en: z.string(), ru: z.string() }),
  tag: z.enum(['V', 'S', 'U']),
});
