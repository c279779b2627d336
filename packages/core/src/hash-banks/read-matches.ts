// What matching found in a case: the matches, a flag per matched item (protected, low priority) and counts.
// Hashes, labels and counts are always visible to members; the images themselves are not (reveal-image.ts).
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { actorEvent, recordEvent } from '../record-event';
import { BANK_MEANINGS, flagsOf, type BankMeaning, type HashMatch, type ItemHashFlags } from './hash-bank';

export interface MatchedItem extends ItemHashFlags {
  exhibitNumber: string;
  name: string;
  sha256: string | null;
  pdq: { hash: string; quality: number } | null;
}

export interface CaseMatches {
  caseId: string;
  matches: HashMatch[];
  items: MatchedItem[];
  counts: {
    itemsMatched: number;
    protected: number;
    lowPriority: number;
    byMeaning: Record<BankMeaning, number>;
    imagesHashed: number;
    /** Images whose PDQ quality was too low to match. */
    imagesBelowQuality: number;
  };
}

export interface CaseMatchFilter {
  itemId?: string;
  meaning?: BankMeaning;
  limit?: number;
}

export async function listCaseMatches(deps: Deps, actor: Actor, caseId: string, filter: CaseMatchFilter = {}): Promise<CaseMatches> {
  requirePermission(actor, 'case.content.read');
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const all = await tx.hashBanks.matchesForCase(caseId, filter.itemId ? { itemId: filter.itemId } : {});
    const images = await tx.hashBanks.imageHashesForCase(caseId);
    const items = new Map((await tx.evidence.listForCase(caseId)).map((i) => [i.id, i]));
    const imageOf = new Map(images.map((h) => [h.itemId, h]));
    const byItem = new Map<string, HashMatch[]>();
    for (const m of all) byItem.set(m.itemId, [...(byItem.get(m.itemId) ?? []), m]);
    const byMeaning = Object.fromEntries(BANK_MEANINGS.map((m) => [m, 0])) as Record<BankMeaning, number>;
    const matched: MatchedItem[] = [];
    for (const [itemId, matches] of byItem) {
      const flags = flagsOf(itemId, matches);
      for (const meaning of flags.meanings) byMeaning[meaning]++;
      const item = items.get(itemId);
      const image = imageOf.get(itemId);
      matched.push({
        ...flags,
        exhibitNumber: item?.exhibitNumber ?? '?',
        name: item?.name ?? '?',
        sha256: item?.digests?.sha256 ?? null,
        pdq: image ? { hash: image.hash, quality: image.quality } : null,
      });
    }
    matched.sort(
      (a, b) => Number(b.protected) - Number(a.protected) || a.exhibitNumber.localeCompare(b.exhibitNumber, 'en', { numeric: true }),
    );
    const limit = filter.limit ?? 1000;
    const shown = filter.meaning ? all.filter((m) => m.meaning === filter.meaning) : all;
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'case.matches_viewed', {
        caseId,
        targetType: filter.itemId ? 'evidence' : null,
        targetId: filter.itemId ?? null,
        details: { matches: shown.length, items: matched.length },
      }),
    );
    return {
      caseId,
      matches: shown.slice(0, limit),
      items: (filter.meaning ? matched.filter((i) => i.meanings.includes(filter.meaning!)) : matched).slice(0, limit),
      counts: {
        itemsMatched: matched.length,
        protected: matched.filter((i) => i.protected).length,
        lowPriority: matched.filter((i) => i.lowPriority).length,
        byMeaning,
        imagesHashed: images.length,
        imagesBelowQuality: images.filter((h) => h.quality < deps.settings.pdqMinQuality).length,
      },
    };
  });
}

/** The flags of the item an artefact was read from: an artefact of a flagged item is flagged too. */
export async function artifactMatches(
  deps: Deps,
  actor: Actor,
  caseId: string,
  artifactId: string,
): Promise<{ itemId: string; flags: ItemHashFlags; matches: HashMatch[] }> {
  requirePermission(actor, 'case.content.read');
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const artifact = await tx.artifacts.byId(caseId, artifactId);
    if (!artifact) throw new TamgaError('ARTIFACT_NOT_FOUND');
    const matches = await tx.hashBanks.matchesForItem(artifact.itemId);
    return { itemId: artifact.itemId, flags: flagsOf(artifact.itemId, matches), matches };
  });
}
