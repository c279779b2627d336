// The entity vocabulary shared by every scanner and by extractEntities (FORMATS.md §9).

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
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityMatch {
  type: EntityType;
  /** Normalised value: E.164 phone, lower-case e-mail, RFC 5952 IPv6, lower-case username without @, URL as WHATWG href, domain ASCII lower-case, card digits only, IBAN upper-case no spaces, eth lower-case 0x… */
  value: string;
  /** The text exactly as written (slice of the original input). */
  raw: string;
  /** UTF-16 offsets into the ORIGINAL text (before normalisation / un-defanging): raw === text.slice(start, end). */
  start: number;
  end: number;
  /** Only valid matches become graph entities; invalid candidates are still reported with valid:false where the spec says keep them as unvalidated (e.g. bad checksum). */
  valid: boolean;
  /** e.g. 'defanged', 'obfuscated', 'private', 'cgnat', 'reserved', 'documentation', 'mixed_script', 'testnet', 'non_standard', 'unchecksummed', 'invite', 'bot', 'short_username' */
  flags: string[];
  /** Type-specific details (phone country and kind, URL host forms, address kinds, Telegram link kind, source field…). */
  details: Record<string, unknown>;
}

/**
 * A match in working-text coordinates, before offsets are mapped back to the original. Scanners return these so
 * that each one can be tested on plain strings without the normalisation layer.
 */
export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  value: string;
  valid: boolean;
  flags: string[];
  details: Record<string, unknown>;
  /**
   * Set on entities derived from a container (the host of a URL, the username of a t.me link): the overlap rules
   * drop bare matches inside containers, and must not drop these.
   */
  derived?: boolean;
}
