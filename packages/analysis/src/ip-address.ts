// IPv4/IPv6 parsing, RFC 5952 normalisation, special-purpose range tagging and the text scanners (§9.6).
import { formatIpv6, parseIpv4, parseIpv6 } from '@tamga/core';
import { type Candidate } from './entity-types';

// Parsing and the RFC 5952 form are core's (shared with the e-mail parser's Received fields); analysis adds the ranges'
// details and the scanners.
export { formatIpv6, parseIpv4, parseIpv6 };

export interface RangeInfo {
  /** 'private', 'cgnat', 'reserved' or 'documentation'; empty for a public address. */
  flags: string[];
  /** The registry entry, e.g. 'loopback', 'link_local', 'teredo'. */
  range?: string;
  /** The IPv4 address an IPv6 address embeds, when the range defines one. */
  embeddedIpv4?: string;
}

function inV4(octets: readonly number[], prefix: readonly number[], bits: number): boolean {
  const value = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  const base = ((prefix[0]! << 24) | ((prefix[1] ?? 0) << 16) | ((prefix[2] ?? 0) << 8) | (prefix[3] ?? 0)) >>> 0;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (value & mask) >>> 0 === (base & mask) >>> 0;
}

// Most specific first: 255.255.255.255 sits inside 240/4 and must win.
const V4_RANGES: Array<[number[], number, string, string]> = [
  [[10], 8, 'private', 'private'],
  [[172, 16], 12, 'private', 'private'],
  [[192, 168], 16, 'private', 'private'],
  [[100, 64], 10, 'cgnat', 'shared_address_space'],
  [[192, 0, 2], 24, 'documentation', 'documentation'],
  [[198, 51, 100], 24, 'documentation', 'documentation'],
  [[203, 0, 113], 24, 'documentation', 'documentation'],
  [[0], 8, 'reserved', 'this_network'],
  [[127], 8, 'reserved', 'loopback'],
  [[169, 254], 16, 'reserved', 'link_local'],
  [[192, 0, 0], 24, 'reserved', 'ietf_protocol'],
  [[198, 18], 15, 'reserved', 'benchmarking'],
  [[224], 4, 'reserved', 'multicast'],
  [[255, 255, 255, 255], 32, 'reserved', 'broadcast'],
  [[240], 4, 'reserved', 'future_use'],
];

export function classifyIpv4(octets: readonly number[]): RangeInfo {
  for (const [prefix, bits, flag, range] of V4_RANGES) {
    if (inV4(octets, prefix, bits)) return { flags: [flag], range };
  }
  return { flags: [] };
}

function isV4Mapped(groups: readonly number[]): boolean {
  return groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
}

function v4FromGroups(high: number, low: number): number[] {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff];
}

export function normalizeIpv6(text: string): string | null {
  const parsed = parseIpv6(text);
  return parsed ? formatIpv6(parsed.groups) : null;
}

function embedded(high: number, low: number, range: string): RangeInfo {
  const v4 = v4FromGroups(high, low);
  return { ...classifyIpv4(v4), range, embeddedIpv4: v4.join('.') };
}

export function classifyIpv6(groups: readonly number[]): RangeInfo {
  const [g0, g1] = [groups[0]!, groups[1]!];
  if (groups.every((g) => g === 0)) return { flags: ['reserved'], range: 'unspecified' };
  if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) return { flags: ['reserved'], range: 'loopback' };
  if (isV4Mapped(groups)) return embedded(groups[6]!, groups[7]!, 'ipv4_mapped');
  if (g0 === 0x64 && g1 === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) {
    return embedded(groups[6]!, groups[7]!, 'nat64');
  }
  if (g0 === 0x2002) return embedded(g1, groups[2]!, '6to4');
  if (g0 === 0x2001 && g1 === 0x0db8) return { flags: ['documentation'], range: 'documentation' };
  if (g0 === 0x3fff && (g1 & 0xf000) === 0) return { flags: ['documentation'], range: 'documentation' };
  if (g0 === 0x2001 && g1 === 0) return { flags: ['reserved'], range: 'teredo' };
  // Unique local addresses are IPv6's private ranges, so they carry the same flag as 10/8.
  if ((g0 & 0xfe00) === 0xfc00) return { flags: ['private'], range: 'unique_local' };
  if ((g0 & 0xffc0) === 0xfe80) return { flags: ['reserved'], range: 'link_local' };
  if ((g0 & 0xff00) === 0xff00) return { flags: ['reserved'], range: 'multicast' };
  return { flags: [] };
}

function rangeDetails(info: RangeInfo): Record<string, unknown> {
  const details: Record<string, unknown> = { public: info.flags.length === 0 };
  if (info.range) details['range'] = info.range;
  if (info.embeddedIpv4) details['embeddedIpv4'] = info.embeddedIpv4;
  return details;
}

