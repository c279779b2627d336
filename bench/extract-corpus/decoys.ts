// Decoys for the bench/extract corpus that look like entities and are none: dates, amounts, IINs, order numbers,
// times, MAC addresses, hashes, version strings, file names, mail domains after an @. Each records the type it
// imitates and its kind, so that bench/extract can report which near misses the extractor takes.
import { type Lang } from './filler';
import { toHex } from './identifier-encoders';
import { publicIpv4 } from './ip-address';
import { decoy, type Piece } from './piece';
import { type Random } from './random';

const VERSION_WORDS: Record<Lang, string[]> = {
  ru: ['версия', 'версии', 'сборка'],
  kk: ['нұсқа', 'нұсқасы'],
  uz: ['versiya', 'versiyasi'],
  uzc: ['версия', 'версияси'],
  en: ['version', 'Version', 'v', 'build'],
};

export function ipDecoy(r: Random, lang: Lang): Piece {
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

export function numberDecoy(r: Random, lang: Lang): Piece {
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

export function textDecoy(r: Random): Piece {
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
