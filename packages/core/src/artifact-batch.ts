// Artefacts packed for writing: one UTF-8 byte array per batch instead of thousands of records of strings.
// The bytes leave the JavaScript heap as soon as each artefact is added (its strings die young instead of
// being promoted while the batch fills and is written), are transferred to the writer thread without a copy,
// and are, byte for byte, the output digest's input, which is then fed in one call per batch.
import { artifactId, type ArtifactDraft, type ArtifactRecord, type ArtifactType } from './artifact';

/**
 * A batch of one item's artefacts from one parser, with consecutive ordinals. Per artefact, `bytes` holds a
 * header line — `id type at zone`, then the lengths of actors, text and data — followed by actors, text and
 * data (`-` stands for a null `at` or `zone`, text null is written as empty); `index` says where each part is.
 */
export interface ArtifactBatch {
  caseId: string;
  itemId: string;
  parserId: string;
  parserVersion: string;
  /** ArtifactRecord.run of every artefact in it. */
  run: number;
  firstOrdinal: number;
  count: number;
  /**
   * UTF-8; the first `byteLength` bytes are used. A store that moves them to another thread to be written puts
   * them back here once they are, so the builder can fill them again (see ArtifactBatchBuilder.recycle).
   */
  bytes: Uint8Array<ArrayBuffer>;
  byteLength: number;
  /**
   * INDEX_FIELDS numbers per artefact: where its bytes start, then (in UTF-16 units of its decoded text) where
   * id, type, at and zone end and where actors, text and data start; then the NULL_* flags.
   */
  index: Uint32Array<ArrayBuffer>;
}

export const INDEX_FIELDS = 9;
export const NULL_AT = 1;
export const NULL_ZONE = 2;
export const NULL_TEXT = 4;

/** A batch this many bytes long is full whatever its count, so a few very large artefacts do not pile up. */
const FULL_BYTES = 16 << 20;
/** A full batch and room for the next artefact; grown (copied once) only for an artefact of megabytes. */
const BUFFER_BYTES = FULL_BYTES + (4 << 20);
/**
 * A batch starts small and doubles: most items (attachments, single files) give a handful of artefacts, and a
 * buffer of the full size for each of ten thousand of them made the garbage collector run for its external memory.
 */
const FIRST_BYTES = 16 << 10;

type BatchContext = Pick<ArtifactBatch, 'caseId' | 'itemId' | 'parserId' | 'parserVersion' | 'run'>;

export class ArtifactBatchBuilder {
  private bytes: Uint8Array<ArrayBuffer> | null = null;
  private view: Buffer | null = null;
  /** A buffer a written batch gave back; with the one in flight, two buffers take turns. */
  private spare: Uint8Array<ArrayBuffer> | null = null;
  private used = 0;
  private index = new Uint32Array(INDEX_FIELDS * 64);
  private firstOrdinal = 0;
  count = 0;

  constructor(private readonly context: BatchContext) {}

  get full(): boolean {
    return this.used >= FULL_BYTES;
  }

  /** Serialises the artefact (the same JSON as `artifactRecord`) into the batch. */
  add(draft: ArtifactDraft, ordinal: number): void {
    if (this.count === 0) this.firstOrdinal = ordinal;
    else if (ordinal !== this.firstOrdinal + this.count) throw new Error('artefact ordinals in a batch must be consecutive');
    const id = artifactId(this.context.itemId, this.context.parserId, draft.key);
    const at = draft.time?.utc ?? null;
    const zone = draft.time?.zone ?? null;
    const actors = JSON.stringify(draft.actors ?? []);
    const text = draft.text ?? null;
    const data = JSON.stringify({ time: draft.time ?? null, fields: draft.fields ?? {}, locator: draft.locator });
    const textLength = text === null ? 0 : text.length;
    const atPart = at ?? '-';
    const zonePart = zone ?? '-';
    const header = `${id} ${draft.type} ${atPart} ${zonePart} ${actors.length} ${textLength} ${data.length}\n`;

    // UTF-8 takes at most three bytes per UTF-16 unit.
    this.reserve(3 * (header.length + actors.length + textLength + data.length));
    const at0 = this.count * INDEX_FIELDS;
    if (at0 + INDEX_FIELDS > this.index.length) {
      const index = new Uint32Array(this.index.length * 2);
      index.set(this.index);
      this.index = index;
    }
    const index = this.index;
    index[at0] = this.used;
    let end = id.length;
    index[at0 + 1] = end;
    end += 1 + draft.type.length;
    index[at0 + 2] = end;
    end += 1 + atPart.length;
    index[at0 + 3] = end;
    end += 1 + zonePart.length;
    index[at0 + 4] = end;
    index[at0 + 5] = header.length;
    index[at0 + 6] = header.length + actors.length;
    index[at0 + 7] = header.length + actors.length + textLength;
    index[at0 + 8] = (at === null ? NULL_AT : 0) | (zone === null ? NULL_ZONE : 0) | (text === null ? NULL_TEXT : 0);

    const view = this.view!;
    let used = this.used;
    used += view.write(header, used, 'utf8');
    used += view.write(actors, used, 'utf8');
    if (text !== null) used += view.write(text, used, 'utf8');
    used += view.write(data, used, 'utf8');
    this.used = used;
    this.count++;
  }

