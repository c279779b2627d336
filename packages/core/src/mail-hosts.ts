// A case's trusted mail hosts (FORMATS.md §4.3 step 3): the recipient's own MX and relay hosts, by name, by domain
// or by address range. An e-mail's origin is the address of the first host outside them that handed it to one of
// them; without them it is the first public address in the chain, which is one of the recipient's own relays
// whenever those have public addresses.
import { TamgaError } from './errors';
import { ipGroups, parseIpLiteral } from './ip-literal';

/** Enough for an agency's relays and a provider's published ranges; each entry is checked against every hop. */
export const MAX_TRUSTED_MAIL_HOSTS = 200;

/**
 * The shortest prefixes taken: a wider range (`0.0.0.0/0`, a typo such as `/2`) would trust nearly every sender, and
 * every e-mail would silently lose its origin.
 */
const MIN_PREFIX = { 4: 8, 6: 16 } as const;

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

function isHostName(name: string): boolean {
  const labels = name.split('.');
  // An address that is not one (`195.210.46`) is no name either: no top-level domain is all digits.
  return name.length <= 253 && labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels.at(-1)!);
}

/** The IPv4 address an IPv4-mapped one (`::ffff:1.2.3.4`, as parseIpLiteral writes it) stands for, or null. */
function mappedIpv4(ip: string): string | null {
  return /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip)?.[1] ?? null;
}

/**
 * One entry in its stored form, or null if it is none of: a host name (`mx1.mail.kz`), a domain with every host under
 * it (`*.mail.kz`, also written `.mail.kz`), an IP address, or a CIDR range (`185.22.0.0/16`, `2a00:1450::/32`).
 */
function normalizeEntry(raw: string): string | null {
  const entry = asciiHost(raw.trim().toLowerCase().replace(/\.$/, ''));
  if (entry === null) return null;
  const slash = entry.indexOf('/');
  if (slash >= 0) {
    const address = parseIpLiteral(entry.slice(0, slash));
    const bitsText = entry.slice(slash + 1);
    let bits = /^\d{1,3}$/.test(bitsText) ? Number(bitsText) : NaN;
    if (address === null) return null;
    let { ip, version } = address;
    // An IPv4-mapped range is an IPv4 range, kept in that form.
    const mapped = mappedIpv4(ip);
    if (mapped && bits >= 96) [ip, version, bits] = [mapped, 4, bits - 96];
    if (!(bits >= MIN_PREFIX[version] && bits <= (version === 4 ? 32 : 128))) return null;
    return `${ip}/${bits}`;
  }
  const address = parseIpLiteral(entry);
  if (address) return mappedIpv4(address.ip) ?? address.ip;
  const domain = /^\*?\./.exec(entry) ? entry.replace(/^\*?\./, '') : null;
  if (domain !== null) return domain.includes('.') && isHostName(domain) ? `*.${domain}` : null;
  return isHostName(entry) ? entry : null;
}

/**
 * A host name with letters outside ASCII (`почта.мвд.kz`) in its ASCII form (`xn--…`), as it appears in `Received`
 * fields; null when it cannot be one. The WHATWG URL parser does the IDNA mapping, in Node.js and in browsers alike.
 */
function asciiHost(entry: string): string | null {
  if (/^[\x20-\x7e]*$/.test(entry)) return entry;
  const wildcard = entry.startsWith('*.') ? '*.' : entry.startsWith('.') ? '.' : '';
  try {
    return wildcard + new URL(`http://${entry.slice(wildcard.length)}/`).hostname;
  } catch {
    return null;
  }
}

/** The entries in stored form, duplicates dropped; a bad entry is refused by name. */
export function normalizeTrustedMailHosts(entries: readonly string[]): string[] {
  const normalized: string[] = [];
  for (const raw of entries) {
    if (!raw.trim()) continue;
    const entry = normalizeEntry(raw);
    if (entry === null) {
      throw new TamgaError(
        'VALIDATION_FAILED',
        `${JSON.stringify(raw)} is not a host name (mx1.mail.kz), a domain (*.mail.kz), an IP address or a range (185.22.0.0/16, /8 or narrower)`,
        { entry: raw },
      );
    }
    if (!normalized.includes(entry)) normalized.push(entry);
  }
  if (normalized.length > MAX_TRUSTED_MAIL_HOSTS) {
    throw new TamgaError('VALIDATION_FAILED', `At most ${MAX_TRUSTED_MAIL_HOSTS} trusted mail hosts`, {
      count: normalized.length,
      max: MAX_TRUSTED_MAIL_HOSTS,
    });
  }
  return normalized;
}

/**
 * Whether a host, named or as an address (a `Received` field's `by` host, or its `from` host and IP), is one of the
 * entries (stored form). A domain entry covers the domain itself and every host under it.
 */
export function trustedMailHostTest(entries: readonly string[]): (host: string | null) => boolean {
  const names = new Set<string>();
  const domains: string[] = [];
  const ranges: Array<{ groups: number[]; bits: number }> = [];
  for (const entry of entries) {
    const slash = entry.indexOf('/');
    const groups = ipGroups(slash >= 0 ? entry.slice(0, slash) : entry);
    if (groups) {
      // An IPv4 range is a range of mapped addresses: its prefix is 96 bits longer.
      const bits = slash < 0 ? 128 : Number(entry.slice(slash + 1)) + (entry.includes(':') ? 0 : 96);
      ranges.push({ groups, bits });
    } else if (entry.startsWith('*.')) {
      domains.push(entry.slice(1));
    } else {
      names.add(entry);
    }
  }
  return (host) => {
    if (!host) return false;
    const name = host.toLowerCase().replace(/\.$/, '');
    const address = parseIpLiteral(name);
    if (address) {
      const groups = ipGroups(address.ip)!;
      return ranges.some((range) => inRange(groups, range.groups, range.bits));
    }
    return names.has(name) || domains.some((suffix) => name.endsWith(suffix) || name === suffix.slice(1));
  };
}

function inRange(groups: readonly number[], base: readonly number[], bits: number): boolean {
  for (let group = 0; group < 8 && bits > 0; group++, bits -= 16) {
    const mask = bits >= 16 ? 0xffff : (0xffff << (16 - bits)) & 0xffff;
    if ((groups[group]! & mask) !== (base[group]! & mask)) return false;
  }
  return true;
}
