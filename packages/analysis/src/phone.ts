// Phone number candidates in free text and their validation to E.164 with libphonenumber "max" metadata (§9.5).
import { getCountryCallingCode, isSupportedCountry, Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { BoundedCache } from './bounded-cache';
import { type Candidate } from './entity-types';
import { hexContext } from './hex-context';
import { parseWithPlans } from './phone-plans';
import { CARD_LAYOUT, digitsOf, phoneRejection } from './phone-rejection';

/** The regions tried, after the case's own, for a number written without a country code (§9.5). */
export const FALLBACK_REGIONS: readonly CountryCode[] = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'RU'];

/**
 * How the country was decided: an explicit international prefix; the case's country; one of the fallbacks (which
 * includes bare digits the case country's plan gives to the other country of a shared calling code); or the script of
 * the text around the number (`scriptRegion`).
 */
export type RegionSource = 'international' | 'default' | 'fallback' | 'script';

export interface PhoneValidation {
  valid: boolean;
  /** E.164 (`+` and digits); for an invalid international number, `+` and the digits as written. */
  e164: string;
  /** ISO country of the numbering plan; after +7 this is KZ for NSNs starting with 7 and RU otherwise. */
  country?: string;
  /** 'mobile', 'fixed', 'fixed_or_mobile', 'toll_free', 'voip', … */
  kind?: string;
  regionSource: RegionSource;
  /** Other fallback regions in which the same national digits are also valid. */
  alternatives?: string[];
  /**
   * Written as bare national digits and matched only in a fallback region, in the script's region, or in the case's
   * region but as the other country of a shared calling code: the country is a guess.
   */
  regionGuess?: boolean;
}

const KINDS: Record<string, string> = { MOBILE: 'mobile', FIXED_LINE: 'fixed', FIXED_LINE_OR_MOBILE: 'fixed_or_mobile' };

/** The default region (if libphonenumber knows it) followed by the §9.5 fallbacks, without repeats. */
export function regionOrder(defaultRegion?: string): CountryCode[] {
  const first = defaultRegion?.toUpperCase();
  const order: CountryCode[] = first && isSupportedCountry(first) ? [first] : [];
  for (const region of FALLBACK_REGIONS) if (!order.includes(region)) order.push(region);
  return order;
}

interface Parsed {
  e164: string;
  country?: string;
  kind?: string;
  /** Written as the bare national significant number, without trunk prefix or country code. */
  bare: boolean;
}

/** What libphonenumber's metadata says a national number in a region can look like, for `mayBeValidIn`. */
interface PlanShape {
  /** Possible lengths of the national significant number. */
  lengths: ReadonlySet<number>;
  callingCode: string;
  /** `^(?:IDD prefix)`: digits after it are read as an international number. */
  idd: RegExp;
  /** `^(?:national prefix for parsing)`, if the plan has one. */
  nationalPrefix: RegExp | null;
  /** The plan rewrites numbers while parsing (a transform rule): no shortcut, always ask libphonenumber. */
  opaque: boolean;
}

interface PlanInternals {
  nationalPrefixForParsing?: () => string | undefined;
  nationalPrefixTransformRule?: () => string | undefined;
}

const shapes = new Map<CountryCode, PlanShape | null>();

function planShape(region: CountryCode): PlanShape | null {
  let shape = shapes.get(region);
  if (shape !== undefined) return shape;
  shape = null;
  try {
    const metadata = new Metadata();
    metadata.selectNumberingPlan(region);
    const plan = metadata.numberingPlan;
    // The national prefix is not in the typed API; without it (another library version) there is no shortcut.
    const internals = plan as unknown as PlanInternals | undefined;
    if (plan && typeof internals?.nationalPrefixForParsing === 'function' && typeof internals.nationalPrefixTransformRule === 'function') {
      const prefix = internals.nationalPrefixForParsing();
      shape = {
        lengths: new Set(plan.possibleLengths()),
        callingCode: getCountryCallingCode(region),
        idd: new RegExp(`^(?:${plan.IDDPrefix()})`),
        nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : null,
        opaque: Boolean(internals.nationalPrefixTransformRule()),
      };
    }
  } catch {
    shape = null;
  }
  shapes.set(region, shape);
  return shape;
}

