// Finds and validates the §9 entity types in a text, reporting offsets into the original string.
import { MIN_ADDRESS_RUN } from './alnum-runs';
import { scanBitcoinAddresses } from './bitcoin';
import { scanEmails } from './email';
import { type Candidate, type EntityMatch, type EntityType } from './entity-types';
import { scanEthereumAddresses } from './ethereum';
import { scanIbans } from './iban';
import { findIdentifiers, isIdentifierField, type Identifiers } from './identifiers';
import { scanIpv4, scanIpv6 } from './ip-address';
import { scanPaymentCards } from './payment-card';
import { scanPhones } from './phone';
import { mergeSpans, overlaps, type Spans } from './spans';
import { scanTgLinks, telegramCandidatesForUrl } from './telegram-candidates';
import { scanTelegramMentions } from './telegram-username';
import { scanTronAddresses } from './tron';
import { findUrls, urlCandidates } from './url';
import {
  astralNfcSensitive,
  createWorkingText,
  HIGH_SURROGATE,
  INVISIBLE_CHAR,
  NFC_SENSITIVE,
  nonAsciiClasses,
  WIDE_SPACE,
  type WorkingText,
} from './working-text';

export { TEXT_ENTITY_TYPES, type EntityMatch, type EntityType } from './entity-types';

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

// Below this many candidates a pairwise test is cheaper than building merged spans per type.
const PAIRWISE_LIMIT = 48;

function suppressedPairwise(candidates: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const containers = c.derived ? undefined : SUPPRESSED_INSIDE[c.type];
    let drop = false;
    if (containers) {
      for (const other of candidates) {
        if (other !== c && other.start < c.end && c.start < other.end && containers.includes(other.type)) {
          drop = true;
          break;
        }
      }
    }
    if (drop) out ??= candidates.slice(0, i);
    else out?.push(c);
  }
  return out ?? candidates;
}

