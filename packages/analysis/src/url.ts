// URLs and host names in free text: linkify-it candidates, WHATWG parsing, IDN forms, PSL domains, homographs (§9.7).
import { LinkifyIt } from 'linkify-it';
import { domainToUnicode } from 'node:url';
import { parse as parseDomain } from 'tldts';
import { type Candidate } from './entity-types';
import { ipv4Candidate, ipv6Candidate, parseIpv4, parseIpv6 } from './ip-address';

// linkify-it accepts any two-letter TLD and a short default list for schemeless links; these are the other TLDs
// that show up in regional fraud (Cyrillic IDN TLDs and cheap gTLDs), plus telegram.dog.
const EXTRA_TLDS = [
  'қаз',
  'рус',
  'онлайн',
  'сайт',
  'орг',
  'ком',
  'москва',
  'дети',
  'укр',
  'бел',
  'срб',
  'мкд',
  'app',
  'bank',
  'bet',
  'biz',
  'buzz',
  'casino',
  'cc',
  'click',
  'cloud',
  'club',
  'company',
  'crypto',
  'dev',
  'digital',
  'dog',
  'email',
  'exchange',
  'finance',
  'fun',
  'games',
  'group',
  'icu',
  'info',
  'io',
  'life',
  'link',
  'live',
  'media',
  'money',
  'network',
  'news',
  'one',
  'online',
  'pro',
  'site',
  'space',
  'store',
  'team',
  'tech',
  'today',
  'top',
  'vip',
  'website',
  'win',
  'world',
  'xyz',
];

let linkify: LinkifyIt | undefined;

function getLinkify(): LinkifyIt {
  linkify ??= new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false, urlAuth: true }).tlds(EXTRA_TLDS, true);
  return linkify;
}

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '»': '«' };
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '»', '"', "'"]);

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** How much of `raw` to keep once trailing sentence punctuation is dropped; a closer balanced inside the URL stays. */
export function trimTrailingPunctuation(raw: string): string {
  let end = raw.length;
  while (end > 0 && TRAILING.has(raw[end - 1]!)) {
    const ch = raw[end - 1]!;
    const body = raw.slice(0, end);
    const opener = CLOSERS[ch];
    if (opener !== undefined && count(body, opener) >= count(body, ch)) break;
    if ((ch === '"' || ch === "'") && count(body, ch) % 2 === 0) break;
    end--;
  }
  return raw.slice(0, end);
}

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

export interface UrlHit {
  /** WHATWG parse of the link (schemeless links get `http://`). */
  url: URL;
  /** Span of the link in the scanned text, after trailing punctuation is trimmed. */
  start: number;
  end: number;
  raw: string;
  /** Span of the host as written (inside the brackets for an IPv6 literal). */
  hostStart: number;
  hostEnd: number;
  schemeless: boolean;
  /** A schemeless bare host ("evil.kz"): reported as a domain, not as a URL. */
  hostOnly: boolean;
}

function hostSpan(raw: string, schemeless: boolean): [number, number] {
  let start = 0;
  if (!schemeless) {
    const slashes = raw.indexOf('//');
    start = slashes >= 0 ? slashes + 2 : raw.indexOf(':') + 1;
  }
  let authorityEnd = raw.length;
  for (const stop of ['/', '?', '#']) {
    const at = raw.indexOf(stop, start);
    if (at >= 0 && at < authorityEnd) authorityEnd = at;
  }
  const userinfo = raw.lastIndexOf('@', authorityEnd - 1);
  if (userinfo >= start) start = userinfo + 1;
  if (raw[start] === '[') {
    const close = raw.indexOf(']', start);
    return [start + 1, close > start ? close : authorityEnd];
  }
  const colon = raw.indexOf(':', start);
  return [start, colon >= 0 && colon < authorityEnd ? colon : authorityEnd];
}

