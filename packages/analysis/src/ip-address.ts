// IPv4/IPv6 parsing, RFC 5952 normalisation, special-purpose range tagging and the text scanners (§9.6).
import { type Candidate } from './entity-types';

/** Dotted-quad octets, or `null`: exactly four decimal octets 0–255 and no leading zeros (octal elsewhere). */
export function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const octets: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || (part.length > 1 && part[0] === '0')) return null;
    const value = Number(part);
    if (value > 255) return null;
    octets.push(value);
  }
  return octets;
}

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

const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** Colon-separated hex groups of one side of '::', or `null`. */
function parseGroups(part: string): number[] | null {
  if (part === '') return [];
  const out: number[] = [];
  for (const group of part.split(':')) {
    if (!HEX_GROUP.test(group)) return null;
    out.push(parseInt(group, 16));
  }
  return out;
}

/** Eight 16-bit groups (plus zone), or `null`. Accepts one `::`, a dotted IPv4 tail and a `%zone`. */
export function parseIpv6(text: string): { groups: number[]; zone?: string } | null {
  let body = text;
  let zone: string | undefined;
  const percent = body.indexOf('%');
  if (percent >= 0) {
    zone = body.slice(percent + 1);
    body = body.slice(0, percent);
    if (!/^[0-9A-Za-z_.-]+$/.test(zone)) return null;
  }
  let tail: number[] = [];
  const lastColon = body.lastIndexOf(':');
  if (body.indexOf('.', lastColon) >= 0) {
    const v4 = parseIpv4(body.slice(lastColon + 1));
    if (!v4) return null;
    tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
    // A tail straight after '::' keeps both colons so that the split below still sees the elision.
    body = body[lastColon - 1] === ':' ? body.slice(0, lastColon + 1) : body.slice(0, Math.max(lastColon, 0));
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0]!);
  if (!head) return null;
  if (halves.length === 1) {
    const groups = [...head, ...tail];
    if (groups.length !== 8) return null;
    return zone === undefined ? { groups } : { groups, zone };
  }
  const rest = parseGroups(halves[1]!);
  if (!rest) return null;
  const explicit = head.length + rest.length + tail.length;
  if (explicit > 7) return null;
  const groups = [...head, ...new Array<number>(8 - explicit).fill(0), ...rest, ...tail];
  return zone === undefined ? { groups } : { groups, zone };
}

function isV4Mapped(groups: readonly number[]): boolean {
  return groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
}

function v4FromGroups(high: number, low: number): number[] {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff];
}

/**
 * RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as `::` (the first on a tie),
 * and, per its section 5, IPv4-mapped addresses with a dotted tail.
 */
export function formatIpv6(groups: readonly number[]): string {
  if (isV4Mapped(groups)) return '::ffff:' + v4FromGroups(groups[6]!, groups[7]!).join('.');
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return hex.slice(0, bestStart).join(':') + '::' + hex.slice(bestStart + bestLength).join(':');
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

/** Whether a dotted quad at `start` reads as a version string (`Chrome/120.0.6099.109`, `v1.2.3.4`, X-Mailer). */
export function isVersionContext(text: string, start: number): boolean {
  if (start > 0 && text[start - 1] === '/') return true;
  const before = text.slice(Math.max(0, start - 200), start);
  return VERSION_CONTEXT.test(before.slice(-16)) || MAILER_LINE.test(before);
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
    if (!octets || isVersionContext(text, match.index)) continue;
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