  /** The batch so far; the builder starts a new one (the bytes are handed over, not shared). */
  take(): ArtifactBatch {
    const batch: ArtifactBatch = {
      ...this.context,
      firstOrdinal: this.firstOrdinal,
      count: this.count,
      bytes: this.bytes ?? new Uint8Array(0),
      byteLength: this.used,
      index: this.index.slice(0, this.count * INDEX_FIELDS),
    };
    this.bytes = null;
    this.view = null;
    this.used = 0;
    this.count = 0;
    return batch;
  }

  /** Takes back a written batch's bytes (unless the store kept them) to fill with a later batch. */
  recycle(batch: ArtifactBatch): void {
    const size = batch.bytes.byteLength;
    if (size >= FIRST_BYTES && size <= BUFFER_BYTES && size > (this.spare?.byteLength ?? 0)) this.spare = batch.bytes;
  }

  private reserve(bytes: number): void {
    if (this.bytes !== null && this.used + bytes <= this.bytes.byteLength) return;
    let next: Uint8Array<ArrayBuffer>;
    if (this.bytes === null && this.spare !== null && bytes <= this.spare.byteLength) {
      next = this.spare;
      this.spare = null;
    } else {
      const doubled = Math.min(BUFFER_BYTES, 2 * (this.bytes?.byteLength ?? this.spare?.byteLength ?? 0));
      next = uninitialised(Math.max(FIRST_BYTES, doubled, this.used + bytes));
    }
    if (this.bytes !== null) next.set(this.bytes.subarray(0, this.used));
    this.bytes = next;
    this.view = Buffer.from(next.buffer);
  }
}

/** Only the bytes written are ever read, so they need not be zeroed first. */
function uninitialised(length: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.allocUnsafeSlow(length).buffer);
}

/** The batch as records (for PostgreSQL, which binds them through Kysely, and for tests). */
export function artifactBatchRecords(batch: ArtifactBatch): ArtifactRecord[] {
  const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.byteLength);
  const index = batch.index;
  const records: ArtifactRecord[] = [];
  for (let i = 0; i < batch.count; i++) {
    const o = i * INDEX_FIELDS;
    const end = i + 1 < batch.count ? index[o + INDEX_FIELDS]! : batch.byteLength;
    const s = bytes.toString('utf8', index[o]!, end);
    const flags = index[o + 8]!;
    records.push({
      id: s.slice(0, index[o + 1]),
      caseId: batch.caseId,
      itemId: batch.itemId,
      parserId: batch.parserId,
      parserVersion: batch.parserVersion,
      run: batch.run,
      ordinal: batch.firstOrdinal + i,
      type: s.slice(index[o + 1]! + 1, index[o + 2]) as ArtifactType,
      at: flags & NULL_AT ? null : s.slice(index[o + 2]! + 1, index[o + 3]),
      zone: flags & NULL_ZONE ? null : s.slice(index[o + 3]! + 1, index[o + 4]),
      actors: s.slice(index[o + 5], index[o + 6]),
      text: flags & NULL_TEXT ? null : s.slice(index[o + 6], index[o + 7]),
      data: s.slice(index[o + 7]),
    });
  }
  return records;
}
