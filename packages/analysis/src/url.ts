// URLs and host names in free text: linkify-it candidates, WHATWG parsing, IDN forms, PSL domains, homographs (§9.7).
import { LinkifyIt } from 'linkify-it';
import { domainToUnicode } from 'node:url';
import { hasUndecodableLabel } from './email';
import { parse as parseDomain } from 'tldts';
import { type Candidate } from './entity-types';
import { ipv4Candidate, ipv6Candidate, parseIpv4, parseIpv6 } from './ip-address';

// linkify-it accepts any two-letter TLD and a short default list for schemeless links; these are the other TLDs
// that show up in regional fraud (Cyrillic IDN TLDs and cheap gTLDs), plus telegram.dog.
export const EXTRA_TLDS = [
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

// linkify-it ends every link at a space separator (Unicode Z) or a control character (Cc), and what it accepts before
// a link (start of text or such a character) is the same at the edge of a window; so the text is cut into windows
// delimited by those characters and only windows that can hold a link are handed to it. A link without a scheme
// needs a '.' before its top-level domain (which starts with a letter) and one with a scheme has '//'.
const LINK_TRIGGER = /\.\p{L}|\/\//gu;

function isLinkBreak(code: number): boolean {
  if (code > 0x20 && code < 0x7f) return false;
  return (
    code <= 0x20 ||
    (code >= 0x7f && code <= 0xa0) ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

const KNOWN_SCHEME_BEFORE = /(?:https?|ftp):$/i;

// linkify-it's own default TLDs for links without a scheme; with ours, any two letters and punycode, a superset of
// what it accepts there.
const LINKIFY_DEFAULT_TLDS = [
  'biz',
  'com',
  'edu',
  'gov',
  'net',
  'org',
  'pro',
  'web',
  'xxx',
  'aero',
  'asia',
  'coop',
  'info',
  'museum',
  'name',
  'shop',
  'рф',
];
const FUZZY_TLD = new RegExp(`\\.(?:xn--|[a-z]{2}|${[...LINKIFY_DEFAULT_TLDS, ...EXTRA_TLDS].join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const DOMAIN_CHAR = /[\p{L}\p{N}\p{M}.-]/u;

/** Whether the dot at `dot` is inside the domain of an e-mail address (where no link can start or end). */
function inMailDomain(window: string, dot: number): boolean {
  for (let i = dot - 1; i >= 0; i--) {
    const ch = window[i]!;
    if (ch === '@') return true;
    const code = ch.charCodeAt(0);
    const ascii = code < 0x80;
    if (
      ascii
        ? !((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x2e || code === 0x2d)
        : !DOMAIN_CHAR.test(ch)
    ) {
      return false;
    }
  }
  return false;
}

/**
 * Whether linkify-it can find a link in the window: one with a scheme has '//', one without needs a top-level
 * domain it knows after a dot, outside an e-mail address's domain. Saves it the windows of "т.е." or "ivan@mail.kz".
 */
function mayHoldLink(window: string): boolean {
  for (let at = window.indexOf('//'); at >= 0; at = window.indexOf('//', at + 1)) {
    // After "scheme:" only http:, https: and ftp: are linkify-it schemes (its '//' rule refuses a ':' before).
    if (at === 0 || window[at - 1] !== ':' || KNOWN_SCHEME_BEFORE.test(window.slice(Math.max(0, at - 7), at))) return true;
  }
  FUZZY_TLD.lastIndex = 0;
  let tld: RegExpExecArray | null;
  while ((tld = FUZZY_TLD.exec(window))) if (!inMailDomain(window, tld.index)) return true;
  return false;
}

// Two sentences typed without the space after the full stop ("please check.Do not…", "thanks.It is") read as a
// host whose top-level domain is a capitalised word after a lower-case one; a real bare host is not written so.
const SENTENCE_JOIN = /(?:^|\.)\p{Ll}[\p{Ll}\p{N}-]*\.\p{Lu}\p{Ll}+$/u;

interface LinkMatch {
  schema: string;
  index: number;
  lastIndex: number;
  raw: string;
}

// A window that opens with a scheme (after at most an opening bracket or quote) has its first link there: nothing
// before the scheme can belong to a link, and no link without a scheme can start at "http".
const SCHEME_FIRST = /^[(«"“[]?(?:https?|ftp):\/\//i;
const LEADS = '(«"“[';

// What linkify-it does with a link is simple on plain ASCII: a host of DNS labels (ending, without a scheme, in a
// top-level domain it knows), then a path of which every character is taken except sentence punctuation at its
// end. SIMPLE_LINK and SIMPLE_FUZZY_LINK are the windows that reading covers: no brackets or quotes inside, no '@',
// '\\', '<', '>', '|' or anything beyond ASCII (those go to linkify-it itself). A closing bracket or quote mark
// after the link ends it wherever it stands ("(https://x.kz/a).", "«…»;"), since no rule of the path takes it, and
// so do sentence punctuation and quote marks straight after a host; what follows is searched again. url.test.ts
// compares these readings with linkify-it's on random links.
const SIMPLE_LINK =
  /^(?:https?|ftp):\/\/([A-Za-z0-9.-]+)(?:([/?#][A-Za-z0-9/?#=&%_~+.,;:!*$^`-]*)([)\]}»”›][^]*)?|([)\]}»”›,;!"'][^]*)?)$/i;
