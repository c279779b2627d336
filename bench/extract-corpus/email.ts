// E-mail addresses for the bench/extract corpus: names and role words at regional and global mail domains, some IDN
// or defanged, labelled as the extractor normalises them (lower case, punycode host).
import { domainToASCII } from 'node:url';
import { one, type Piece } from './piece';
import { type Random } from './random';
import { FIRST_NAMES } from './words';

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

export function email(r: Random): Piece {
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
