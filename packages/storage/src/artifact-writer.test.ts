// The artefact writer thread and the main connection on one SQLite file: a transaction begins only once the batches
// handed over before it are written, so it never waits for the writer's lock inside SQLite (holding the event loop)
// and it sees those artefacts. Closing it settles whatever still waits on it.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { artifactRecord, type ArtifactRecord } from '@tamga/core';
import { sqliteArtifactWriter } from './artifact-writer';
import { sqlitePath } from './sql-store';
import { useTestStore } from './use-test-store';

const { store, database } = useTestStore();

function records(caseId: string, count: number, from: number): ArtifactRecord[] {
  const context = { caseId, itemId: randomUUID(), parserId: 'test.parser', parserVersion: '1', run: 1 };
  return Array.from({ length: count }, (_, i) =>
    artifactRecord(
      { type: 'message', key: `k${from + i}`, text: 'сообщение '.repeat(50), locator: { row: from + i } },
      { ...context, ordinal: i },
    ),
  );
}

describe('the artefact writer thread', () => {
  it('lets a transaction begin only after the batches handed over before it are written', async () => {
    const caseId = randomUUID();
    const written: number[] = [];
    const appends = [0, 1, 2].map((n) =>
      store()
        .appendArtifacts(records(caseId, 5_000, n * 5_000))
        .then(() => written.push(n)),
    );
    const seen = await store().transaction(async (tx) => {
      // Inside the transaction: every batch handed over before it has been written.
      expect(written).toEqual([0, 1, 2]);
      return (await tx.artifacts.list(caseId, { limit: 20_000 })).length;
    });
    expect(seen).toBe(15_000);
    await Promise.all(appends);
  });

  it('does not keep a transaction waiting while parsers keep handing batches over', async () => {
    const caseId = randomUUID();
    let written = 0;
    // Two parsers, each handing its next batch over as soon as the last is written: the writer is never idle.
    const parser = async (first: number) => {
      for (let n = 0; n < 20; n++) {
        await store().appendArtifacts(records(caseId, 2_000, first + n * 2_000));
        written++;
      }
    };
    const parsers = Promise.all([parser(0), parser(1_000_000)]);
    while (written < 2) await new Promise((resolve) => setTimeout(resolve, 1));
    const seenAt = await store().transaction(async () => written);
    await parsers;
    // It waited for the batches in flight when it asked, not for the parsers to finish.
    expect(seenAt).toBeLessThan(20);
    expect(written).toBe(40);
  });

  it('settles a checkpoint still waiting when it is closed, rather than leave it pending for ever', async () => {
    const writer = sqliteArtifactWriter(sqlitePath(database().url));
    // Asked for, then closed at once: the thread is still starting and never answers.
    const checkpoint = writer.checkpoint().then(
      () => 'done',
      (error: Error) => error.message,
    );
    await writer.close();
    const outcome = await Promise.race([checkpoint, new Promise((resolve) => setTimeout(() => resolve('pending'), 2_000))]);
    expect(['done', 'the artefact writer was closed']).toContain(outcome);
  });
});