/**
 * Whether libphonenumber could find a valid number in these national digits for this region; `false` only when it
 * certainly cannot, because no reading of them (as written, after the national prefix, after the IDD prefix or the
 * country code) has a possible length. A valid number's national significant number always has one, so this skips
 * the parse of digit runs that are no phone number (identity numbers, amounts, account fragments) without changing
 * a result; phone.test.ts checks that against libphonenumber on random digits.
 */
export function mayBeValidIn(digits: string, region: CountryCode): boolean {
  const shape = planShape(region);
  if (!shape || shape.opaque) return true;
  if (shape.lengths.has(digits.length) || digits.startsWith(shape.callingCode) || shape.idd.test(digits)) return true;
  const prefix = shape.nationalPrefix?.exec(digits);
  return Boolean(prefix && prefix[0].length > 0 && shape.lengths.has(digits.length - prefix[0].length));
}

function parseValid(text: string, region?: CountryCode): Parsed | null {
  if (region && !text.startsWith('+') && !mayBeValidIn(text, region)) return null;
  const planned = parseWithPlans(text, region);
  if (planned !== undefined) {
    if (!planned) return null;
    const out: Parsed = {
      e164: planned.e164,
      bare: planned.nationalNumber.length === text.length,
      kind: KINDS[planned.type] ?? planned.type.toLowerCase(),
    };
    if (planned.country) out.country = planned.country;
    return out;
  }
  const parsed = region ? parsePhoneNumberFromString(text, region) : parsePhoneNumberFromString(text);
  if (!parsed) return null;
  // With "max" metadata isValid() is exactly "getType() is defined", so one call gives both.
  const type = parsed.getType();
  if (!type) return null;
  const out: Parsed = { e164: parsed.number, bare: parsed.nationalNumber.length === text.length };
  if (parsed.country) out.country = parsed.country;
  out.kind = KINDS[type] ?? type.toLowerCase();
  return out;
}

// A bare national number (no trunk prefix, no country code) in a region that is only a guess is accepted only as a
// mobile: every 8-digit run starting 12 is a Turkmen landline, and reporting those would bury the real numbers.
const MOBILE_KINDS = new Set(['mobile', 'fixed_or_mobile']);

function acceptableGuess(found: Parsed): boolean {
  return !found.bare || MOBILE_KINDS.has(found.kind ?? '');
}

/**
 * Whether digits read in `region` are that region's number. Bare national digits (no trunk prefix, no country code)
 * are only if the plan puts them in that country: +7 is Kazakhstan's and Russia's, so in a Kazakh case 4159193274
 * reads as +7 415… in Kamchatka, yet nothing written says Russia, and the same digits are a San Francisco number
 * in the United States. Such a reading is a guess, held to the fallbacks' rules. With the trunk prefix (8 415 …) the
 * writer dialled within +7, and the plan's country stands.
 */
function inRegion(found: Parsed, region: CountryCode): boolean {
  return !found.bare || found.country === undefined || found.country === region;
}

function validation(found: Parsed, regionSource: RegionSource): PhoneValidation {
  const out: PhoneValidation = { valid: true, e164: found.e164, regionSource };
  if (found.country) out.country = found.country;
  if (found.kind) out.kind = found.kind;
  return out;
}

const INTERNATIONAL_PREFIXES = ['00', '810'];

const orders = new Map<string, CountryCode[]>();

// Results depend only on (digits, region order), and a chat repeats the same few numbers constantly. The cache is
// kept small: entries that outlive a young-generation collection are copied and promoted, which on a stream of
// distinct numbers cost more than the lookups save.
type PhoneCache = BoundedCache<PhoneValidation | null>;
const CACHE_SIZE = 512;
// Per default region (and per default and script region, `KZ>CN`), one cache for numbers written with '+' and one for
// the rest, keyed by the digits alone: a key joined from all three would be a new concatenated string per lookup,
// which the Map must flatten before hashing.
const caches = new Map<string, [PhoneCache, PhoneCache]>();