export function ipv4Candidate(octets: readonly number[], start: number, end: number, flags: string[] = []): Candidate {
  const info = classifyIpv4(octets);
  return {
    type: 'ipv4',
    start,
    end,
    value: octets.join('.'),
    valid: true,
    flags: [...info.flags, ...flags],
    details: rangeDetails(info),
  };
}

export function ipv6Candidate(groups: readonly number[], start: number, end: number, zone?: string): Candidate {
  const info = classifyIpv6(groups);
  const details = rangeDetails(info);
  if (zone !== undefined) details['zone'] = zone;
  return { type: 'ipv6', start, end, value: formatIpv6(groups), valid: true, flags: info.flags, details };
}

// §9.6 boundaries: no adjacent digit, and no `digit.` before or `.digit` after (longer dotted version numbers).
const IPV4_CANDIDATE = /(?<!\d\.?)(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)/g;
// "v", "version" and "build", and the same words in Russian, Kazakh and Uzbek ("версия 2.1.0.45", "нұсқа", "versiya").
const VERSION_CONTEXT =
  /(?:(?:^|[^A-Za-z])v ?|(?:^|[^\p{L}])(?:version|build|верси[яиюей]|сборк[аиуе]|нұсқа(?:сы)?|versiya(?:si)?|версияси)\s*[:=]?\s*)$/iu;
const MAILER_LINE = /mailer\b[^\r\n]*$/i;
// An object identifier after its label ("OID", "OIDs:", "urn:oid:", "object identifier", "OBJECT IDENTIFIER ::=",
// "идентификатор объекта"), or after the label and other OIDs in the same list ("OIDs 2.5.29.19, 2.5.29.37 and …").
const OID_CONTEXT =
  /(?:^|[^\p{L}\p{N}])(?:oids?|object[ _-]?identifiers?|идентификатор[а-я]* объект[а-я]*)[ \t]*(?:::=|[:=(#])?[ \t]*(?:[0-2](?:\.\d+)+[ \t]*(?:[,;][ \t]*|(?:and|и|or|или)[ \t]+)+)*$/iu;

/** Whether a dotted quad at `start` reads as a version string (`Chrome/120.0.6099.109`, `v1.2.3.4`, X-Mailer). */
export function isVersionContext(text: string, start: number): boolean {
  if (start > 0 && text[start - 1] === '/') return true;
  const before = text.slice(Math.max(0, start - 200), start);
  return VERSION_CONTEXT.test(before.slice(-16)) || MAILER_LINE.test(before);
}

/**
 * Whether a dotted quad at `start` is an object identifier (`OID 2.5.29.15`, keyUsage): its first arc is 0, 1 or 2, as
 * every OID's is, and a label says so. A longer run of dotted numbers (`1.2.840.113549.1.1.11`) never matches as a
 * quad at all (§9.6 boundaries); a bare quad such as 2.5.29.15 is a real address (2/8 is allocated), so one is taken
 * for an OID only after its label.
 */
export function isOidContext(text: string, start: number, firstArc: number): boolean {
  return firstArc <= 2 && OID_CONTEXT.test(text.slice(Math.max(0, start - 120), start));
}

/** Dotted quads in text; one starts with a digit, so the search can begin at the first one (`from`). */
export function scanIpv4(text: string, from = 0): Candidate[] {
  const out: Candidate[] = [];
  // One shared global regex (nothing called below scans again before the loop ends).
  const re = IPV4_CANDIDATE;
  re.lastIndex = Math.max(0, from);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text))) {
    const octets = parseIpv4(match[0]);
    if (!octets || isVersionContext(text, match.index) || isOidContext(text, match.index, octets[0]!)) continue;
    out.push(ipv4Candidate(octets, match.index, match.index + match[0].length));
  }
  return out;
}

// Bounded repetitions only, so a long run of hex or colons cannot backtrack quadratically. `[IPv6:` is the
// mail-header literal form, the one place an address follows a colon.
const IPV6_CANDIDATE =
  /(?:(?<=\[[Ii][Pp][Vv]6:)|(?<![0-9A-Za-z_:.]))[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:(?:\.\d{1,3}){3})?(?:%[0-9A-Za-z_-]{1,32})?(?![0-9A-Za-z_:]|\.\d)/g;

export function scanIpv6(text: string): Candidate[] {
  if (!text.includes(':')) return [];
  const out: Candidate[] = [];
  for (const match of text.matchAll(IPV6_CANDIDATE)) {
    const raw = match[0];
    if (!/[0-9A-Fa-f]/.test(raw.split('%')[0]!)) continue;
    const parsed = parseIpv6(raw);
    if (!parsed) continue;
    out.push(ipv6Candidate(parsed.groups, match.index, match.index + raw.length, parsed.zone));
  }
  return out;
}
