// People of the bench/search corpus: names in each language with their Telegram, WhatsApp, e-mail accounts and
// phone number, so that documents carry the actors and accounts the analysis job indexes.
import { type Rng } from './rng';
import { type Language } from './vocabulary';

const NAMES: Record<Language, { first: string[]; last: string[] }> = {
  ru: {
    first: ['Дмитрий', 'Сергей', 'Ольга', 'Елена', 'Андрей', 'Максим', 'Наталья', 'Ирина', 'Тимур', 'Руслан', 'Артём', 'Виктория'],
    last: ['Иванов', 'Петрова', 'Смирнов', 'Ким', 'Ли', 'Кузнецов', 'Попова', 'Волков', 'Соколова', 'Морозов'],
  },
  kk: {
    first: ['Айгерим', 'Асель', 'Данияр', 'Ерлан', 'Нурлан', 'Алия', 'Мадина', 'Арман', 'Бауыржан', 'Жанна', 'Әсет', 'Гүлнұр'],
    last: ['Сейткали', 'Ахметов', 'Нурланова', 'Жұмабаев', 'Қасымов', 'Оспанов', 'Әбдірахманов', 'Төлегенова', 'Сәрсенбаев'],
  },
  uz: {
    first: ['Jasur', 'Dilshod', 'Sardor', 'Nodira', 'Gulnora', 'Shahzod', 'Oybek', 'Malika', 'Bekzod', 'Ziyoda', 'Oʻlmas'],
    last: ['Karimov', 'Rahimova', 'Toshmatov', 'Yusupov', 'Aliyeva', 'Qodirov', 'Saidov', 'Gʻulomov', 'Ergasheva'],
  },
  uzc: {
    first: ['Жасур', 'Дилшод', 'Сардор', 'Нодира', 'Гулнора', 'Шаҳзод', 'Ойбек', 'Малика', 'Бекзод', 'Зиёда', 'Ўлмас'],
    last: ['Каримов', 'Раҳимова', 'Тошматов', 'Юсупов', 'Алиева', 'Қодиров', 'Саидов', 'Ғуломов', 'Эргашева'],
  },
  en: {
    first: ['John', 'Michael', 'Anna', 'David', 'Sarah', 'Alex', 'Emma', 'Daniel', 'Kevin', 'Laura'],
    last: ['Smith', 'Brown', 'Lee', 'Miller', 'Wilson', 'Chen', 'Taylor', 'Walker', 'Young'],
  },
};

const TRANSLIT: Record<string, string> = Object.fromEntries(
  (
    'а a б b в v г g д d е e ё yo ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ sch ' +
    'ъ _ ы y ь _ э e ю yu я ya ә a ғ g қ q ң n ө o ұ u ү u һ h і i ў o ҳ h ʻ _'
  )
    .split(' ')
    .reduce<Array<[string, string]>>((pairs, _, i, all) => (i % 2 === 0 ? [...pairs, [all[i]!, all[i + 1]!.replace('_', '')]] : pairs), []),
);

export function latin(name: string): string {
  return [...name.toLowerCase()].map((c) => TRANSLIT[c] ?? c).join('');
}

export interface Person {
  name: string;
  lang: Language;
  telegram: string;
  whatsapp: string;
  email: string;
  phone: string;
}

const MAIL_DOMAINS = ['mail.kz', 'mail.ru', 'gmail.com', 'inbox.uz', 'yandex.kz', 'bk.ru', 'outlook.com'];

export function phoneFor(rng: Rng, lang: Language): string {
  if (lang === 'uz' || lang === 'uzc') return `+998${rng.pick(['90', '91', '93', '94', '97', '99'])}${rng.digits(7)}`;
  if (lang === 'en' && rng.chance(0.5)) return `+44${rng.pick(['74', '75', '77', '79'])}${rng.digits(8)}`;
  return `+7${rng.pick(['701', '702', '705', '707', '747', '771', '775', '777', '778'])}${rng.digits(7)}`;
}

export function person(rng: Rng, lang: Language): Person {
  const { first, last } = NAMES[lang];
  const f = rng.pick(first);
  const l = rng.pick(last);
  const handle = `${latin(f)}.${latin(l)}${rng.int(100)}`;
  return {
    name: `${f} ${l}`,
    lang,
    telegram: `telegram:user${1_000_000_000 + rng.int(8_999_999_999)}`,
    whatsapp: `whatsapp:${phoneFor(rng, lang)}`,
    email: `email:${handle}@${rng.pick(MAIL_DOMAINS)}`,
    phone: phoneFor(rng, lang),
  };
}