function dropSuppressed(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  if (candidates.length <= PAIRWISE_LIMIT) return suppressedPairwise(candidates);
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

/**
 * What one pass over the text says about it, so that a scanner whose pattern cannot occur is not run: every
 * candidate pattern needs some digits, an '@', a ':' or a long run of ASCII letters and digits.
 */
interface TextProfile {
  digits: number;
  /** Where the first ASCII digit is (-1 for none): scanners of numbers can start their search near it. */
  firstDigit: number;
  at: boolean;
  dot: boolean;
  colons: number;
  /** Two colons at most five characters apart, as in every IPv6 address. */
  colonPair: boolean;
  /** A run of digits and dots with three dots after digits, as in every dotted quad. */
  dottedQuad: boolean;
  slash: boolean;
  /** The longest run of ASCII letters and digits (an address or IBAN is one whole run). */
  longestRun: number;
  /** The runs of at least MIN_ADDRESS_RUN ASCII letters and digits, as flattened [start, end) pairs. */
  longRuns: number[] | null;
  /** Something the working copy rewrites beyond spaces: an invisible character or (probably) a defanging form. */
  special: boolean;
  /** A no-break space, which the working copy turns into a space without moving any offset. */
  wideSpace: boolean;
  /** A character NFC might change (most non-Latin text has none). */
  mayNeedNfc: boolean;
}

const HXXP = /hxxp/i;

// One profile object, filled in place by each call: extraction runs one text at a time and the profile is read
// before the next call, and a fresh object per text was a noticeable share of all allocation.
const profile: TextProfile = {
  digits: 0,
  firstDigit: -1,
  at: false,
  dot: false,
  colons: 0,
  colonPair: false,
  dottedQuad: false,
  slash: false,
  longestRun: 0,
  longRuns: null,
  special: false,
  wideSpace: false,
  mayNeedNfc: false,
};

const QUIET = /[\u0400-\u046f ,]*/y;

/** Fills and returns the shared profile object (valid until the next call). */
function profileText(t: string): TextProfile {
  let digits = 0;
  let at = false;
  let dot = false;
  let colons = 0;
  let lastColon = -10;
  let colonPair = false;
  let dotted = 0;
  let dottedQuad = false;
  let slash = false;
  let run = 0;
  let longestRun = 0;
  let special = false;
  let wideSpace = false;
  let mayNeedNfc = false;
  let table: Uint8Array | undefined;
  let longRuns: number[] | null = null;
  let firstDigit = -1;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x80) {
      if (run >= MIN_ADDRESS_RUN) (longRuns ??= []).push(i - run, i);
      if (run > longestRun) longestRun = run;
      run = 0;
      dotted = 0;
      // Basic Cyrillic letters (А–я, Ѐ–џ, ѐ–ѯ) are neither rewritten nor changed by NFC, and like spaces and commas
      // they only end a run; most text is sentences of them, which one sticky regex skips faster than this loop.
      if (c - 0x400 <= 0x6f && c >= 0x400) {
        QUIET.lastIndex = i + 1;
        QUIET.test(t);
        i = QUIET.lastIndex - 1;
        continue;
      }
      const cls = (table ??= nonAsciiClasses())[c]!;
      if (cls === 0) continue;
      if (cls & INVISIBLE_CHAR) special = true;
      else if (cls & WIDE_SPACE) wideSpace = true;
      if (cls & NFC_SENSITIVE) mayNeedNfc = true;
      else if (cls & HIGH_SURROGATE && astralNfcSensitive(t, i)) mayNeedNfc = true;
      continue;
    }
    if (c === 0x20) {
      if (run >= MIN_ADDRESS_RUN) (longRuns ??= []).push(i - run, i);
      if (run > longestRun) longestRun = run;
      run = 0;
      dotted = 0;
      continue;
    }
    if (c - 0x30 < 10 && c >= 0x30) {
      if (digits++ === 0) firstDigit = i;
      run++;
      continue;
    }
    if (((c | 0x20) - 0x61) >>> 0 < 26) {
      run++;
      dotted = 0;
      // The rest of a word of ASCII letters.
      while (i + 1 < n && ((t.charCodeAt(i + 1) | 0x20) - 0x61) >>> 0 < 26) {
        i++;
        run++;
      }
      continue;
    }
    if (run >= MIN_ADDRESS_RUN) (longRuns ??= []).push(i - run, i);
    if (run > longestRun) longestRun = run;
    run = 0;
    if (c === 0x2e) {
      dot = true;
      const before = i > 0 ? t.charCodeAt(i - 1) : 0;
      if (before >= 0x30 && before <= 0x39) {
        if (++dotted >= 3) dottedQuad = true;
      } else {
        dotted = 0;
      }
      continue;
    }
    dotted = 0;
    if (c === 0x40) at = true;
    else if (c === 0x3a) {
      colons++;
      if (i - lastColon <= 5) colonPair = true;
      lastColon = i;
    } else if (c === 0x2f) slash = true;
    else if ((c === 0x5b || c === 0x28 || c === 0x7b) && !special) {
      // '[', '(' or '{' followed by '.', ':', '@', 'd' or 'a' (the exact forms are checked by undefang).
      const next = t.charCodeAt(i + 1) | 0x20;
      special = next === 0x2e || next === 0x3a || next === 0x60 || next === 0x64 || next === 0x61;
    }
  }
  if (run >= MIN_ADDRESS_RUN) (longRuns ??= []).push(n - run, n);
  if (run > longestRun) longestRun = run;
  // "hxxp" only matters in a link, which has a ':' (hxxp://) or a '.'.
  if (!special && (colons > 0 || dot) && HXXP.test(t)) special = true;
  const out = profile;
  out.digits = digits;
  out.firstDigit = firstDigit;
  out.at = at;
  out.dot = dot;
  out.colons = colons;
  out.colonPair = colonPair;
  out.dottedQuad = dottedQuad;
  out.slash = slash;
  out.longestRun = longestRun;
  out.longRuns = longRuns;
  out.special = special;
  out.wideSpace = wideSpace;
  out.mayNeedNfc = mayNeedNfc;
  return out;
}

const WIDE_SPACES = /[\u00A0\u202F]/g;

const IDENTITY = {
  toOriginal: (start: number, end: number): [number, number] => [start, end],
  isDefanged: (): boolean => false,
};