function cacheFor(defaultRegion: string | undefined, plus: boolean): PhoneCache {
  const region = defaultRegion ?? '';
  let pair = caches.get(region);
  if (!pair) {
    // Regions are a handful of country codes; any number of odd ones must not grow this without bound.
    if (caches.size >= 64) caches.clear();
    caches.set(region, (pair = [new BoundedCache(CACHE_SIZE), new BoundedCache(CACHE_SIZE)]));
  }
  return pair[plus ? 1 : 0];
}

/**
 * Validates the digits of a candidate: `+`, `00` and `810` prefixes are international; other digits are tried in
 * the default region and then the fallbacks, and last in `scriptRegion` (the country the text around the number is
 * written for, see `regionOfScript`). `null` when nothing fits and there was no explicit `+` (a bare digit run that is
 * no phone number is not worth reporting); an explicit `+` that fails gives `valid: false`.
 */
export function validatePhoneNumber(written: string, defaultRegion?: string, scriptRegion?: CountryCode): PhoneValidation | null {
  const plus = written.trimStart().startsWith('+');
  const digits = digitsOf(written);
  const cache = cacheFor(defaultRegion, plus);
  let result = cache.get(digits);
  if (result === undefined) {
    result = validateUncached(plus, digits, defaultRegion);
    cache.set(digits, result);
  }
  if (result || plus || !scriptRegion) return result;
  const hinted = cacheFor(`${defaultRegion ?? ''}>${scriptRegion}`, false);
  result = hinted.get(digits);
  if (result === undefined) {
    result = validateInScriptRegion(digits, scriptRegion, defaultRegion);
    hinted.set(digits, result);
  }
  return result;
}

/**
 * Digits that neither an international prefix, nor the case's country, nor a fallback reads, read in the country
 * that the script of the text around them names (`scriptRegion`): the last resort, so that it adds numbers and
 * changes none, and never becomes an alternative to a neighbour's number. Like a fallback, bare digits there are a
 * guess and taken only as a mobile.
 */
function validateInScriptRegion(digits: string, scriptRegion: CountryCode, defaultRegion?: string): PhoneValidation | null {
  if (digits.length < 7 || digits.length > 15) return null;
  // A region of the order has read the digits already, and found nothing.
  if ((orders.get(defaultRegion ?? '') ?? regionOrder(defaultRegion)).includes(scriptRegion)) return null;
  const found = parseValid(digits, scriptRegion);
  if (!found || !acceptableGuess(found) || !inRegion(found, scriptRegion)) return null;
  const result = validation(found, 'script');
  if (found.bare) result.regionGuess = true;
  return result;
}

function validateUncached(plus: boolean, digits: string, defaultRegion?: string): PhoneValidation | null {
  if (plus) {
    if (digits.length < 8 || digits.length > 15) return null;
    const found = parseValid('+' + digits);
    return found ? validation(found, 'international') : { valid: false, e164: '+' + digits, regionSource: 'international' };
  }
  for (const prefix of INTERNATIONAL_PREFIXES) {
    if (!digits.startsWith(prefix)) continue;
    const rest = digits.slice(prefix.length);
    if (rest.length < 8 || rest.length > 15) continue;
    const found = parseValid('+' + rest);
    if (found) return validation(found, 'international');
  }
  if (digits.length < 7 || digits.length > 15) return null;
  let regions = orders.get(defaultRegion ?? '');
  if (!regions) orders.set(defaultRegion ?? '', (regions = regionOrder(defaultRegion)));
  const hasDefault = regions[0] === defaultRegion?.toUpperCase();
  for (let i = 0; i < regions.length; i++) {
    const found = parseValid(digits, regions[i]);
    const isDefault = i === 0 && hasDefault && found !== null && inRegion(found, regions[i]!);
    if (!found || (!isDefault && !acceptableGuess(found))) continue;
    const result = validation(found, isDefault ? 'default' : 'fallback');
    if (!isDefault && found.bare) result.regionGuess = true;
    if (!isDefault) {
      // Without a country code a 9-digit number can be valid in several neighbours (TJ and UZ both use 9x…).
      const alternatives = new Set<string>();
      for (const other of regions.slice(i + 1)) {
        const alt = parseValid(digits, other);
        if (alt && alt.e164 !== found.e164 && acceptableGuess(alt)) alternatives.add(alt.e164);
      }
      if (alternatives.size) result.alternatives = [...alternatives].sort();
    }
    return result;
  }
  return null;
}

