// Reading artefacts: lists and filters for members, one artefact with its provenance, and the exact bytes it
// came from (original evidence, so with a justification, as an event).
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Artifact } from '../artifact';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { ArtifactFilter, ItemProcessing } from '../item-processing';
import { utcRange } from '../instant';
import { actorEvent, recordEvent } from '../record-event';
import { readEvidenceContent } from '../evidence/read-evidence';
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
  /** Whether the locator names a byte range of the item that can be read back. */
  bytesAvailable: boolean;
}

function byteRange(artifact: Artifact): { start: number; end: number } | null {
  const { offset, length, path } = artifact.locator;
  if (path !== undefined || offset === undefined || length === undefined) return null;
  return { start: offset, end: offset + length };
}

export async function getArtifact(
  deps: Deps,
  actor: Actor,
  caseId: string,
  artifactId: string,
): Promise<{ artifact: Artifact; provenance: ArtifactProvenance }> {
  requirePermission(actor, 'case.content.read');
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const artifact = await tx.artifacts.byId(caseId, artifactId);
    if (!artifact) throw new TamgaError('ARTIFACT_NOT_FOUND');
    const item = await tx.evidence.byId(caseId, artifact.itemId);
    if (!item) throw new TamgaError('EVIDENCE_NOT_FOUND');
    await recordEvent(tx, deps, actorEvent(actor, 'artifact.viewed', { caseId, targetType: 'artifact', targetId: artifactId }));
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
        bytesAvailable: byteRange(artifact) !== null,
      },
    };
  });
}

/** The bytes of the item the artefact was read from, exactly its locator's range. */
export async function readArtifactBytes(
  deps: Deps,
  actor: Actor,
  caseId: string,
  artifactId: string,
  justification: string,
): Promise<{ artifact: Artifact; range: { start: number; end: number }; bytes: AsyncIterable<Uint8Array> }> {
  requirePermission(actor, 'case.content.read');
  const artifact = await deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    return tx.artifacts.byId(caseId, artifactId);
  });
  if (!artifact) throw new TamgaError('ARTIFACT_NOT_FOUND');
  const range = byteRange(artifact);
  if (!range) throw new TamgaError('ARTIFACT_BYTES_UNAVAILABLE');
  const { bytes } = await readEvidenceContent(deps, actor, caseId, artifact.itemId, { justification, range });
  return { artifact, range, bytes };
}
