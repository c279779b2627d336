// Table shapes of the requests module (migration 0010), kept beside schema.ts so that file stays readable.

export interface EvidenceRequestsTable {
  id: string;
  case_id: string;
  reference: string;
  type: string;
  status: string;
  /** 1 while a timer may still fire: not terminal, or a preservation still running. */
  open: number;
  created_at: string;
  updated_at: string;
  /** The whole request as JSON; the columns above are copies for queries. */
  data: string;
}

export interface RequestRemindersTable {
  request_id: string;
  case_id: string;
  expires_at: string;
  days_before: number;
  at: string;
}

export interface DirectoryEntriesTable {
  id: string;
  kind: string;
  name: string;
  country: string;
  updated_at: string;
  data: string;
}
