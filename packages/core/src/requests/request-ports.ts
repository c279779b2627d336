// Repositories of the requests module, part of the Store's transaction (Tx.requests, Tx.directory).
import type { DirectoryEntry } from './directory';
import type { EvidenceRequest, RequestStatus } from './request';

export interface RequestReminder {
  requestId: string;
  caseId: string;
  /** The expiry the reminder was for: a renewal moves it, and the reminders start again. */
  expiresAt: string;
  daysBefore: number;
  at: string;
}

export interface RequestRepository {
  insert(request: EvidenceRequest): Promise<void>;
  update(request: EvidenceRequest): Promise<void>;
  byId(caseId: string, id: string): Promise<EvidenceRequest | undefined>;
  /** Newest first. */
  listForCase(caseId: string, filter?: { status?: RequestStatus }): Promise<EvidenceRequest[]>;
  countForCase(caseId: string): Promise<number>;
  /** Requests not in a terminal state, or with a preservation still running, for timers and reminders. */
  listOpen(): Promise<EvidenceRequest[]>;
  /** Every request, for oversight statistics (counts only leave the core). */
  listAll(): Promise<EvidenceRequest[]>;
  /** Records a reminder unless one for the same request, expiry and threshold exists; true when recorded now. */
  insertReminder(reminder: RequestReminder): Promise<boolean>;
  reminders(requestId: string): Promise<RequestReminder[]>;
}

export interface DirectoryRepository {
  list(): Promise<DirectoryEntry[]>;
  byId(id: string): Promise<DirectoryEntry | undefined>;
  upsert(entry: DirectoryEntry): Promise<void>;
}
