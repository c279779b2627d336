// Generator for bench/extract: a seeded, deterministic corpus of messenger and e-mail style documents in Russian,
// Kazakh, Uzbek (Latin and Cyrillic) and English, with planted entities of every type extractEntities reports and
// near-miss decoys, plus the labels that say what a correct extractor must find (FORMATS.md §9).
//
// Every entity is made valid by the generator itself (Base58Check, Bech32/Bech32m, EIP-55 with Keccak-256, Luhn,
// ISO 7064 mod 97, numbering-plan ranges), independently of the extractor's validators. Labels give, per document,
// (type, value as the extractor normalises it, UTF-16 start offset in the document); decoys give (type imitated, raw,
// start, kind) and must never be reported valid. Run alone: npx tsx bench/extract-corpus.ts [--mb 200] [--out dir]
import { keccak_256 } from '@noble/hashes/sha3.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { domainToASCII } from 'node:url';

/** Bump when the generator changes, so that a stale corpus in /tmp is not reused. */
export const CORPUS_VERSION = 4;
/** Separates documents in the text file; it never occurs inside one. */
export const DOCUMENT_SEPARATOR = '\u001e\n';

export type Label = [type: string, value: string, start: number];
export type Decoy = [type: string, raw: string, start: number, kind: string];

export type DocumentKind = 'chat' | 'email' | 'dense';

export interface DocumentLabels {
  /** The case's country, passed to extractEntities as defaultRegion. */
  region: string;
  /** A messenger message, an e-mail body, or a message that lists identifiers line by line (dense). */
  kind: DocumentKind;
  labels: Label[];
  decoys: Decoy[];
}

export interface CorpusInfo {
  version: number;
  seed: number;
  textPath: string;
  labelsPath: string;
  documents: number;
  /** UTF-8 bytes of document text, separators excluded. */
  textBytes: number;
  labels: number;
  decoys: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness (sfc32).

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  float(): number {
    return this.next() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  range(low: number, high: number): number {
    return low + this.int(high - low + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** Picks by weight from [item, weight] pairs. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let x = this.float() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += String(this.int(10));
    return out;
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.int(256);
    return out;
  }

  chars(alphabet: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[this.int(alphabet.length)]!;
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Encoders, written here from the specifications rather than borrowed from the extractor.

const HEX = '0123456789abcdef';
const toHex = (bytes: Uint8Array): string => {
  let out = '';
  for (const b of bytes) out += HEX[b >> 4]! + HEX[b & 15]!;
  return out;
};

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let out = '';
  while (n > 0n) {
    out = BASE58[Number(n % 58n)]! + out;
    n /= 58n;
  }
  return '1'.repeat(zeros) + out;
}

function base58Check(version: number, payload: Uint8Array): string {
  const body = new Uint8Array(1 + payload.length);
  body[0] = version;
  body.set(payload, 1);
  const check = sha256(sha256(body)).subarray(0, 4);
  const all = new Uint8Array(body.length + 4);
  all.set(body);
  all.set(check, body.length);
  return base58(all);
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ gen[i]!) >>> 0;
  }
  return chk;
}

/** A SegWit address (BIP-173 for v0, BIP-350 for v1+), or with `wrongVariant` the other checksum constant. */
function segwitAddress(hrp: string, version: number, program: Uint8Array, wrongVariant = false): string {
  const words: number[] = [version];
  let acc = 0;
  let bits = 0;
  for (const b of program) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      words.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) words.push((acc << (5 - bits)) & 31);
  const bech32m = version > 0 !== wrongVariant;
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const mod = polymod([...expanded, ...words, 0, 0, 0, 0, 0, 0]) ^ (bech32m ? 0x2bc830a3 : 1);
  for (let i = 0; i < 6; i++) words.push((mod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + words.map((w) => BECH32[w]).join('');
}

function eip55(lowerHex: string): string {
  const hash = toHex(keccak_256(new TextEncoder().encode(lowerHex)));
  let out = '0x';
  for (let i = 0; i < 40; i++) {
    const c = lowerHex[i]!;
    out += c >= 'a' && parseInt(hash[i]!, 16) >= 8 ? c.toUpperCase() : c;
  }
  return out;
}

function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    r = code >= 65 ? (r * 100 + (code - 55)) % 97 : (r * 10 + (code - 48)) % 97;
  }
  return r;
}

function ibanFor(country: string, bban: string): string {
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}

/** RFC 5952 text for eight 16-bit groups. */
function rfc5952(groups: number[]): string {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return hex.slice(0, best).join(':') + '::' + hex.slice(best + bestLen).join(':');
}

// ---------------------------------------------------------------------------------------------------------------
// Entities. Each generator returns the text as written and the labels it yields, with offsets relative to it.

interface Piece {
  raw: string;
  labels: Label[];
  /** Set for a decoy: the type it imitates and why it must not be reported valid. */
  decoy?: { type: string; kind: string };
}

const one = (type: string, raw: string, value: string): Piece => ({ raw, labels: [[type, value, 0]] });
const decoy = (type: string, kind: string, raw: string): Piece => ({ raw, labels: [], decoy: { type, kind } });

/** Replaces one character by another of the same alphabet (never the same one). */
function mutate(r: Random, text: string, from: number, alphabet: string): string {
  const at = from + r.int(text.length - from);
  let ch = text[at]!;
  while (ch === text[at]) ch = alphabet[r.int(alphabet.length)]!;
  return text.slice(0, at) + ch + text.slice(at + 1);
}

// Phones: national significant numbers drawn from ranges of the numbering plans (ITU / libphonenumber metadata).
type Country = 'KZ' | 'RU' | 'KG' | 'TJ' | 'TM' | 'UZ';
const CALLING_CODE: Record<Country, string> = { KZ: '7', RU: '7', KG: '996', TJ: '992', TM: '993', UZ: '998' };

// Russian mobile numbers 9xx, without 930, parts of which libphonenumber's metadata leaves unassigned.
const RU_MOBILE_TENS = Array.from({ length: 100 }, (_, d) => String(d).padStart(2, '0')).filter((d) => d !== '30');

function nsn(r: Random, country: Country): string {
  switch (country) {
    case 'KZ':
      return r.chance(0.85)
        ? r.pick(['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778']) + r.digits(7)
        : r.pick(['7272', '7172', '7252', '7212']) + r.range(2, 9) + r.digits(5);
    case 'RU':
      return r.chance(0.75)
        ? '9' + r.pick(RU_MOBILE_TENS) + r.digits(7)
        : r.pick(['495', '499', '812', '343', '383', '843']) + r.range(2, 9) + r.digits(6);
    case 'KG':
      return r.chance(0.85)
        ? r.pick([
            '700',
            '701',
            '702',
            '705',
            '707',
            '709',
            '770',
            '772',
            '775',
            '777',
            '550',
            '551',
            '555',
            '557',
            '220',
            '222',
            '990',
            '995',
          ]) + r.digits(6)
        : '312' + r.pick(['1', '2', '3', '4', '6', '8']) + r.digits(5);
    case 'TJ':
      return r.chance(0.85)
        ? r.pick(['90', '91', '92', '93', '98', '50', '55', '77', '88', '00', '11']) + r.digits(7)
        : '372' + r.digits(6);
    case 'TM':
      return r.chance(0.85) ? r.pick(['61', '62', '63', '64', '65', '71']) + r.digits(6) : '12' + r.digits(6);
    case 'UZ':
      return r.chance(0.85)
        ? r.pick(['90', '91', '93', '94', '95', '97', '98', '99', '33', '88', '50', '20']) + r.digits(7)
        : '71' + r.range(2, 9) + r.digits(6);
  }
}

/** Splits digits into groups of the given sizes (the last group takes the rest). */
function groups(digits: string, sizes: number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < sizes.length && at < digits.length; i++) {
    const size = i === sizes.length - 1 ? digits.length - at : sizes[i]!;
    out.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) out.push(digits.slice(at));
  return out;
}

