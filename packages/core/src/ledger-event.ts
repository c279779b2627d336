// Ledger events and checkpoints: the append-only, hash-chained record of every action.

export interface LedgerEventInput {
  actorId: string | null;
  actorName: string;
  caseId: string | null;
  targetType: string | null;
  targetId: string | null;
  action: string;
  justification: string | null;
  authorizationId: string | null;
  details: Record<string, unknown>;
}

export interface LedgerEvent extends LedgerEventInput {
  seq: number;
  at: string;
  tz: string;
  prevHash: string;
  hash: string;
}

export interface Checkpoint {
  treeSize: number;
  at: string;
  rootHash: string;
  /** Roots of the perfect subtrees that make up the tree, largest first: lets the next checkpoint start here. */
  frontier: string[];
  keyId: string;
  publicKey: string;
  signature: string;
}

export const GENESIS_HASH = '0'.repeat(64);
