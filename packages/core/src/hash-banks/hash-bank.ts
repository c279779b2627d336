// Hash banks (FORMATS.md §7–§8): named lists of known content, their entries, and what matching an item finds.

/** What a bank's content is. NSRL and the like are known-software: lower priority, never "harmless". */
export const BANK_MEANINGS = ['known-illegal', 'known-terrorist', 'known-software', 'case-specific'] as const;
export type BankMeaning = (typeof BANK_MEANINGS)[number];

/** Meanings whose images are shown blurred until someone entitled reveals one (DOMAIN.md §9, issue 8). */
export const PROTECTED_MEANINGS: readonly BankMeaning[] = ['known-illegal', 'known-terrorist'];

export const SIGNAL_TYPES = ['md5', 'sha1', 'sha256', 'pdq'] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

/** HMA's rule for bank names: upper-case letters, digits and underscores, so they read the same everywhere. */
export const BANK_NAME = /^[A-Z0-9][A-Z0-9_]{1,63}$/;

export interface HashBank {
  id: string;
  name: string;
  description: string;
  /** Where the list comes from (a hotline, a consortium, NIST, another case). */
  source: string;
  /** Licence or sharing condition the source attached (e.g. TLP:AMBER, "law enforcement only"). */
  licence: string;
  meaning: BankMeaning;
  enabled: boolean;
  /** Bumped by every import; each entry remembers the version it arrived in. 0 until the first import. */
  version: number;
  /** Entries per signal type, as of the last import. */
  entries: Record<SignalType, number>;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface BankEntry {
  bankId: string;
  signal: SignalType;
  /** Lower-case hex. */
  value: string;
  label: string | null;
  version: number;
}

/** One entry that an item matched, as a flag on the item (and so on every artefact read from it). */
export interface HashMatch {
  caseId: string;
  itemId: string;
  bankId: string;
  bankName: string;
  meaning: BankMeaning;
  signal: SignalType;
  /** The bank's value that matched (for PDQ the bank's hash, not the item's). */
  value: string;
  label: string | null;
  /** 0 for exact digests; the Hamming distance for PDQ. */
  distance: number;
  /** For PDQ: which dihedral variant of the item matched (original, rotate90, flipX …). */
  variant: string | null;
  /** The version of the bank the entry arrived in. */
  entryVersion: number;
  matchedAt: string;
}

/** The perceptual hash of an image item, kept whatever its quality so reviewers see why it was not matched. */
export interface ItemImageHash {
  itemId: string;
  caseId: string;
  signal: 'pdq';
  hash: string;
  quality: number;
  /** The eight dihedral hashes (original first), so re-matching never decodes the image again. */
  variants: Record<string, string>;
  computedAt: string;
}

/** The empty file is in many lists but says nothing about anything (FORMATS.md §8.1): it never alerts. */
export const EMPTY_FILE_HASHES: ReadonlySet<string> = new Set([
  'd41d8cd98f00b204e9800998ecf8427e',
  'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
]);

export function emptyEntryCounts(): Record<SignalType, number> {
  return { md5: 0, sha1: 0, sha256: 0, pdq: 0 };
}

/** How an item's matches decide its place in review: known-bad wins over known-software (FORMATS.md §8.3). */
export interface ItemHashFlags {
  itemId: string;
  meanings: BankMeaning[];
  /** Shown blurred; its bytes only through a justified reveal by an entitled role. */
  protected: boolean;
  /** Only known-software matched: lower priority, hidden from default views, never removed or called harmless. */
  lowPriority: boolean;
}

export function flagsOf(itemId: string, matches: readonly Pick<HashMatch, 'meaning'>[]): ItemHashFlags {
  const meanings = [...new Set(matches.map((m) => m.meaning))].sort();
  const isProtected = meanings.some((m) => PROTECTED_MEANINGS.includes(m));
  return {
    itemId,
    meanings,
    protected: isProtected,
    lowPriority: meanings.length > 0 && meanings.every((m) => m === 'known-software'),
  };
}
