// Collects a parser's artefacts into batches and writes them while the parser goes on (one batch in flight),
// and digests the output in emission order so two runs can be compared byte for byte.
import { createHash } from 'node:crypto';
import { artifactRecord, type ArtifactDraft, type ArtifactRecord } from '../artifact';
import { isTamgaError } from '../errors';
import type { Store } from '../ports';

const BATCH = 5000;

export class ArtifactSink {
  private batch: ArtifactRecord[] = [];
  private inFlight: Promise<void> | undefined;
  private readonly digest = createHash('sha256');
  count = 0;
  /** A failure of the store, not of the parser: the job is retried rather than the item marked failed. */
  storeError: unknown = undefined;

  constructor(
    private readonly store: Store,
    private readonly context: { caseId: string; itemId: string; parserId: string; parserVersion: string },
    private readonly signal: AbortSignal,
  ) {}

  async add(draft: ArtifactDraft): Promise<void> {
    if (this.signal.aborted) throw this.signal.reason instanceof Error ? this.signal.reason : new Error('processing stopped');
    const record = artifactRecord(draft, { ...this.context, ordinal: this.count++ });
    // A header with the lengths first, so no two different outputs can run together into the same digest
    // input; the long strings are hashed where they are, never copied into a new one.
    const text = record.text ?? '';
    const digest = this.digest;
    digest.update(
      `${record.id} ${record.type} ${record.at ?? '-'} ${record.zone ?? '-'} ${record.actors.length} ${text.length} ${record.data.length}\n`,
    );
    digest.update(record.actors);
    digest.update(text);
    digest.update(record.data);
    this.batch.push(record);
    if (this.batch.length >= BATCH) await this.send();
  }

  /** Hands the batch to the store and returns once the previous one is written: parsing and writing overlap. */
  private async send(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    await this.settle();
    this.inFlight = this.store.appendArtifacts(batch).catch((error: unknown) => {
      // A repeated key is the parser's bug (the primary key catches it, so no set of keys is kept in memory),
      // and it fails the item; anything else is the store's and is retried.
      if (isTamgaError(error) && error.code === 'ARTIFACT_KEY_REPEATED') {
        throw new Error(`parser ${this.context.parserId} emitted the same artefact key twice in one item`, { cause: error });
      }
      this.storeError = error;
      throw error;
    });
  }

  private async settle(): Promise<void> {
    const pending = this.inFlight;
    this.inFlight = undefined;
    await pending;
  }

  /** Writes what is left and waits until every batch is in the store. */
  async flush(): Promise<void> {
    if (this.batch.length > 0) await this.send();
    await this.settle();
  }

  outputSha256(): string {
    return this.digest.digest('hex');
  }
}
