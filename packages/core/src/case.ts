// Cases, their status lifecycle and their members.
import type { AccessLevel } from './roles';
import type { OffenceRef } from './offences';

export const CASE_STATUSES = ['open', 'suspended', 'closed', 'archived'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Allowed moves; a closed case can be reopened, an archived one is final. */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['suspended', 'closed'],
  suspended: ['open', 'closed'],
  closed: ['open', 'archived'],
  archived: [],
};

export interface Case {
  id: string;
  reference: string;
  title: string;
  description: string;
  country: string;
  timeZone: string;
  status: CaseStatus;
  training: boolean;
  offences: OffenceRef[];
  /** The recipient side's own mail hosts, names, domains or ranges (mail-hosts.ts): how e-mails' origin IPs are found. */
  trustedMailHosts: string[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface CaseMember {
  caseId: string;
  userId: string;
  level: AccessLevel;
  addedAt: string;
  addedBy: string;
}
