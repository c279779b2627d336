// Ports: the capabilities core needs from the outside world. Adapters live in storage and server.
import type { Authorization } from './authorization';
import type { Case, CaseMember, CaseStatus } from './case';
import type { EvidenceItem, FileTimes, IntegrityIncident } from './evidence-item';
import type { Checkpoint, LedgerEvent } from './ledger-event';
import type { Session, User } from './user';
import type { Artifact, ArtifactRecord } from './artifact';
import type { ArtifactFilter, ItemProcessing, ProcessingStatus } from './item-processing';

export interface Clock {
  now(): Date;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface TotpProvider {
  generateSecret(): string;
  /** Checks the code against the time given, so verification follows the instance's clock. */
  verify(secret: string, code: string, at: Date): Promise<boolean>;
  uri(secret: string, accountName: string): string;
}

export interface Signer {
  readonly keyId: string;
  readonly publicKeyHex: string;
  sign(message: Uint8Array): Promise<string>;
}

export interface RandomSource {
  /** A v4 UUID for row ids. */
  id(): string;
  /** URL-safe secret of the given number of random bytes. */
  token(bytes: number): string;
}

export interface UserRepository {
  insert(user: User): Promise<void>;
  update(user: User): Promise<void>;
  byId(id: string): Promise<User | undefined>;
  byUsername(username: string): Promise<User | undefined>;
  list(): Promise<User[]>;
  count(): Promise<number>;
}

export interface SessionRepository {
  insert(session: Session): Promise<void>;
  byTokenHash(tokenHash: string): Promise<Session | undefined>;
  revoke(id: string, at: string): Promise<void>;
  revokeAllOf(userId: string, at: string): Promise<void>;
}

export interface CaseRepository {
  insert(record: Case): Promise<void>;
  update(record: Case): Promise<void>;
  byId(id: string): Promise<Case | undefined>;
  byReference(reference: string): Promise<Case | undefined>;
  /** Cases where the user is a member, with their access level. */
  listForMember(userId: string): Promise<Array<{ case: Case; level: CaseMember['level'] }>>;
  listAll(filter?: { status?: CaseStatus }): Promise<Case[]>;
  members(caseId: string): Promise<CaseMember[]>;
  membership(caseId: string, userId: string): Promise<CaseMember | undefined>;
  upsertMember(member: CaseMember): Promise<void>;
  removeMember(caseId: string, userId: string): Promise<void>;
}

export interface AuthorizationRepository {
  insert(authorization: Authorization): Promise<void>;
  update(authorization: Authorization): Promise<void>;
  byId(caseId: string, id: string): Promise<Authorization | undefined>;
  listForCase(caseId: string): Promise<Authorization[]>;
}

export interface EvidenceRepository {
  insert(item: EvidenceItem): Promise<void>;
  update(item: EvidenceItem): Promise<void>;
  byId(caseId: string, id: string): Promise<EvidenceItem | undefined>;
  /** An item with this path under this parent (null: top level), for idempotent re-ingest. */
  byPath(caseId: string, parentId: string | null, originalPath: string): Promise<EvidenceItem | undefined>;
  listForCase(caseId: string, filter?: { parentId?: string | null }): Promise<EvidenceItem[]>;
  /** Every item, case by case, for deep verification. */
  listAll(afterId: string | null, limit: number): Promise<EvidenceItem[]>;
  countChildren(caseId: string, parentId: string | null): Promise<number>;
  insertIncident(incident: IntegrityIncident): Promise<void>;
  updateIncident(incident: IntegrityIncident): Promise<void>;
  incident(caseId: string, id: string): Promise<IntegrityIncident | undefined>;
  incidentsForCase(caseId: string): Promise<IntegrityIncident[]>;
}

/** The examiner's own file system, for intake from a path. */
export interface LocalFiles {
  stat(path: string): Promise<{ kind: 'file' | 'directory' | 'other'; size: number; times: FileTimes }>;
  /** Every regular file under a folder, in a stable order, with its path relative to the folder. */
  walk(root: string): AsyncIterable<{ path: string; relativePath: string; size: number; times: FileTimes }>;
}

export interface LedgerQuery {
  caseId?: string;
  targetId?: string;
  afterSeq?: number;
  beforeSeq?: number;
  limit: number;
  order: 'asc' | 'desc';
}

export interface LedgerRepository {
  /** Serialises appends across connections until the transaction ends. */
  lockHead(): Promise<void>;
  last(): Promise<LedgerEvent | undefined>;
  insert(event: LedgerEvent): Promise<void>;
  list(query: LedgerQuery): Promise<LedgerEvent[]>;
  lastCheckpoint(): Promise<Checkpoint | undefined>;
  insertCheckpoint(checkpoint: Checkpoint): Promise<void>;
  checkpoints(): Promise<Checkpoint[]>;
}

export interface ArtifactRepository {
  /** Derived data may be rebuilt: reprocessing removes an item's artefacts before writing new ones. */
  deleteForItem(caseId: string, itemId: string): Promise<number>;
  byId(caseId: string, id: string): Promise<Artifact | undefined>;
  /** Time order (undated last), then id. */
  list(caseId: string, filter?: ArtifactFilter): Promise<Artifact[]>;
  /** In emission order, for digests and exports. */
  listForItem(itemId: string, afterOrdinal: number, limit: number): Promise<Artifact[]>;
  countByType(caseId: string): Promise<Record<string, number>>;
}

export interface ProcessingRepository {
  upsert(state: ItemProcessing): Promise<void>;
  get(itemId: string): Promise<ItemProcessing | undefined>;
  listForCase(caseId: string, filter?: { status?: ProcessingStatus; parserId?: string }): Promise<ItemProcessing[]>;
  counts(caseId: string): Promise<Record<ProcessingStatus, number>>;
}

export interface Tx {
  users: UserRepository;
  sessions: SessionRepository;
  cases: CaseRepository;
  authorizations: AuthorizationRepository;
  evidence: EvidenceRepository;
  ledger: LedgerRepository;
  artifacts: ArtifactRepository;
  processing: ProcessingRepository;
}

export interface TransactionOptions {
  /**
   * False for derived and operational state (processing progress, jobs, artefacts) that may be rebuilt: its
   * commit is not flushed to disk by itself (a power cut may lose the last few), while the order of commits
   * is kept, so the next durable commit (anything with a ledger event) makes it durable too. Default true.
   */
  durable?: boolean;
}

export interface Store {
  /** Runs fn in one database transaction: the change and its ledger event commit together or not at all. */
  transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Writes a batch of artefacts in a transaction of its own, outside `transaction` (never call it inside
   * one): artefacts are derived data, written in bulk, and need neither the ledger's lock nor the caller's
   * thread. A repeated id fails the batch with ARTIFACT_KEY_REPEATED.
   */
  appendArtifacts(records: ArtifactRecord[]): Promise<void>;
  close(): Promise<void>;
}
