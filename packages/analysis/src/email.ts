// E-mail addresses in free text: found around each '@', validated on the local part and a public-suffix domain.
import { parse } from 'tldts';
import { domainToUnicode } from 'node:url';
import { type Candidate } from './entity-types';

export interface EmailAddress {
  /** Lower case, domain in ASCII (punycode). */
  value: string;
  local: string;
  domain: string;
  domainUnicode: string;
  registrableDomain: string;
}

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function isLocalChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return /[A-Za-z0-9._%+\-']/.test(ch);
  // Internationalised mailboxes (RFC 6531) such as иван@почта.рф.
  return /[\p{L}\p{N}]/u.test(ch);
}

function isDomainChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return /[A-Za-z0-9.-]/.test(ch);
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}

/** The ASCII form of a host, or `null` if IDNA rejects it; WHATWG URL applies UTS #46 for us. */
export function toAsciiHost(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
}

/** `null` unless the local part is plausible and the domain ends in a known public suffix with a registrable name. */
export function validateEmail(text: string): EmailAddress | null {
  const at = text.lastIndexOf('@');
  if (at <= 0) return null;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local.length > MAX_LOCAL || domain.length > MAX_DOMAIN) return null;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
  for (const ch of local) if (!isLocalChar(ch)) return null;
  if (!domain.includes('.') || domain.startsWith('.') || domain.endsWith('.') || domain.includes('..')) return null;
  const ascii = toAsciiHost(domain);
  if (!ascii || ascii.startsWith('[') || /^[\d.]+$/.test(ascii)) return null;
  for (const label of ascii.split('.')) {
    if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label)) return null;
  }
  const info = parse(ascii);
  if (!info.domain || !(info.isIcann || info.isPrivate)) return null;
  return {
    value: `${local.toLowerCase()}@${ascii}`,
    local,
    domain: ascii,
    domainUnicode: domainToUnicode(ascii),
    registrableDomain: info.domain,
  };
}

/** Every '@' is a possible address: walk outwards over the characters an address may contain, then validate. */
export function scanEmails(text: string): Candidate[] {
  const out: Candidate[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('@', from);
    if (at < 0) break;
    from = at + 1;
    let start = at;
    while (start > 0 && at - start <= MAX_LOCAL && isLocalChar(text[start - 1]!)) start--;
    if (at - start > MAX_LOCAL) continue;
    while (start < at && text[start] === '.') start++;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN + 1 && isDomainChar(text[end]!)) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    if (start === at || end === at + 1) continue;
    const email = validateEmail(text.slice(start, end));
    if (!email) continue;
    out.push({
      type: 'email',
      start,
      end,
      value: email.value,
      valid: true,
      flags: [],
      details: {
        local: email.local,
        domain: email.domain,
        domainUnicode: email.domainUnicode,
        registrableDomain: email.registrableDomain,
      },
    });
    from = end;
  }
  return out;
}