// §9.5 candidate pattern with horizontal whitespace only (a number does not continue on the next line), and ASCII
// letters excluded around it so that digits inside identifiers and hashes are not read as numbers, and '№'/'#' in
// front, which mark an order or document number.
const CANDIDATE = /(?<![\d+A-Za-z_№#])(?:\+|00|810)?[ \t]?\(?\d[\d \t\-().]{6,18}\d(?![\dA-Za-z_])/g;

function toCandidate(found: PhoneValidation, start: number, end: number): Candidate {
  const details: Record<string, unknown> = { regionSource: found.regionSource };
  if (found.country) details['country'] = found.country;
  if (found.kind) details['kind'] = found.kind;
  if (found.alternatives) details['alternatives'] = found.alternatives;
  const flags: string[] = [];
  if (found.regionGuess) flags.push('region_guess');
  if (found.alternatives) flags.push('ambiguous_region');
  return { type: 'phone', start, end, value: found.e164, valid: found.valid, flags, details };
}

// Chinese characters (Han) near a number, and no Japanese kana (Japanese writes Han too): §9.5 tries the case's
// country and its neighbours first; a number none of them reads is then tried as a Chinese one.
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The country that the script of the text around a number names, if any: China for Chinese text. */
export function regionOfScript(before: string, after: string): CountryCode | undefined {
  const around = before + after;
  return HAN.test(around) && !KANA.test(around) ? 'CN' : undefined;
}

function tryAt(text: string, at: number, candidate: string, defaultRegion?: string): Candidate | null {
  // The pattern allows a space or tab before the digits (after an optional prefix); it is not part of the number.
  let lead = 0;
  while (lead < candidate.length && (candidate.charCodeAt(lead) === 0x20 || candidate.charCodeAt(lead) === 0x09)) lead++;
  const start = at + lead;
  const written = candidate.slice(lead);
  const end = start + written.length;
  // Sixteen characters before, for the longest label of an identifier; the script is read from eight on either side.
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 8);
  if (phoneRejection(written, before, after) || hexContext(text, start, end)) return null;
  const found = validatePhoneNumber(written, defaultRegion, regionOfScript(before.slice(-8), after));
  return found ? toCandidate(found, start, end) : null;
}

/**
 * Phone numbers in text: each candidate, then (if it fails) its prefixes ending before a space, longest first. A
 * candidate has a digit within its first six characters, so the search can begin five before the first digit
 * (`from`).
 */
export function scanPhones(text: string, defaultRegion?: string, from = 0): Candidate[] {
  const out: Candidate[] = [];
  // One shared global regex (the scan calls nothing that could scan again before it finishes).
  const re = CANDIDATE;
  re.lastIndex = Math.max(0, from);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text))) {
    const raw = match[0];
    const start = match.index;
    let found = tryAt(text, start, raw, defaultRegion);
    const cardLike = (!found || !found.valid) && CARD_LAYOUT.test(raw.trim());
    if ((!found || !found.valid) && !cardLike) {
      // A number followed by another number ("87012345678 12 шт") arrives as one candidate; cut it back.
      for (let cut = raw.length - 1; cut > 0; cut--) {
        if ((raw[cut] !== ' ' && raw[cut] !== '\t') || !/\d/.test(raw[cut - 1]!)) continue;
        const shorter = tryAt(text, start, raw.slice(0, cut), defaultRegion);
        if (shorter?.valid) {
          found = shorter;
          break;
        }
      }
    }
    if (found) {
      out.push(found);
      re.lastIndex = found.end;
      continue;
    }
    // Something glued in front ("15.01.2024 87012345678"): resume after the first space instead of the end.
    const digitCount = digitsOf(raw).length;
    const space = raw.search(/\d[ \t]/);
    if (digitCount > 12 && space >= 0 && !cardLike) re.lastIndex = start + space + 2;
  }
  return out;
}
