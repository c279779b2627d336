// Telegram links as entities: the telegram_link candidate and what it points at, for t.me URLs and tg:// links (§9.8).
import { type Candidate } from './entity-types';
import { parseTelegramUrl, TELEGRAM_HOSTS } from './parse-telegram-url';
import { parseTgUrl } from './parse-tg-url';
import { validatePhoneNumber } from './phone';
import { type TelegramLink } from './telegram-link';
import { validateTelegramUsername } from './telegram-username';
import { trimTrailingPunctuation, type UrlHit } from './url';

/** Where `needle` is written inside the link (case-insensitively), as a text span; the whole link if not found. */
function spanOf(text: string, start: number, end: number, needle: string, from: number): [number, number] {
  const at = text.slice(from, end).toLowerCase().indexOf(needle.toLowerCase());
  return at >= 0 ? [from + at, from + at + needle.length] : [start, end];
}

/**
 * The telegram_link entity for a link at [start, end) of `text`, plus what it points at: a telegram_username for
 * username links, a phone for phone links, and the proxy server's host. `pathFrom` is where the path starts in the
 * text (so that a username is not found inside the host).
 */
export function telegramLinkCandidates(link: TelegramLink, text: string, start: number, end: number, pathFrom: number): Candidate[] {
  const flags: string[] = [];
  if (link.kind === 'invite') flags.push('invite');
  const details: Record<string, unknown> = { kind: link.kind };
  for (const key of [
    'username',
    'channelId',
    'peerId',
    'topicId',
    'messageId',
    'invite',
    'payload',
    'set',
    'slug',
    'sharedUrl',
    'server',
    'port',
    'secret',
    'proxyType',
    'segment',
  ] as const) {
    if (link[key] !== undefined) details[key] = link[key];
  }
  const out: Candidate[] = [];
  if (link.username && link.valid) {
    const user = validateTelegramUsername(link.username)!;
    if (user.flags.includes('bot')) flags.push('bot');
    const [s, e] = spanOf(text, start, end, link.username, pathFrom);
    out.push({
      type: 'telegram_username',
      start: s,
      end: e,
      value: user.value,
      valid: true,
      flags: user.flags,
      details: { via: 'link' },
      derived: true,
    });
  }
  if (link.phoneDigits) {
    const phone = validatePhoneNumber('+' + link.phoneDigits);
    if (phone) {
      details['phone'] = phone.e164;
      const [s, e] = spanOf(text, start, end, link.phoneDigits, pathFrom);
      const phoneDetails: Record<string, unknown> = { regionSource: phone.regionSource, via: 'telegram_link' };
      if (phone.country) phoneDetails['country'] = phone.country;
      if (phone.kind) phoneDetails['kind'] = phone.kind;
      out.push({ type: 'phone', start: s, end: e, value: phone.e164, valid: phone.valid, flags: [], details: phoneDetails, derived: true });
    }
  }
  out.push({ type: 'telegram_link', start, end, value: link.canonical, valid: link.valid, flags, details });
  return out;
}

/** Telegram entities for a URL found by the URL scanner, or none if it is not a Telegram link. */
export function telegramCandidatesForUrl(hit: UrlHit, text: string): Candidate[] {
  const link = parseTelegramUrl(hit.url);
  if (!link) return [];
  // For <username>.t.me the username is in the host, so the search starts at the host.
  const pathFrom = TELEGRAM_HOSTS.includes(hit.url.hostname.replace(/^www\./, '')) ? hit.hostEnd : hit.hostStart;
  return telegramLinkCandidates(link, text, hit.start, hit.end, pathFrom);
}

const TG_LINK = /(?<![0-9A-Za-z])tg:\/\/[A-Za-z_]+\/?(?:\?[^\s<>"'«»]*)?/gi;

/** `tg://` deep links, which linkify-it does not know as a scheme. */
export function scanTgLinks(text: string): Candidate[] {
  if (!/tg:\/\//i.test(text)) return [];
  const out: Candidate[] = [];
  for (const match of text.matchAll(TG_LINK)) {
    const raw = trimTrailingPunctuation(match[0]);
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    const link = parseTgUrl(url);
    if (!link) continue;
    const start = match.index;
    out.push(...telegramLinkCandidates(link, text, start, start + raw.length, start + raw.indexOf('?') + 1));
  }
  return out;
}
