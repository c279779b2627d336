// Appends an event to the ledger inside the caller's transaction, and signs a checkpoint when one is due.
import type { Actor } from './actor';
import type { Deps } from './deps';
import { eventHash, checkpointMessage } from './ledger-chain';
import { GENESIS_HASH, type Checkpoint, type LedgerEvent, type LedgerEventInput } from './ledger-event';
import { appendLeaf, emptyFrontier, frontierOf, frontierRoot } from './merkle';
import type { Tx } from './ports';

/** What appending to the ledger needs: a clock, the signing key and the checkpoint interval. */
export type LedgerDeps = Pick<Deps, 'clock' | 'signer' | 'settings'>;

export async function recordEvent(tx: Tx, deps: LedgerDeps, input: LedgerEventInput): Promise<LedgerEvent> {
  await tx.ledger.lockHead();
  const event = chained(deps, input, await tx.ledger.last());
  await tx.ledger.insert(event);
  if (event.seq % deps.settings.checkpointEvery === 0) await writeCheckpoint(tx, deps);
  return event;
}

/**
 * Appends many events in order, chained as one by one would, with a few statements instead of one each (a group
 * of processed items). A checkpoint falls due as it would one by one, and then covers the whole run.
 */
export async function recordEvents(tx: Tx, deps: LedgerDeps, inputs: readonly LedgerEventInput[]): Promise<LedgerEvent[]> {
  if (inputs.length === 0) return [];
  await tx.ledger.lockHead();
  let last = await tx.ledger.last();
  const events = inputs.map((input) => (last = chained(deps, input, last)));
  await tx.ledger.insertMany(events);
  const every = deps.settings.checkpointEvery;
  if (Math.floor(last!.seq / every) > Math.floor((events[0]!.seq - 1) / every)) await writeCheckpoint(tx, deps, events);
  return events;
}

function chained(deps: LedgerDeps, input: LedgerEventInput, last: LedgerEvent | undefined): LedgerEvent {
  const base = {
    ...input,
    seq: (last?.seq ?? 0) + 1,
    at: deps.clock.now().toISOString(),
    tz: deps.settings.timeZone,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  return { ...base, hash: eventHash(base) };
}

/** Shorthand for the common case: an actor did something to a target. */
export function actorEvent(
  actor: Actor | null,
  action: string,
  fields: Partial<Omit<LedgerEventInput, 'actorId' | 'actorName' | 'action'>> = {},
): LedgerEventInput {
  return {
    actorId: actor?.userId ?? null,
    actorName: actor?.username ?? 'system',
    caseId: fields.caseId ?? null,
    targetType: fields.targetType ?? null,
    targetId: fields.targetId ?? null,
    action,
    justification: fields.justification ?? null,
    authorizationId: fields.authorizationId ?? null,
    details: fields.details ?? {},
  };
}

/**
 * Signs the Merkle root of every event so far; continues from the last checkpoint's frontier. `recent` are the
 * last events, just appended in this transaction, in order: they are not read back from the database.
 */
export async function writeCheckpoint(tx: Tx, deps: LedgerDeps, recent: readonly LedgerEvent[] = []): Promise<Checkpoint | undefined> {
  await tx.ledger.lockHead();
  const last = await tx.ledger.last();
  if (!last) return undefined;
  const previous = await tx.ledger.lastCheckpoint();
  if (previous && previous.treeSize >= last.seq) return previous;
  let frontier = previous ? frontierOf(previous.treeSize, previous.frontier) : emptyFrontier();
  // The events just appended need not be read back: only those between the last checkpoint and them.
  const known = recent.length > 0 && recent[recent.length - 1]!.seq === last.seq ? recent : [];
  const readUpTo = known.length > 0 ? known[0]!.seq - 1 : Infinity;
  for (;;) {
    const limit = Math.min(1000, readUpTo - frontier.size);
    if (limit <= 0) break;
    const batch = await tx.ledger.list({ afterSeq: frontier.size, limit, order: 'asc' });
    if (batch.length === 0) break;
    for (const event of batch) frontier = appendLeaf(frontier, event.hash);
  }
  if (known.length > 0 && known[0]!.seq === frontier.size + 1) for (const event of known) frontier = appendLeaf(frontier, event.hash);
  else if (known.length > 0) return writeCheckpoint(tx, deps);
  const unsigned = {
    treeSize: frontier.size,
    at: deps.clock.now().toISOString(),
    rootHash: frontierRoot(frontier),
    keyId: deps.signer.keyId,
  };
  const checkpoint: Checkpoint = {
    ...unsigned,
    frontier: frontier.nodes,
    publicKey: deps.signer.publicKeyHex,
    signature: await deps.signer.sign(checkpointMessage(unsigned)),
  };
  await tx.ledger.insertCheckpoint(checkpoint);
  return checkpoint;
}
