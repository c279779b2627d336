// Covers the Telegram modules (telegram-username, telegram-link, parse-telegram-url, parse-tg-url, telegram-candidates):
// username rules, the @mention rule, every §9.8 link form, reserved segments and tg:// links.
import { describe, expect, it } from 'vitest';
import { parseTelegramUrl, RESERVED_PATH_SEGMENTS } from './parse-telegram-url';
import { parseTgUrl } from './parse-tg-url';
import { scanTgLinks, telegramCandidatesForUrl } from './telegram-candidates';
import { scanTelegramMentions, validateTelegramUsername } from './telegram-username';
import { findUrls } from './url';

const link = (href: string) => parseTelegramUrl(new URL(href));

describe('validateTelegramUsername', () => {
  it('stores lower case without @', () => {
    expect(validateTelegramUsername('@Durov')).toEqual({ value: 'durov', flags: [] });
  });

  it('flags bots, 4-character names and a trailing underscore instead of rejecting them', () => {
    expect(validateTelegramUsername('BotFather')?.flags).toEqual([]);
    expect(validateTelegramUsername('SomeHelperBot')?.flags).toEqual(['bot']);
    expect(validateTelegramUsername('abcd')?.flags).toEqual(['short_username']);
    expect(validateTelegramUsername('name_')?.flags).toEqual(['trailing_underscore']);
  });

  it('enforces ^[A-Za-z][A-Za-z0-9_]{3,31}$', () => {
    for (const bad of ['abc', '1abcde', '_abcde', 'a'.repeat(33), 'имя_пользователя', 'ab-cd']) {
      expect(validateTelegramUsername(bad)).toBeNull();
    }
    expect(validateTelegramUsername('a'.repeat(32))).not.toBeNull();
  });
});

describe('scanTelegramMentions', () => {
  it('finds mentions at the start or after a non-word character', () => {
    const text = '@durov, пиши (@Support_Team) или:@helper_bot';
    expect(scanTelegramMentions(text).map((c) => [c.value, text.slice(c.start, c.end), c.flags])).toEqual([
      ['durov', '@durov', []],
      ['support_team', '@Support_Team', []],
      ['helper_bot', '@helper_bot', ['bot']],
    ]);
  });

  it('excludes user@mail.kz, a domain being typed, and names glued to letters', () => {
    expect(scanTelegramMentions('user@mail.kz @gmail.com тут@durov')).toEqual([]);
  });

  it('allows a sentence-final period', () => {
    expect(scanTelegramMentions('Пиши @durov.').map((c) => c.value)).toEqual(['durov']);
  });
});