function layoutNsn(r: Random, country: Country, n: string): string {
  const sep = r.weighted<string>([
    [' ', 6],
    ['-', 3],
    ['', 1],
  ]);
  const dash = sep === '-' || (sep === ' ' && r.chance(0.4));
  if (country === 'KZ' || country === 'RU') {
    const area =
      n.length === 10 && n.startsWith('7') && !n.startsWith('70') && !n.startsWith('74') && !n.startsWith('77')
        ? n.slice(0, 4)
        : n.slice(0, 3);
    const rest = n.slice(area.length);
    const spaced = rest.length === 7 && r.chance(0.5) ? [3, 4] : rest.length === 7 ? [3, 2, 2] : [2, 2, 2];
    const tail = dash ? groups(rest, rest.length === 7 ? [3, 2, 2] : [2, 2, 2]).join('-') : groups(rest, spaced).join(sep);
    return r.chance(0.35) ? `(${area})${sep === '' ? '' : ' '}${tail}` : `${area}${sep === '' ? '' : ' '}${tail}`;
  }
  const head = country === 'KG' ? 3 : 2;
  const area = n.slice(0, head);
  const rest = n.slice(head);
  const tail = dash
    ? groups(rest, rest.length === 6 ? [2, 2, 2] : [3, 2, 2]).join('-')
    : groups(rest, rest.length === 6 ? [3, 3] : [3, 2, 2]).join(sep);
  return r.chance(0.25) ? `(${area}) ${tail}` : sep === '' ? area + tail : `${area} ${tail}`;
}

/** A valid phone number written the way people in `region` write it, and its E.164 form. */
function phone(r: Random, region: Country): Piece {
  // Mostly the case's own country; otherwise a neighbour, which people write with its country code.
  const country: Country = r.chance(0.7) ? region : r.pick<Country>(['KZ', 'RU', 'KG', 'TJ', 'TM', 'UZ']);
  const n = nsn(r, country);
  const e164 = '+' + CALLING_CODE[country] + n;
  let raw: string;
  const national = country === region && r.chance(0.55);
  if (national) {
    const body = layoutNsn(r, country, n);
    switch (country) {
      case 'KZ':
      case 'RU':
        raw = r.chance(0.3) ? '8' + n : '8 ' + body;
        break;
      case 'KG':
        raw = r.chance(0.3) ? '0' + n : body.startsWith('(') ? '0 ' + body : '0' + body;
        break;
      case 'TM':
        raw = r.chance(0.3) ? '8' + n : '8 ' + body;
        break;
      default:
        // Tajikistan and Uzbekistan dial the national significant number as it is.
        raw = r.chance(0.2) ? n : body;
    }
  } else if (r.chance(0.2)) {
    raw = '+' + CALLING_CODE[country] + n;
  } else if (country !== 'KZ' && country !== 'RU' && r.chance(0.05)) {
    raw = '00' + CALLING_CODE[country] + ' ' + layoutNsn(r, country, n);
  } else {
    raw = '+' + CALLING_CODE[country] + (r.chance(0.1) ? '' : ' ') + layoutNsn(r, country, n);
  }
  // Copied from a contact card: no-break spaces between the groups.
  if (r.chance(0.05)) raw = raw.replace(/ /g, '\u00a0');
  return one('phone', raw, e164);
}

function phoneDecoy(r: Random): Piece {
  const kind = r.pick(['kz_unassigned', 'plus7_6', 'kz_unassigned_national']);
  const tail = `${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`;
  if (kind === 'kz_unassigned') return decoy('phone', kind, `+7 ${r.pick(['703', '704', '709'])} ${tail}`);
  if (kind === 'plus7_6') return decoy('phone', kind, `+7 6${r.digits(2)} ${tail}`);
  return decoy('phone', kind, `8 (${r.pick(['703', '704'])}) ${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`);
}

// E-mail.
const FIRST_NAMES = [
  'aigerim',
  'nurlan',
  'dias',
  'arman',
  'aliya',
  'zhanna',
  'daniyar',
  'bekzat',
  'timur',
  'olga',
  'sergey',
  'dmitry',
  'anvar',
  'dilnoza',
  'farrukh',
  'rustam',
  'jamshid',
  'azamat',
  'kanat',
  'erlan',
  'madina',
  'saule',
  'gulnara',
  'bakhyt',
  'asel',
  'ivan',
  'elena',
  'nodira',
  'shahzod',
  'aibek',
];
const LAST_NAMES = [
  'nurlanova',
  'petrov',
  'smagulov',
  'akhmetov',
  'ivanova',
  'karimov',
  'yusupova',
  'tashkentov',
  'bekova',
  'omarov',
  'seitkali',
  'abdullaev',
  'sidorov',
  'zhumabay',
  'rakhimov',
];
const MAIL_DOMAINS = [
  'mail.ru',
  'mail.kz',
  'inbox.ru',
  'bk.ru',
  'list.ru',
  'yandex.ru',
  'yandex.kz',
  'gmail.com',
  'outlook.com',
  'icloud.com',
  'inbox.kz',
  'umail.uz',
  'ya.ru',
  'rambler.ru',
  'proton.me',
  'kaspi.kz',
  'halykbank.kz',
  'kazpost.kz',
  'alemtrade.kz',
  'agro-invest.uz',
  'bishkek-auto.kg',
  'tojikiston-trade.tj',
];

function localPart(r: Random): string {
  const first = r.pick(FIRST_NAMES);
  const last = r.pick(LAST_NAMES);
  switch (r.int(7)) {
    case 0:
      return `${first}.${last}`;
    case 1:
      return `${first}_${r.range(70, 99)}`;
    case 2:
      return `${first[0]}.${last}`;
    case 3:
      return `${first}${r.range(1, 2024)}`;
    case 4:
      return r.pick(['info', 'support', 'zakaz', 'kassa', 'buh', 'hr', 'office', 'sales', 'admin', 'manager.almaty']);
    case 5:
      return `${last}.${first}+${r.pick(['shop', 'tg', 'work'])}`;
    default:
      return `${first}-${last}`;
  }
}

function email(r: Random): Piece {
  let local = localPart(r);
  let domain = r.pick(MAIL_DOMAINS);
  if (r.chance(0.03)) {
    local = r.pick(['иван', 'почта', 'айгерим', 'заказ']);
    domain = r.pick(['почта.рф', 'пошта.қаз', 'сайт.рф']);
  }
  const value = `${local.toLowerCase()}@${domainToASCII(domain)}`;
  if (r.chance(0.1)) local = local[0]!.toUpperCase() + local.slice(1);
  if (r.chance(0.04)) {
    // Defanged, as threat reports and forwarded warnings write it.
    const at = r.pick(['(at)', '[@]', '[at]']);
    const dot = r.pick(['[.]', '(.)', '[dot]']);
    return one('email', `${local}${at}${domain.replace(/\.(?=[^.]*$)/, dot)}`, value);
  }
  return one('email', `${local}@${domain}`, value);
}

