// `Received` chains (RFC 5321 §4.4) → hops and the origin IP (FORMATS.md §4.3), plus auxiliary IP headers.
import { parseIpLiteral, trustedMailHostTest, type IpAddress, type IpKind } from '@tamga/core';
import { parseEmailDate } from './email-date';
import { headerValues, type HeaderIndex } from './headers';

export interface ReceivedHop {
  /** 0-based position among the Received fields, top (newest) first. */
  index: number;
  /** The `from` clause's host (HELO name), and the IP literal of that clause. */
  from: string | null;
  ip: string | null;
  ipKind: IpKind | null;
  by: string | null;
  /** The relay's clock (after the last `;`), in UTC. */
  time: string | null;
  /** Below the origin hop: written by hosts nobody trusts, so possibly forged. */
  unverified: boolean;
}

const KEYWORDS = new Set(['from', 'by', 'via', 'with', 'id', 'for']);

/** The state of the clause scan; module-level functions over it rather than closures made per header. */
interface ClauseScan {
  text: string;
  found: Map<string, string>;
  current: string | null;
  clauseStart: number;
  tokenStart: number;
}

function endToken(scan: ClauseScan, end: number): void {
  const length = end - scan.tokenStart;
  if (length >= 2 && length <= 4) {
    const lower = scan.text.slice(scan.tokenStart, end).toLowerCase();
    if (KEYWORDS.has(lower) && !scan.found.has(lower)) {
      if (scan.current !== null) scan.found.set(scan.current, scan.text.slice(scan.clauseStart, scan.tokenStart).trim());
      scan.current = lower;
      scan.clauseStart = end;
    }
  }
  scan.tokenStart = -1;
}

/** Clauses keyed by their keyword: whitespace-delimited keywords outside comments and brackets start a clause. */
function clauses(text: string): Map<string, string> {
  const scan: ClauseScan = { text, found: new Map(), current: null, clauseStart: 0, tokenStart: -1 };
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b) {
      if (scan.tokenStart >= 0 && depth === 0) endToken(scan, i);
      depth++;
    } else if (depth > 0) {
      if (c === 0x29 || c === 0x5d) depth--;
    } else if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) {
      if (scan.tokenStart >= 0) endToken(scan, i);
    } else if (scan.tokenStart < 0) {
      scan.tokenStart = i;
    }
  }
  if (scan.tokenStart >= 0 && depth === 0) endToken(scan, text.length);
  if (scan.current !== null) scan.found.set(scan.current, text.slice(scan.clauseStart).trim());
  return scan.found;
}

/** The first IP literal of a comment: bracketed first, then a bare word (`addr=1.2.3.4`, qmail's `user@1.2.3.4`). */
function commentIp(comment: string): IpAddress | null {
  for (let bracket = comment.indexOf('['); bracket >= 0;) {
    const end = comment.indexOf(']', bracket);
    if (end < 0) break;
    const address = parseIpLiteral(comment.slice(bracket + 1, end));
    if (address) return address;
    bracket = comment.indexOf('[', end);
  }
  for (const word of comment.split(/[\s,]+/)) {
    const address = parseIpLiteral(word.replace(/^[a-z]+=/i, '').replace(/^[^@]*@/, ''));
    if (address) return address;
  }
  return null;
}

/**
 * The IP of a `from` clause. The TCP-info comment records the connecting address, so a literal inside parentheses
 * beats the HELO, which the client chose. qmail writes the HELO in a comment of its own, `(HELO 8.8.8.8)`, before the
 * connecting address: such a comment is passed over. A HELO that is itself a literal is the fallback.
 */
