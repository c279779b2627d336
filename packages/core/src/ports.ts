// Ports: the capabilities core needs from the outside world. Adapters live in storage and server.
import type { Authorization } from './authorization';
import type { Case, CaseMember, CaseStatus } from './case';
import type { EvidenceItem, FileTimes, IntegrityIncident } from './evidence-item';
import type { Checkpoint, LedgerEvent } from './ledger-event';
import type { Session, User } from './user';
import type { Artifact, ArtifactRecord } from './artifact';
import type { ArtifactBatch } from './artifact-batch';
import type { ArtifactFilter, DerivedBrief, DerivedProcessing, ItemProcessing, ProcessingStatus } from './item-processing';
import type { Communication, EntityOccurrence, EntitySummary, ItemAnalysis, MessageReference } from './entity';
import type { AccessRequest, AccessRequestStatus } from './analysis/access-request';
import type { BankEntry, HashBank, HashMatch, ItemImageHash, SignalType } from './hash-banks/hash-bank';
import type { DirectoryRepository, RequestRepository } from './requests/request-ports';

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
  /** Many at once (the members of a container): one statement per few hundred rather than one each. */
  insertMany(items: readonly EvidenceItem[]): Promise<void>;
  update(item: EvidenceItem): Promise<void>;
  byId(caseId: string, id: string): Promise<EvidenceItem | undefined>;
  /** Those of these items that exist, in no particular order. */
  byIds(caseId: string, ids: readonly string[]): Promise<EvidenceItem[]>;
  /** An item with this path under this parent (null: top level), for idempotent re-ingest. */
  byPath(caseId: string, parentId: string | null, originalPath: string): Promise<EvidenceItem | undefined>;
  /** Those of these paths under this parent that exist, in no particular order. */
  byPaths(caseId: string, parentId: string | null, originalPaths: readonly string[]): Promise<EvidenceItem[]>;
  listForCase(caseId: string, filter?: { parentId?: string | null }): Promise<EvidenceItem[]>;
  /** Every item, case by case, for deep verification. */
  listAll(afterId: string | null, limit: number): Promise<EvidenceItem[]>;
  countChildren(caseId: string, parentId: string | null): Promise<number>;
  /**
   * For the expansion limit of a container found inside another: the size of the item taken in at the top of its
   * tree (exhibit number `origin`), and the bytes of the items under it, except those under `container`.
   */
  treeExpansion(caseId: string, origin: string, container: string): Promise<{ originSize: number; bytesElsewhere: number }>;
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
  /** Consecutive events, in order. */
  insertMany(events: readonly LedgerEvent[]): Promise<void>;
  list(query: LedgerQuery): Promise<LedgerEvent[]>;
  lastCheckpoint(): Promise<Checkpoint | undefined>;
  insertCheckpoint(checkpoint: Checkpoint): Promise<void>;
  checkpoints(): Promise<Checkpoint[]>;
}

export interface ArtifactRepository {
  /** Derived data may be rebuilt. */
  deleteForItem(caseId: string, itemId: string): Promise<number>;
  /** The item's artefacts that one run (ArtifactRecord.run) wrote. */
  deleteRun(caseId: string, itemId: string, run: number): Promise<number>;
  /** The item's artefacts that any other run wrote: a run that succeeded replaces the earlier ones. */
  deleteOtherRuns(caseId: string, itemId: string, run: number): Promise<number>;
  byId(caseId: string, id: string): Promise<Artifact | undefined>;
  /** The case's artefacts among these ids, in no particular order; ids of other cases or none are left out. */
  byIds(caseId: string, ids: readonly string[]): Promise<Artifact[]>;
  /** Time order (undated last), then id. */
  list(caseId: string, filter?: ArtifactFilter): Promise<Artifact[]>;
  /** In emission order, for digests and exports. */
  listForItem(itemId: string, afterOrdinal: number, limit: number): Promise<Artifact[]>;
  countByType(caseId: string): Promise<Record<string, number>>;
  /** How many artefacts fall into each [boundaries[i], boundaries[i + 1]) range. */
  histogram(caseId: string, filter: TimeRangeFilter, boundaries: string[]): Promise<number[]>;
  /** The first and last UTC time of the case's dated artefacts, and how many are undated. */
  span(caseId: string, filter: TimeRangeFilter): Promise<{ first: string | null; last: string | null; undated: number }>;
}