// Hosts and URLs.
const HOST_WORDS = [
  'kaspi',
  'halyk',
  'bonus',
  'pay',
  'shop',
  'market',
  'invest',
  'crypto',
  'trade',
  'online',
  'service',
  'info',
  'best',
  'win',
  'promo',
  'delivery',
  'post',
  'lucky',
  'prize',
  'bank',
  'secure',
  'login',
  'verify',
  'support',
  'kolesa',
  'krisha',
  'olx',
  'sale',
  'cargo',
  'express',
  'invest',
  'profit',
  'coin',
  'wallet',
  'exchange',
  'alem',
  'tulpar',
  'samruk',
  'astana',
  'almaty',
  'tashkent',
  'bishkek',
  'dushanbe',
];
const TLDS: ReadonlyArray<readonly [string, number]> = [
  ['kz', 30],
  ['ru', 15],
  ['uz', 8],
  ['kg', 4],
  ['tj', 3],
  ['tm', 2],
  ['com', 15],
  ['net', 4],
  ['org', 4],
  ['info', 3],
  ['online', 3],
  ['site', 2],
  ['top', 3],
  ['xyz', 2],
  ['shop', 2],
  ['io', 2],
];
const IDN_HOSTS = ['президент.рф', 'госуслуги.рф', 'бонус-каспи.рф', 'выплаты.рф', 'сайт.қаз', 'бизнес.қаз', 'ұтыс.қаз', 'акция.онлайн'];
const KNOWN_HOSTS = [
  'egov.kz',
  'kaspi.kz',
  'www.olx.kz',
  'kolesa.kz',
  'krisha.kz',
  'my.gov.uz',
  'docs.google.com',
  'drive.google.com',
  'youtu.be',
  'www.instagram.com',
  'vk.com',
  'ok.ru',
  'www.wildberries.ru',
  'ozon.ru',
  'lalafo.kg',
  'somon.tj',
  'olx.uz',
  'ru.wikipedia.org',
  'github.com',
  'binance.com',
];

function hostName(r: Random): string {
  const roll = r.float();
  if (roll < 0.3) return r.pick(KNOWN_HOSTS);
  if (roll < 0.36) return r.pick(IDN_HOSTS);
  const a = r.pick(HOST_WORDS);
  let label = a;
  const style = r.int(4);
  if (style === 1) label = `${a}-${r.pick(HOST_WORDS)}`;
  else if (style === 2) label = `${a}${r.pick(HOST_WORDS)}`;
  else if (style === 3) label = `${a}${r.range(1, 99)}`;
  const sub = r.chance(0.15) ? r.pick(['www.', 'm.', 'my.', 'app.', 'pay.', 'secure.']) : '';
  return sub + label + '.' + r.weighted(TLDS);
}

const PATH_WORDS = [
  'login',
  'auth',
  'bonus',
  'cabinet',
  'pay',
  'order',
  'item',
  'news',
  'promo',
  'verify',
  'd',
  'p',
  'cms',
  'ru',
  'kz',
  'services',
];

