// The protected viewer: images matched by a known-illegal or known-terrorist bank are shown as a blurred
// placeholder, and their pixels only to an entitled role with contribute access who states why, each time an
// access event. Counts, hashes and labels stay visible to every member (read-matches.ts).
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission, type CaseAccess } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { EvidenceItem } from '../evidence-item';
import { requireJustification } from '../evidence/justification';
import type { ImagePreview, PerceptualHasher } from '../perceptual-hasher';
import type { Tx } from '../ports';
import { actorEvent, recordEvent } from '../record-event';
import { levelAtLeast } from '../roles';
import { flagsOf, type HashMatch, type ItemHashFlags } from './hash-bank';

/**
 * Refuses a flagged item's bytes to anyone who may not reveal it: the one rule for the reveal route and for
 * every other way to its bytes (original content, artefact byte ranges). Returns the item's flags.
 */
export async function assertMayReadFlagged(tx: Tx, actor: Actor, access: CaseAccess, itemId: string): Promise<ItemHashFlags> {
  const flags = flagsOf(itemId, await tx.hashBanks.matchesForItem(itemId));
  if (!flags.protected) return flags;
  requirePermission(actor, 'flagged.reveal');
  if (!levelAtLeast(access.membership.level, 'contribute')) {
    throw new TamgaError('ACCESS_LEVEL_TOO_LOW', 'Revealing a flagged image needs contribute access to the case');
  }
  return flags;
}

export interface RevealedImage {
  itemId: string;
  exhibitNumber: string;
  sha256: string;
  flags: ItemHashFlags;
  matches: HashMatch[];
  image: { contentType: 'image/jpeg'; width: number; height: number; base64: string };
}

const REVEAL_MAX_SIDE = 1600;
const PLACEHOLDER_MAX_SIDE = 256;

function withBytes(item: EvidenceItem | undefined): EvidenceItem & { digests: NonNullable<EvidenceItem['digests']> } {
  if (!item) throw new TamgaError('EVIDENCE_NOT_FOUND');
  if (!item.digests) throw new TamgaError('NOT_AN_IMAGE', 'A folder has no bytes of its own');
  if (item.custody.disposedAt) throw new TamgaError('ITEM_DISPOSED');
  return item as EvidenceItem & { digests: NonNullable<EvidenceItem['digests']> };
}

function encoded(preview: ImagePreview): RevealedImage['image'] {
  return { contentType: 'image/jpeg', width: preview.width, height: preview.height, base64: Buffer.from(preview.bytes).toString('base64') };
}

export async function revealImage(
  deps: Deps,
  hasher: PerceptualHasher,
  actor: Actor,
  caseId: string,
  itemId: string,
  props: { justification: string },
): Promise<RevealedImage> {
  const justification = requireJustification(props.justification, 'see this image');
  const { item, flags, matches } = await deps.store.transaction(async (tx) => {
    const access = await loadCaseFor(tx, actor, caseId, 'read');
    const found = withBytes(await tx.evidence.byId(caseId, itemId));
    const itemFlags = await assertMayReadFlagged(tx, actor, access, itemId);
    return { item: found, flags: itemFlags, matches: await tx.hashBanks.matchesForItem(itemId) };
  });
  // Decoded before the event, so a file that is no image records no reveal that never happened.
  const preview = await hasher.preview(await deps.blobs.localPath(item.digests.sha256), { maxSide: REVEAL_MAX_SIDE, blur: false });
  if (!preview) throw new TamgaError('NOT_AN_IMAGE');
  await deps.store.transaction((tx) =>
    recordEvent(
      tx,
      deps,
      actorEvent(actor, 'evidence.image_revealed', {
        caseId,
        targetType: 'evidence',
        targetId: itemId,
        justification,
        details: { exhibitNumber: item.exhibitNumber, sha256: item.digests.sha256, protected: flags.protected, meanings: flags.meanings },
      }),
    ),
  );
  return { itemId, exhibitNumber: item.exhibitNumber, sha256: item.digests.sha256, flags, matches, image: encoded(preview) };
}

/** The blurred placeholder any member may see: small and blurred past recognition, so not an access to content. */
export async function imagePlaceholder(
  deps: Deps,
  hasher: PerceptualHasher,
  actor: Actor,
  caseId: string,
  itemId: string,
): Promise<{ itemId: string; flags: ItemHashFlags; image: RevealedImage['image'] }> {
  requirePermission(actor, 'case.content.read');
  const { item, flags } = await deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const found = withBytes(await tx.evidence.byId(caseId, itemId));
    return { item: found, flags: flagsOf(itemId, await tx.hashBanks.matchesForItem(itemId)) };
  });
  const preview = await hasher.preview(await deps.blobs.localPath(item.digests.sha256), { maxSide: PLACEHOLDER_MAX_SIDE, blur: true });
  if (!preview) throw new TamgaError('NOT_AN_IMAGE');
  return { itemId, flags, image: encoded(preview) };
}
