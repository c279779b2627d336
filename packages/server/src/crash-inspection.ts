// What must hold after any crash of an intake (crash-safety.test.ts), for the whole instance and for one round in
// detail: complete items have their bytes, the ledger verifies, rows and ledger events correspond one to one, no
// duplicates, and the round's folder holds the first files of its walk in order.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { scanLedger, verifyEvidence, type EvidenceItem, type LedgerEvent } from '@tamga/core';
import type { FsBlobStore } from '@tamga/storage';
import type { AppContext } from './context';
import type { SourceFile } from './crash-source';

const RECORDING = new Set(['evidence.acquired', 'evidence.received', 'evidence.folder_opened']);

/** One case's intake: a folder and a single file, taken in (and killed) again and again until complete. */
export interface Round {
  n: number;
  caseId: string;
  folder: string;
  file: string;
  /** The folder's files in the order intake walks them (so exhibit n/k is the k-th). */
  files: SourceFile[];
  fileSha256: string;
}

export interface Inspection {
  /** The folder's recorded children, or -1 when the folder item is not recorded yet. */
  children: number;
  folderComplete: boolean;
  fileRecorded: boolean;
  unreferencedBlobs: number;
  ledgerEvents: number;
  evidenceEvents: number;
  items: number;
}

/** The blob store's temporary files: writes in progress, or debris of a killed one. */
export function blobTmpFiles(dataDir: string): string[] {
  const tmp = join(dataDir, 'blobs', 'tmp');
  return existsSync(tmp) ? readdirSync(tmp) : [];
}

/**
 * Checks the invariants, given a freshly opened context (opening it swept the temporary files of interrupted writes,
 * as every start of Tamga does), a second view of the blobs to re-hash them with, and the instance's ledger key.
 */