function urlTail(r: Random): string {
  let path = '';
  const segments = r.range(1, 3);
  for (let i = 0; i < segments; i++) {
    path +=
      '/' + (r.chance(0.3) ? r.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789', r.range(6, 12)) : r.pick(PATH_WORDS));
  }
  if (r.chance(0.15)) path += '/';
  if (r.chance(0.05)) path += r.pick(['/Алматы', '/акция', '/oʻzbek']);
  if (r.chance(0.3)) path += `?${r.pick(['id', 'ref', 'utm_source', 'p', 'code'])}=${r.chars('abcdef0123456789', r.range(3, 10))}`;
  if (path.includes('?') && r.chance(0.3)) path += `&lang=${r.pick(['ru', 'kk', 'uz', 'en'])}`;
  if (r.chance(0.05)) path += '#' + r.pick(['top', 'form', 'pay']);
  return path;
}

/** A URL as written: the url label (unless it is a bare host) and its host, with the span the host has inside it. */
function urlPiece(raw: string, schemeless: boolean): Piece {
  const refanged = raw.replace(/^hxxp/i, 'http').replace(/\[\.\]|\(\.\)|\[dot\]/g, '.');
  const url = new URL(schemeless ? 'http://' + refanged : refanged);
  const afterScheme = schemeless ? 0 : raw.indexOf('//') + 2;
  let hostEnd = raw.length;
  for (const stop of ['/', '?', '#']) {
    const at = raw.indexOf(stop, afterScheme);
    if (at >= 0 && at < hostEnd) hostEnd = at;
  }
  const hostOnly = schemeless && hostEnd === raw.length;
  const labels: Label[] = [];
  if (!hostOnly) labels.push(['url', url.href, 0]);
  const host = url.hostname;
  if (host.startsWith('[')) labels.push(['ipv6', host.slice(1, -1), afterScheme + 1]);
  else labels.push([/^\d+\.\d+\.\d+\.\d+$/.test(host) ? 'ipv4' : 'domain', host, afterScheme]);
  return { raw, labels };
}

function url(r: Random): Piece {
  const host = hostName(r);
  const tail = urlTail(r);
  const scheme = r.weighted<string>([
    ['https://', 6],
    ['http://', 2],
    ['', 2],
  ]);
  if (scheme === '' && !host.startsWith('www.') && r.chance(0.5)) return urlPiece('www.' + host + tail, true);
  return urlPiece(scheme + host + tail, scheme === '');
}

function defangedUrl(r: Random): Piece {
  const host = hostName(r).replace(/^www\./, '');
  const dotted = host.replace(/\./g, r.pick(['[.]', '[.]', '(.)', '[dot]']));
  return urlPiece(`${r.pick(['hxxp://', 'hxxps://'])}${dotted}${urlTail(r)}`, false);
}

function bareDomain(r: Random): Piece {
  let host = hostName(r);
  if (r.chance(0.15)) host = host.replace(/\./g, '[.]');
  return urlPiece(host, true);
}

// IP addresses.
function publicIpv4(r: Random): number[] {
  for (;;) {
    const o = [r.range(1, 223), r.int(256), r.int(256), r.range(1, 254)];
    if (o[0] === 10 || o[0] === 127 || o[0] === 100 || o[0] === 169 || o[0] === 172 || o[0] === 192 || o[0] === 198 || o[0] === 203)
      continue;
    return o;
  }
}

function ipv4(r: Random): Piece {
  const octets = r.chance(0.8)
    ? publicIpv4(r)
    : r.pick([
        [10, r.int(256), r.int(256), r.range(1, 254)],
        [192, 168, r.int(256), r.range(1, 254)],
        [100, r.range(64, 127), r.int(256), r.range(1, 254)],
      ]);
  const value = octets.join('.');
  if (r.chance(0.08)) return one('ipv4', octets.join('[.]'), value);
  if (r.chance(0.1))
    return urlPiece(`http://${value}${r.chance(0.5) ? ':' + r.pick(['8080', '8443', '3389']) : ''}/${r.pick(PATH_WORDS)}`, false);
  return one('ipv4', value, value);
}

function ipv6(r: Random): Piece {
  const g = [r.pick([0x2a00, 0x2a02, 0x2a03, 0x2001, 0x2604, 0x2a0c, 0x2400]), r.int(0x10000), r.int(0x10000), r.int(0x10000), 0, 0, 0, 0];
  if (g[0] === 0x2001 && g[1]! < 0x200) g[1] = 0x4860;
  const shape = r.int(4);
  if (shape === 0) {
    g[4] = r.int(0x10000);
    g[5] = r.int(0x10000);
    g[6] = r.int(0x10000);
    g[7] = r.int(0x10000);
  } else if (shape === 1) {
    g[7] = r.range(1, 0xffff);
  } else if (shape === 2) {
    g[3] = 0;
    g[6] = r.int(0x10000);
    g[7] = r.range(1, 0xffff);
  } else {
    g[5] = r.range(1, 0xffff);
    g[7] = r.range(1, 0xffff);
  }
  const value = rfc5952(g);
  let raw = value;
  const style = r.int(10);
  if (style === 0) raw = g.map((x) => x.toString(16).padStart(4, '0')).join(':');
  else if (style === 1) raw = value.toUpperCase();
  if (r.chance(0.1)) return urlPiece(`http://[${raw}]:${r.pick(['80', '8080', '443'])}/${r.pick(PATH_WORDS)}`, false);
  return one('ipv6', raw, value);
}

// Cryptocurrency addresses.
function btc(r: Random): Piece {
  const kind = r.weighted<string>([
    ['p2pkh', 4],
    ['p2sh', 2],
    ['p2wpkh', 3],
    ['p2wsh', 1],
    ['p2tr', 2],
  ]);
  let address: string;
  if (kind === 'p2pkh') address = base58Check(0x00, r.bytes(20));
  else if (kind === 'p2sh') address = base58Check(0x05, r.bytes(20));
  else if (kind === 'p2wpkh') address = segwitAddress('bc', 0, r.bytes(20));
  else if (kind === 'p2wsh') address = segwitAddress('bc', 0, r.bytes(32));
  else address = segwitAddress('bc', 1, r.bytes(32));
  const raw = address.startsWith('bc1') && r.chance(0.05) ? address.toUpperCase() : address;
  return one('btc_address', raw, address);
}

function btcDecoy(r: Random): Piece {
  const kind = r.pick(['base58_char', 'bech32_char', 'taproot_bech32_checksum']);
  if (kind === 'base58_char') {
    const good = base58Check(r.chance(0.6) ? 0x00 : 0x05, r.bytes(20));
    return decoy('btc_address', kind, mutate(r, good, 1, BASE58));
  }
  if (kind === 'bech32_char') return decoy('btc_address', kind, mutate(r, segwitAddress('bc', 0, r.bytes(20)), 4, BECH32));
  return decoy('btc_address', kind, segwitAddress('bc', 1, r.bytes(32), true));
}

function ethHex(r: Random): string {
  return toHex(r.bytes(20));
}

function eth(r: Random): Piece {
  const hex = ethHex(r);
  const raw = r.chance(0.75) ? eip55(hex) : '0x' + hex;
  return one('eth_address', raw, '0x' + hex);
}

function ethDecoy(r: Random): Piece {
  if (r.chance(0.25)) return decoy('eth_address', 'tx_hash', '0x' + toHex(r.bytes(32)));
  for (;;) {
    const good = eip55(ethHex(r));
    const letters: number[] = [];
    for (let i = 2; i < good.length; i++) if (/[a-fA-F]/.test(good[i]!)) letters.push(i);
    if (letters.length < 3) continue;
    const at = r.pick(letters);
    const ch = good[at]!;
    const flipped = good.slice(0, at) + (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()) + good.slice(at + 1);
    // Flipping the only letter of one case would leave a single-case address, which EIP-55 accepts unchecksummed.
    if (!/[a-f]/.test(flipped.slice(2)) || !/[A-F]/.test(flipped.slice(2))) continue;
    return decoy('eth_address', 'eip55_case', flipped);
  }
}

function tron(r: Random): Piece {
  const address = base58Check(0x41, r.bytes(20));
  return one('tron_address', address, address);
}

function tronDecoy(r: Random): Piece {
  return decoy('tron_address', 'base58_char', mutate(r, base58Check(0x41, r.bytes(20)), 1, BASE58));
}

// Telegram.
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

function mention(r: Random): Piece {
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
function telegramLink(r: Random): Piece {
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

function tgScheme(r: Random): Piece {
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

// Payment cards and IBANs.
const CARD_PREFIXES = [
  '440043',
  '400303',
  '414948',
  '427638',
  '476173',
  '489049',
  '516949',
  '553691',
  '522223',
  '548601',
  '220070',
  '220220',
  '220015',
  '220138',
];

function cardNumber(r: Random): string {
  const prefix = r.pick(CARD_PREFIXES);
  const body = prefix + r.digits(15 - prefix.length);
  return body + luhnCheckDigit(body);
}

function layoutCard(r: Random, digits: string): string {
  const style = r.int(5);
  if (style < 2) return digits;
  const sep = style === 4 ? '-' : ' ';
  return digits.match(/.{4}/g)!.join(sep);
}

function card(r: Random): Piece {
  const digits = cardNumber(r);
  return one('payment_card', layoutCard(r, digits), digits);
}

function cardDecoy(r: Random): Piece {
  const digits = mutate(r, cardNumber(r), 6, '0123456789');
  return decoy('payment_card', 'luhn', layoutCard(r, digits));
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function ibanValue(r: Random): string {
  switch (
    r.weighted<string>([
      ['KZ', 8],
      ['DE', 1],
      ['GB', 1],
      ['TR', 1],
      ['AE', 1],
      ['GE', 1],
      ['RU', 1],
    ])
  ) {
    case 'KZ':
      return ibanFor(
        'KZ',
        r.pick(['125', '722', '601', '998', '914', '965', '070']) + (r.chance(0.5) ? 'KZT' + r.digits(10) : r.digits(13)),
      );
    case 'DE':
      return ibanFor('DE', r.digits(18));
    case 'GB':
      return ibanFor('GB', r.pick(['NWBK', 'BARC', 'HBUK', 'MIDL']) + r.digits(14));
    case 'TR':
      return ibanFor('TR', r.digits(5) + '0' + r.digits(16));
    case 'AE':
      return ibanFor('AE', r.digits(19));
    case 'GE':
      return ibanFor('GE', r.chars(UPPER, 2) + r.digits(16));
    default:
      return ibanFor('RU', r.digits(29));
  }
}

const paper = (iban: string): string => iban.match(/.{1,4}/g)!.join(' ');

function iban(r: Random): Piece {
  const value = ibanValue(r);
  return one('iban', r.chance(0.4) ? paper(value) : value, value);
}

function ibanDecoy(r: Random): Piece {
  const good = ibanValue(r);
  let at = 4 + r.int(good.length - 4);
  while (!/\d/.test(good[at]!)) at = 4 + r.int(good.length - 4);
  const value = mutate(r, good.slice(0, at + 1), at, '0123456789') + good.slice(at + 1);
  return decoy('iban', 'mod97', r.chance(0.4) ? paper(value) : value);
}

// Decoys that look like numbers, addresses or versions.
const VERSION_WORDS: Record<Lang, string[]> = {
  ru: ['версия', 'версии', 'сборка'],
  kk: ['нұсқа', 'нұсқасы'],
  uz: ['versiya', 'versiyasi'],
  uzc: ['версия', 'версияси'],
  en: ['version', 'Version', 'v', 'build'],
};

function ipDecoy(r: Random, lang: Lang): Piece {
  const kind = r.pick(['leading_zero', 'octet_over_255', 'version_slash', 'version_word', 'user_agent']);
  const o = publicIpv4(r);
  switch (kind) {
    case 'leading_zero':
      return decoy('ipv4', kind, `0${r.range(1, 99)}.${o[1]}.${o[2]}.${o[3]}`);
    case 'octet_over_255':
      return decoy('ipv4', kind, `${r.range(256, 999)}.${o[1]}.${o[2]}.${o[3]}`);
    case 'version_slash':
      return decoy(
        'ipv4',
        kind,
        `${r.pick(['Chrome', 'YaBrowser', 'Edg', 'OPR'])}/${r.range(100, 125)}.0.${r.range(1000, 6999)}.${r.range(10, 250)}`,
      );
    case 'version_word':
      return decoy('ipv4', kind, `${r.pick(VERSION_WORDS[lang])} ${r.range(1, 9)}.${r.int(20)}.${r.int(10)}.${r.range(1, 250)}`);
    default:
      return decoy(
        'ipv4',
        kind,
        `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${r.range(100, 125)}.0.${r.range(1000, 6999)}.${r.range(10, 250)} Safari/537.36`,
      );
  }
}

function numberDecoy(r: Random, lang: Lang): Piece {
  const kind = r.pick(['date', 'datetime', 'amount', 'amount_grouped', 'iin', 'order', 'time', 'mac', 'tx_hash']);
  const dd = String(r.range(1, 28)).padStart(2, '0');
  const mm = String(r.range(1, 12)).padStart(2, '0');
  const yyyy = String(r.range(2019, 2025));
  switch (kind) {
    case 'date':
      return decoy('phone', kind, r.chance(0.5) ? `${dd}.${mm}.${yyyy}` : `${yyyy}-${mm}-${dd}`);
    case 'datetime':
      return decoy('phone', kind, `${dd}.${mm}.${yyyy} ${r.range(0, 23)}:${String(r.int(60)).padStart(2, '0')}`);
    case 'amount':
      return decoy(
        'phone',
        kind,
        `${r.range(1, 999)} ${String(r.int(1000)).padStart(3, '0')} ${r.pick(['тг', '₸', 'тенге', 'руб', '₽', 'сум', 'сом', 'KZT', 'USDT'])}`,
      );
    case 'amount_grouped':
      return decoy('phone', kind, `${r.range(1, 99)} ${String(r.int(1000)).padStart(3, '0')} ${String(r.int(1000)).padStart(3, '0')}`);
    case 'iin':
      return decoy(
        'phone',
        kind,
        `${lang === 'kk' ? 'ЖСН' : lang === 'en' ? 'IIN' : 'ИИН'} ${yyyy.slice(2)}${mm}${dd}${r.pick(['3', '4', '5', '6'])}${r.digits(5)}`,
      );
    case 'order':
      return decoy('phone', kind, `№ ${r.digits(r.range(8, 12))}`);
    case 'time':
      return decoy(
        'ipv6',
        kind,
        `${String(r.range(0, 23)).padStart(2, '0')}:${String(r.int(60)).padStart(2, '0')}:${String(r.int(60)).padStart(2, '0')}`,
      );
    case 'mac':
      return decoy('ipv6', kind, toHex(r.bytes(6)).toUpperCase().match(/../g)!.join(':'));
    default:
      return decoy('tron_address', kind, toHex(r.bytes(32)));
  }
}

function textDecoy(r: Random): Piece {
  const kind = r.pick(['mail_domain', 'file_name', 'file_name', 'short_mention']);
  if (kind === 'mail_domain') return decoy('telegram_username', kind, '@' + r.pick(['mail.ru', 'gmail.com', 'inbox.kz', 'yandex.ru']));
  if (kind === 'short_mention') return decoy('telegram_username', kind, '@' + r.pick(['a', 'ab', 'abc']));
  return decoy(
    'domain',
    kind,
    r.pick(['скан_паспорта', 'договор_2024', 'IMG_' + r.digits(4), 'report', 'выписка', 'app-release', 'photo_' + r.digits(3), 'чек']) +
      '.' +
      r.pick(['pdf', 'docx', 'jpg', 'jpeg', 'png', 'xlsx', 'zip', 'rar', 'apk', 'mp4', 'heic']),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Language: filler sentences (checked free of entities) and carrier phrases in which `{}` is the entity.

type Lang = 'ru' | 'kk' | 'uz' | 'uzc' | 'en';

const PEOPLE: Record<Lang, string[]> = {
  ru: ['Айгерим', 'Нурлан', 'Дмитрий', 'Ольга', 'Серёжа', 'Данияр', 'Мадина', 'Арман', 'Лена', 'Тимур'],
  kk: ['Айгерім', 'Нұрлан', 'Дәулет', 'Сәуле', 'Ерлан', 'Гүлнар', 'Бақыт', 'Әсел', 'Қанат', 'Жанар'],
  uz: ['Dilnoza', 'Farruh', 'Shahzod', 'Nodira', 'Jamshid', 'Gʻayrat', 'Oʻktam', 'Anvar', 'Malika', 'Sardor'],
  uzc: ['Дилноза', 'Фаррух', 'Шаҳзод', 'Нодира', 'Жамшид', 'Ғайрат', 'Ўктам', 'Анвар', 'Малика', 'Сардор'],
  en: ['John', 'Anna', 'Mike', 'Sarah', 'Alex', 'Kate', 'David', 'Emma', 'Tom', 'Lisa'],
};

const FILLER: Record<Lang, string[]> = {
  ru: [
    'Привет, как дела?',
    'Завтра встретимся у входа в торговый центр, не опаздывай.',
    'Я уже на месте, жду тебя возле кассы.',
    'Деньги перевёл, проверь пожалуйста.',
    'Слушай, а ты документы отправил или ещё нет?',
    'Всё, договорились, до связи.',
    'Не могу сейчас говорить, напиши позже.',
    'Посылку забрали вчера вечером, курьер сказал что всё в порядке.',
    'Он опять не берёт трубку, уже третий раз звоню.',
    'Скинь фотки паспорта с двух сторон, нужно для оформления.',
    'Короче, схема такая: ты заходишь, я жду в машине.',
    'Никому не говори про это, понял?',
    'Сколько можно ждать? Уже час прошёл!',
    'Мама просила купить хлеб и молоко по дороге домой.',
    'Спасибо большое, всё получил 👍',
    'В пятницу будет собрание, явка обязательна.',
    'Ставки приняты, результаты будут вечером.',
    'Ваш аккаунт временно заблокирован из-за подозрительной активности.',
    'Поздравляем! Вы выиграли приз, осталось подтвердить данные.',
    'Проверь почту, там всё написано.',
    'Хорошо, я понял. Сделаю как скажешь.',
    'Удали эту переписку после прочтения.',
    'Завтра еду в Алматы, вернусь в воскресенье.',
    'Машину поставил во дворе, ключи у соседа.',
    'Это последний раз, больше не буду просить.',
    'Ну что там, получилось?',
    'Созвонимся вечером, обсудим детали 😉',
    'Курс сегодня хороший, можно менять.',
    'Пусть сначала оплатит, потом отправим товар.',
    'Работаем только по предоплате.',
  ],
  kk: [
    'Сәлеметсіз бе, ертең кездесуге келесіз бе?',
    'Ақшаны аударып жібердім, тексеріп көріңізші.',
    'Құжаттарды бүгін кешке дейін жіберемін.',
    'Жақсы, түсіндім. Рақмет үлкен!',
    'Қазір жұмыста отырмын, кейінірек жазамын.',
    'Балалар үйде ме? Әкем сұрап жатыр.',
    'Өтінемін, ешкімге айтпаңыз бұл туралы.',
    'Жиһаз дүкенінің жанында күтемін.',
    'Ұялы телефоныңызды өшірмеңіз.',
    'Бүгін ауа райы жақсы, серуендеп қайтайық.',
    'Кешіріңіз, кешігіп қалдым, көлік кептелісі.',
    'Тапсырыс қабылданды, жеткізу екі күнде.',
    'Сіздің шотыңыз уақытша бұғатталды.',
    'Ертең таңертең Астанаға ұшамын.',
    'Бәрі дұрыс па? Хабарласыңыз.',
    'Құттықтаймыз! Сіз сыйлық ұтып алдыңыз.',
    'Шаһарда жаңа дүкен ашылыпты, барып көрейік.',
    'Төлем өтті ме, тексеріп жіберші.',
    'Әзірге ештеңе белгісіз, күте тұрайық.',
    'Үйге келгенде қоңырау шал.',
  ],
  uz: [
    'Assalomu alaykum, ertaga uchrashamizmi?',
    'Pulni oʻtkazdim, tekshirib koʻring.',
    'Hujjatlarni bugun kechgacha yuboraman.',
    'Yaxshi, tushundim. Katta rahmat!',
    'Hozir ishdaman, keyinroq yozaman.',
    'Iltimos, bu haqda hech kimga aytmang.',
    'Bugun havo yaxshi, sayr qilib kelaylik.',
    'Kechirasiz, kechikib qoldim, yoʻlda tirbandlik.',
    'Buyurtma qabul qilindi, yetkazib berish ikki kunda.',
    'Gʻaznachilik boʻlimiga murojaat qiling.',
    'Oʻzbekiston boʻylab yetkazib beramiz.',
    "Sizning hisobingiz vaqtincha bloklandi, ma'lumotlarni tasdiqlang.",
    "Tabriklaymiz! Siz sovg'a yutib oldingiz.",
    "Ertaga ertalab Toshkentga uchaman, o'zim qo'ng'iroq qilaman.",
    'Toʻlov oʻtdimi, tekshirib yuboring.',
    'Uyga kelganda qoʻngʻiroq qil.',
    'Hammasi joyidami? Xabar bering.',
    'Faqat oldindan toʻlov bilan ishlaymiz.',
  ],
  uzc: [
    'Ассалому алайкум, эртага учрашамизми?',
    'Пулни ўтказдим, текшириб кўринг.',
    'Ҳужжатларни бугун кечгача юбораман.',
    'Яхши, тушундим. Катта раҳмат!',
    'Ҳозир ишдаман, кейинроқ ёзаман.',
    'Илтимос, бу ҳақда ҳеч кимга айтманг.',
    'Буюртма қабул қилинди, етказиб бериш икки кунда.',
    'Тўлов ўтдими, текшириб юборинг.',
    'Ҳаммаси жойидами? Хабар беринг.',
    'Ғазначилик бўлимига мурожаат қилинг.',
  ],
  en: [
    'Hi, how are you doing?',
    'Can you send me the documents tomorrow morning?',
    'I am already here, waiting near the entrance.',
    'Money sent, please check.',
    'Thanks a lot, got everything 👍',
    'Please delete this chat after reading.',
    'Your account has been temporarily suspended due to unusual activity.',
    'Congratulations! You have won a prize, just confirm your details.',
    'We only work with prepayment.',
    'Let me know when the parcel arrives.',
    'The meeting is moved to Friday afternoon.',
    'Do not tell anyone about this, ok?',
    'Call me back when you are free.',
    'Rates are good today, we can exchange.',
    'Guaranteed profit of 30% per month, limited offer!',
  ],
};

const CARRIERS: Record<string, Partial<Record<Lang, string[]>>> = {
  phone: {
    ru: [
      'Мой номер {}',
      'звони на {}',
      'Тел.: {}',
      'тел {}',
      'Номер продавца {}.',
      'Позвони по номеру {} после шести',
      'WhatsApp: {}',
      'Контакт: {} (Айгерим)',
      'Это его номер — {}',
      'если что, вот запасной {}',
    ],
    kk: ['Менің нөмірім {}', 'Осы нөмірге хабарласыңыз: {}', 'Тел.: {}', 'Ватсапқа жазыңыз {}', 'Нөмірі {}, кешке қоңырау шал'],
    uz: ['Mening raqamim {}', 'Shu raqamga qoʻngʻiroq qiling: {}', 'Tel: {}', 'Telegramdagi raqami {}'],
    uzc: ['Менинг рақамим {}', 'Шу рақамга қўнғироқ қилинг: {}', 'Тел: {}'],
    en: ['My number is {}', 'Call me on {}', 'Phone: {}', 'WhatsApp {}'],
  },
  email: {
    ru: ['Пиши на почту {}', 'Почта: {}', 'мой email {}', 'Отправьте документы на {}.', 'E-mail: {}', 'ответь на {}, там быстрее'],
    kk: ['Поштама жазыңыз: {}', 'Электрондық пошта: {}', 'Хат жіберіңіз {}'],
    uz: ['Pochtamga yozing: {}', 'E-mail: {}', 'Hujjatlarni {} manziliga yuboring.'],
    uzc: ['Почтамга ёзинг: {}', 'E-mail: {}'],
    en: ['Email me at {}', 'Contact: {}', 'Send the files to {}.'],
  },
  url: {
    ru: [
      'Вот ссылка: {}',
      'Посмотри {}',
      'Оплата по ссылке {}',
      'Заходи на {} и вводи данные',
      'Подробнее: {}',
      'Инструкция тут ({})',
      'ссылка «{}»',
    ],
    kk: ['Сілтеме: {}', 'Мына жерден қараңыз {}', 'Толығырақ: {}'],
    uz: ['Havola: {}', 'Mana bu yerdan koʻring {}', 'Batafsil: {}'],
    uzc: ['Ҳавола: {}', 'Батафсил: {}'],
    en: ['Check this out: {}', 'Link: {}', 'Pay here {}', 'More info at {}.'],
  },
  defanged: {
    ru: ['Фишинговая ссылка: {}', 'Не открывайте {} — это мошенники.', 'IOC: {}'],
    en: ['Phishing link: {}', 'Do not open {}, it is a scam.', 'IOC: {}'],
    kk: ['Алаяқтардың сілтемесі: {}'],
    uz: ['Firibgarlar havolasi: {}'],
  },
  domain: {
    ru: ['Сайт {}', 'зайди на {}', 'это фейковый сайт {}, не верь', 'Домен {} зарегистрирован неделю назад.'],
    kk: ['Сайт: {}', 'Мына сайтқа кір {}'],
    uz: ['Sayt: {}', 'Mana bu saytga kiring {}'],
    uzc: ['Сайт: {}'],
    en: ['Website: {}', 'go to {}', 'The domain {} was registered last week.'],
  },
  ipv4: {
    ru: ['Вход выполнен с IP {}', 'сервер {}', 'подключение с адреса {}', 'IP-адрес: {}.'],
    kk: ['IP мекенжайы: {}'],
    uz: ['IP manzil: {}'],
    en: ['Login from IP {}', 'server at {}', 'Source address: {}.'],
  },
  ipv6: {
    ru: ['IPv6: {}', 'вход с адреса {}'],
    en: ['IPv6 address {}', 'Login from {}'],
  },
  btc: {
    ru: ['Мой BTC адрес {}', 'Биткоин кошелёк: {}', 'Отправь 0.05 BTC на {}', 'BTC: {}'],
    kk: ['Биткоин әмиян: {}'],
    uz: ['Bitcoin hamyon: {}'],
    en: ['Send 0.01 BTC to {}', 'BTC wallet: {}', 'bitcoin:{}'],
  },
  eth: {
    ru: ['ETH (ERC20): {}', 'Кошелёк в сети BSC {}', 'Переводи на {}'],
    kk: ['ERC20 әмиян: {}'],
    uz: ['ERC20 hamyon: {}'],
    en: ['ETH: {}', 'Send USDT (ERC20) to {}'],
  },
  tron: {
    ru: ['Кошелёк USDT TRC20: {}', 'Переведи на {} срочно', 'USDT (TRC20) {}', 'Адрес для оплаты: {}'],
    kk: ['USDT TRC20 әмиян: {}', 'Осы әмиянға аудар {}'],
    uz: ['USDT TRC20 hamyon: {}', 'Shu hamyonga oʻtkazing {}'],
    uzc: ['USDT TRC20 ҳамён: {}'],
    en: ['USDT TRC20 wallet: {}', 'Pay to {}'],
  },
  mention: {
    ru: ['Пиши {}', 'Канал {}', 'Админ {} ответит', 'Бот {} выдаёт ссылки', 'по всем вопросам к {}'],
    kk: ['Жазыңыз {}', 'Арна {}', 'Админ {}'],
    uz: ['Yozing {}', 'Kanal {}', 'Admin {}'],
    uzc: ['Ёзинг {}', 'Канал {}'],
    en: ['DM {}', 'Channel {}', 'Contact admin {}'],
  },
  tglink: {
    ru: ['Вступай {}', 'Канал тут: {}', 'Группа: {}', 'Переходи {} и жми старт'],
    kk: ['Арнаға қосылыңыз {}', 'Топ: {}'],
    uz: ['Kanalga qoʻshiling {}', 'Guruh: {}'],
    uzc: ['Каналга қўшилинг {}'],
    en: ['Join {}', 'Channel: {}', 'Group link {}'],
  },
  card: {
    ru: ['Карта {}', 'Скинь на Kaspi {}', 'Номер карты: {}', 'Карта Халык {}, получатель Айгерим Н.', 'переводи на {}'],
    kk: ['Карта нөмірі: {}', 'Осы картаға аудар {}'],
    uz: ['Karta raqami: {}', 'Shu kartaga oʻtkazing {}'],
    uzc: ['Карта рақами: {}'],
    en: ['Card number {}', 'Pay to card {}'],
  },
  iban: {
    ru: ['IBAN: {}', 'Счёт {}', 'ИИК {} в АО «Kaspi Bank»', 'Реквизиты: {}'],
    kk: ['ЖСК: {}', 'Шот нөмірі {}'],
    uz: ['IBAN: {}'],
    en: ['IBAN {}', 'Account: {}'],
  },
  decoy_number: {
    ru: ['Встреча {}', 'Перевёл {}', 'Сумма: {}', 'Данные клиента: {}', 'Заказ {}', 'Дата: {}'],
    kk: ['Кездесу {}', 'Сомасы: {}', 'Тапсырыс {}'],
    uz: ['Uchrashuv {}', 'Summa: {}', 'Buyurtma {}'],
    uzc: ['Учрашув {}', 'Сумма: {}'],
    en: ['Meeting {}', 'Amount: {}', 'Order {}'],
  },
  decoy_ip: {
    ru: ['Браузер: {}', 'Версия: {}', 'Лог: {}', 'Строка из лога: {}'],
    en: ['Browser: {}', 'Build {}', 'Log line: {}'],
    kk: ['Браузер: {}'],
    uz: ['Brauzer: {}'],
  },
  decoy_text: {
    ru: ['Файл {}', 'Смотри вложение {}', 'ящик у него на {}', 'Отправил {}'],
    kk: ['Файл {}'],
    uz: ['Fayl {}'],
    en: ['Attached {}', 'See file {}'],
  },
  decoy_wallet: {
    ru: ['Кошелёк: {}', 'Переведи на {}', 'Адрес: {}'],
    kk: ['Әмиян: {}'],
    uz: ['Hamyon: {}'],
    en: ['Wallet: {}', 'Send to {}'],
  },
  decoy_card: {
    ru: ['Карта {}', 'Реквизиты: {}', 'Счёт {}'],
    kk: ['Карта: {}'],
    uz: ['Karta: {}'],
    en: ['Card {}', 'Account {}'],
  },
  decoy_phone: {
    ru: ['Звони {}', 'Тел.: {}'],
    kk: ['Нөмір: {}'],
    uz: ['Tel: {}'],
    en: ['Call {}'],
  },
};

type Category = keyof typeof CARRIERS;

const ENTITY_MAKERS: ReadonlyArray<readonly [Category, (r: Random, region: Country) => Piece, number]> = [
  ['phone', phone, 16],
  ['email', email, 10],
  ['url', url, 12],
  ['defanged', defangedUrl, 1],
  ['domain', bareDomain, 4],
  ['ipv4', ipv4, 4],
  ['ipv6', ipv6, 2],
  ['btc', btc, 4],
  ['eth', eth, 4],
  ['tron', tron, 5],
  ['mention', mention, 7],
  ['tglink', (r) => (r.chance(0.93) ? telegramLink(r) : tgScheme(r)), 7],
  ['card', card, 5],
  ['iban', iban, 3],
];

const DECOY_MAKERS: ReadonlyArray<readonly [Category, (r: Random, lang: Lang) => Piece, number]> = [
  ['decoy_number', numberDecoy, 10],
  ['decoy_ip', ipDecoy, 4],
  ['decoy_text', textDecoy, 3],
  ['decoy_wallet', btcDecoy, 2],
  ['decoy_wallet', ethDecoy, 2],
  ['decoy_wallet', tronDecoy, 2],
  ['decoy_card', cardDecoy, 2],
  ['decoy_card', ibanDecoy, 2],
  ['decoy_phone', phoneDecoy, 2],
];

// ---------------------------------------------------------------------------------------------------------------
// Documents.

class DocumentBuilder {
  private parts: string[] = [];
  length = 0;
  readonly labels: Label[] = [];
  readonly decoys: Decoy[] = [];

  text(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  piece(p: Piece): void {
    for (const [type, value, at] of p.labels) this.labels.push([type, value, this.length + at]);
    if (p.decoy) this.decoys.push([p.decoy.type, p.raw, this.length, p.decoy.kind]);
    this.text(p.raw);
  }

  /** A carrier phrase with the piece in place of `{}`. */
  carried(template: string, p: Piece): void {
    const at = template.indexOf('{}');
    this.text(template.slice(0, at));
    this.piece(p);
    this.text(template.slice(at + 2));
  }

  build(): string {
    return this.parts.join('');
  }
}

const LANGS_BY_REGION: Record<Country, ReadonlyArray<readonly [Lang, number]>> = {
  KZ: [
    ['ru', 55],
    ['kk', 35],
    ['en', 10],
  ],
  UZ: [
    ['uz', 50],
    ['uzc', 20],
    ['ru', 25],
    ['en', 5],
  ],
  KG: [
    ['ru', 85],
    ['en', 15],
  ],
  TJ: [
    ['ru', 85],
    ['en', 15],
  ],
  TM: [
    ['ru', 85],
    ['en', 15],
  ],
  RU: [
    ['ru', 90],
    ['en', 10],
  ],
};

const REGIONS: ReadonlyArray<readonly [Country, number]> = [
  ['KZ', 45],
  ['UZ', 20],
  ['KG', 12],
  ['TJ', 8],
  ['TM', 5],
  ['RU', 10],
];

function carrier(r: Random, category: Category, lang: Lang): string {
  const byLang = CARRIERS[category]!;
  return r.pick(byLang[lang] ?? byLang['ru'] ?? byLang['en']!);
}

/** A filler sentence, sometimes with the invisible characters and decompositions that copy-paste brings. */
function filler(r: Random, lang: Lang): string {
  let s = r.pick(FILLER[lang]);
  if (r.chance(0.08)) s = r.pick(PEOPLE[lang]) + ', ' + s[0]!.toLowerCase() + s.slice(1);
  const roll = r.float();
  if (roll < 0.01) s = s.replace(' ', '\u200b ');
  else if (roll < 0.02) s = s.replace(' ', '\u00a0');
  else if (roll < 0.025) s = s.replace(/й/, 'и\u0306');
  return s;
}

function chooseLang(r: Random, region: Country): Lang {
  return r.weighted(LANGS_BY_REGION[region]);
}

const SEPARATORS = [' ', ' ', ' ', '\n', ' ', '  '];

function entitySegment(r: Random, b: DocumentBuilder, lang: Lang, region: Country): void {
  const [category, make] = r.weighted(ENTITY_MAKERS.map((m) => [m, m[2]] as const));
  b.carried(carrier(r, category, lang), make(r, region));
}

function decoySegment(r: Random, b: DocumentBuilder, lang: Lang): void {
  const [category, make] = r.weighted(DECOY_MAKERS.map((m) => [m, m[2]] as const));
  b.carried(carrier(r, category, lang), make(r, lang));
}

// How often a chat segment or an e-mail sentence carries an entity or a decoy. Most messages carry neither; the
// dense messages (payment details, contact lists, forwarded warnings) carry one a line, and bench/extract reports
// throughput for each kind.
const CHAT_ENTITY = 0.07;
const CHAT_DECOY = 0.04;
const EMAIL_ENTITY = 0.05;
const EMAIL_DECOY = 0.03;

/** Two sentences typed without the space after the full stop ("ok.Do not…"): the join is no host name. */
function joinedSentences(r: Random, b: DocumentBuilder, lang: Lang): void {
  let first = filler(r, lang);
  while (!first.endsWith('.')) first = filler(r, lang);
  b.piece(decoy('domain', 'no_space_after_period', first + filler(r, lang)));
}

function chatMessage(r: Random, b: DocumentBuilder, region: Country): void {
  const lang = chooseLang(r, region);
  const segments = r.range(1, 4);
  for (let i = 0; i < segments; i++) {
    if (i > 0) b.text(r.pick(SEPARATORS));
    // Code-switching: a Kazakh or Uzbek chat drops into Russian and back.
    const l = r.chance(0.12) ? chooseLang(r, region) : lang;
    const roll = r.float();
    if (roll < CHAT_ENTITY) entitySegment(r, b, l, region);
    else if (roll < CHAT_ENTITY + CHAT_DECOY) decoySegment(r, b, l);
    else if (roll < CHAT_ENTITY + CHAT_DECOY + 0.01) joinedSentences(r, b, l);
    else b.text(filler(r, l));
  }
}

const GREETINGS: Record<Lang, string[]> = {
  ru: ['Добрый день!', 'Здравствуйте, {}!', 'Уважаемый {},', 'Коллеги, добрый день.'],
  kk: ['Қайырлы күн!', 'Сәлеметсіз бе, {}!', 'Құрметті {},'],
  uz: ['Assalomu alaykum!', 'Hurmatli {},', 'Xayrli kun!'],
  uzc: ['Ассалому алайкум!', 'Ҳурматли {},'],
  en: ['Hello {},', 'Dear {},', 'Good afternoon,'],
};
const CLOSINGS: Record<Lang, string[]> = {
  ru: ['С уважением,', 'Спасибо,', 'Всего доброго,'],
  kk: ['Құрметпен,', 'Рақмет,'],
  uz: ['Hurmat bilan,', 'Rahmat,'],
  uzc: ['Ҳурмат билан,'],
  en: ['Best regards,', 'Thanks,', 'Kind regards,'],
};
const COMPANIES = ['ТОО «Алем Трейд»', 'АО «Казпочта»', 'ИП Нурланова', 'OOO «Agro Invest»', 'ОсОО «Бишкек Авто»', 'Tulpar Logistics LLP'];

function emailBody(r: Random, b: DocumentBuilder, region: Country): void {
  const lang = chooseLang(r, region);
  b.text(r.pick(GREETINGS[lang]).replace('{}', r.pick(PEOPLE[lang])) + '\n\n');
  const paragraphs = r.range(1, 4);
  for (let p = 0; p < paragraphs; p++) {
    const sentences = r.range(2, 6);
    for (let s = 0; s < sentences; s++) {
      if (s > 0) b.text(' ');
      const roll = r.float();
      if (roll < EMAIL_ENTITY) entitySegment(r, b, lang, region);
      else if (roll < EMAIL_ENTITY + EMAIL_DECOY) decoySegment(r, b, lang);
      else b.text(filler(r, lang));
    }
    b.text('\n\n');
  }
  b.text(r.pick(CLOSINGS[lang]) + '\n' + r.pick(PEOPLE[lang]) + '\n');
  if (r.chance(0.6)) {
    b.text(r.pick(COMPANIES) + '\n');
    const signature: Array<[string, () => Piece]> = [
      ['тел.: {}\n', () => phone(r, region)],
      ['e-mail: {}\n', () => email(r)],
      ['{}\n', () => url(r)],
    ];
    for (const [template, make] of signature) if (r.chance(0.6)) b.carried(template, make());
  }
}

const DENSE_HEADERS: Record<Lang, string[]> = {
  ru: ['Реквизиты для оплаты:', 'Контакты:', 'Пересланное сообщение:', 'Внимание, мошенники! Не переводите:', 'Все данные тут:'],
  kk: ['Төлем деректемелері:', 'Байланыс:', 'Назар аударыңыз, алаяқтар:'],
  uz: ["To'lov rekvizitlari:", 'Kontaktlar:', 'Diqqat, firibgarlar:'],
  uzc: ['Тўлов реквизитлари:', 'Контактлар:'],
  en: ['Payment details:', 'Contacts:', 'Forwarded message:', 'Scam warning, do not pay:'],
};

/** A message that lists identifiers one a line: payment details, a contact list, a forwarded scam warning. */
function denseMessage(r: Random, b: DocumentBuilder, region: Country): void {
  const lang = chooseLang(r, region);
  b.text(r.pick(DENSE_HEADERS[lang]) + '\n');
  const lines = r.range(2, 6);
  for (let i = 0; i < lines; i++) {
    b.text(r.pick(['— ', '- ', `${i + 1}) `, '• ']));
    if (r.chance(0.75)) entitySegment(r, b, lang, region);
    else decoySegment(r, b, lang);
    b.text(r.chance(0.5) ? ';\n' : '\n');
  }
  if (r.chance(0.5)) b.text(filler(r, lang));
}

/** One document: its text and labels. */
export function makeDocument(r: Random): { text: string; labels: DocumentLabels } {
  const region = r.weighted(REGIONS);
  const b = new DocumentBuilder();
  const kind = r.weighted<DocumentKind>([
    ['chat', 80],
    ['email', 12],
    ['dense', 8],
  ]);
  if (kind === 'chat') chatMessage(r, b, region);
  else if (kind === 'email') emailBody(r, b, region);
  else denseMessage(r, b, region);
  return { text: b.build(), labels: { region, kind, labels: b.labels, decoys: b.decoys } };
}

// ---------------------------------------------------------------------------------------------------------------
// Files.

async function write(out: WriteStream, s: string): Promise<void> {
  if (!out.write(s)) await once(out, 'drain');
}

/**
 * Writes `mb` megabytes (UTF-8 bytes of document text) of documents to `dir`, or reuses them when a complete corpus
 * of the same version, seed and size is there already.
 */
export async function ensureExtractCorpus(dir: string, mb: number, seed = 20261128): Promise<CorpusInfo> {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `extract-v${CORPUS_VERSION}-s${seed}-${mb}mb`);
  const infoPath = `${base}.json`;
  if (existsSync(infoPath)) return JSON.parse(readFileSync(infoPath, 'utf8')) as CorpusInfo;
  const textPath = `${base}.txt`;
  const labelsPath = `${base}.labels.jsonl`;
  const text = createWriteStream(`${textPath}.partial`);
  const labels = createWriteStream(`${labelsPath}.partial`);
  const r = new Random(seed);
  const target = mb * 1e6;
  let textBytes = 0;
  let documents = 0;
  let labelCount = 0;
  let decoyCount = 0;
  let textBuffer: string[] = [];
  let labelBuffer: string[] = [];
  while (textBytes < target) {
    const doc = makeDocument(r);
    textBytes += Buffer.byteLength(doc.text);
    documents++;
    labelCount += doc.labels.labels.length;
    decoyCount += doc.labels.decoys.length;
    textBuffer.push(doc.text, DOCUMENT_SEPARATOR);
    labelBuffer.push(JSON.stringify(doc.labels), '\n');
    if (textBuffer.length >= 20_000) {
      await write(text, textBuffer.join(''));
      await write(labels, labelBuffer.join(''));
      textBuffer = [];
      labelBuffer = [];
    }
  }
  text.end(textBuffer.join(''));
  labels.end(labelBuffer.join(''));
  await Promise.all([once(text, 'finish'), once(labels, 'finish')]);
  renameSync(`${textPath}.partial`, textPath);
  renameSync(`${labelsPath}.partial`, labelsPath);
  const info: CorpusInfo = {
    version: CORPUS_VERSION,
    seed,
    textPath,
    labelsPath,
    documents,
    textBytes,
    labels: labelCount,
    decoys: decoyCount,
  };
  writeFileSync(infoPath, JSON.stringify(info, null, 2));
  return info;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const info = await ensureExtractCorpus(option('out') ?? '/tmp/tamga-bench-extract', Number(option('mb') ?? 200));
  console.log(JSON.stringify(info, null, 2));
}