const SIMPLE_FUZZY_LINK = /^([A-Za-z0-9.-]+)(?:([/?#][A-Za-z0-9/?#=&%_~+.,;:!*$^`-]*)([)\]}»”›][^]*)?|([)\]}»”›,;!"'][^]*)?)$/;
let topLevelDomain: RegExp | undefined;
const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const DOTS_THEN = /^\.{2,20}:?[a-zA-Z0-9%/&]/;

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The length of the link linkify-it's matchAtStart would find at the start of `text` (which opens with a scheme),
 * or -1 when the text is not of the simple kind and only linkify-it can tell.
 */
export function simpleLinkLength(text: string): number {
  return simpleLength(text, SIMPLE_LINK.exec(text), false);
}

/**
 * The same for a window without a scheme (and without '//'): the length of the link without a scheme linkify-it
 * finds at its start, whose host must end in a top-level domain linkify-it knows; -1 when only linkify-it can tell.
 */
export function simpleFuzzyLinkLength(text: string): number {
  if (text.includes('//')) return -1;
  return simpleLength(text, SIMPLE_FUZZY_LINK.exec(text), true);
}

function simpleLength(text: string, parts: RegExpExecArray | null, fuzzy: boolean): number {
  if (!parts) return -1;
  const labels = parts[1]!.split('.');
  if (labels.length > 11 || !labels.every((label) => DNS_LABEL.test(label))) return -1;
  if (fuzzy) {
    topLevelDomain ??= new RegExp(`^(?:${getLinkify().re.get_tld().source})$`, 'i');
    if (labels.length < 2 || !topLevelDomain.test(labels[labels.length - 1]!)) return -1;
  }
  const limit = text.length - (parts[3]?.length ?? parts[4]?.length ?? 0);
  const pathStart = limit - (parts[2]?.length ?? 0);
  if (!parts[2]) return limit;
  // The path: its first character, then as many of the others as the rules take (at least one), or a lone '/'.
  // Past `limit` comes a closing mark, which the rules below treat like any character that is not the end.
  let i = pathStart + 1;
  for (;;) {
    if (i >= limit) break;
    const code = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    if (isAsciiAlnum(code) || '/:%#&=_~*+$^`'.includes(text[i]!)) {
      i++;
    } else if (code === 0x2d) {
      i++; // '-'
    } else if (code === 0x2e) {
      // '.': a run of dots needs a letter, digit, '%', '/' or '&' after it (with at most one ':' between).
      if (next === 0x2e) {
        const dots = DOTS_THEN.exec(text.slice(i));
        if (!dots) break;
        i += dots[0].length;
      } else if (next === -1) {
        break;
      } else {
        i++;
      }
    } else if (code === 0x2c || code === 0x3b) {
      if (next === -1) break; // ',' ';'
      i++;
    } else if (code === 0x21) {
      if (next === 0x21) return -1; // a run of '!'
      if (next === -1) break;
      i++;
    } else if (code === 0x3f) {
      if (next === -1 || next === 0x3f) break; // '?'
      i++;
    } else {
      return -1;
    }
  }
  if (i > pathStart + 1) return i;
  return text[pathStart] === '/' ? pathStart + 1 : pathStart;
}

/**
 * linkify-it's matches in a window. A window that opens with a link of the simple kind is read without it; one that
 * opens with a scheme otherwise goes to matchAtStart, which validates that link with the rule match() would apply
 * but without match()'s search for links without a scheme across the whole window (its costliest regex). What
 * follows the first link is searched as match() would, from the link's last character.
 */
function linkifyWindow(window: string): LinkMatch[] | null {
  const linkify = getLinkify();
  const scheme = SCHEME_FIRST.exec(window);
  if (!scheme) {
    const lead = LEADS.includes(window[0]!) ? 1 : 0;
    const simple = simpleFuzzyLinkLength(window.slice(lead));
    if (simple < 0) return linkify.match(window);
    return withFollowing(window, { schema: '', index: 0, lastIndex: simple, raw: window.slice(lead, lead + simple) }, lead);
  }
  const lead = /^[a-z]/i.test(window) ? 0 : 1;
  const rest = window.slice(lead);
  const simple = simpleLinkLength(rest);
  const first: LinkMatch | null =
    simple > 0
      ? { schema: rest.slice(0, rest.indexOf(':') + 1), index: 0, lastIndex: simple, raw: rest.slice(0, simple) }
      : linkify.matchAtStart(rest);
  if (!first) return linkify.match(window);
  return withFollowing(window, first, lead);
}

/** The first link of a window (found `lead` characters in) and, as match() would find them, the links after it. */
function withFollowing(window: string, first: LinkMatch, lead: number): LinkMatch[] {
  const out: LinkMatch[] = [{ schema: first.schema, index: first.index + lead, lastIndex: first.lastIndex + lead, raw: first.raw }];
  const end = first.lastIndex + lead;
  if (end < window.length && mayHoldLink(window.slice(end))) {
    for (const m of getLinkify().match(window.slice(end - 1)) ?? []) {
      if (m.index >= 1) out.push({ schema: m.schema, index: m.index + end - 1, lastIndex: m.lastIndex + end - 1, raw: m.raw });
    }
  }
  return out;
}

function linksInWindow(from: number, window: string, hits: UrlHit[]): void {
  if (!mayHoldLink(window)) return;
  const matches = linkifyWindow(window);
  if (!matches) return;
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
    if (!url.hostname || hasUndecodableLabel(url.hostname)) continue;
    const [hostStart, hostEnd] = hostSpan(raw, schemeless);
    const hostOnly = schema === '' && hostEnd === raw.length;
    if (hostOnly && SENTENCE_JOIN.test(raw)) continue;
    const start = from + match.index;
    hits.push({
      url,
      start,
      end: start + raw.length,
      raw,
      hostStart: start + hostStart,
      hostEnd: start + hostEnd,
      schemeless,
      hostOnly,
    });
  }
}

/** Links in text as linkify-it sees them, trimmed and parsed; `mailto:` links are left to the e-mail scanner. */
export function findUrls(text: string): UrlHit[] {
  const hits: UrlHit[] = [];
  LINK_TRIGGER.lastIndex = 0;
  let trigger: RegExpExecArray | null;
  while ((trigger = LINK_TRIGGER.exec(text))) {
    let start = trigger.index;
    while (start > 0 && !isLinkBreak(text.charCodeAt(start - 1))) start--;
    let end = trigger.index + trigger[0].length;
    while (end < text.length && !isLinkBreak(text.charCodeAt(end))) end++;
    linksInWindow(start, text.slice(start, end), hits);
    LINK_TRIGGER.lastIndex = end;
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
