// URLs and bare host names for the bench/extract corpus: with or without scheme, defanged (hxxp, [.]) or IDN; each
// labelled with its url (unless it is a bare host) and the host it names, at the host's offset inside it.
import { type Label, type Piece } from './piece';
import { type Random } from './random';
import { HOST_WORDS, PATH_WORDS } from './words';

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
export function urlPiece(raw: string, schemeless: boolean): Piece {
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

export function url(r: Random): Piece {
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

export function defangedUrl(r: Random): Piece {
  const host = hostName(r).replace(/^www\./, '');
  const dotted = host.replace(/\./g, r.pick(['[.]', '[.]', '(.)', '[dot]']));
  return urlPiece(`${r.pick(['hxxp://', 'hxxps://'])}${dotted}${urlTail(r)}`, false);
}

export function bareDomain(r: Random): Piece {
  let host = hostName(r);
  if (r.chance(0.15)) host = host.replace(/\./g, '[.]');
  return urlPiece(host, true);
}
