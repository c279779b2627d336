// Reading artefacts: lists and filters for members, one artefact with its provenance, and the exact bytes it
// came from (original evidence, so with a justification, as an event).
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Artifact } from '../artifact';
import type { EvidenceItem } from '../evidence-item';
import type { Tx } from '../ports';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { ArtifactFilter, ItemProcessing } from '../item-processing';
import { utcRange } from '../instant';
import { actorEvent, recordEvent } from '../record-event';
import { readableItem, readEvidenceContent, recordContentRead, type ReadableItem } from '../evidence/read-evidence';
import { requireJustification } from '../evidence/justification';
import { MAX_MEMBER_RANGE_BYTES, type Parser, type RandomAccessBytes } from '../parser';
import { checkParserId, type ParserVersions } from './request-processing';

/**
 * A page of the case's artefacts. `parsers` is the registry: a `parserId` filter neither it has nor the case's items
 * were read by is refused (PARSER_UNKNOWN) rather than answered with an empty list, which would read as "this parser
 * found nothing".
 */
export async function listArtifacts(
  deps: Deps,
  actor: Actor,
  caseId: string,
  filter: ArtifactFilter = {},
  parsers: ParserVersions = [],
): Promise<Artifact[]> {
  requirePermission(actor, 'case.content.read');
  const limit = Math.min(Math.max(filter.limit ?? 100, 1), 1000);
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    // The case's own records are read only for an id the registry does not have (rare: a typo, a retired parser).
    await checkParserId(parsers, filter.parserId, async () => (await tx.processing.listForCase(caseId)).map((state) => state.parserId));
    const artifacts = await tx.artifacts.list(caseId, { ...utcRange(filter), limit });
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'artifacts.listed', {
        caseId,
        details: { filter: JSON.parse(JSON.stringify({ ...filter, limit })) as Record<string, unknown>, returned: artifacts.length },
      }),
    );
    return artifacts;
  });
}

export interface ArtifactProvenance {
  itemId: string;
  exhibitNumber: string;
  itemName: string;
  itemPath: string;
  itemSha256: string | null;
  parserId: string;
  parserVersion: string;
  locator: Artifact['locator'];
  /** The item's processing run that produced it. */
  processing: ItemProcessing | null;
  /**
   * Whether the locator names a byte range of the item, or a row its parser can look for in the item's pages (no
   * write-ahead log beside it); a row not found there is still refused when its bytes are asked for.
   */
  bytesAvailable: boolean;
}

function byteRange(artifact: Artifact): { start: number; end: number } | null {
  const { offset, length, path } = artifact.locator;
  if (path !== undefined || offset === undefined || length === undefined) return null;
  return { start: offset, end: offset + length };
}

/** The parser that can inflate the artefact's range from the member of the item it names (a chat inside a ZIP). */
function memberReaderOf(artifact: Artifact, parsers: readonly Parser[]): Parser | null {
  const { path, offset, length } = artifact.locator;
  if (path === undefined || offset === undefined || length === undefined || length > MAX_MEMBER_RANGE_BYTES) return null;
  const parser = parsers.find((each) => each.id === artifact.parserId);
  return parser?.readMember ? parser : null;
}

/** How long inflating a member up to an artefact's range may take (a message near the end of a huge chat). */
const MEMBER_READ_MS = 120_000;

/** The parser that can find the artefact's bytes from its locator (a database row), when its own names none. */
function locatorOf(artifact: Artifact, parsers: readonly Parser[]): Parser | null {
  const { table, row, path } = artifact.locator;
  if (path !== undefined || table === undefined || row === undefined) return null;
  const parser = parsers.find((each) => each.id === artifact.parserId);
  return parser?.locate ? parser : null;
}

/**
 * Whether a companion that holds rows of its own (a write-ahead log) was taken in beside the item: a row read with it
 * may be the log's newer version, and the file's own pages would show an older one.
 */
async function hasRowsBeside(tx: Tx, item: EvidenceItem, parser: Parser): Promise<boolean> {
  for (const suffix of parser.companions ?? []) {
    const companion = await tx.evidence.byPath(item.caseId, item.parentId, item.originalPath + suffix);
    if (companion?.digests && companion.digests.size > 0) return true;
  }
  return false;
}

/** An item's stored bytes read at offsets, one range at a time. */
function randomAccess(deps: Deps, sha256: string, size: number): RandomAccessBytes {
  return {
    size,
    async read(offset, length) {
      const end = Math.min(offset + length, size);
      if (offset >= end) return new Uint8Array(0);
      const parts: Uint8Array[] = [];
      for await (const chunk of deps.blobs.read(sha256, { start: offset, end })) parts.push(chunk);
      return Buffer.concat(parts);
    },
  };
}

