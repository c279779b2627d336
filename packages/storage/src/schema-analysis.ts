// Table shapes of the analysis layer (migration 0007), kept beside schema.ts so that file stays readable.

export interface EntityOccurrencesTable {
  case_id: string;
  item_id: string;
  artifact_id: string;
  artifact_type: string;
  at: string;
  entity_key: string;
  type: string;
  value: string;
  valid: number;
  field: string;
  start: number;
  end: number;
  raw: string;
  account: string | null;
  data: string;
}

export interface CommunicationsTable {
  case_id: string;
  item_id: string;
  artifact_id: string;
  artifact_type: string;
  at: string;
  source: string;
  target: string;
}

export interface MessageReferencesTable {
  case_id: string;
  item_id: string;
  artifact_id: string;
  message_id: string;
  relation: string;
}

export interface ItemAnalysisTable {
  item_id: string;
  case_id: string;
  status: string;
  updated_at: string;
  data: string;
}

export interface AccessRequestsTable {
  id: string;
  requester_id: string;
  from_case_id: string;
  target_case_id: string;
  entity_key: string;
  status: string;
  created_at: string;
  data: string;
}