function compareMatches(a: EntityMatch, b: EntityMatch): number {
  return (
    a.start - b.start ||
    (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
    a.end - b.end ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  );
}

// Array.prototype.sort copies the array into a work area on every call; most texts have a handful of matches,
// which an insertion sort (stable, like sort) orders in place.
const INSERTION_SORT_LIMIT = 24;

function sortMatches(out: EntityMatch[]): void {
  if (out.length > INSERTION_SORT_LIMIT) {
    out.sort(compareMatches);
    return;
  }
  for (let i = 1; i < out.length; i++) {
    const m = out[i]!;
    let j = i - 1;
    while (j >= 0 && compareMatches(out[j]!, m) > 0) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = m;
  }
}

export function extractEntities(text: string, options: ExtractOptions = {}): EntityMatch[] {
  if (!text) return [];
  let p = profileText(text);
  // Most texts need no working copy: nothing to strip, un-defang or compose. Otherwise build it and look again.
  let t = text;
  let work: Pick<WorkingText, 'toOriginal' | 'isDefanged'> = IDENTITY;
  if (p.special || (p.mayNeedNfc && text.normalize('NFC') !== text)) {
    const working = createWorkingText(text);
    work = working;
    if (working.text !== text) {
      t = working.text;
      p = profileText(t);
    }
  } else if (p.wideSpace) {
    // Same length, same offsets; and to every scanner a no-break space and a space are alike non-word characters,
    // so the profile still holds.
    t = text.replace(WIDE_SPACES, ' ');
  }
  const region = options.defaultRegion;

  const candidates: Candidate[] = [];
  // Credentials in a URL (http://user:pass@host/) look like an e-mail address; that part is not one.
  let userinfoSpans: Spans | null = null;
  if (p.dot || p.slash) {
    for (const hit of findUrls(t)) {
      candidates.push(...urlCandidates(hit), ...telegramCandidatesForUrl(hit, t));
      if (hit.url.username || hit.url.password) (userinfoSpans ??= []).push([hit.start, hit.hostEnd]);
    }
  }
  if (p.colons > 0 && p.slash) candidates.push(...scanTgLinks(t));
  if (p.colonPair) candidates.push(...scanIpv6(t));
  if (p.at) {
    const emails = scanEmails(t);
    if (userinfoSpans) {
      const shield = mergeSpans(userinfoSpans);
      for (const c of emails) if (!overlaps(shield, c.start, c.end)) candidates.push(c);
    } else {
      candidates.push(...emails);
    }
    candidates.push(...scanTelegramMentions(t));
  }
  if (p.dottedQuad) candidates.push(...scanIpv4(t, p.firstDigit));
  if (p.digits >= 12) candidates.push(...scanPaymentCards(t, p.firstDigit));
  if (p.digits >= 2 && p.longestRun >= 4) candidates.push(...scanIbans(t, p.firstDigit - 2));
  // Addresses are whole runs of ASCII letters and digits: Bech32 at least 14, Base58 at least 26, TRON 34, EVM 42.
  if (p.longRuns) {
    candidates.push(...scanBitcoinAddresses(t, p.longRuns));
    if (p.longestRun >= 42) candidates.push(...scanEthereumAddresses(t, p.longRuns));
    if (p.longestRun >= 34) candidates.push(...scanTronAddresses(t, p.longRuns));
  }
  if (p.digits >= 7) candidates.push(...scanPhones(t, region, p.firstDigit - 5));
  if (!candidates.length) return [];

  const field = options.field;
  // A message or content identifier names a message: its digits are no phone number and it is no e-mail address.
  // Decided after the overlap rules, so that such an "address" still shields the domain and digits inside it.
  const wholeIdentifier = isIdentifierField(field);
  let identifiers: Identifiers | undefined;
  const out: EntityMatch[] = [];
  for (const c of dropSuppressed(candidates)) {
    if (c.type === 'phone' || c.type === 'email') {
      if (wholeIdentifier || (identifiers ??= findIdentifiers(t)).contains(c.start, c.end, c.type)) continue;
    }
    let start = c.start;
    let end = c.end;
    if (work !== IDENTITY) [start, end] = work.toOriginal(start, end);
    let flags = c.flags.length > 1 ? [...new Set(c.flags)] : c.flags.slice();
    if (work !== IDENTITY && DEFANGABLE.has(c.type) && work.isDefanged(c.start, c.end) && !flags.includes('defanged'))
      flags = [...flags, 'defanged'];
    // Candidates and their details are built afresh on every call, so the field is added in place.
    const details = c.details;
    if (field !== undefined) details['field'] = field;
    out.push({ type: c.type, value: c.value, raw: text.slice(start, end), start, end, valid: c.valid, flags, details });
  }
  sortMatches(out);
  // The same entity found twice (by two routes) is reported once; after the sort the copies are neighbours, and
  // the stable sort keeps the first one found.
  let kept = 0;
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    const prev = kept > 0 ? out[kept - 1]! : undefined;
    if (prev && prev.start === m.start && prev.end === m.end && prev.type === m.type && prev.value === m.value) continue;
    out[kept++] = m;
  }
  out.length = kept;
  return out;
}

/**
 * The version of the rules extractEntities follows, recorded with each item's analysis (ItemAnalysis.rules): bump it
 * whenever what it finds changes, so that cases analysed before can be brought up to date (tamga reprocess
 * --outdated). 2: the first recorded; no phone numbers in hex dumps, UUIDs, coordinates and decimal fractions,
 * version numbers, amounts with kopecks, sizes with their unit, ISBN-10s or after an identifier's label.
 */
export const ENTITY_RULES = '2';
extractEntities.rules = ENTITY_RULES;