export interface ProcessingRepository {
  upsert(state: ItemProcessing): Promise<void>;
  upsertMany(states: readonly ItemProcessing[]): Promise<void>;
  get(itemId: string): Promise<ItemProcessing | undefined>;
  /** Those of these items that have a state, in no particular order. */
  getMany(itemIds: readonly string[]): Promise<ItemProcessing[]>;
  listForCase(caseId: string, filter?: { status?: ProcessingStatus; parserId?: string }): Promise<ItemProcessing[]>;
  counts(caseId: string): Promise<Record<ProcessingStatus, number>>;
  /**
   * How the items under this one stand (its children, theirs and so on; folders left out): counted by state, with
   * the first `shown` failed and skipped, each in the order they were recorded.
   */
  derivedFrom(caseId: string, itemId: string, shown: number): Promise<DerivedProcessing>;
  /**
   * Those of these items that have derived items (at any depth, folders left out) that failed or were skipped, with
   * how many and of how many; an item with none is left out. Found from the case's failed and skipped items upwards,
   * so items whose members all went well cost nothing.
   */
  derivedBriefs(caseId: string, itemIds: readonly string[]): Promise<Array<DerivedBrief & { itemId: string }>>;
}

export interface TimeRangeFilter {
  /** Inclusive lower and exclusive upper bound on the UTC time (ISO strings). */
  from?: string;
  to?: string;
  types?: string[];
  itemIds?: string[];
}

export interface EntityListFilter {
  type?: string;
  /** A part of the normalised value. */
  contains?: string;
  validOnly?: boolean;
  limit: number;
  /** The last key of the previous page. */
  after?: string;
}

export interface AnalysisRepository {
  /** Derived data: analysing an item again replaces what an earlier run found. */
  deleteForItem(itemId: string): Promise<void>;
  insertOccurrences(rows: EntityOccurrence[]): Promise<void>;
  insertCommunications(rows: Communication[]): Promise<void>;
  insertMessageReferences(rows: MessageReference[]): Promise<void>;
  /** The e-mails of a case that are, reply to or name any of these message ids. */
  messageReferencesTo(caseId: string, messageIds: readonly string[]): Promise<MessageReference[]>;
  /** The message ids these e-mails of a case are, reply to or name. */
  messageReferencesOf(caseId: string, artifactIds: readonly string[]): Promise<MessageReference[]>;
  upsertState(state: ItemAnalysis): Promise<void>;
  /** Forgets that the item was analysed, keeping what it found until it is analysed again (which replaces it). */
  deleteState(itemId: string): Promise<void>;
  state(itemId: string): Promise<ItemAnalysis | undefined>;
  states(caseId: string): Promise<ItemAnalysis[]>;
  counts(caseId: string): Promise<{ items: number; failed: number; occurrences: number }>;
  /** Most frequent first, then by key. */
  listEntities(caseId: string, filter: EntityListFilter): Promise<EntitySummary[]>;
  entity(caseId: string, key: string): Promise<EntitySummary | undefined>;
  occurrences(caseId: string, key: string, limit: number, offset: number): Promise<EntityOccurrence[]>;
  occurrencesForArtifact(artifactId: string): Promise<EntityOccurrence[]>;
  /** For each key, the other cases in which it occurs validly (the index over all cases). */
  casesWith(keys: string[], exceptCaseId: string): Promise<Array<{ key: string; caseId: string }>>;
  /** Communications grouped by source and target. */
  communicationEdges(
    caseId: string,
    filter: TimeRangeFilter,
    limit: number,
  ): Promise<Array<{ source: string; target: string; count: number; firstAt: string | null; lastAt: string | null }>>;
  /** Which account wrote which valid entity, and how often. */
  accountEntityEdges(
    caseId: string,
    filter: TimeRangeFilter,
    limit: number,
  ): Promise<Array<{ account: string; key: string; type: string; value: string; count: number }>>;
  /** Artefacts sharing each valid entity, for entity–entity co-occurrence. */
  artifactEntityPairs(caseId: string, filter: TimeRangeFilter, limit: number): Promise<Array<{ artifactId: string; key: string }>>;
}

export interface AccessRequestRepository {
  insert(request: AccessRequest): Promise<void>;
  byId(id: string): Promise<AccessRequest | undefined>;
  update(request: AccessRequest): Promise<void>;
  forTargetCase(caseId: string, status?: AccessRequestStatus): Promise<AccessRequest[]>;
  byRequester(userId: string): Promise<AccessRequest[]>;
}

