// Verification of the whole ledger: every event's hash and link, every checkpoint's root and signature.
import { ed25519 } from '@noble/curves/ed25519.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import type { Actor } from '../actor';
import { requirePermission } from '../access';
import type { Deps } from '../deps';
import type { Checkpoint } from '../ledger-event';
import { checkpointMessage, LedgerVerifier, type LedgerReport } from '../ledger-chain';
import { actorEvent, recordEvent, writeCheckpoint } from '../record-event';
import type { Store } from '../ports';
import { verifyEvidence, type EvidenceReport } from './verify-evidence';

export function checkpointSignatureValid(checkpoint: Checkpoint, trustedPublicKeyHex: string): boolean {
  if (checkpoint.publicKey !== trustedPublicKeyHex) return false;
  try {
    return ed25519.verify(hexToBytes(checkpoint.signature), checkpointMessage(checkpoint), hexToBytes(trustedPublicKeyHex));
  } catch {
    return false;
  }
}

/** Reads the ledger in batches, so memory stays flat however long it is. Writes nothing. */
export async function scanLedger(store: Store, trustedPublicKeyHex: string): Promise<LedgerReport> {
  const checkpoints = await store.transaction((tx) => tx.ledger.checkpoints());
  const verifier = new LedgerVerifier(checkpoints, (c) => checkpointSignatureValid(c, trustedPublicKeyHex));
  let afterSeq = 0;
  for (;;) {
    const batch = await store.transaction((tx) => tx.ledger.list({ afterSeq, limit: 5000, order: 'asc' }));
    if (batch.length === 0) break;
    for (const event of batch) verifier.add(event);
    afterSeq = (batch[batch.length - 1] as { seq: number }).seq;
  }
  return verifier.finish();
}

/** Verification on someone's behalf: the check itself goes into the ledger after it ran. */
export async function verifyLedger(
  deps: Deps,
  actor: Actor,
  options: { deep?: boolean; caseId?: string } = {},
): Promise<LedgerReport & { evidence: EvidenceReport }> {
  requirePermission(actor, 'ledger.verify');
  const ledger = await scanLedger(deps.store, deps.signer.publicKeyHex);
  const evidence = await verifyEvidence(deps.store, deps.blobs, {
    deep: options.deep ?? false,
    ...(options.caseId ? { caseId: options.caseId } : {}),
  });
  const report = { ...ledger, ok: ledger.ok && evidence.ok, evidence };
  await deps.store.transaction((tx) =>
    recordEvent(
      tx,
      deps,
      actorEvent(actor, 'ledger.verified', {
        details: {
          ok: report.ok,
          events: report.events,
          deep: options.deep ?? false,
          caseId: options.caseId ?? null,
          firstProblem: report.firstProblem?.seq ?? null,
          evidenceFindings: evidence.findings.length,
        },
      }),
    ),
  );
  return report;
}

export async function createCheckpoint(deps: Deps, actor: Actor): Promise<Checkpoint | undefined> {
  requirePermission(actor, 'ledger.verify');
  return deps.store.transaction(async (tx) => {
    await recordEvent(tx, deps, actorEvent(actor, 'ledger.checkpoint_requested'));
    return writeCheckpoint(tx, deps);
  });
}
