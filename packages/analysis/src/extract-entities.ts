// Finds and validates the §9 entity types in a text, reporting offsets into the original string.
import { scanBitcoinAddresses } from './bitcoin';
import { scanEmails } from './email';
import { type Candidate, type EntityMatch, type EntityType } from './entity-types';
import { scanEthereumAddresses } from './ethereum';
import { scanIbans } from './iban';
import { scanIpv4, scanIpv6 } from './ip-address';
import { scanPaymentCards } from './payment-card';
import { scanPhones } from './phone';
import { scanTelegramMentions, scanTgLinks, telegramCandidatesForUrl } from './telegram';
import { scanTronAddresses } from './tron';
import { findUrls, urlCandidates } from './url';
import { createWorkingText } from './working-text';

export { ENTITY_TYPES, type EntityMatch, type EntityType } from './entity-types';

export interface ExtractOptions {
  /** ISO 3166 country of the case, tried first for numbers written without a country code (e.g. 'KZ'). */
  defaultRegion?: string;
  /** The source field (subject, body, header…), copied into every match's details. */
  field?: string;
}

/**
 * Overlap policy. A URL is reported once as `url` and once as its host (`domain`, `ipv4` or `ipv6`) with the span of
 * the host as written inside it; Telegram links add their `telegram_link` (link span) and the username or phone they
 * name (span of that part). Those derived matches are the only ones allowed inside a container: a bare scanner match
 * that overlaps a container of the listed types is dropped, so a URL's host is never reported twice and digits inside
 * a URL, card, IBAN, address or IP are never a phone number. Crypto addresses and IBANs inside a URL are kept: an
 * explorer link names the address it shows.
 */
const SUPPRESSED_INSIDE: Partial<Record<EntityType, readonly EntityType[]>> = {
  phone: ['url', 'domain', 'email', 'payment_card', 'iban', 'btc_address', 'eth_address', 'tron_address', 'ipv4', 'ipv6', 'telegram_link'],
  domain: ['url', 'email', 'telegram_link'],
  ipv4: ['url', 'ipv6', 'telegram_link'],
  ipv6: ['url', 'telegram_link'],
  telegram_username: ['url', 'email', 'telegram_link'],
  payment_card: ['url', 'iban', 'telegram_link'],
};

const DEFANGABLE = new Set<EntityType>(['url', 'domain', 'ipv4', 'ipv6', 'email', 'telegram_link', 'telegram_username']);

type Spans = Array<[number, number]>;

/** Sorted, merged spans, so that an overlap test is one binary search. */
function mergeSpans(spans: Spans): Spans {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Spans = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function overlaps(merged: Spans, start: number, end: number): boolean {
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (merged[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < merged.length && merged[lo]![0] < end;
}

function dropSuppressed(candidates: Candidate[]): Candidate[] {
  const byType = new Map<EntityType, Spans>();
  for (const c of candidates) {
    const list = byType.get(c.type) ?? [];
    list.push([c.start, c.end]);
    byType.set(c.type, list);
  }
  const shields = new Map<EntityType, Spans>();
  for (const [type, containers] of Object.entries(SUPPRESSED_INSIDE) as Array<[EntityType, EntityType[]]>) {
    shields.set(type, mergeSpans(containers.flatMap((t) => byType.get(t) ?? [])));
  }
  return candidates.filter((c) => {
    if (c.derived) return true;
    const shield = shields.get(c.type);
    return !shield || !overlaps(shield, c.start, c.end);
  });
}

const HAS_DIGIT = /\d/;

export function extractEntities(text: string, options: ExtractOptions = {}): EntityMatch[] {
  if (!text) return [];
  const work = createWorkingText(text);
  const t = work.text;
  const region = options.defaultRegion;
  const hasDigit = HAS_DIGIT.test(t);
  const hasAt = t.includes('@');
  const hasDot = t.includes('.');
  const hasColon = t.includes(':');

  const candidates: Candidate[] = [];
  // Credentials in a URL (http://user:pass@host/) look like an e-mail address; that part is not one.
  const userinfoSpans: Spans = [];
  if (hasDot || hasColon) {
    for (const hit of findUrls(t)) {
      candidates.push(...urlCandidates(hit), ...telegramCandidatesForUrl(hit, t));
      if (hit.url.username || hit.url.password) userinfoSpans.push([hit.start, hit.hostEnd]);
    }
  }
  if (hasColon) candidates.push(...scanTgLinks(t), ...scanIpv6(t));
  if (hasAt) {
    const shield = mergeSpans(userinfoSpans);
    candidates.push(...scanEmails(t).filter((c) => !overlaps(shield, c.start, c.end)), ...scanTelegramMentions(t));
  }
  if (hasDigit) {
    if (hasDot) candidates.push(...scanIpv4(t));
    candidates.push(...scanPaymentCards(t), ...scanIbans(t), ...scanBitcoinAddresses(t), ...scanEthereumAddresses(t));
    candidates.push(...scanPhones(t, region));
  }
  candidates.push(...scanTronAddresses(t));

  const seen = new Set<string>();
  const out: EntityMatch[] = [];
  for (const c of dropSuppressed(candidates)) {
    const [start, end] = work.toOriginal(c.start, c.end);
    const key = `${c.type}\u0000${start}\u0000${end}\u0000${c.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const flags = new Set(c.flags);
    if (DEFANGABLE.has(c.type) && work.isDefanged(c.start, c.end)) flags.add('defanged');
    const details = options.field === undefined ? c.details : { ...c.details, field: options.field };
    out.push({ type: c.type, value: c.value, raw: text.slice(start, end), start, end, valid: c.valid, flags: [...flags], details });
  }
  return out.sort(
    (a, b) =>
      a.start - b.start ||
      (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
      a.end - b.end ||
      (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
}