/** An entry of an enabled bank, with what a match needs to name it. */
export interface LiveBankEntry extends BankEntry {
  bankName: string;
  meaning: HashBank['meaning'];
}

export interface HashBankRepository {
  insertBank(bank: HashBank): Promise<void>;
  updateBank(bank: HashBank): Promise<void>;
  bankById(id: string): Promise<HashBank | undefined>;
  bankByName(name: string): Promise<HashBank | undefined>;
  listBanks(): Promise<HashBank[]>;
  /**
   * Changes whenever a bank is created, imported into, enabled or disabled: every process compares it with the
   * one its in-memory PDQ index was built from, so an import by the CLI reaches a running server's worker.
   */
  signature(): Promise<string>;
  /** Adds entries, keeping the first of a repeated (bank, signal, value); returns how many were new. */
  insertEntries(entries: BankEntry[]): Promise<number>;
  /** Removes entries newer than the bank's version: what an interrupted import left behind. */
  deleteEntriesAbove(bankId: string, version: number): Promise<number>;
  countEntries(bankId: string, upToVersion: number): Promise<Record<SignalType, number>>;
  /** Entries of enabled banks (up to each bank's version) with any of these values. */
  findExact(values: Array<{ signal: SignalType; value: string }>): Promise<LiveBankEntry[]>;
  /** PDQ entries of enabled banks in a stable order, for building the index page by page. */
  livePdqEntries(after: { bankId: string; value: string } | null, limit: number): Promise<LiveBankEntry[]>;
  replaceMatches(itemId: string, matches: HashMatch[]): Promise<void>;
  /** Matches from banks that are enabled now. */
  matchesForCase(caseId: string, filter?: { itemId?: string; limit?: number }): Promise<HashMatch[]>;
  matchesForItem(itemId: string): Promise<HashMatch[]>;
  upsertImageHash(hash: ItemImageHash): Promise<void>;
  imageHash(itemId: string): Promise<ItemImageHash | undefined>;
  imageHashesForCase(caseId: string): Promise<ItemImageHash[]>;
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
  analysis: AnalysisRepository;
  accessRequests: AccessRequestRepository;
  hashBanks: HashBankRepository;
  requests: RequestRepository;
  directory: DirectoryRepository;
}

export interface TransactionOptions {
  /**
   * False for derived and operational state (processing progress, jobs, artefacts) that may be rebuilt: its
   * commit is not flushed to disk by itself (a power cut may lose the last few), while the order of commits
   * is kept, so the next durable commit (anything with a ledger event) makes it durable too. Default true.
   */
  durable?: boolean;
  /**
   * False for bulk writes of derived data that decide nothing on what they read and append no ledger event (an
   * item's analysis): on PostgreSQL the transaction then does not take the ledger's lock first, so use cases in
   * other workers do not queue behind it. An event appended in it still takes the lock (recordEvent does), from
   * then to the commit. On SQLite the write lock serialises every transaction whatever this says. Default true.
   */
  lockLedger?: boolean;
}

export interface Store {
  /** Runs fn in one database transaction: the change and its ledger event commit together or not at all. */
  transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Runs fn in a read-only transaction: one snapshot of the database, taken without the write lock (SQLite) or the
   * ledger's lock (PostgreSQL), so a long read (a container's hundred thousand members counted) holds up no other
   * process and no artefact writer thread. On SQLite this process's own statements still wait for it (one connection,
   * and its driver is synchronous), and fn must not call `transaction` or `read` itself: that would wait for the
   * connection fn holds. Nothing is recorded in it: a read that must be in the ledger records its event in
   * `transaction` first. A write fails.
   */
  read<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Writes a batch of artefacts in a transaction of its own, outside `transaction` (never call it inside
   * one): artefacts are derived data, written in bulk, and need neither the ledger's lock nor the caller's
   * thread. A repeated id fails the batch with ARTIFACT_KEY_REPEATED. A packed batch's bytes are handed over:
   * the caller must not read them afterwards. Several packed batches (of many items) are written in one
   * transaction, all or none, and stay the caller's.
   */
  appendArtifacts(artifacts: ArtifactBatch | ArtifactRecord[] | readonly ArtifactBatch[]): Promise<void>;
  close(): Promise<void>;
}