/** Links in text as linkify-it sees them, trimmed and parsed; `mailto:` links are left to the e-mail scanner. */
export function findUrls(text: string): UrlHit[] {
  if (!text.includes('.') && !text.includes(':')) return [];
  const matches = getLinkify().match(text);
  if (!matches) return [];
  const hits: UrlHit[] = [];
  for (const match of matches) {
    const schema = match.schema.toLowerCase();
    if (schema === 'mailto:') continue;
    const raw = trimTrailingPunctuation(match.raw);
    if (!raw) continue;
    const schemeless = schema === '' || schema === '//';
    const href = schema === '' ? `http://${raw}` : schema === '//' ? `http:${raw}` : raw;
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      continue;
    }
    if (!url.hostname) continue;
    const [hostStart, hostEnd] = hostSpan(raw, schemeless);
    const hostOnly = schema === '' && hostEnd === raw.length;
    hits.push({
      url,
      start: match.index,
      end: match.index + raw.length,
      raw,
      hostStart: match.index + hostStart,
      hostEnd: match.index + hostEnd,
      schemeless,
      hostOnly,
    });
  }
  return hits;
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/**
 * The url entity (unless the link is a bare host) and one entity for its host: a domain, or an IPv4/IPv6 address
 * flagged 'obfuscated' when written in a form other than the canonical one (`0x7f.1`, `127.1`, `010.1.1.1`).
 */
export function urlCandidates(hit: UrlHit): Candidate[] {
  const { url } = hit;
  const out: Candidate[] = [];
  const hostname = url.hostname;
  const writtenHost = hit.raw.slice(hit.hostStart - hit.start, hit.hostEnd - hit.start).toLowerCase();
  let hostEntity: Candidate;
  const hostDetails: Record<string, unknown> = {};
  if (!hit.hostOnly) hostDetails['url'] = url.href;
  let urlFlags: string[] = [];
  const urlDetails: Record<string, unknown> = { scheme: url.protocol.replace(/:$/, '') };
  if (hostname.startsWith('[')) {
    const parsed = parseIpv6(hostname.slice(1, -1))!;
    hostEntity = ipv6Candidate(parsed.groups, hit.hostStart, hit.hostEnd);
    urlDetails['host'] = hostname.slice(1, -1);
    urlDetails['hostUnicode'] = urlDetails['host'];
  } else if (parseIpv4(hostname)) {
    const obfuscated = writtenHost !== hostname;
    hostEntity = ipv4Candidate(parseIpv4(hostname)!, hit.hostStart, hit.hostEnd, obfuscated ? ['obfuscated'] : []);
    if (obfuscated) {
      urlFlags = ['obfuscated'];
      hostDetails['written'] = writtenHost;
    }
    urlDetails['host'] = hostname;
    urlDetails['hostUnicode'] = hostname;
  } else {
    const info = analyzeHost(hostname);
    Object.assign(hostDetails, {
      unicode: info.unicode,
      registrableDomain: info.registrableDomain,
      publicSuffix: info.publicSuffix,
    });
    if (info.lookalikeOf) hostDetails['lookalikeOf'] = info.lookalikeOf;
    hostEntity = {
      type: 'domain',
      start: hit.hostStart,
      end: hit.hostEnd,
      value: info.ascii,
      valid: info.knownSuffix && info.registrableDomain !== null,
      flags: info.flags,
      details: hostDetails,
    };
    urlFlags = [...info.flags];
    Object.assign(urlDetails, {
      host: info.ascii,
      hostUnicode: info.unicode,
      registrableDomain: info.registrableDomain,
      publicSuffix: info.publicSuffix,
    });
    if (info.lookalikeOf) urlDetails['lookalikeOf'] = info.lookalikeOf;
  }
  hostEntity.derived = true;
  if (hostEntity.type !== 'domain') Object.assign(hostEntity.details, hostDetails);
  if (!hit.hostOnly) {
    if (url.username || url.password) urlFlags.push('userinfo');
    Object.assign(urlDetails, { path: decodePath(url.pathname) });
    if (url.port) urlDetails['port'] = Number(url.port);
    if (hit.schemeless) urlDetails['schemeless'] = true;
    out.push({ type: 'url', start: hit.start, end: hit.end, value: url.href, valid: true, flags: urlFlags, details: urlDetails });
  }
  out.push(hostEntity);
  return out;
}

export function scanUrls(text: string): Candidate[] {
  return findUrls(text).flatMap(urlCandidates);
}