export async function inspectRound(
  { store, blobs }: AppContext,
  check: { round: Round; label: string; rehasher: FsBlobStore; dataDir: string; publicKeyHex: string },
): Promise<Inspection> {
  const { round, label, rehasher, dataDir, publicKeyHex } = check;
  expect(blobTmpFiles(dataDir), `${label}: temporary files survive the sweep at start-up`).toEqual([]);

  // (1) Every complete item with digests has its blob, and the blob re-hashes to the recorded digests.
  const deep = await verifyEvidence(store, rehasher, { deep: true, caseId: round.caseId });
  expect(deep.findings, `${label}: deep verification of the round's case`).toEqual([]);
  expect(deep.ok).toBe(true);
  // Earlier rounds were re-hashed while they were written (and all are again at the end): here every file item
  // of the instance is checked to be complete, with digests, and to have a blob of its size.
  const all: EvidenceItem[] = [];
  for (let afterId: string | null = null; ;) {
    const batch: EvidenceItem[] = await store.transaction((tx) => tx.evidence.listAll(afterId, 500));
    if (batch.length === 0) break;
    all.push(...batch);
    afterId = batch[batch.length - 1]!.id;
  }
  for (const item of all) {
    if (item.kind === 'folder') continue;
    expect(item.status, `${label}: ${item.exhibitNumber} is a file, recorded only when complete`).toBe('complete');
    expect(item.digests, `${label}: ${item.exhibitNumber} is complete without digests`).not.toBeNull();
    expect(await blobs.size(item.digests!.sha256), `${label}: ${item.exhibitNumber} has no blob of its size`).toBe(item.digests!.size);
  }

  // (2) The ledger verifies: hashes, links, checkpoint roots and signatures.
  const ledger = await scanLedger(store, publicKeyHex);
  expect(ledger.firstProblem, `${label}: ledger`).toBeNull();
  expect(ledger.ok).toBe(true);

  // Rows and ledger events correspond one to one: a crash commits both or neither.
  const events: LedgerEvent[] = [];
  for (let afterSeq = 0; ;) {
    const batch = await store.transaction((tx) => tx.ledger.list({ afterSeq, limit: 5000, order: 'asc' }));
    if (batch.length === 0) break;
    events.push(...batch);
    afterSeq = batch[batch.length - 1]!.seq;
  }
  const evidenceEvents = events.filter((e) => e.action.startsWith('evidence.'));
  const recordedIds = evidenceEvents.filter((e) => RECORDING.has(e.action)).map((e) => e.targetId);
  expect(new Set(recordedIds).size, `${label}: an item recorded twice in the ledger`).toBe(recordedIds.length);
  expect([...recordedIds].sort(), `${label}: items and their recording events`).toEqual(all.map((i) => i.id).sort());
  const completed = evidenceEvents.filter((e) => e.action === 'evidence.folder_completed').map((e) => e.targetId);
  expect([...completed].sort(), `${label}: folders completed in the ledger and in their rows`).toEqual(
    all
      .filter((i) => i.kind === 'folder' && i.status === 'complete')
      .map((i) => i.id)
      .sort(),
  );

  // (3) No duplicates in the round's case: one item per (parent, path), one per exhibit number.
  const items = await store.transaction((tx) => tx.evidence.listForCase(round.caseId));
  const paths = items.map((i) => `${i.parentId ?? ''}\u0000${i.originalPath}`);
  expect(new Set(paths).size, `${label}: an item recorded twice`).toBe(paths.length);
  const exhibits = items.map((i) => i.exhibitNumber);
  expect(new Set(exhibits).size, `${label}: an exhibit number given twice`).toBe(exhibits.length);

  // (5) The folder is being ingested or complete; its children are the first files of its walk, in order, each
  // complete with the real file's digest; the single file, if recorded, once and with its real digest.
  const tops = items.filter((i) => i.parentId === null);
  const folder = tops.find((i) => i.originalPath === round.folder);
  const file = tops.find((i) => i.originalPath === round.file);
  expect(tops.length, `${label}: top-level items`).toBe((folder ? 1 : 0) + (file ? 1 : 0));
  if (file) {
    expect(folder?.status, `${label}: the single file was taken before the folder was complete`).toBe('complete');
    expect(file).toMatchObject({ kind: 'file', status: 'complete', exhibitNumber: 'EXH-002' });
    expect(file.digests?.sha256).toBe(round.fileSha256);
  }
  let children = -1;
  if (folder) {
    expect(folder.kind).toBe('folder');
    expect(folder.exhibitNumber).toBe('EXH-001');
    expect(['ingesting', 'complete']).toContain(folder.status);
    const recorded = items
      .filter((i) => i.parentId === folder.id)
      .sort((a, b) => Number(a.exhibitNumber.split('/')[1]) - Number(b.exhibitNumber.split('/')[1]));
    children = recorded.length;
    expect(
      recorded.map((i) => ({ exhibit: i.exhibitNumber, path: i.originalPath, status: i.status, sha256: i.digests?.sha256 })),
      `${label}: the folder's children`,
    ).toEqual(
      round.files
        .slice(0, recorded.length)
        .map((f, k) => ({ exhibit: `EXH-001/${k + 1}`, path: f.relativePath, status: 'complete', sha256: f.sha256 })),
    );
    if (folder.status === 'complete') expect(children, `${label}: a complete folder misses files`).toBe(round.files.length);
  }
  expect(items.length).toBe(tops.length + Math.max(children, 0));

  // (4) Blobs no item refers to (written before a kill, recorded by no transaction) may exist: not evidence.
  const referenced = new Set(all.flatMap((i) => (i.digests ? [i.digests.sha256] : [])));
  let unreferencedBlobs = 0;
  for await (const sha256 of blobs.list()) if (!referenced.has(sha256)) unreferencedBlobs++;
  return {
    children,
    folderComplete: folder?.status === 'complete',
    fileRecorded: file !== undefined,
    unreferencedBlobs,
    ledgerEvents: events.length,
    evidenceEvents: evidenceEvents.length,
    items: all.length,
  };
}

export function expectRoundComplete(round: Round, state: Inspection, label: string): void {
  expect(state, label).toMatchObject({ folderComplete: true, children: round.files.length, fileRecorded: true });
}
