// Telegram identifiers for the bench/extract corpus: @mentions, t.me links of every kind (usernames, posts, invites,
// private posts, bot starts, phone numbers, reserved paths) and tg:// links, labelled with the url, its host, the
// canonical telegram_link and the username or phone they name.
import { CALLING_CODE, type Country, nsn } from './phone';
import { one, type Label, type Piece } from './piece';
import { type Random } from './random';
import { FIRST_NAMES, HOST_WORDS } from './words';

const RESERVED = new Set(['s', 'c', 'joinchat', 'addstickers', 'addemoji', 'addlist', 'share', 'proxy', 'socks', 'login', 'auth']);

function username(r: Random): string {
  for (;;) {
    const base = r.chance(0.5) ? r.pick(FIRST_NAMES) : r.pick(HOST_WORDS);
    const suffix = r.pick([
      '',
      '_kz',
      '_88',
      '_official',
      '_shop',
      '_pay',
      '_news',
      '_support',
      '_admin',
      '_uz',
      'bot',
      '_bot',
      '2024',
      '_crypto',
      '_exchange',
      '_vip',
      String(r.range(1, 999)),
    ]);
    let name = base + suffix;
    if (r.chance(0.15)) name = name[0]!.toUpperCase() + name.slice(1);
    if (name.length >= 5 && name.length <= 32 && !RESERVED.has(name.toLowerCase())) return name;
  }
}

export function mention(r: Random): Piece {
  const name = username(r);
  return one('telegram_username', '@' + name, name.toLowerCase());
}

const INVITE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

function inviteHash(r: Random, length: number): string {
  for (;;) {
    const hash = r.chars(INVITE_ALPHABET, length);
    if (/[A-Za-z]/.test(hash) && /^[A-Za-z0-9]/.test(hash) && /[A-Za-z0-9]$/.test(hash)) return hash;
  }
}

/** A t.me link with what it yields: url, its host, the telegram_link and the username or phone it names. */
export function telegramLink(r: Random): Piece {
  const scheme = r.weighted<string>([
    ['https://', 5],
    ['', 4],
    ['http://', 1],
  ]);
  const host = r.weighted<string>([
    ['t.me', 10],
    ['telegram.me', 1],
  ]);
  const prefix = scheme + host;
  const hostStart = scheme.length;
  const kind = r.weighted<string>([
    ['username', 5],
    ['post', 2],
    ['public_preview', 1],
    ['invite', 2],
    ['joinchat', 1],
    ['private_post', 1],
    ['bot_start', 1],
    ['phone', 1],
    ['reserved', 1],
  ]);
  const labels: Label[] = [];
  let path: string;
  let canonical: string;
  let user: [string, number] | undefined;
  let phoneLabel: Label | undefined;
  switch (kind) {
    case 'username':
    case 'post':
    case 'public_preview':
    case 'bot_start': {
      const name = kind === 'bot_start' ? username(r).replace(/_?bot$/i, '') + '_bot' : username(r);
      const lower = name.toLowerCase();
      if (kind === 'username') {
        path = '/' + name;
        canonical = `https://t.me/${lower}`;
      } else if (kind === 'post') {
        const id = String(r.range(1, 99999));
        path = `/${name}/${id}`;
        canonical = `https://t.me/${lower}/${id}`;
      } else if (kind === 'public_preview') {
        path = `/s/${name}`;
        canonical = `https://t.me/${lower}`;
      } else {
        const payload = r.chars('abcdefghijklmnopqrstuvwxyz0123456789', r.range(4, 12));
        path = `/${name}?start=${payload}`;
        canonical = `https://t.me/${lower}?start=${payload}`;
      }
      user = [lower, prefix.length + path.indexOf(name)];
      break;
    }
    case 'invite':
    case 'joinchat': {
      const hash = inviteHash(r, kind === 'invite' ? 16 : 22);
      path = kind === 'invite' ? `/+${hash}` : `/joinchat/${hash}`;
      canonical = `https://t.me/+${hash}`;
      break;
    }
    case 'private_post': {
      const channel = String(r.range(1_000_000_000, 2_999_999_999));
      const msg = String(r.range(1, 99999));
      path = `/c/${channel}/${msg}`;
      canonical = `https://t.me/c/${channel}/${msg}`;
      break;
    }
    case 'phone': {
      const country = r.pick<Country>(['KZ', 'KG', 'UZ', 'RU']);
      const digits = CALLING_CODE[country] + nsn(r, country);
      path = `/+${digits}`;
      canonical = `https://t.me/+${digits}`;
      phoneLabel = ['phone', '+' + digits, prefix.length + 2];
      break;
    }
    default: {
      // Reserved first segments: a link, never a username.
      const which = r.pick(['addstickers', 'addemoji', 'addlist', 'login', 'share', 'setlanguage']);
      if (which === 'addstickers' || which === 'addemoji') {
        const set = r.pick(['CatPack', 'Kazakh_Memes', 'UzbekStickers', 'HotCherry', 'Animals2024']);
        path = `/${which}/${set}`;
        canonical = `https://t.me/${which}/${set}`;
      } else if (which === 'addlist') {
        const slug = inviteHash(r, 12);
        path = `/addlist/${slug}`;
        canonical = `https://t.me/addlist/${slug}`;
      } else if (which === 'share') {
        path = `/share/url?url=${r.pick(['https%3A%2F%2Fkaspi-bonus.kz', 'https%3A%2F%2Fegov.kz%2Fcms'])}`;
        canonical = `https://t.me${path}`;
      } else if (which === 'setlanguage') {
        path = `/setlanguage/${r.pick(['ru', 'kk', 'uz'])}`;
        canonical = `https://t.me${path}`;
      } else {
        path = '/login';
        canonical = 'https://t.me/login';
      }
    }
  }
  const raw = prefix + path;
  const href = new URL(scheme ? raw : 'http://' + raw).href;
  labels.push(['url', href, 0], ['domain', host, hostStart], ['telegram_link', canonical, 0]);
  if (user) labels.push(['telegram_username', user[0], user[1]]);
  if (phoneLabel) labels.push(phoneLabel);
  return { raw, labels };
}

export function tgScheme(r: Random): Piece {
  if (r.chance(0.6)) {
    const name = username(r);
    const raw = `tg://resolve?domain=${name}`;
    return {
      raw,
      labels: [
        ['telegram_link', `https://t.me/${name.toLowerCase()}`, 0],
        ['telegram_username', name.toLowerCase(), raw.indexOf('=') + 1],
      ],
    };
  }
  const hash = inviteHash(r, 16);
  return { raw: `tg://join?invite=${hash}`, labels: [['telegram_link', `https://t.me/+${hash}`, 0]] };
}
