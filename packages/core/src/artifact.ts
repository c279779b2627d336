// Artefacts: what parsers read out of evidence (messages, e-mails, visits …), each pointing back at its bytes.
import { hash } from 'node:crypto';

export const ARTIFACT_TYPES = [
  'message',
  'email',
  'web_visit',
  'bookmark',
  'download',
  'image',
  'document',
  'call',
  'contact',
  'location',
  'account',
  'file_entry',
] as const;
export type ArtifactType = (typeof ARTIFACT_TYPES)[number];

/**
 * When something happened. `utc` is ISO 8601 with microseconds (`2011-04-07T12:03:11.000000Z`), so text order is
 * time order. `zone` is the source's own zone (IANA name or `+05:00`), null when the source does not say
 * ("unknown zone"). `derived` marks a UTC value computed from a floating local time read in `zone`.
 */
export interface ArtifactTime {
  utc: string;
  zone: string | null;
  derived?: boolean;
  /** The value exactly as the source wrote it (an integer as a decimal string, a date string …). */
  raw?: string;
}

/** A participant, named by a platform-scoped account id such as `telegram:user123` or `email:a@b.kz`. */
export interface ArtifactActor {
  role: 'from' | 'to' | 'cc' | 'bcc' | 'reply_to' | 'author' | 'participant' | 'owner' | 'caller' | 'callee' | 'member';
  account: string;
  name?: string | null;
}

/** Where inside the item the artefact came from, precise enough to go back to the exact bytes. */
export interface Locator {
  /** A path inside the item (a member of an archive, a file in an export). */
  path?: string;
  /** A table and row for database sources. */
  table?: string;
  row?: number | string;
  /** A byte range [offset, offset + length) in the item (or in `path` when given). */
  offset?: number;
  length?: number;
  /** 1-based line number for line-oriented sources. */
  line?: number;
  /** A JSON pointer for JSON sources, e.g. `/chats/list/3/messages/17`. */
  pointer?: string;
}

/** What a parser emits; the pipeline adds identity and provenance. */
export interface ArtifactDraft {
  type: ArtifactType;
  /** Unique within the item for this parser, and stable across runs (e.g. `message:1234`, `visits:5`). */
  key: string;
  time?: ArtifactTime | null;
  actors?: ArtifactActor[];
  text?: string | null;
  /** Structured, JSON-safe fields (64-bit integers as decimal strings). */
  fields?: Record<string, unknown>;
  locator: Locator;
}

export interface Artifact {
  id: string;
  caseId: string;
  itemId: string;
  parserId: string;
  parserVersion: string;
  /** Emission order within the item: file order, which views may re-sort. */
  ordinal: number;
  type: ArtifactType;
  at: string | null;
  zone: string | null;
  time: ArtifactTime | null;
  actors: ArtifactActor[];
  text: string | null;
  fields: Record<string, unknown>;
  locator: Locator;
}

/** Deterministic: the same item, parser and key always give the same id, so processing again never duplicates. */
export function artifactId(itemId: string, parserId: string, key: string): string {
  // node:crypto's one-shot hash rather than a JavaScript SHA-256: this runs millions of times per case.
  return hash('sha256', `${itemId}\u0000${parserId}\u0000${key}`, 'hex').slice(0, 32);
}

/**
 * An artefact as it is written: the nested parts already serialised once, so the store binds strings and the
 * output digest reads the same strings (nothing is serialised twice).
 */
export interface ArtifactRecord {
  id: string;
  caseId: string;
  itemId: string;
  parserId: string;
  parserVersion: string;
  /**
   * The processing attempt that wrote it (ItemProcessing.attempts). An item's earlier artefacts stay until a later
   * run of it succeeds, so a reprocess that fails leaves what a report may cite.
   */
  run: number;
  ordinal: number;
  type: ArtifactType;
  at: string | null;
  zone: string | null;
  /** JSON of `actors`. */
  actors: string;
  text: string | null;
  /** JSON of `{ time, fields, locator }`. */
  data: string;
}

export function artifactRecord(
  draft: ArtifactDraft,
  context: { caseId: string; itemId: string; parserId: string; parserVersion: string; ordinal: number; run?: number },
): ArtifactRecord {
  return {
    id: artifactId(context.itemId, context.parserId, draft.key),
    caseId: context.caseId,
    itemId: context.itemId,
    parserId: context.parserId,
    parserVersion: context.parserVersion,
    run: context.run ?? 0,
    ordinal: context.ordinal,
    type: draft.type,
    at: draft.time?.utc ?? null,
    zone: draft.time?.zone ?? null,
    actors: JSON.stringify(draft.actors ?? []),
    text: draft.text ?? null,
    data: JSON.stringify({ time: draft.time ?? null, fields: draft.fields ?? {}, locator: draft.locator }),
  };
}

export function artifactFromRecord(record: ArtifactRecord): Artifact {
  const data = JSON.parse(record.data) as Pick<Artifact, 'time' | 'fields' | 'locator'>;
  return {
    id: record.id,
    caseId: record.caseId,
    itemId: record.itemId,
    parserId: record.parserId,
    parserVersion: record.parserVersion,
    ordinal: record.ordinal,
    type: record.type,
    at: record.at,
    zone: record.zone,
    time: data.time,
    actors: JSON.parse(record.actors) as Artifact['actors'],
    text: record.text,
    fields: data.fields,
    locator: data.locator,
  };
}
