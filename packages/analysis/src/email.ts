// E-mail addresses in free text: found around each '@', validated on the local part and a public-suffix domain.
import { parse } from 'tldts';
import { domainToUnicode } from 'node:url';
import { BoundedCache } from './bounded-cache';
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
const PLAIN_ASCII_HOST = /^[A-Za-z0-9.-]+$/;
const PUNYCODE = /xn--/i;
const MAX_DOMAIN = 253;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}]/u;

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isLocalChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  // . _ % + - '
  if (code < 128)
    return isAsciiAlnum(code) || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b || code === 0x2d || code === 0x27;
  // Internationalised mailboxes (RFC 6531) such as иван@почта.рф.
  return LETTER_OR_DIGIT.test(ch);
}

function isDomainChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return isAsciiAlnum(code) || code === 0x2e || code === 0x2d;
  return LETTER_DIGIT_OR_MARK.test(ch);
}

/** The ASCII form of a host, or `null` if IDNA rejects it; WHATWG URL applies UTS #46 for us. */
export function toAsciiHost(host: string): string | null {
  let ascii: string;
  try {
    ascii = new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
  return hasUndecodableLabel(ascii) ? null : ascii;
}

/**
 * Newer URL parsers (Node 24) pass a label such as `xn--zzzz` through unchanged where older ones refuse it:
 * an `xn--` label that does not decode to Unicode is not a domain either way.
 */
export function hasUndecodableLabel(ascii: string): boolean {
  if (!ascii.includes('xn--')) return false;
  return domainToUnicode(ascii)
    .split('.')
    .some((label) => label.startsWith('xn--'));
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
  const checked = checkedDomain(domain);
  if (!checked) return null;
  return {
    value: `${local.toLowerCase()}@${checked.ascii}`,
    local,
    domain: checked.ascii,
    domainUnicode: checked.unicode,
    registrableDomain: checked.registrable,
  };
}

interface MailDomain {
  ascii: string;
  unicode: string;
  registrable: string;
}

// Mail domains repeat far more than addresses (a few providers carry most of them), and the domain's verdict
// depends on it alone; `null` (not a mail domain) is remembered too.
const mailDomains = new BoundedCache<MailDomain | null>(4096);

function checkedDomain(domain: string): MailDomain | null {
  let checked = mailDomains.get(domain);
  if (checked === undefined) mailDomains.set(domain, (checked = checkDomain(domain)));
  return checked;
}

/** The domain part's ASCII and Unicode forms and its registrable name, or `null` if it is no public mail domain. */
function checkDomain(domain: string): MailDomain | null {
  if (!domain.includes('.') || domain.startsWith('.') || domain.endsWith('.') || domain.includes('..')) return null;
  // WHATWG's host parser only lower-cases a plain ASCII name; punycode and other scripts need the whole of it.
  const plain = PLAIN_ASCII_HOST.test(domain) && !PUNYCODE.test(domain);
  const ascii = plain ? domain.toLowerCase() : toAsciiHost(domain);
  if (!ascii || ascii.startsWith('[') || /^[\d.]+$/.test(ascii)) return null;
  for (const label of ascii.split('.')) {
    if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label)) return null;
  }
  const info = parse(ascii);
  if (!info.domain || !(info.isIcann || info.isPrivate)) return null;
  return { ascii, unicode: ascii.includes('xn--') ? domainToUnicode(ascii) : ascii, registrable: info.domain };
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
