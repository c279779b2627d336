// A case's own hashes as a bank file for partners: one CSV row per item with bytes (MD5, SHA-1, SHA-256, and PDQ
// for images good enough to match), labelled with the exhibit number only. The file imports into any Tamga bank.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Deps } from '../deps';
import { actorEvent, recordEvent } from '../record-event';
import { EMPTY_FILE_HASHES } from './hash-bank';

export interface CaseHashExport {
  fileName: string;
  /** `md5,sha1,sha256,pdq,label` then one row per item. */
  csv: string;
  rows: number;
  sha256: string;
}

/** Sharing a case's hashes discloses what it holds: contribute access, and a ledger event with the file's digest. */
export async function exportCaseHashes(
  deps: Deps,
  actor: Actor,
  caseId: string,
  props: { purpose?: string } = {},
): Promise<CaseHashExport> {
  requirePermission(actor, 'case.content.read');
  return deps.store.transaction(async (tx) => {
    const { record } = await loadCaseFor(tx, actor, caseId, 'contribute');
    const images = new Map((await tx.hashBanks.imageHashesForCase(caseId)).map((h) => [h.itemId, h]));
    const lines = ['md5,sha1,sha256,pdq,label'];
    for (const item of await tx.evidence.listForCase(caseId)) {
      if (!item.digests || EMPTY_FILE_HASHES.has(item.digests.sha256)) continue;
      const image = images.get(item.id);
      // Unstable hashes never enter a bank (FORMATS.md §6.2).
      const pdq = image && image.quality >= deps.settings.pdqMinQuality ? image.hash : '';
      const label = `"${item.exhibitNumber.replaceAll('"', '""')}"`;
      lines.push([item.digests.md5, item.digests.sha1, item.digests.sha256, pdq, label].join(','));
    }
    const csv = `${lines.join('\n')}\n`;
    const digest = bytesToHex(sha256(utf8ToBytes(csv)));
    const stamp = deps.clock.now().toISOString().slice(0, 10);
    const fileName = `${record.reference.replace(/[^A-Za-z0-9._-]+/g, '_')}-hashes-${stamp}.csv`;
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'case.hashes_exported', {
        caseId,
        justification: props.purpose?.trim() || null,
        details: { rows: lines.length - 1, sha256: digest, fileName },
      }),
    );
    return { fileName, csv, rows: lines.length - 1, sha256: digest };
  });
}