describe('parseTelegramUrl', () => {
  it('recognises username, post, preview and subdomain forms on all hosts', () => {
    expect(link('https://t.me/Durov')).toMatchObject({ kind: 'username', username: 'durov', canonical: 'https://t.me/durov' });
    expect(link('https://telegram.me/durov/123')).toMatchObject({ kind: 'post', username: 'durov', messageId: '123' });
    expect(link('https://telegram.dog/durov')).toMatchObject({ kind: 'username', username: 'durov' });
    expect(link('https://t.me/s/durov')).toMatchObject({ kind: 'username', username: 'durov' });
    expect(link('https://durov.t.me/')).toMatchObject({ kind: 'username', username: 'durov' });
    expect(link('https://t.me/somegroup/5/77')).toMatchObject({ kind: 'post', topicId: '5', messageId: '77' });
  });

  it('recognises private posts with the -100 peer id', () => {
    expect(link('https://t.me/c/1234567890/55')).toMatchObject({
      kind: 'private_post',
      channelId: '1234567890',
      peerId: '-1001234567890',
      messageId: '55',
      valid: true,
    });
    expect(link('https://t.me/c/1234567890/3/55')).toMatchObject({ kind: 'private_post', topicId: '3', messageId: '55' });
  });

  it('recognises invite links in both forms with one canonical value', () => {
    const plus = link('https://t.me/+AbCdEf123456');
    const legacy = link('https://t.me/joinchat/AbCdEf123456');
    expect(plus).toMatchObject({ kind: 'invite', invite: 'AbCdEf123456', valid: true });
    expect(legacy?.canonical).toBe(plus?.canonical);
  });

  it('treats t.me/+<digits> as a phone link, not an invite', () => {
    expect(link('https://t.me/+77012345678')).toMatchObject({ kind: 'phone', phoneDigits: '77012345678' });
  });

  it('recognises bot start, sticker, emoji, folder, share and proxy links', () => {
    expect(link('https://t.me/some_bot?start=ref123')).toMatchObject({ kind: 'bot_start', username: 'some_bot', payload: 'ref123' });
    expect(link('https://t.me/addstickers/Animals')).toMatchObject({ kind: 'stickers', set: 'Animals' });
    expect(link('https://t.me/addemoji/Cats')).toMatchObject({ kind: 'emoji', set: 'Cats' });
    expect(link('https://t.me/addlist/AbCd')).toMatchObject({ kind: 'folder', slug: 'AbCd' });
    expect(link('https://t.me/share/url?url=https%3A%2F%2Fx.kz')).toMatchObject({ kind: 'share', sharedUrl: 'https://x.kz' });
    expect(link('https://t.me/proxy?server=1.2.3.4&port=443&secret=ee00')).toMatchObject({
      kind: 'proxy',
      server: '1.2.3.4',
      port: 443,
      secret: 'ee00',
      proxyType: 'mtproto',
      valid: true,
    });
    expect(link('https://t.me/socks?server=p.example.com&port=1080')).toMatchObject({ kind: 'proxy', proxyType: 'socks5' });
  });

  it('never reads a reserved first segment as a username', () => {
    expect(RESERVED_PATH_SEGMENTS.size).toBe(26);
    for (const segment of ['login', 'iv', 'confirmphone', 'addtheme', 'setlanguage', 'boost', 'nft']) {
      const result = link(`https://t.me/${segment}/xyz`);
      expect(result?.kind).toBe('other');
      expect(result?.username).toBeUndefined();
    }
  });

  it('gives reserved and share links the https://t.me form whatever the scheme and host written', () => {
    expect(link('http://t.me/login')?.canonical).toBe('https://t.me/login');
    expect(link('https://telegram.me/setlanguage/uz')?.canonical).toBe('https://t.me/setlanguage/uz');
    expect(link('http://telegram.dog/share/url?url=https%3A%2F%2Fx.kz')?.canonical).toBe('https://t.me/share/url?url=https%3A%2F%2Fx.kz');
  });

  it('returns null for other hosts and for the bare host', () => {
    expect(link('https://example.com/durov')).toBeNull();
    expect(link('https://t.me/')).toBeNull();
  });

  it('marks an invalid username', () => {
    expect(link('https://t.me/ab')).toMatchObject({ kind: 'username', valid: false });
  });
});

describe('parseTgUrl', () => {
  it('recognises resolve, join, privatepost and phone forms', () => {
    expect(parseTgUrl(new URL('tg://resolve?domain=durov&post=12'))).toMatchObject({ kind: 'post', username: 'durov', messageId: '12' });
    expect(parseTgUrl(new URL('tg://resolve?domain=durov'))).toMatchObject({ kind: 'username', canonical: 'https://t.me/durov' });
    expect(parseTgUrl(new URL('tg://join?invite=AbCdEf123456'))).toMatchObject({ kind: 'invite', canonical: 'https://t.me/+AbCdEf123456' });
    expect(parseTgUrl(new URL('tg://resolve?phone=77012345678'))).toMatchObject({ kind: 'phone', phoneDigits: '77012345678' });
    expect(parseTgUrl(new URL('tg://privatepost?channel=123&post=4'))).toMatchObject({ kind: 'private_post', peerId: '-100123' });
  });
});

describe('telegram candidates', () => {
  it('derives the username entity from a link with the username span', () => {
    const text = 'Канал: https://t.me/Durov/123';
    const [hit] = findUrls(text);
    const found = telegramCandidatesForUrl(hit!, text);
    expect(found.map((c) => [c.type, c.value, text.slice(c.start, c.end)])).toEqual([
      ['telegram_username', 'durov', 'Durov'],
      ['telegram_link', 'https://t.me/durov/123', 'https://t.me/Durov/123'],
    ]);
  });

  it('flags invites and extracts phone links as phone entities', () => {
    const text = 't.me/+AbCdEf123456 и t.me/+77012345678';
    const found = findUrls(text).flatMap((hit) => telegramCandidatesForUrl(hit, text));
    expect(found.map((c) => [c.type, c.value, c.flags])).toEqual([
      ['telegram_link', 'https://t.me/+AbCdEf123456', ['invite']],
      ['phone', '+77012345678', []],
      ['telegram_link', 'https://t.me/+77012345678', []],
    ]);
  });

  it('scans tg:// links, which linkify-it does not know', () => {
    const text = 'открой tg://join?invite=AbCdEf123456, потом tg://resolve?domain=durov.';
    const found = scanTgLinks(text);
    expect(found.map((c) => [c.type, text.slice(c.start, c.end)])).toEqual([
      ['telegram_link', 'tg://join?invite=AbCdEf123456'],
      ['telegram_username', 'durov'],
      ['telegram_link', 'tg://resolve?domain=durov'],
    ]);
  });
});
