// Table shapes as Kysely sees them. Times are ISO-8601 UTC text and flags are 0/1 on both databases,
// so rows read back identically whichever one is in use.
import type { Generated } from 'kysely';
import type {
  AccessRequestsTable,
  CommunicationsTable,
  EntityOccurrencesTable,
  ItemAnalysisTable,
  MessageReferencesTable,
} from './schema-analysis';
import type { HashBankEntriesTable, HashBanksTable, HashMatchesTable, ItemImageHashesTable } from './schema-hash-banks';
import type { DirectoryEntriesTable, EvidenceRequestsTable, RequestRemindersTable } from './schema-requests';

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  must_change_password: number;
  totp_secret: string | null;
  totp_enabled: number;
  disabled: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  kind: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface CasesTable {
  id: string;
  reference: string;
  title: string;
  description: string;
  country: string;
  time_zone: string;
  status: string;
  training: number;
  offences: string;
  /** JSON array of strings (migration 0015). */
  trusted_mail_hosts: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface CaseMembersTable {
  case_id: string;
  user_id: string;
  level: string;
  added_at: string;
  added_by: string;
}

export interface AuthorizationsTable {
  id: string;
  case_id: string;
  type: string;
  number: string;
  valid_from: string;
  valid_until: string;
  recorded_at: string;
  /** The whole authorisation as JSON; the columns above are copies for queries. */
  data: string;
}

export interface LedgerEventsTable {
  seq: number;
  at: string;
  tz: string;
  actor_id: string | null;
  actor_name: string;
  case_id: string | null;
  target_type: string | null;
  target_id: string | null;
  action: string;
  justification: string | null;
  authorization_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export interface LedgerCheckpointsTable {
  tree_size: number;
  at: string;
  root_hash: string;
  frontier: string;
  key_id: string;
  public_key: string;
  signature: string;
}

export interface EvidenceItemsTable {
  id: string;
  case_id: string;
  parent_id: string | null;
  parent_key: string;
  exhibit_number: string;
  kind: string;
  status: string;
  original_path: string;
  size: number | string | null;
  md5: string | null;
  sha1: string | null;
  sha256: string | null;
  created_at: string;
  /** The rest of the item as JSON; identity and digests live in the columns above, which are authoritative. */
  data: string;
}

export interface IntegrityIncidentsTable {
  id: string;
  case_id: string;
  item_id: string;
  opened_at: string;
  resolved_at: string | null;
  data: string;
}

export interface JobsTable {
  id: string;
  name: string;
  payload: string;
  status: string;
  attempts: number;
  max_attempts: number;
  run_at: string;
  lease_until: string | null;
  worker_id: string | null;
  last_error: string | null;
  dedupe_key: string | null;
  /** Set when the same work was queued while this job ran: it runs once more afterwards, with this payload. */
  rerun_payload: string | null;
  /** The job queued when this one is given up for good (EnqueueJob.onGiveUp). */
  give_up_job: string | null;
  created_at: string;
  updated_at: string;
}

export interface ArtifactsTable {
  id: string;
  case_id: string;
  item_id: string;
  parser_id: string;
  parser_version: string;
  /** ArtifactRecord.run. */
  run: number;
  ordinal: number;
  type: string;
  at: string;
  zone: string | null;
  actors: string;
  text: string | null;
  data: string;
}

export interface ItemProcessingTable {
  item_id: string;
  case_id: string;
  status: string;
  parser_id: string | null;
  updated_at: string;
  data: string;
}

/**
 * One row per indexed artefact (migration 0009). `doc` is the integer key the index uses (on SQLite the rowid of the
 * FTS5 table search_fts, chosen to sort by case and hour; PostgreSQL returns it as a string); `at` is '~' when
 * undated. On SQLite `text_id` points into search_texts; PostgreSQL keys search_texts by doc and adds a `tsv`
 * tsvector column. Both are written and read only through raw SQL in storage/src/search/.
 */
export interface SearchDocumentsTable {
  doc: Generated<number | string>;
  artifact_id: string;
  case_id: string;
  item_id: string;
  type: string;
  at: string;
}

/** The accounts (`account:…`) and entities (`entity:…`) of an indexed artefact, for filters. */
export interface SearchKeysTable {
  doc: number | string;
  key: string;
}

export interface Database {
  artifacts: ArtifactsTable;
  item_processing: ItemProcessingTable;
  search_documents: SearchDocumentsTable;
  search_keys: SearchKeysTable;
  entity_occurrences: EntityOccurrencesTable;
  communications: CommunicationsTable;
  message_references: MessageReferencesTable;
  item_analysis: ItemAnalysisTable;
  access_requests: AccessRequestsTable;
  hash_banks: HashBanksTable;
  hash_bank_entries: HashBankEntriesTable;
  hash_matches: HashMatchesTable;
  item_image_hashes: ItemImageHashesTable;
  evidence_requests: EvidenceRequestsTable;
  request_reminders: RequestRemindersTable;
  directory_entries: DirectoryEntriesTable;
  jobs: JobsTable;
  evidence_items: EvidenceItemsTable;
  integrity_incidents: IntegrityIncidentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  cases: CasesTable;
  case_members: CaseMembersTable;
  authorizations: AuthorizationsTable;
  ledger_events: LedgerEventsTable;
  ledger_checkpoints: LedgerCheckpointsTable;
}
