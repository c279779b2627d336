// Collects a parser's artefacts into batches and writes them while the parser goes on (one batch in flight),
// and digests the output in emission order so two runs can be compared byte for byte.
import { createHash } from 'node:crypto';
import type { ArtifactDraft } from '../artifact';
import { ArtifactBatchBuilder, type ArtifactBatch } from '../artifact-batch';
import { isTamgaError } from '../errors';
import type { Store } from '../ports';

/**
 * Artefacts per batch, each written in a transaction of its own. Packed, a batch is about 15 MB outside the
 * JavaScript heap; fewer, larger transactions write the pages they share (the id index's, above all) fewer times.
 */
const BATCH = 20_000;

export class ArtifactSink {
  private readonly batch: ArtifactBatchBuilder;
  private inFlight: { batch: ArtifactBatch; written: Promise<void> } | undefined;
  private readonly digest = createHash('sha256');
  count = 0;
  /** A failure of the store, not of the parser: the job is retried rather than the item marked failed. */
  storeError: unknown = undefined;

  constructor(
    private readonly store: Store,
    private readonly context: { caseId: string; itemId: string; parserId: string; parserVersion: string; run: number },
    private readonly signal: AbortSignal,
  ) {
    this.batch = new ArtifactBatchBuilder(context);
  }

  async add(draft: ArtifactDraft): Promise<void> {
    if (this.signal.aborted) throw this.signal.reason instanceof Error ? this.signal.reason : new Error('processing stopped');
    this.batch.add(draft, this.count++);
    if (this.batch.count >= BATCH || this.batch.full) await this.send();
  }

  /** Hands the batch to the store and returns once the previous one is written: parsing and writing overlap. */
  private async send(): Promise<void> {
    const batch = this.batch.take();
    // The packed bytes are the digest's input: per artefact a header with the id, type, time and the lengths
    // (so no two different outputs can run together into the same input), then actors, text and data. They
    // are read here, before the store takes them over.
    this.digest.update(batch.bytes.subarray(0, batch.byteLength));
    await this.settle();
    const written = this.store.appendArtifacts(batch).catch((error: unknown) => {
      // A repeated key is the parser's bug (the primary key catches it, so no set of keys is kept in memory),
      // and it fails the item; anything else is the store's and is retried.
      if (isTamgaError(error) && error.code === 'ARTIFACT_KEY_REPEATED') {
        throw new Error(`parser ${this.context.parserId} emitted the same artefact key twice in one item`, { cause: error });
      }
      this.storeError = error;
      throw error;
    });
    this.inFlight = { batch, written };
  }

  private async settle(): Promise<void> {
    const pending = this.inFlight;
    if (!pending) return;
    this.inFlight = undefined;
    await pending.written;
    this.batch.recycle(pending.batch);
  }

  /**
   * Waits until every batch handed over is written and returns the artefacts not yet handed over, in a buffer
   * of their own size: the caller writes them together with other items' (an attachment's one or two artefacts
   * must not cost a transaction each).
   */
  async takeRest(): Promise<ArtifactBatch | undefined> {
    await this.settle();
    if (this.batch.count === 0) return undefined;
    const batch = this.batch.take();
    const bytes = batch.bytes.slice(0, batch.byteLength);
    this.digest.update(bytes);
    return { ...batch, bytes };
  }

  outputSha256(): string {
    return this.digest.digest('hex');
  }
}
