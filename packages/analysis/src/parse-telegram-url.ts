// parseTelegramUrl: the deep-link meaning of https t.me / telegram.me / telegram.dog links (§9.8).
import { type ParsedUrl } from './parse-url';
import { folderLink, inviteLink, plusLink, privatePost, proxyLink, shareLink, stickerSetLink, usernameLink } from './telegram-link';
import type { TelegramLink } from './telegram-link';

export const TELEGRAM_HOSTS: readonly string[] = ['t.me', 'telegram.me', 'telegram.dog'];

/** First path segments that are never usernames. */
export const RESERVED_PATH_SEGMENTS: ReadonlySet<string> = new Set([
  's',
  'c',
  'joinchat',
  'addstickers',
  'addemoji',
  'addlist',
  'addtheme',
  'addstyle',
  'setlanguage',
  'share',
  'proxy',
  'socks',
  'login',
  'auth',
  'invoice',
  'boost',
  'giftcode',
  'confirmphone',
  'contact',
  'call',
  'm',
  'nft',
  'auction',
  'web',
  'iv',
  'bg',
]);

export function isTelegramHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return TELEGRAM_HOSTS.includes(h) || (h.endsWith('.t.me') && h.split('.').length === 3);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** https://t.me with the link's path and query, whatever host and scheme it was written with. */
function canonicalPath(url: ParsedUrl): string {
  return `https://t.me${url.pathname}${url.search}`;
}

/** The deep-link meaning of an https t.me / telegram.me / telegram.dog URL (or `<username>.t.me`); `null` if none. */
export function parseTelegramUrl(url: ParsedUrl): TelegramLink | null {
  const hostname = url.hostname.toLowerCase();
  // Every Telegram host ends in .me or .dog: most links are turned away before any other work.
  if (!hostname.endsWith('.me') && !hostname.endsWith('.dog')) return null;
  const host = hostname.replace(/^www\./, '');
  if (!isTelegramHost(host)) return null;
  const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
  const query = url.searchParams;
  if (!TELEGRAM_HOSTS.includes(host)) return usernameLink(host.slice(0, -'.t.me'.length), segments, query);
  const [first, ...rest] = segments;
  if (!first) return null;
  if (first.startsWith('+')) return plusLink(first.slice(1));
  const lower = first.toLowerCase();
  if (!RESERVED_PATH_SEGMENTS.has(lower)) return usernameLink(first, rest, query);
  const [a, b, c] = rest;
  switch (lower) {
    case 'joinchat':
      return a ? inviteLink(a) : { kind: 'other', valid: false, segment: lower, canonical: 'https://t.me/joinchat' };
    case 's':
      return a ? usernameLink(a, rest.slice(1), query) : null;
    case 'c':
      return a ? privatePost(a, b, c) : null;
    case 'addstickers':
    case 'addemoji':
      return stickerSetLink(lower, a);
    case 'addlist':
      return folderLink(a);
    case 'share':
      return shareLink(query.get('url'), canonicalPath(url));
    case 'proxy':
    case 'socks':
      return proxyLink(lower, query);
    default:
      return { kind: 'other', valid: true, segment: lower, canonical: canonicalPath(url) };
  }
}
