// URLs and host names in free text: linkify-it candidates, WHATWG parsing, IDN forms, PSL domains, homographs (§9.7).
import { cachedHostInfo } from './analyze-host';
import { hasUndecodableLabel } from './email';
import { type Candidate } from './entity-types';
import { ipv4Candidate, ipv6Candidate, parseIpv4, parseIpv6 } from './ip-address';
import { EXTRA_TLDS, getLinkify } from './linkify';
import { parseUrl, type ParsedUrl } from './parse-url';
import { simpleFuzzyLinkLength, simpleLinkLength } from './simple-link';

// Host analysis, the linkify-it instance and the simple-link reader live in their own files; url.ts still exports
// what it exported before the split.
export { EXTRA_TLDS } from './linkify';
export { simpleFuzzyLinkLength, simpleLinkLength } from './simple-link';
export { analyzeHost, confusableSkeleton, hasMixedScript, HOMOGRAPH_WATCH_LIST, labelScripts, type HostInfo } from './analyze-host';

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

export interface UrlHit {
  /** WHATWG parse of the link (schemeless links get `http://`). */
  url: ParsedUrl;
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
    const url = parseUrl(href);
    if (!url || !url.hostname || hasUndecodableLabel(url.hostname)) continue;
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
  // test() rather than exec(): only where the trigger ends is needed (its first character is no break, so the window
  // found by walking back from its end is the same), and no match array is built per trigger.
  while (LINK_TRIGGER.test(text)) {
    let end = LINK_TRIGGER.lastIndex;
    let start = end - 1;
    while (start > 0 && !isLinkBreak(text.charCodeAt(start - 1))) start--;
    while (end < text.length && !isLinkBreak(text.charCodeAt(end))) end++;
    linksInWindow(start, text.slice(start, end), hits);
    LINK_TRIGGER.lastIndex = end;
  }
  return hits;
}

function decodePath(pathname: string): string {
  if (!pathname.includes('%')) return pathname;
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** Whether the last character is a digit, as the last octet of a dotted quad is (a cheap test before parseIpv4). */
function lastIsDigit(host: string): boolean {
  const code = host.charCodeAt(host.length - 1);
  return code >= 0x30 && code <= 0x39;
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
  let octets: number[] | null;
  const hostDetails: Record<string, unknown> = {};
  if (!hit.hostOnly) hostDetails['url'] = url.href;
  let urlFlags: string[] = [];
  const urlDetails: Record<string, unknown> = { scheme: url.protocol.slice(0, -1) };
  if (hostname.startsWith('[')) {
    const parsed = parseIpv6(hostname.slice(1, -1))!;
    hostEntity = ipv6Candidate(parsed.groups, hit.hostStart, hit.hostEnd);
    urlDetails['host'] = hostname.slice(1, -1);
    urlDetails['hostUnicode'] = urlDetails['host'];
  } else if ((octets = lastIsDigit(hostname) ? parseIpv4(hostname) : null)) {
    const obfuscated = writtenHost !== hostname;
    hostEntity = ipv4Candidate(octets, hit.hostStart, hit.hostEnd, obfuscated ? ['obfuscated'] : []);
    if (obfuscated) {
      urlFlags = ['obfuscated'];
      hostDetails['written'] = writtenHost;
    }
    urlDetails['host'] = hostname;
    urlDetails['hostUnicode'] = hostname;
  } else {
    const info = cachedHostInfo(hostname);
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
      flags: info.flags.slice(),
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
