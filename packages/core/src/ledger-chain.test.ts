// Covers ledger-chain.ts: event hashing and LedgerVerifier against tampering of events and of signed checkpoints.
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { checkpointMessage, eventHash, LedgerVerifier, type LedgerReport } from './ledger-chain';
import { GENESIS_HASH, type Checkpoint, type LedgerEvent } from './ledger-event';
import { checkpointSignatureValid } from './ledger/verify-ledger';
import { appendLeaf, emptyFrontier, frontierRoot, merkleRoot } from './merkle';

const secretKey = ed25519.utils.randomSecretKey();
const publicKey = bytesToHex(ed25519.getPublicKey(secretKey));
const otherSecret = ed25519.utils.randomSecretKey();
const otherPublic = bytesToHex(ed25519.getPublicKey(otherSecret));

function makeEvent(seq: number, prevHash: string, details: Record<string, unknown> = { n: seq }): LedgerEvent {
  const base = {
    seq,
    at: new Date(Date.UTC(2025, 0, 1, 9, 0, seq)).toISOString(),
    tz: 'Asia/Almaty',
    actorId: `user-${seq % 3}`,
    actorName: seq % 2 ? 'айгерім' : 'investigator',
    caseId: seq % 5 === 0 ? null : 'case-1',
    targetType: 'exhibit',
    targetId: `EXH-${seq}`,
    action: 'evidence.viewed',
    justification: null,
    authorizationId: null,
    details,
    prevHash,
  };
  return { ...base, hash: eventHash(base) };
}

/** Re-chains events from index `from` on, as an attacker would after an edit. */
function rechain(events: LedgerEvent[], from = 0): LedgerEvent[] {
  const out = events.slice(0, from);
  let prev = from === 0 ? GENESIS_HASH : (out[from - 1] as LedgerEvent).hash;
  for (const e of events.slice(from)) {
    const { hash: _old, ...rest } = e;
    const body = { ...rest, prevHash: prev };
    const fixed = { ...body, hash: eventHash(body) };
    out.push(fixed);
    prev = fixed.hash;
  }
  return out;
}

function buildChain(n: number): LedgerEvent[] {
  const events: LedgerEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e = makeEvent(seq, prev);
    events.push(e);
    prev = e.hash;
  }
  return events;
}

function sign(events: LedgerEvent[], treeSize: number, key = secretKey, pub = publicKey): Checkpoint {
  let f = emptyFrontier();
  for (const e of events.slice(0, treeSize)) f = appendLeaf(f, e.hash);
  const unsigned = { treeSize, at: '2025-01-01T10:00:00.000Z', rootHash: frontierRoot(f), keyId: 'k1' };
  const signature = bytesToHex(ed25519.sign(checkpointMessage(unsigned), key));
  return { ...unsigned, frontier: f.nodes, publicKey: pub, signature };
}

function verify(events: LedgerEvent[], checkpoints: Checkpoint[]): LedgerReport {
  const verifier = new LedgerVerifier(checkpoints, (c) => checkpointSignatureValid(c, publicKey));
  for (const e of events) verifier.add(e);
  return verifier.finish();
}

const chain = buildChain(50);
const checkpoints = [sign(chain, 20), sign(chain, 40), sign(chain, 50)];

describe('eventHash', () => {
  it('is deterministic, 64 hex characters, and independent of key order', () => {
    const e = chain[0] as LedgerEvent;
    const { hash, ...body } = e;
    const reordered = Object.fromEntries(Object.entries(body).reverse()) as typeof body;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash(reordered)).toBe(hash);
    expect(eventHash({ ...body, details: { n: 2 } })).not.toBe(hash);
    expect(eventHash({ ...body, prevHash: 'f'.repeat(64) })).not.toBe(hash);
  });

  it('ignores fields that are not part of the event', () => {
    const { hash, ...body } = chain[3] as LedgerEvent;
    expect(eventHash({ ...body, extra: 'x' } as typeof body)).toBe(hash);
  });
});