export async function getArtifact(
  deps: Deps,
  actor: Actor,
  caseId: string,
  artifactId: string,
  parsers: readonly Parser[] = [],
): Promise<{ artifact: Artifact; provenance: ArtifactProvenance }> {
  requirePermission(actor, 'case.content.read');
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const artifact = await tx.artifacts.byId(caseId, artifactId);
    if (!artifact) throw new TamgaError('ARTIFACT_NOT_FOUND');
    const item = await tx.evidence.byId(caseId, artifact.itemId);
    if (!item) throw new TamgaError('EVIDENCE_NOT_FOUND');
    await recordEvent(tx, deps, actorEvent(actor, 'artifact.viewed', { caseId, targetType: 'artifact', targetId: artifactId }));
    const locating = byteRange(artifact) ? null : locatorOf(artifact, parsers);
    return {
      artifact,
      provenance: {
        itemId: item.id,
        exhibitNumber: item.exhibitNumber,
        itemName: item.name,
        itemPath: item.originalPath,
        itemSha256: item.digests?.sha256 ?? null,
        parserId: artifact.parserId,
        parserVersion: artifact.parserVersion,
        locator: artifact.locator,
        processing: (await tx.processing.get(item.id)) ?? null,
        bytesAvailable:
          byteRange(artifact) !== null ||
          memberReaderOf(artifact, parsers) !== null ||
          (locating !== null && !(await hasRowsBeside(tx, item, locating))),
      },
    };
  });
}

/**
 * The bytes of the item the artefact was read from, exactly its locator's range; for a database row, the cell that
 * holds it, as its parser finds it in the item's pages (`Parser.locate`); for a range of a member the item holds
 * compressed, that range inflated (`Parser.readMember`), and then `member` names it and `range` is the member's.
 */
export async function readArtifactBytes(
  deps: Deps,
  actor: Actor,
  caseId: string,
  artifactId: string,
  justification: string,
  parsers: readonly Parser[] = [],
  signal?: AbortSignal,
): Promise<{ artifact: Artifact; range: { start: number; end: number }; member?: string; bytes: AsyncIterable<Uint8Array> }> {
  requirePermission(actor, 'case.content.read');
  requireJustification(justification, 'read the original evidence');
  const { artifact, item } = await deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const found = await tx.artifacts.byId(caseId, artifactId);
    if (!found) throw new TamgaError('ARTIFACT_NOT_FOUND');
    // The item's pages are read to find a row, or its member inflated, only once its bytes may be read at all.
    if (memberReaderOf(found, parsers)) return { artifact: found, item: (await readableItem(tx, actor, caseId, found.itemId)).found };
    const locating = byteRange(found) ? null : locatorOf(found, parsers);
    if (!locating) return { artifact: found, item: null };
    const { found: item } = await readableItem(tx, actor, caseId, found.itemId);
    return { artifact: found, item: (await hasRowsBeside(tx, item, locating)) ? null : item };
  });
  const reader = memberReaderOf(artifact, parsers);
  if (reader && item) return readInsideMember(deps, actor, caseId, artifact, item, reader, justification, signal);
  let range = byteRange(artifact);
  const parser = range ? null : locatorOf(artifact, parsers);
  if (parser && item) {
    // A row not in the file's own pages (committed only in a write-ahead log) or pages too damaged to walk: none.
    const cell = await parser.locate!(artifact.locator, randomAccess(deps, item.digests.sha256, item.digests.size)).catch(() => null);
    if (cell) range = { start: cell.offset, end: cell.offset + cell.length };
  }
  if (!range) throw new TamgaError('ARTIFACT_BYTES_UNAVAILABLE');
  const { bytes } = await readEvidenceContent(deps, actor, caseId, artifact.itemId, { justification, range });
  return { artifact, range, bytes };
}

async function readInsideMember(
  deps: Deps,
  actor: Actor,
  caseId: string,
  artifact: Artifact,
  item: ReadableItem,
  reader: Parser,
  justification: string,
  asked?: AbortSignal,
): Promise<{ artifact: Artifact; range: { start: number; end: number }; member: string; bytes: AsyncIterable<Uint8Array> }> {
  // Stopped by its time limit, or when whoever asked has gone (a closed connection): inflating is CPU.
  const signal = asked ? AbortSignal.any([AbortSignal.timeout(MEMBER_READ_MS), asked]) : AbortSignal.timeout(MEMBER_READ_MS);
  const bytes = await reader.readMember!(artifact.locator, { localPath: () => deps.blobs.localPath(item.digests.sha256), signal }).catch(
    (error: unknown) => {
      if (signal.aborted) return null;
      throw error;
    },
  );
  if (!bytes) throw new TamgaError('ARTIFACT_BYTES_UNAVAILABLE');
  const member = artifact.locator.path!;
  const range = { start: artifact.locator.offset!, end: artifact.locator.offset! + bytes.length };
  await recordContentRead(deps, actor, caseId, item.id, { justification, range, member });
  return {
    artifact,
    range,
    member,
    bytes: (async function* () {
      yield bytes;
    })(),
  };
}
