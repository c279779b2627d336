// IP literals as mail headers and case settings write them: strict IPv4/IPv6 parsing, RFC 5952 form, and the
// special-purpose ranges (FORMATS.md §9.6) that are never an e-mail origin.

export type IpKind = 'public' | 'private' | 'cgnat' | 'loopback' | 'link-local' | 'special' | 'documentation' | 'multicast';

export interface IpAddress {
  /** Dotted quad, or the RFC 5952 form of an IPv6 address. */
  ip: string;
  version: 4 | 6;
  kind: IpKind;
}

/** Four decimal octets 0–255 without leading zeros (`010.1.1.1` is read as octal elsewhere, so it is rejected). */
export function parseIpv4(text: string): number[] | null {
  // A hand-rolled scan: this runs for every word of every Received comment.
  const octets: number[] = [];
  let value = -1;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x2e;
    if (c >= 0x30 && c <= 0x39) {
      if (digits > 0 && value === 0) return null; // a leading zero
      value = digits === 0 ? c - 0x30 : value * 10 + (c - 0x30);
      if (++digits > 3 || value > 255) return null;
    } else if (c === 0x2e && digits > 0) {
      octets.push(value);
      digits = 0;
    } else {
      return null;
    }
  }
  return octets.length === 4 ? octets : null;
}

/** Eight 16-bit groups (and the `%zone`, if any), or null. Accepts one `::` and a dotted IPv4 tail. */
export function parseIpv6(text: string): { groups: number[]; zone?: string } | null {
  const zone = /%([\w.-]+)$/.exec(text);
  let value = zone ? text.slice(0, zone.index) : text;
  if (!/^[0-9a-fA-F:.]+$/.test(value) || value.length > 45) return null;
  let tail: number[] = [];
  const lastColon = value.lastIndexOf(':');
  if (value.includes('.', lastColon)) {
    const v4 = parseIpv4(value.slice(lastColon + 1));
    if (!v4) return null;
    tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
    // Keep a `::` that ends the prefix; drop a lone separator colon.
    value = value.slice(0, lastColon + 1);
    if (!value.endsWith('::')) value = value.slice(0, -1);
  }
  const halves = value.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (half: string | undefined): number[] | null => {
    if (!half) return [];
    const groups: number[] = [];
    for (const group of half.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null;
      groups.push(parseInt(group, 16));
    }
    return groups;
  };
  const head = groupsOf(halves[0]);
  const rest = halves.length === 2 ? groupsOf(halves[1]) : [];
  if (!head || !rest) return null;
  const known = head.length + rest.length + tail.length;
  let groups: number[];
  if (halves.length === 2) {
    if (known > 7) return null;
    groups = [...head, ...new Array<number>(8 - known).fill(0), ...rest, ...tail];
  } else {
    if (known !== 8) return null;
    groups = [...head, ...tail];
  }
  return zone ? { groups, zone: zone[1]! } : { groups };
}

/** An IPv4-mapped address (`::ffff:0:0/96`), written with a dotted tail (RFC 5952 §5), as analysis writes it. */
function isV4Mapped(g: readonly number[]): boolean {
  return g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;
}

/**
 * RFC 5952: lower case, no leading zeros, the longest run of ≥ 2 zero groups compressed (the first on a tie), and an
 * IPv4-mapped address dotted.
 */
export function formatIpv6(groups: readonly number[]): string {
  if (isV4Mapped(groups)) return `::ffff:${groups[6]! >> 8}.${groups[6]! & 255}.${groups[7]! >> 8}.${groups[7]! & 255}`;
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
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

function ipv4Kind([a, b, c]: number[]): IpKind {
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 100 && b! >= 64 && b! <= 127) return 'cgnat';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) {
    return 'documentation';
  }
  if (a! >= 224 && a! <= 239) return 'multicast';
  if (a === 0 || a! >= 240 || (a === 192 && b === 0 && c === 0) || (a === 198 && (b === 18 || b === 19))) return 'special';
  return 'public';
}

function ipv6Kind(g: number[]): IpKind {
  const allZeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (allZeroUpTo(7) && g[7] === 0) return 'special';
  if (allZeroUpTo(7) && g[7] === 1) return 'loopback';
  // Forms that embed an IPv4 address are judged by that address.
  if (allZeroUpTo(5) && g[5] === 0xffff) return ipv4Kind([g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255]);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    return ipv4Kind([g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255]);
  }
  if (g[0] === 0x2002) return ipv4Kind([g[1]! >> 8, g[1]! & 255, g[2]! >> 8, g[2]! & 255]);
  if (g[0] === 0x2001 && g[1] === 0x0db8) return 'documentation';
  if (g[0] === 0x3fff && (g[1]! & 0xf000) === 0) return 'documentation'; // 3fff::/20
  if (g[0] === 0x2001 && g[1] === 0) return 'special'; // Teredo
  if ((g[0]! & 0xfe00) === 0xfc00) return 'private';
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast';
  return 'public';
}

/** Parses an IP literal as found in headers: bare, `[1.2.3.4]`, `[IPv6:2001:db8::1]`. Null when it is not one. */
export function parseIpLiteral(raw: string): IpAddress | null {
  // Most words handed in are host names: reject them before any regex work.
  const c = raw.charCodeAt(0);
  if (!(c >= 0x30 && c <= 0x39) && c !== 0x5b && !raw.includes(':')) return null;
  let text = raw.trim();
  if (text.charCodeAt(0) === 0x5b && text.charCodeAt(text.length - 1) === 0x5d) text = text.slice(1, -1);
  if (text.length > 5 && text.slice(0, 5).toLowerCase() === 'ipv6:') text = text.slice(5);
  const v4 = parseIpv4(text);
  if (v4) return { ip: v4.join('.'), version: 4, kind: ipv4Kind(v4) };
  if (!text.includes(':')) return null;
  const v6 = parseIpv6(text)?.groups;
  if (!v6) return null;
  return { ip: formatIpv6(v6), version: 6, kind: ipv6Kind(v6) };
}

/**
 * The address as eight 16-bit groups, an IPv4 address mapped (`::ffff:a.b.c.d`), so that one comparison of prefixes
 * serves both families. Null when it is not an address.
 */
export function ipGroups(text: string): number[] | null {
  const v4 = parseIpv4(text);
  if (v4) return [0, 0, 0, 0, 0, 0xffff, (v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
  return text.includes(':') ? (parseIpv6(text)?.groups ?? null) : null;
}