describe('LedgerVerifier', () => {
  it('accepts an intact chain with its checkpoints', () => {
    const report = verify(chain, checkpoints);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, events: 50, checkpoints: 3, lastSeq: 50, headHash: chain[49]?.hash, firstProblem: null });
  });

  it('accepts an empty ledger with no checkpoints', () => {
    expect(verify([], [])).toMatchObject({ ok: true, events: 0, lastSeq: 0, headHash: GENESIS_HASH });
  });

  it('the checkpoint root is the RFC 6962 root of the event hashes', () => {
    expect(checkpoints[2]?.rootHash).toBe(merkleRoot(chain.map((e) => e.hash)));
  });

  it('names a changed details field as a hash mismatch at that seq', () => {
    const events = chain.map((e) => (e.seq === 17 ? { ...e, details: { n: 17, note: 'edited' } } : e));
    const report = verify(events, checkpoints);
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ seq: 17, kind: 'hash-mismatch' });
  });

  it('names a deleted middle event at its seq', () => {
    const events = chain.filter((e) => e.seq !== 25);
    const report = verify(events, checkpoints);
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ seq: 25, kind: 'sequence-gap' });
    expect(report.problems).toContainEqual(expect.objectContaining({ seq: 26, kind: 'broken-link' }));
  });

  it('catches two events delivered in swapped order at the lower seq', () => {
    const events = [...chain];
    [events[9], events[10]] = [events[10] as LedgerEvent, events[9] as LedgerEvent];
    const report = verify(events, checkpoints);
    expect(report.ok).toBe(false);
    expect(report.firstProblem?.seq).toBe(10);
  });

  it('catches two events whose contents swapped seq positions at the lower seq', () => {
    const a = chain[9] as LedgerEvent;
    const b = chain[10] as LedgerEvent;
    const events = chain.map((e) => (e.seq === 10 ? { ...b, seq: 10 } : e.seq === 11 ? { ...a, seq: 11 } : e));
    const report = verify(events, checkpoints);
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toMatchObject({ seq: 10, kind: 'hash-mismatch' });
  });

  it('reports a deleted last event covered by a checkpoint as checkpoint-beyond-end', () => {
    const report = verify(chain.slice(0, 49), checkpoints);
    expect(report.ok).toBe(false);
    expect(report.lastSeq).toBe(49);
    expect(report.problems).toEqual([expect.objectContaining({ seq: 50, kind: 'checkpoint-beyond-end' })]);
  });

  it('catches a rewritten, re-chained tail by the checkpoint root', () => {
    const edited = chain.map((e) => (e.seq === 45 ? { ...e, details: { n: 45, hidden: true } } : e));
    const forged = rechain(edited, 44);
    // The chain alone now looks perfect...
    expect(verify(forged, []).ok).toBe(true);
    // ...but the signed checkpoint at 50 no longer matches.
    const report = verify(forged, checkpoints);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ seq: 50, kind: 'checkpoint-root' })]);
  });

  it('catches a re-chained edit at the earliest checkpoint that covers it', () => {
    const edited = chain.map((e) => (e.seq === 3 ? { ...e, actorName: 'someone else' } : e));
    const report = verify(rechain(edited), checkpoints);
    expect(report.problems.map((p) => [p.seq, p.kind])).toEqual([
      [20, 'checkpoint-root'],
      [40, 'checkpoint-root'],
      [50, 'checkpoint-root'],
    ]);
  });

  it('reports a forged checkpoint signature', () => {
    const good = checkpoints[1] as Checkpoint;
    const sig = good.signature;
    const flipped = (parseInt(sig[0] as string, 16) ^ 1).toString(16) + sig.slice(1);
    const report = verify(chain, [checkpoints[0] as Checkpoint, { ...good, signature: flipped }, checkpoints[2] as Checkpoint]);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ seq: 40, kind: 'checkpoint-signature' })]);
  });

  it('reports a checkpoint whose signed fields were altered after signing', () => {
    const good = checkpoints[2] as Checkpoint;
    const report = verify(chain, [{ ...good, at: '2030-01-01T00:00:00.000Z' }]);
    expect(report.firstProblem).toMatchObject({ seq: 50, kind: 'checkpoint-signature' });
  });

  it('reports a checkpoint signed by a different key, whichever public key it claims', () => {
    const ownKey = sign(chain, 50, otherSecret, otherPublic);
    const claimsTrusted = sign(chain, 50, otherSecret, publicKey);
    expect(ed25519.verify(hexToBytes(ownKey.signature), checkpointMessage(ownKey), hexToBytes(otherPublic))).toBe(true);
    expect(checkpointSignatureValid(ownKey, publicKey)).toBe(false);
    expect(checkpointSignatureValid(claimsTrusted, publicKey)).toBe(false);
    expect(checkpointSignatureValid(checkpoints[2] as Checkpoint, publicKey)).toBe(true);
    for (const cp of [ownKey, claimsTrusted]) {
      const report = verify(chain, [cp]);
      expect(report.problems).toEqual([expect.objectContaining({ seq: 50, kind: 'checkpoint-signature' })]);
    }
  });

  it('rejects a malformed signature without throwing', () => {
    const bad = { ...(checkpoints[0] as Checkpoint), signature: 'zz' };
    expect(checkpointSignatureValid(bad, publicKey)).toBe(false);
  });

  it('a re-chained ledger with a freshly signed checkpoint by an attacker key is still rejected', () => {
    const forged = rechain(chain.map((e) => (e.seq === 30 ? { ...e, targetId: 'EXH-999' } : e)));
    const report = verify(forged, [sign(forged, 50, otherSecret, otherPublic)]);
    expect(report.firstProblem).toMatchObject({ seq: 50, kind: 'checkpoint-signature' });
  });

  it('orders all problems by seq and keeps going after the first', () => {
    const events = chain.filter((e) => e.seq !== 48).map((e) => (e.seq === 5 ? { ...e, details: { n: 'x' } } : e));
    const report = verify(events, checkpoints);
    const seqs = report.problems.map((p) => p.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(report.firstProblem).toMatchObject({ seq: 5, kind: 'hash-mismatch' });
    expect(report.problems).toContainEqual(expect.objectContaining({ seq: 48, kind: 'sequence-gap' }));
    expect(report.problems).toContainEqual(expect.objectContaining({ seq: 50, kind: 'checkpoint-beyond-end' }));
  });

  it('catches a first event that does not start from the genesis hash', () => {
    const events = [...chain];
    const { hash: _h, ...body } = events[0] as LedgerEvent;
    const moved = { ...body, prevHash: 'a'.repeat(64) };
    events[0] = { ...moved, hash: eventHash(moved) };
    const report = verify(events, []);
    expect(report.firstProblem).toMatchObject({ seq: 1, kind: 'broken-link' });
  });
});
