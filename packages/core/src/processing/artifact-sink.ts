// Collects a parser's artefacts into batches, writes each batch in one transaction, and digests the output
// in emission order so two runs can be compared byte for byte.
import { createHash } from 'node:crypto';
import { artifactFromDraft, type Artifact, type ArtifactDraft } from '../artifact';
import { isTamgaError } from '../errors';
import type { Store } from '../ports';

const BATCH = 10_000;

export class ArtifactSink {
  private batch: Artifact[] = [];
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
    const artifact = artifactFromDraft(draft, { ...this.context, ordinal: this.count++ });
    this.digest.update(JSON.stringify(artifact));
    this.batch.push(artifact);
    if (this.batch.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    try {
      await this.store.transaction((tx) => tx.artifacts.insertMany(batch));
    } catch (error) {
      // A repeated key is the parser's bug (the primary key catches it, so no set of keys is kept in memory),
      // and it fails the item; anything else is the store's and is retried.
      if (isTamgaError(error) && error.code === 'ARTIFACT_KEY_REPEATED') {
        throw new Error(`parser ${this.context.parserId} emitted the same artefact key twice in one item`, { cause: error });
      }
      this.storeError = error;
      throw error;
    }
  }

  outputSha256(): string {
    return this.digest.digest('hex');
  }
}
