// Host names of links: IDN forms, the Public Suffix List registrable domain, and mixed-script and homograph flags (§9.7).
import { domainToUnicode } from 'node:url';
import { parse as parseDomain } from 'tldts';
import { BoundedCache } from './bounded-cache';

const LETTER = /\p{L}/u;
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
const SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Bopomofo', /\p{Script=Bopomofo}/u],
];

/** The scripts of the letters in a label (Common and Inherited characters such as digits and '-' do not count). */
export function labelScripts(label: string): string[] {
  const found = new Set<string>();
  for (const ch of label) {
    if (ch < '\u0080') {
      if (/[A-Za-z]/.test(ch)) found.add('Latin');
      continue;
    }
    if (NEUTRAL.test(ch) || !LETTER.test(ch)) continue;
    found.add(SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'Other');
  }
  return [...found].sort();
}

// UTS #39 treats these as single writing systems, so they are not "mixed".
const CJK_SETS = [new Set(['Han', 'Hiragana', 'Katakana']), new Set(['Han', 'Hangul']), new Set(['Han', 'Bopomofo'])];

/** Whether one label mixes scripts (Latin with Cyrillic, say), the classic IDN homograph. */
export function hasMixedScript(label: string): boolean {
  const scripts = labelScripts(label);
  if (scripts.length < 2) return false;
  return !CJK_SETS.some((allowed) => scripts.every((s) => allowed.has(s)));
}

// Lower-case letters that render like Latin ones (a subset of Unicode confusables.txt for the region's scripts).
const LATIN_LOOKALIKES: Record<string, string> = {
  а: 'a',
  с: 'c',
  ԁ: 'd',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  у: 'y',
  х: 'x',
  ԝ: 'w',
  ү: 'y',
  ɡ: 'g',
  ı: 'i',
  ɑ: 'a',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  τ: 't',
  υ: 'u',
  χ: 'x',
  օ: 'o',
  ս: 'u',
  հ: 'h',
  ո: 'n',
  ց: 'g',
};

/** The label with Latin look-alikes replaced by the Latin letter, lower case. */
export function confusableSkeleton(label: string): string {
  let out = '';
  for (const ch of label.toLowerCase()) out += LATIN_LOOKALIKES[ch] ?? ch;
  return out;
}

/** Brand and government labels that homograph domains imitate; a look-alike of one is flagged 'homograph'. */
export const HOMOGRAPH_WATCH_LIST: readonly string[] = [
  'apple',
  'binance',
  'bybit',
  'egov',
  'facebook',
  'google',
  'halykbank',
  'homebank',
  'instagram',
  'jusan',
  'kaspi',
  'mastercard',
  'microsoft',
  'okx',
  'olx',
  'paypal',
  'sberbank',
  'telegram',
  'tether',
  'tinkoff',
  'visa',
  'whatsapp',
  'wildberries',
  'yandex',
];

export interface HostInfo {
  /** ASCII (punycode), lower case. */
  ascii: string;
  unicode: string;
  registrableDomain: string | null;
  publicSuffix: string | null;
  /** The suffix is on the Public Suffix List (ICANN or private section). */
  knownSuffix: boolean;
  /** 'mixed_script', 'confusable' (all-non-Latin label that reads as Latin) and 'homograph' (it imitates a watched name). */
  flags: string[];
  lookalikeOf?: string;
}

export function analyzeHost(asciiHost: string): HostInfo {
  const ascii = asciiHost.toLowerCase();
  const unicode = ascii.includes('xn--') ? domainToUnicode(ascii) || ascii : ascii;
  const info = parseDomain(ascii);
  const flags = new Set<string>();
  let lookalikeOf: string | undefined;
  if (unicode !== ascii) {
    for (const label of unicode.split('.')) {
      if (/^[a-z0-9-]*$/.test(label)) continue;
      const mixed = hasMixedScript(label);
      const skeleton = confusableSkeleton(label);
      const readsAsLatin = /^[a-z0-9-]+$/.test(skeleton);
      if (mixed) flags.add('mixed_script');
      if (readsAsLatin) flags.add('confusable');
      if ((mixed || readsAsLatin) && HOMOGRAPH_WATCH_LIST.includes(skeleton)) {
        flags.add('homograph');
        lookalikeOf ??= skeleton;
      }
    }
  }
  const out: HostInfo = {
    ascii,
    unicode,
    registrableDomain: info.domain,
    publicSuffix: info.publicSuffix,
    knownSuffix: Boolean(info.isIcann || info.isPrivate),
    flags: [...flags].sort(),
  };
  if (lookalikeOf) out.lookalikeOf = lookalikeOf;
  return out;
}

// Links repeat their hosts far more than anything else in them; the Public Suffix List lookup and IDNA decoding are
// the costly part of a host, and a result depends on the host alone.
const hostInfos = new BoundedCache<HostInfo>(4096);

/** analyzeHost, memoised per process; the result is shared, so callers copy what they hand on. */
export function cachedHostInfo(hostname: string): HostInfo {
  let info = hostInfos.get(hostname);
  if (!info) hostInfos.set(hostname, (info = analyzeHost(hostname)));
  return info;
}
