// Hashing of ledger events and the streaming verification of chain and checkpoints.
import { hash } from 'node:crypto';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';
import { GENESIS_HASH, type Checkpoint, type LedgerEvent } from './ledger-event';
import { appendLeaf, emptyFrontier, frontierRoot, type Frontier } from './merkle';

export function eventHash(event: Omit<LedgerEvent, 'hash'>): string {
  const body = {
    seq: event.seq,
    at: event.at,
    tz: event.tz,
    actorId: event.actorId,
    actorName: event.actorName,
    caseId: event.caseId,
    targetType: event.targetType,
    targetId: event.targetId,
    action: event.action,
    justification: event.justification,
    authorizationId: event.authorizationId,
    details: event.details,
    prevHash: event.prevHash,
  };
  // node:crypto's one-shot hash: a group of attachments appends thousands of events, and verifying reads them all.
  return hash('sha256', canonicalJson(body), 'hex');
}

export function checkpointMessage(checkpoint: Pick<Checkpoint, 'treeSize' | 'rootHash' | 'at' | 'keyId'>): Uint8Array {
  return utf8ToBytes(`tamga-ledger-checkpoint/v1\n${checkpoint.treeSize}\n${checkpoint.rootHash}\n${checkpoint.at}\n${checkpoint.keyId}\n`);
}

export interface LedgerProblem {
  seq: number;
  kind: 'hash-mismatch' | 'broken-link' | 'sequence-gap' | 'checkpoint-root' | 'checkpoint-signature' | 'checkpoint-beyond-end';
  message: string;
}

export interface LedgerReport {
  ok: boolean;
  events: number;
  checkpoints: number;
  lastSeq: number;
  headHash: string;
  firstProblem: LedgerProblem | null;
  problems: LedgerProblem[];
}

export type SignatureCheck = (checkpoint: Checkpoint) => boolean;

/**
 * Verifies events in sequence order as they stream by, and each checkpoint once the tree reaches its size.
 * Keeps going after a problem so the report lists them all; the first is the one to name.
 */
export class LedgerVerifier {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private frontier: Frontier = emptyFrontier();
  private readonly pending: Checkpoint[];
  private readonly problems: LedgerProblem[] = [];
  private events = 0;
  private readonly checkpointCount: number;

  constructor(
    checkpoints: Checkpoint[],
    private readonly signatureValid: SignatureCheck,
  ) {
    this.pending = [...checkpoints].sort((a, b) => a.treeSize - b.treeSize);
    this.checkpointCount = checkpoints.length;
    for (const checkpoint of this.pending) {
      if (!this.signatureValid(checkpoint)) {
        this.problems.push({
          seq: checkpoint.treeSize,
          kind: 'checkpoint-signature',
          message: `checkpoint at event ${checkpoint.treeSize} has an invalid signature`,
        });
      }
    }
  }

  add(event: LedgerEvent): void {
    this.events++;
    if (event.seq !== this.expectedSeq) {
      const kind = event.seq > this.expectedSeq ? 'sequence-gap' : 'broken-link';
      this.problems.push({
        seq: this.expectedSeq,
        kind,
        message:
          event.seq > this.expectedSeq
            ? `event ${this.expectedSeq} is missing (next present is ${event.seq})`
            : `event ${event.seq} appears out of order after ${this.expectedSeq - 1}`,
      });
    }
    if (eventHash(event) !== event.hash) {
      this.problems.push({
        seq: event.seq,
        kind: 'hash-mismatch',
        message: `event ${event.seq} does not match its hash: its content was changed`,
      });
    }
    if (event.prevHash !== this.prevHash) {
      this.problems.push({
        seq: event.seq,
        kind: 'broken-link',
        message: `event ${event.seq} does not link to the event before it: an event was removed, inserted or reordered`,
      });
    }
    this.prevHash = event.hash;
    this.expectedSeq = event.seq + 1;
    this.frontier = appendLeaf(this.frontier, event.hash);
    while (this.pending[0] && this.pending[0].treeSize <= this.frontier.size) {
      const checkpoint = this.pending.shift() as Checkpoint;
      if (checkpoint.treeSize === this.frontier.size && frontierRoot(this.frontier) !== checkpoint.rootHash) {
        this.problems.push({
          seq: checkpoint.treeSize,
          kind: 'checkpoint-root',
          message: `the events up to ${checkpoint.treeSize} do not match the signed checkpoint`,
        });
      }
    }
  }

  finish(): LedgerReport {
    for (const checkpoint of this.pending) {
      this.problems.push({
        seq: checkpoint.treeSize,
        kind: 'checkpoint-beyond-end',
        message: `a checkpoint covers ${checkpoint.treeSize} events but the ledger ends at ${this.expectedSeq - 1}: events were removed from the end`,
      });
    }
    const sorted = [...this.problems].sort((a, b) => a.seq - b.seq);
    return {
      ok: sorted.length === 0,
      events: this.events,
      checkpoints: this.checkpointCount,
      lastSeq: this.expectedSeq - 1,
      headHash: this.prevHash,
      firstProblem: sorted[0] ?? null,
      problems: sorted,
    };
  }
}
