// Entities found in artefacts (phones, e-mails, wallets …), each occurrence pointing at its artefact and offset,
// and the extractor port that finds them (implemented in @tamga/analysis).

export const ENTITY_TYPES = [
  'email',
  'phone',
  'url',
  'domain',
  'ipv4',
  'ipv6',
  'btc_address',
  'eth_address',
  'tron_address',
  'telegram_username',
  'telegram_link',
  'payment_card',
  'iban',
  // A platform account named by a parser (`telegram:user123`) that is not an e-mail address or a phone.
  'account',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One finding in one text, as the extractor reports it. */
export interface EntityMatch {
  type: EntityType;
  /** Normalised, so the same phone written three ways is one value (E.164, lower-case e-mail …). */
  value: string;
  /** The text exactly as written. */
  raw: string;
  /** UTF-16 offsets into the original text: raw === text.slice(start, end). */
  start: number;
  end: number;
  /** Checksum, numbering plan or range passed. Only valid matches link cases. */
  valid: boolean;
  flags: string[];
  details: Record<string, unknown>;
}

export interface ExtractOptions {
  /** ISO country of the case, tried first for numbers written without a country code. */
  defaultRegion?: string;
  field?: string;
}

/**
 * Finds and validates entities in a text; pure and deterministic. `rules` names the version of its rules, bumped
 * whenever what it finds changes: an item analysed by other rules may hold entities these would not find, or lack
 * ones they would (ProcessingSummary.analysisOutdated).
 */
export type EntityExtractor = ((text: string, options?: ExtractOptions) => EntityMatch[]) & { readonly rules?: string };

/** The one key an entity is known by inside and across cases. */
export function entityKey(type: string, value: string): string {
  return `${type}:${value}`;
}

export interface EntityOccurrence {
  caseId: string;
  itemId: string;
  artifactId: string;
  artifactType: string;
  /** The artefact's UTC time, or null when undated. */
  at: string | null;
  key: string;
  type: EntityType;
  value: string;
  valid: boolean;
  /** Where in the artefact: `text`, `actors`, or a field name such as `fields.subject`. */
  field: string;
  start: number;
  end: number;
  raw: string;
  /** The sender or author of the artefact, when it has one. */
  account: string | null;
  flags: string[];
  details: Record<string, unknown>;
}

/** One entity of a case with how often and when it occurs. */
export interface EntitySummary {
  key: string;
  type: EntityType;
  value: string;
  valid: boolean;
  occurrences: number;
  artifacts: number;
  firstAt: string | null;
  lastAt: string | null;
}

/** A message, e-mail or call from one account to another: an edge of the link graph. */
export interface Communication {
  caseId: string;
  itemId: string;
  artifactId: string;
  artifactType: string;
  at: string | null;
  source: string;
  target: string;
}

/**
 * An e-mail's place among messages (RFC 5322 §3.6.4): its own Message-ID, the one it replies to (In-Reply-To) and
 * those it names (References), without angle brackets. Threads are found through them. An e-mail with neither
 * In-Reply-To nor References is placed by its subject instead (FORMATS.md §4.4): `messageId` is then `subject:`
 * and the subject without reply prefixes, and the relation says whether it had any (a reply) or not (an original).
 */
export interface MessageReference {
  caseId: string;
  itemId: string;
  artifactId: string;
  messageId: string;
  relation: 'self' | 'reply_to' | 'reference' | 'subject_original' | 'subject_reply';
}

/** Where the subject keys of MessageReference begin; no Message-ID does (':' is not allowed in its dot-atoms). */
export const SUBJECT_KEY = 'subject:';

export type AnalysisStatus = 'done' | 'failed';

export interface ItemAnalysis {
  itemId: string;
  caseId: string;
  status: AnalysisStatus;
  artifacts: number;
  occurrences: number;
  communications: number;
  reason: string | null;
  /** The extractor's rules it was analysed by (EntityExtractor.rules); null before they were recorded. */
  rules: string | null;
  updatedAt: string;
}
