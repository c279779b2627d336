// `Received` chains (RFC 5321 §4.4) → hops and the origin IP (FORMATS.md §4.3), plus auxiliary IP headers.
import { parseIpLiteral, trustedMailHostTest, type IpAddress, type IpKind } from '@tamga/core';
import { parseEmailDate } from './email-date';
import { headerValues, type HeaderIndex } from './headers';

export interface ReceivedHop {
  /** 0-based position among the Received fields, top (newest) first. */
  index: number;
  /** The `from` clause's host (the HELO name for Postfix, Sendmail and Exchange; the reverse-DNS name for qmail and Exim). */
  from: string | null;
  /**
   * The name the receiving host looked up for the connecting address, as Postfix and Sendmail record it (`(name
   * [1.2.3.4])`); null when it recorded none or `unknown`. Unlike the HELO name, the sender did not choose it.
   */
  rdns: string | null;
  /** The connecting address the receiving host recorded. */
  ip: string | null;
  ipKind: IpKind | null;
  by: string | null;
  /** The receiving host's own address, where it wrote one (Exchange: `by HOST (10.0.0.6)`). */
  byIp: string | null;
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
function fromClauseIp(clause: string): { host: string | null; rdns: string | null; address: IpAddress | null } {
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
      if (address) return { host, rdns: lookedUpName(comment), address };
    }
    if (close < 0) break;
    open = clause.indexOf('(', close);
  }
  return { host, rdns: null, address: helo ?? (host ? parseIpLiteral(host) : null) };
}

/** The name before a bracketed address in a TCP-info comment (`rdns [1.2.3.4]`), unless it is `unknown`. */
function lookedUpName(comment: string): string | null {
  const bracket = comment.indexOf('[');
  if (bracket <= 0) return null;
  const name = comment.slice(0, bracket).trim();
  return /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.?$/.test(name) && name.toLowerCase() !== 'unknown' ? name : null;
}

/** The host of a `by` clause and the address in the comment after it, if any. */
function byClause(clause: string | undefined): { by: string | null; byIp: string | null } {
  const by = /^[^\s(]+/.exec(clause ?? '')?.[0] ?? null;
  if (!clause || by === null) return { by, byIp: null };
  const open = clause.indexOf('(', by.length);
  const close = open < 0 ? -1 : clause.indexOf(')', open);
  return { by, byIp: close < 0 ? null : (commentIp(clause.slice(open + 1, close))?.ip ?? null) };
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
    const { host, rdns, address } = fromClauseIp(fromClause);
    const { by, byIp } = byClause(found.get('by'));
    const time = semicolon >= 0 ? parseEmailDate(value.slice(semicolon + 1), caseTimeZone).time : null;
    hops.push({
      index,
      from: host,
      rdns,
      ip: address?.ip ?? null,
      ipKind: address?.kind ?? null,
      by,
      byIp,
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
   * `trusted_hosts`: the sender of the hop where the message reached the case's trusted mail hosts; `first_public`:
   * the first public sender, as without a trusted set (or when the chain never reaches them from a public sender).
   */
  basis: 'trusted_hosts' | 'first_public';
}

/**
 * The origin (FORMATS.md §4.3). With a trusted set, the chain is walked top-down while its receivers are trusted: a
 * hop's receiver is trusted when its `by` host (name or address) is in the set, or when the hop above was handed on by
 * a trusted sender or, inside the trusted hosts, by a special address (an internal relay the set does not name). A
 * sender is trusted by its address or by the name its receiver looked up, never by the HELO name it gave itself. The
 * origin is the first public, untrusted sender a trusted receiver recorded. Hops above it with an untrusted receiver
 * are allowed only for internal delivery (no public sender); otherwise, as without a set, the origin is the first
 * public sender whose address is not trusted. Special addresses (private, loopback, CGNAT, documentation …) are never
 * chosen. Hops below the origin are marked unverified. Null when there is none, as for mail that only passed between
 * the trusted hosts.
 */
export function findOrigin(hops: ReceivedHop[], trusted: TrustedHostTest | null = null): Origin | null {
  let found: Origin | null = null;
  let internal = trusted !== null;
  if (trusted) {
    // Whether the hop above handed the message on inside the trusted hosts.
    let handedOn = false;
    for (const hop of hops) {
      const receiverTrusted: boolean = handedOn || trusted(hop.by) || trusted(hop.byIp);
      const sender = senderTrusted(hop, trusted) ? 'trusted' : isPublic(hop) ? 'outside' : 'special';
      if (receiverTrusted && sender === 'outside') {
        found = { hop, basis: 'trusted_hosts' };
        break;
      }
      // A public sender handed it to a host outside the set before it reached the set: the walk cannot go on.
      if (sender === 'outside') {
        internal = false;
        break;
      }
      handedOn = sender === 'trusted' || (receiverTrusted && sender === 'special');
    }
  }
  if (!found && !internal) {
    for (const hop of hops) {
      if (isPublic(hop) && !(trusted !== null && trusted(hop.ip))) {
        found = { hop, basis: 'first_public' };
        break;
      }
    }
  }
  if (found) for (const hop of hops) hop.unverified = hop.index > found.hop.index;
  return found;
}

// Module-level rather than closures in findOrigin: the bundle's keepNames names each closure as it is made
// (ARCHITECTURE.md, conventions), once per message here.
function isPublic(hop: ReceivedHop): boolean {
  return hop.ip !== null && hop.ipKind === 'public';
}

/** A sender is trusted by its address, or by the name its receiver looked up; never by its own HELO name. */
function senderTrusted(hop: ReceivedHop, trusted: TrustedHostTest): boolean {
  return trusted(hop.ip) || (hop.ip === null ? trusted(hop.from) : trusted(hop.rdns));
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