function fromClauseIp(clause: string): { host: string | null; address: IpAddress | null } {
  const host = /^[^\s(]+/.exec(clause)?.[0] ?? null;
  let helo: IpAddress | null = null;
  // Each search resumes after the previous match, and an unclosed group ends the scan: linear on hostile input.
  for (let open = clause.indexOf('('); open >= 0;) {
    const close = clause.indexOf(')', open);
    const comment = clause.slice(open + 1, close < 0 ? undefined : close);
    const named = /^\s*(?:HELO|EHLO)\s+/i.exec(comment);
    if (named) helo ??= commentIp(comment.slice(named[0].length));
    else {
      const address = commentIp(comment);
      if (address) return { host, address };
    }
    if (close < 0) break;
    open = clause.indexOf('(', close);
  }
  return { host, address: helo ?? (host ? parseIpLiteral(host) : null) };
}

export function parseReceived(headers: HeaderIndex, caseTimeZone: string): ReceivedHop[] {
  const hops: ReceivedHop[] = [];
  headerValues(headers, 'received').forEach((value, index) => {
    const semicolon = value.lastIndexOf(';');
    const route = semicolon >= 0 ? value.slice(0, semicolon) : value;
    const found = clauses(route);
    const fromClause = found.get('from');
    // `(qmail 13850 invoked from network)` has no `from` clause of its own: it is not a hop.
    if (fromClause === undefined || !/^\s*from\s/i.test(route)) return;
    const { host, address } = fromClauseIp(fromClause);
    const time = semicolon >= 0 ? parseEmailDate(value.slice(semicolon + 1), caseTimeZone).time : null;
    hops.push({
      index,
      from: host,
      ip: address?.ip ?? null,
      ipKind: address?.kind ?? null,
      by: /^[^\s(]+/.exec(found.get('by') ?? '')?.[0] ?? null,
      time: time && !time.derived ? time.utc : null,
      unverified: false,
    });
  });
  return hops;
}

/** Whether a host (a name or an address) is one of the case's trusted mail hosts (core's trustedMailHostTest). */
export type TrustedHostTest = (host: string | null) => boolean;

/** The test for the case's trusted mail hosts (ParserItem.trustedMailHosts), or null when it names none. */
export function trustedHosts(entries: readonly string[]): TrustedHostTest | null {
  return entries.length > 0 ? trustedMailHostTest(entries) : null;
}

export interface Origin {
  hop: ReceivedHop;
  /**
   * `trusted_hosts`: the sender of the first hop one of the case's trusted mail hosts received from a host that is
   * not; `first_public`: the first public sender, as without a trusted set (or when none of the set received it).
   */
  basis: 'trusted_hosts' | 'first_public';
}

/**
 * The origin (FORMATS.md §4.3). With a trusted set: walking top-down, the `from` IP of the first hop whose `by` host is
 * trusted (named in the set, or the sender of the hop above, which was) and whose `from` host and IP are not (SpamScope's `get_server_ipaddress(trust)`). Without one, or when no
 * hop is received by a trusted host, the first hop with a public IP whose sender is not trusted. Special addresses
 * (private, loopback, CGNAT, documentation …) are never chosen: past them the walk goes on down. Hops below the origin
 * are marked unverified. Null when there is none, or when the message entered the trusted hosts from a special address
 * with nothing public below it.
 */
export function findOrigin(hops: ReceivedHop[], trusted: TrustedHostTest | null = null): Origin | null {
  const senderTrusted = (hop: ReceivedHop) => trusted !== null && (trusted(hop.from) || trusted(hop.ip));
  const isPublic = (hop: ReceivedHop) => hop.ip !== null && hop.ipKind === 'public';
  let found: Origin | null;
  // A trusted sender hands the message to the next hop down: that hop's receiver is trusted, named in the set or not.
  const entry = trusted
    ? hops.findIndex((hop, at) => (trusted(hop.by) || (at > 0 && senderTrusted(hops[at - 1]!))) && !senderTrusted(hop))
    : -1;
  if (entry >= 0) {
    // An internal relay of the recipient's that the set does not name has a private address: its sender is further down.
    const hop = hops.slice(entry).find(isPublic);
    found = hop ? { hop, basis: 'trusted_hosts' } : null;
  } else {
    const hop = hops.find((each) => isPublic(each) && !senderTrusted(each));
    found = hop ? { hop, basis: 'first_public' } : null;
  }
  if (found) for (const hop of hops) hop.unverified = hop.index > found.hop.index;
  return found;
}

export interface AuxiliaryIp {
  ip: string;
  kind: IpKind;
  header: string;
}

/** X-Originating-IP, X-Sender-IP, Received-SPF and Authentication-Results (`client-ip=`), each labelled. */
export function auxiliaryIps(headers: HeaderIndex): AuxiliaryIp[] {
  const found: AuxiliaryIp[] = [];
  for (const name of ['x-originating-ip', 'x-sender-ip', 'x-real-ip']) {
    for (const value of headerValues(headers, name)) {
      // The address, without the comment some servers add after it (`81.2.69.142 (unknown)`).
      const address = parseIpLiteral(
        value
          .trim()
          .split(/[\s(]/, 1)[0]!
          .replace(/^\[|\]$/g, ''),
      );
      if (address) found.push({ ip: address.ip, kind: address.kind, header: name });
    }
  }
  for (const name of ['received-spf', 'authentication-results']) {
    for (const value of headerValues(headers, name)) {
      for (const match of value.matchAll(/(?:client-ip|smtp\.remote-ip)=\[?([0-9a-fA-F:.]+)/gi)) {
        const address = parseIpLiteral(match[1]!);
        if (address) found.push({ ip: address.ip, kind: address.kind, header: name });
      }
    }
  }
  return found;
}
