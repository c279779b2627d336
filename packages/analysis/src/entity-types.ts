// The entity vocabulary shared by every scanner and by extractEntities (FORMATS.md §9).

import type { EntityMatch, EntityType } from '@tamga/core';

// The vocabulary is core's (so stored entities and the API agree); `account` there comes from parsers, not text.
export type TextEntityType = Exclude<EntityType, 'account'>;
export const TEXT_ENTITY_TYPES: readonly TextEntityType[] = [
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
];
export type { EntityMatch, EntityType };

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
