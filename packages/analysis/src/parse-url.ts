// WHATWG URL parsing with a direct reader for the plain ASCII links that make up most of a text's links.

/** What the scanners read of a parsed link; a WHATWG `URL` has all of it. */
export interface ParsedUrl {
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly searchParams: URLSearchParams;
}

/** A link read without the WHATWG parser: only built for input that parser leaves as written (bar case). */
class PlainUrl implements ParsedUrl {
  readonly username = '';
  readonly password = '';
  readonly port = '';
  private params: URLSearchParams | undefined;

  constructor(
    readonly href: string,
    readonly protocol: string,
    readonly hostname: string,
    readonly pathname: string,
    readonly search: string,
  ) {}

  get searchParams(): URLSearchParams {
    return (this.params ??= new URLSearchParams(this.search));
  }
}

// Parts of a link, as bits of KEEP.
const PATH = 1;
const QUERY = 2;
const FRAGMENT = 4;

// Per ASCII character, the parts of a link in which WHATWG copies it unchanged: unreserved characters, sub-delimiters,
// ':', '@', '/' and '%' (a percent sign is copied whether or not hex digits follow). Left out, so that such links go
// to the full parser: what a part percent-encodes (space, '"', '<', '>', '`', '{', '}', and "'" in the query of a
// special URL), '\\' (a path separator in special URLs), '[', ']', '^', '|' and controls; '?' and '#' are only
// taken where they cannot start a part.
const KEEP = new Uint8Array(128);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&()*+,;=:@/%')
  KEEP[ch.charCodeAt(0)] = PATH | QUERY | FRAGMENT;
KEEP["'".charCodeAt(0)] = PATH | FRAGMENT;
KEEP['?'.charCodeAt(0)] = QUERY | FRAGMENT;

const SCHEME = /^(https?|ftp):\/\/([A-Za-z0-9.-]+)(?=[/?#]|$)/i;
const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
// A last label of digits or 0x-hex makes WHATWG read the host as an IPv4 address; xn-- labels need IDNA checks.
const NUMERIC_LABEL = /^(?:\d+|0x[0-9a-f]*)$/i;
// Dot segments ('.', '..', '%2e'…) are removed by the parser.
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)|%2e/i;

function allKept(text: string, start: number, end: number, part: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || (KEEP[code]! & part) === 0) return false;
  }
  return true;
}

/**
 * The plain reading of `href`, or `null` when it is not of the plain kind: an http, https or ftp link with a host of
 * DNS labels (no IDN, no IPv4 forms, no credentials or port) and a path, query and fragment of characters the WHATWG
 * parser copies unchanged, without dot segments or an empty query or fragment. For such a link WHATWG only
 * lower-cases the scheme and host and adds the root path; parse-url.test.ts compares the two on random links.
 */
export function parsePlainUrl(href: string): ParsedUrl | null {
  const head = SCHEME.exec(href);
  if (!head) return null;
  const host = head[2]!;
  const labels = host.split('.');
  for (const label of labels) if (!DNS_LABEL.test(label) || (label.length >= 4 && label.slice(0, 4).toLowerCase() === 'xn--')) return null;
  if (NUMERIC_LABEL.test(labels[labels.length - 1]!)) return null;
  const pathStart = head[0].length;
  let queryStart = href.indexOf('?', pathStart);
  const hashStart = href.indexOf('#', pathStart);
  if (hashStart >= 0 && queryStart > hashStart) queryStart = -1;
  const pathEnd = queryStart >= 0 ? queryStart : hashStart >= 0 ? hashStart : href.length;
  const queryEnd = hashStart >= 0 ? hashStart : href.length;
  if (!allKept(href, pathStart, pathEnd, PATH)) return null;
  if (queryStart >= 0 && (queryEnd === queryStart + 1 || !allKept(href, queryStart + 1, queryEnd, QUERY))) return null;
  if (hashStart >= 0 && (hashStart + 1 === href.length || !allKept(href, hashStart + 1, href.length, FRAGMENT))) return null;
  let pathname = href.slice(pathStart, pathEnd);
  if (pathname === '') pathname = '/';
  else if (DOT_SEGMENT.test(pathname)) return null;
  const protocol = head[1]!.toLowerCase() + ':';
  const hostname = host.toLowerCase();
  const rest = href.slice(pathEnd);
  return new PlainUrl(
    `${protocol}//${hostname}${pathname}${rest}`,
    protocol,
    hostname,
    pathname,
    queryStart >= 0 ? href.slice(queryStart, queryEnd) : '',
  );
}

/** `href` parsed as WHATWG does, or `null` where it throws. */
export function parseUrl(href: string): ParsedUrl | null {
  const plain = parsePlainUrl(href);
  if (plain) return plain;
  try {
    return new URL(href);
  } catch {
    return null;
  }
}
