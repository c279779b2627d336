// The corpus for bench/search: artefact documents as the analysis job indexes them (text, then each actor's name
// and account; accounts and entity keys beside), generated from a seed so every run indexes the same bytes.
// Chat messages and e-mails in Russian, Kazakh, Uzbek (Latin and Cyrillic) and English; words drawn from a
// Zipf-Mandelbrot distribution over a vocabulary of real words (the head) and made-up ones (the long tail), so a
// few words are in most documents and most words in a handful. Three cases of very different sizes.
import { accountEntity, artifactId, entityKey, type ArtifactType, type SearchDocument } from '@tamga/core';

export const LANGUAGES = ['ru', 'kk', 'uz', 'uzc', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A small, fast, seeded generator (mulberry32): the same seed gives the same corpus on every machine. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += String(this.int(10));
    return out;
  }
  /** Normal(0, 1), Box-Muller. */
  normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }
  /** A log-normal count, at least 1: median e^mu. */
  lognormal(mu: number, sigma: number, max: number): number {
    return Math.max(1, Math.min(max, Math.round(Math.exp(mu + sigma * this.normal()))));
  }
  weighted<T>(table: ReadonlyArray<readonly [T, number]>): T {
    let r = this.next() * table.reduce((s, [, w]) => s + w, 0);
    for (const [value, weight] of table) if ((r -= weight) < 0) return value;
    return table[table.length - 1]![0];
  }
}

/** Samples ranks 0 … n-1 with weight 1 / (rank + q)^s. */
export class Zipf {
  private readonly cumulative: Float64Array;
  constructor(
    readonly n: number,
    s = 1,
    q = 2.7,
  ) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) this.cumulative[r] = sum += 1 / Math.pow(r + q, s);
  }
  sample(rng: Rng): number {
    const target = rng.next() * this.cumulative[this.n - 1]!;
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// The head of each vocabulary, roughly in order of frequency in chats: function words first, then the words of
// the trade (money, transfers, meetings, phones, cards).
const HEAD: Record<Language, string> = {
  ru: `и в не я на что ты с а это как у по но да так все мне же ну он меня нет вот тебя ещё уже за бы мы вы от там
    если когда они она сейчас только будет можно надо его к из о есть был кто где тут ладно хорошо давай завтра сегодня
    привет пока спасибо понял ок знаю тоже очень просто потом тогда здесь почему время деньги день нужно может скинь
    позвони номер телефон перевод карта карту счёт сумма тенге рублей долларов отправил получил отправь напиши приезжай
    встреча встретимся адрес код пароль вопрос дело работа человек брат друг машина дома домой утром вечером час минут
    быстро срочно проверь посмотри документы паспорт банк каспи оплата оплатил товар заказ доставка цена сколько тысяч
    миллион кошелёк крипта биткоин обмен курс канал группа ссылка фото видео аккаунт удали удалил сообщение чат мама
    папа жена сын улица город алматы астана шымкент ташкент бишкек москва наличные долг вернуть забрать привезти
    партия клиент схема процент комиссия звонок смс симка прописка квартира офис склад граница таможня`,
  kk: `мен сен ол біз сіз олар және бұл да де не бар жоқ керек болады қалай сәлем рахмет иә жақсы ертең бүгін қазір
    ақша аудару аударым телефон нөмір мекенжай кездесу кездесеміз кел келдім бер ал жібер жібердім үшін бірақ ғой ма ме
    қайда неге кім қашан осы сол бәрі тағы әлі енді үй жұмыс дос аға апа әке шеше бала көлік карта шот сома теңге мың
    миллион тез кешке таңертең сағат минут тексер қара құжат паспорт банк төлем тапсырыс жеткізу баға қанша әмиян
    криптовалюта айырбас арна топ сілтеме сурет бейне аккаунт жою хабарлама қала көше ауыл жол уақыт күн түн жаз қыс
    қарыз қайтар әкел алып кет клиент пайыз қоңырау пәтер кеңсе шекара кеден`,
  uz: `men sen u biz siz ular va bu ham bilan uchun bor yoʻq kerak boʻladi qanday salom rahmat ha yaxshi ertaga bugun
    hozir pul oʻtkazma telefon raqam manzil uchrashuv uchrashamiz kel keldim ber ol yubor yubordim lekin qayerda nega
    kim qachon shu hamma yana hali endi uy ish doʻst aka opa ota ona bola mashina karta hisob summa soʻm ming million
    tez kechqurun ertalab soat daqiqa tekshir qara hujjat pasport bank toʻlov buyurtma yetkazish narx qancha hamyon
    kripto ayirboshlash kanal guruh havola rasm video akkaunt oʻchir xabar shahar koʻcha yoʻl vaqt kun tun gap nima
    mayli xoʻp albatta qarz qaytar olib kel mijoz foiz qoʻngʻiroq kvartira ofis chegara bojxona togʻ bogʻ`,
  uzc: `мен сен у биз сиз улар ва бу ҳам билан учун бор йўқ керак бўлади қандай салом раҳмат ҳа яхши эртага бугун ҳозир
    пул ўтказма телефон рақам манзил учрашув учрашамиз кел келдим бер ол юбор юбордим лекин қаерда нега ким қачон шу
    ҳамма яна ҳали энди уй иш дўст ака опа ота она бола машина карта ҳисоб сумма сўм минг миллион тез кечқурун эрталаб
    соат дақиқа текшир қара ҳужжат паспорт банк тўлов буюртма етказиш нарх қанча ҳамён крипто айирбошлаш канал гуруҳ
    ҳавола расм видео аккаунт ўчир хабар шаҳар кўча йўл вақт кун тун гап нима майли хўп албатта қарз қайтар мижоз фоиз`,
  en: `the to i you and a it is of for in that my me on we this be have will can with at are not do your so get just
    send money transfer meet tomorrow today now ok yes no please thanks call phone number address card account wallet
    payment paid bank code password deal price how much what when where why who know need want go come see time day
    night morning tonight later soon here there good great sure let check link file photo video group channel crypto
    bitcoin usdt exchange rate delivery order package ticket flight hotel passport visa boss team work office car home
    friend brother cash debt return pick client scheme percent fee invoice contract shipment border customs`,
};

/** Word pieces for the made-up tail, in each language's letters. */
const SYLLABLES: Record<Language, { onsets: string[]; vowels: string[]; codas: string[]; endings: string[] }> = {
  ru: {
    onsets: 'б в г д ж з к л м н п р с т ф х ц ч ш щ бр вл гр др кр пр ст тр ск сп зв'.split(' '),
    vowels: 'а е и о у ы я ю э ё'.split(' '),
    codas: ['', '', '', 'н', 'р', 'л', 'с', 'т', 'к', 'м'],
    endings: ['', '', 'ов', 'ый', 'ая', 'ать', 'ение', 'ость', 'ник', 'ский', 'ами', 'ого', 'ешь', 'ила'],
  },
  kk: {
    onsets: 'б д ж з к қ л м н п р с т ш ғ й ң'.split(' '),
    vowels: 'а ә е і ы о ө ұ ү'.split(' '),
    codas: ['', '', 'н', 'р', 'л', 'с', 'қ', 'ң', 'т'],
    endings: ['', '', 'лар', 'дар', 'ның', 'ға', 'ге', 'мен', 'сыз', 'лық', 'шы', 'ды'],
  },
  uz: {
    onsets: ['b', 'd', 'j', 'z', 'k', 'q', 'l', 'm', 'n', 'p', 'r', 's', 't', 'sh', 'ch', 'x', 'h', 'gʻ', 'y'],
    vowels: ['a', 'e', 'i', 'o', 'u', 'oʻ'],
    codas: ['', '', 'n', 'r', 'l', 's', 'q', 'ng', 't'],
    endings: ['', '', 'lar', 'ning', 'ga', 'dan', 'cha', 'li', 'siz', 'chi', 'moq', 'dir'],
  },
  uzc: {
    onsets: 'б д ж з к қ л м н п р с т ш ч х ҳ ғ й'.split(' '),
    vowels: 'а е и о у ў'.split(' '),
    codas: ['', '', 'н', 'р', 'л', 'с', 'қ', 'нг', 'т'],
    endings: ['', '', 'лар', 'нинг', 'га', 'дан', 'ча', 'ли', 'сиз', 'чи', 'моқ', 'дир'],
  },
  en: {
    onsets: 'b c d f g h j k l m n p r s t v w br cl dr fl gr pl st tr sh ch th'.split(' '),
    vowels: 'a e i o u ea ou ai'.split(' '),
    codas: ['', '', 'n', 'r', 'l', 's', 't', 'ck', 'nd', 'st'],
    endings: ['', '', 'ing', 'ed', 'er', 'ly', 'tion', 'ness', 'able', 's'],
  },
};

const VOCABULARY_SIZE: Record<Language, number> = { ru: 80_000, kk: 40_000, uz: 40_000, uzc: 25_000, en: 50_000 };

/** Set phrases, sprinkled into messages so that phrase queries find something. */
export const COLLOCATIONS: Record<Language, string[]> = {
  ru: [
    'номер телефона',
    'номер карты',
    'перевод денег',
    'встретимся завтра',
    'скинь номер',
    'на карту',
    'срочно позвони',
    'сколько стоит',
    'код из смс',
  ],
  kk: ['ақша аудару', 'ертең кездесеміз', 'телефон нөмірі', 'карта нөмірі', 'тез хабарлас'],
  uz: ['pul oʻtkazish', 'telefon raqami', 'ertaga uchrashamiz', 'karta raqami', 'tezda qoʻngʻiroq qil'],
  uzc: ['пул ўтказиш', 'телефон рақами', 'эртага учрашамиз', 'карта рақами'],
  en: ['send money', 'bank transfer', 'see you tomorrow', 'phone number', 'card number', 'call me asap'],
};

/** Each language's words, most frequent first: the real head, then the made-up tail. */
export const VOCABULARY: Record<Language, string[]> = (() => {
  const rng = new Rng(0x5eed);
  const taken = new Set<string>();
  const out = {} as Record<Language, string[]>;
  for (const lang of LANGUAGES) {
    const words = [...new Set(HEAD[lang].split(/\s+/).filter(Boolean))];
    for (const w of words) taken.add(w);
    const { onsets, vowels, codas, endings } = SYLLABLES[lang];
    while (words.length < VOCABULARY_SIZE[lang]) {
      let word = '';
      const syllables = 1 + rng.int(3);
      for (let i = 0; i < syllables; i++) word += rng.pick(onsets) + rng.pick(vowels) + (i === syllables - 1 ? rng.pick(codas) : '');
      word += rng.pick(endings);
      if (taken.has(word)) continue;
      taken.add(word);
      words.push(word);
    }
    out[lang] = words;
  }
  return out;
})();

const ZIPF: Record<Language, Zipf> = Object.fromEntries(LANGUAGES.map((lang) => [lang, new Zipf(VOCABULARY[lang].length, 1.05)])) as Record<
  Language,
  Zipf
>;

/** How people type the Uzbek ʻ: mostly an ASCII apostrophe or a typographic one. */
const OKINA_SPELLINGS = ["'", "'", "'", '’', 'ʻ', '‘', '`'];

function typeUzbek(rng: Rng, word: string): string {
  return word.includes('ʻ') ? word.replaceAll('ʻ', rng.pick(OKINA_SPELLINGS)) : word;
}

export function sentence(rng: Rng, lang: Language, words: number): string {
  const vocabulary = VOCABULARY[lang];
  const zipf = ZIPF[lang];
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    let word = vocabulary[zipf.sample(rng)]!;
    if (lang === 'uz') word = typeUzbek(rng, word);
    if (i === 0 && rng.chance(0.4)) word = word[0]!.toUpperCase() + word.slice(1);
    out.push(word);
  }
  let text = out.join(' ');
  if (rng.chance(0.5)) text += rng.pick(['.', '?', '!', '...', ')', ' 👍', ' ))']);
  return text;
}

// People ---------------------------------------------------------------------------------------------------------

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

function latin(name: string): string {
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

function phoneFor(rng: Rng, lang: Language): string {
  if (lang === 'uz' || lang === 'uzc') return `+998${rng.pick(['90', '91', '93', '94', '97', '99'])}${rng.digits(7)}`;
  if (lang === 'en' && rng.chance(0.5)) return `+44${rng.pick(['74', '75', '77', '79'])}${rng.digits(8)}`;
  return `+7${rng.pick(['701', '702', '705', '707', '747', '771', '775', '777', '778'])}${rng.digits(7)}`;
}

function person(rng: Rng, lang: Language): Person {
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

// Cases ----------------------------------------------------------------------------------------------------------

export interface CorpusItem {
  id: string;
  caseId: string;
  /** What the item is; decides the mix of artefact types in it. */
  kind: 'phone' | 'mailbox' | 'computer';
  owner: Person;
  docs: number;
}

export interface CorpusCase {
  id: string;
  name: string;
  languages: ReadonlyArray<readonly [Language, number]>;
  docs: number;
  owners: Person[];
  contacts: Person[];
  items: CorpusItem[];
  /** Phone numbers, cards, wallets and links mentioned in texts, most mentioned first (Zipf). */
  mentionedPhones: string[];
  cards: string[];
  wallets: string[];
  links: string[];
}

export interface CorpusPlan {
  seed: number;
  docs: number;
  cases: CorpusCase[];
  /** Everything indexed lies in [from, to). */
  from: string;
  to: string;
}

const FROM = Date.UTC(2023, 0, 1);
const TO = Date.UTC(2025, 0, 1);

const CASE_SPECS = [
  {
    name: 'Almaty fraud ring',
    share: 0.8,
    languages: [
      ['ru', 0.55],
      ['kk', 0.25],
      ['en', 0.1],
      ['uz', 0.05],
      ['uzc', 0.05],
    ] as const,
    owners: 3,
    contacts: 60,
    items: ['phone', 'phone', 'phone', 'phone', 'phone', 'mailbox', 'mailbox', 'computer', 'phone', 'phone', 'computer', 'phone'] as const,
  },
  {
    name: 'Tashkent drug channel',
    share: 0.15,
    languages: [
      ['uz', 0.4],
      ['uzc', 0.25],
      ['ru', 0.3],
      ['en', 0.05],
    ] as const,
    owners: 2,
    contacts: 25,
    items: ['phone', 'phone', 'mailbox', 'phone', 'computer'] as const,
  },
  {
    name: 'Crypto extortion',
    share: 0.05,
    languages: [
      ['en', 0.45],
      ['ru', 0.35],
      ['kk', 0.1],
      ['uz', 0.1],
    ] as const,
    owners: 2,
    contacts: 15,
    items: ['phone', 'computer', 'mailbox'] as const,
  },
];

function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function base58(rng: Rng, n: number): string {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[rng.int(alphabet.length)];
  return out;
}

/** The cases, items and people of a corpus of `docs` documents. */
export function corpusPlan(docs: number, seed = 2026): CorpusPlan {
  const rng = new Rng(seed);
  let left = docs;
  const cases = CASE_SPECS.map((spec, c): CorpusCase => {
    const size = c === CASE_SPECS.length - 1 ? left : Math.round(docs * spec.share);
    left -= size;
    const id = uuid(rng);
    const pickLang = () => rng.weighted(spec.languages);
    const owners = Array.from({ length: spec.owners }, () => person(rng, spec.languages[0][0]));
    const contacts = Array.from({ length: spec.contacts }, () => person(rng, pickLang()));
    // Items of Zipf-like sizes: the first phone holds the most.
    const weights = spec.items.map((_, i) => 1 / (i + 1.5));
    const sum = weights.reduce((a, b) => a + b, 0);
    let itemLeft = size;
    const items = spec.items.map((kind, i): CorpusItem => {
      const n = i === spec.items.length - 1 ? itemLeft : Math.round((size * weights[i]!) / sum);
      itemLeft -= n;
      return { id: uuid(rng), caseId: id, kind, owner: owners[i % owners.length]!, docs: n };
    });
    return {
      id,
      name: spec.name,
      languages: spec.languages,
      docs: size,
      owners,
      contacts,
      items,
      mentionedPhones: Array.from({ length: 3000 }, () => phoneFor(rng, pickLang())),
      cards: Array.from({ length: 500 }, () => `4${rng.pick(['400', '405', '149', '276'])}${rng.digits(12)}`),
      wallets: Array.from({ length: 200 }, () => `bc1q${base58(rng, 38).toLowerCase()}`),
      links: Array.from({ length: 300 }, (_, i) =>
        rng.chance(0.5)
          ? `https://t.me/${latin(rng.pick(VOCABULARY.en.slice(100, 5000)))}_${i}`
          : `https://${rng.pick(['kaspi.kz', 'olx.kz', 'binance.com', 'uzum.uz', 'drive.google.com'])}/${base58(rng, 10)}`,
      ),
    };
  });
  return { seed, docs, cases, from: new Date(FROM).toISOString(), to: new Date(TO).toISOString() };
}

// Documents ------------------------------------------------------------------------------------------------------

const TYPE_MIX: Record<CorpusItem['kind'], ReadonlyArray<readonly [ArtifactType, number]>> = {
  phone: [
    ['message', 0.8],
    ['call', 0.06],
    ['image', 0.045],
    ['file_entry', 0.03],
    ['location', 0.025],
    ['contact', 0.02],
    ['web_visit', 0.015],
    ['account', 0.005],
  ],
  mailbox: [
    ['email', 0.92],
    ['contact', 0.05],
    ['document', 0.03],
  ],
  computer: [
    ['web_visit', 0.4],
    ['file_entry', 0.2],
    ['download', 0.15],
    ['document', 0.12],
    ['image', 0.08],
    ['message', 0.05],
  ],
};

const PHONE_ZIPF = new Zipf(3000, 1.1, 1);
const SMALL_ZIPF = new Zipf(500, 1.1, 1);
const WALLET_ZIPF = new Zipf(200, 1.1, 1);
const LINK_ZIPF = new Zipf(300, 1.1, 1);

/** A phone number the way people type it. */
function writtenPhone(rng: Rng, e164: string): string {
  const cc = e164.startsWith('+998') ? '+998' : e164.startsWith('+44') ? '+44' : '+7';
  const rest = e164.slice(cc.length);
  switch (rng.int(4)) {
    case 0:
      return e164;
    case 1:
      return `${cc} ${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6, 8)} ${rest.slice(8)}`.trim();
    case 2:
      return `${cc} (${rest.slice(0, 3)}) ${rest.slice(3, 6)}-${rest.slice(6, 8)}-${rest.slice(8)}`;
    default:
      return cc === '+7' ? `8${rest}` : e164;
  }
}

/** ISO with microseconds: `2024-03-05T09:00:00.123456Z`. */
function isoMicro(ms: number, micro: number): string {
  const whole = Math.floor(ms);
  return `${new Date(whole).toISOString().slice(0, 19)}.${String((whole % 1000) * 1000 + micro).padStart(6, '0')}Z`;
}

/** A conversation: one contact, one language, one platform, messages in time order. */
interface Thread {
  contact: Person;
  lang: Language;
  platform: 'telegram' | 'whatsapp';
  at: number;
  left: number;
}

class ItemWriter {
  private thread: Thread | null = null;
  private ordinal = 0;
  constructor(
    private readonly rng: Rng,
    private readonly kase: CorpusCase,
    private readonly item: CorpusItem,
  ) {}

  private lang(): Language {
    return this.rng.weighted(this.kase.languages);
  }

  private contact(): Person {
    // Some contacts talk far more than others.
    const contacts = this.kase.contacts;
    return contacts[Math.min(contacts.length - 1, Math.floor(contacts.length * Math.pow(this.rng.next(), 2.2)))]!;
  }

  private time(): number {
    return FROM + this.rng.next() * (TO - FROM);
  }

  private nextThread(): Thread {
    if (this.thread && this.thread.left > 0) return this.thread;
    const contact = this.contact();
    const lang = this.rng.chance(0.75) ? contact.lang : this.lang();
    const left = this.rng.lognormal(3.5, 1.2, 5000);
    // Leave room for the thread to run before the end of the period.
    const at = FROM + this.rng.next() * (TO - FROM) * 0.9;
    return (this.thread = { contact, lang, platform: this.rng.chance(0.65) ? 'telegram' : 'whatsapp', at, left });
  }

  private mentions(lang: Language, entities: string[]): string {
    const { rng, kase } = this;
    const parts: string[] = [];
    if (rng.chance(0.03)) {
      const phone = kase.mentionedPhones[PHONE_ZIPF.sample(rng)]!;
      parts.push(writtenPhone(rng, phone));
      entities.push(entityKey('phone', phone));
    }
    if (rng.chance(0.01)) {
      const card = kase.cards[SMALL_ZIPF.sample(rng)]!;
      parts.push(`${card.slice(0, 4)} ${card.slice(4, 8)} ${card.slice(8, 12)} ${card.slice(12)}`);
      entities.push(entityKey('payment_card', card));
    }
    if (rng.chance(0.003)) {
      const wallet = kase.wallets[WALLET_ZIPF.sample(rng)]!;
      parts.push(wallet);
      entities.push(entityKey('btc_address', wallet));
    }
    if (rng.chance(0.02)) {
      const link = kase.links[LINK_ZIPF.sample(rng)]!;
      parts.push(link);
      entities.push(entityKey('url', link));
    }
    if (rng.chance(0.02)) {
      const amount = `${1 + rng.int(999)} ${rng.chance(0.5) ? '000' : '500'}`;
      const currency = { ru: 'тенге', kk: 'теңге', uz: 'soʻm', uzc: 'сўм', en: 'USDT' }[lang];
      parts.push(`${amount} ${currency}`);
    }
    if (rng.chance(0.08)) parts.push(rng.pick(COLLOCATIONS[lang]));
    return parts.join(' ');
  }

  /** Text as the analysis job joins it: the artefact's text, then each actor's name and account. */
  private document(
    type: ArtifactType,
    at: string | null,
    body: string,
    actors: Array<[Person, string]>,
    entities: string[],
  ): SearchDocument {
    const accounts = [...new Set(actors.map(([, account]) => account))];
    for (const account of accounts) {
      const e = accountEntity(account);
      entities.push(entityKey(e.type, e.value));
    }
    const text = [body, ...actors.flatMap(([p, account]) => [p.name, account])].filter(Boolean).join('\n');
    return {
      artifactId: artifactId(this.item.id, 'bench', `${type}:${this.ordinal++}`),
      caseId: this.item.caseId,
      itemId: this.item.id,
      type,
      at,
      text,
      accounts,
      entities: [...new Set(entities)],
    };
  }

  next(): SearchDocument {
    const { rng, item } = this;
    const owner = item.owner;
    const type = rng.weighted(TYPE_MIX[item.kind]);
    const entities: string[] = [];
    const micro = rng.int(1000);
    switch (type) {
      case 'message': {
        const t = this.nextThread();
        t.left--;
        // Bursts of minutes, pauses of hours and days.
        t.at += rng.chance(0.9) ? rng.next() * 600_000 : rng.next() * 2 * 86_400_000;
        const at = Math.min(t.at, TO - 1);
        const words = rng.lognormal(1.8, 0.8, 120);
        let body = sentence(rng, t.lang, words);
        const extra = this.mentions(t.lang, entities);
        if (extra) body = rng.chance(0.5) ? `${body} ${extra}` : `${extra} ${body}`;
        const fromOwner = rng.chance(0.5);
        const ownerAccount = t.platform === 'telegram' ? owner.telegram : owner.whatsapp;
        const contactAccount = t.platform === 'telegram' ? t.contact.telegram : t.contact.whatsapp;
        const actors: Array<[Person, string]> = [
          [owner, ownerAccount],
          [t.contact, contactAccount],
        ];
        if (!fromOwner) actors.reverse();
        return this.document(type, isoMicro(at, micro), body, actors, entities);
      }
      case 'email': {
        const contact = this.contact();
        const lang = rng.chance(0.7) ? contact.lang : this.lang();
        const subject = sentence(rng, lang, rng.lognormal(1.5, 0.5, 12));
        const paragraphs = Array.from({ length: 1 + rng.int(4) }, () => sentence(rng, lang, rng.lognormal(3.3, 0.6, 300)));
        const extra = this.mentions(lang, entities);
        const body = [subject, ...paragraphs, extra].filter(Boolean).join('\n\n');
        const actors: Array<[Person, string]> = [
          [owner, owner.email],
          [contact, contact.email],
        ];
        if (rng.chance(0.5)) actors.reverse();
        if (rng.chance(0.1)) {
          const cc = this.contact();
          actors.push([cc, cc.email]);
        }
        return this.document(type, isoMicro(this.time(), micro), body, actors, entities);
      }
      case 'call': {
        const contact = this.contact();
        const direction = rng.pick(['Исходящий', 'Входящий', 'Пропущенный', 'Outgoing', 'Incoming']);
        const seconds = rng.int(1800);
        const body = `${direction} ${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
        const actors: Array<[Person, string]> = [
          [owner, `phone:${owner.phone}`],
          [contact, `phone:${contact.phone}`],
        ];
        if (rng.chance(0.5)) actors.reverse();
        return this.document(type, isoMicro(this.time(), micro), body, actors, entities);
      }
      case 'contact': {
        const contact = rng.chance(0.5) ? this.contact() : person(rng, this.lang());
        entities.push(entityKey('phone', contact.phone));
        const body = `${contact.name}\n${writtenPhone(rng, contact.phone)}${rng.chance(0.3) ? `\n${contact.email.slice(6)}` : ''}`;
        return this.document(type, rng.chance(0.8) ? null : isoMicro(this.time(), micro), body, [], entities);
      }
      case 'account': {
        const body = `${owner.name} ${owner.telegram.slice(9)} ${owner.phone}`;
        return this.document(type, null, body, [[owner, owner.telegram]], entities);
      }
      case 'web_visit': {
        const link = this.kase.links[LINK_ZIPF.sample(rng)]!;
        entities.push(entityKey('url', link));
        const body = `${sentence(rng, this.lang(), rng.lognormal(1.8, 0.4, 16))}\n${link}`;
        return this.document(type, isoMicro(this.time(), micro), body, [], entities);
      }
      case 'download': {
        const link = this.kase.links[LINK_ZIPF.sample(rng)]!;
        entities.push(entityKey('url', link));
        const name = `${latin(VOCABULARY.ru[rng.int(2000)]!)}_${rng.int(1000)}.${rng.pick(['pdf', 'xlsx', 'zip', 'docx', 'apk'])}`;
        return this.document(type, isoMicro(this.time(), micro), `${name}\n${link}`, [], entities);
      }
      case 'image': {
        const at = this.time();
        const stamp = new Date(at).toISOString().replace(/[-:]/g, '').replace('T', '_').slice(0, 15);
        const caption = rng.chance(0.3) ? `\n${sentence(rng, this.lang(), rng.lognormal(1.5, 0.6, 30))}` : '';
        return this.document(type, isoMicro(at, micro), `IMG_${stamp}.jpg${caption}`, [], entities);
      }
      case 'document': {
        const lang = this.lang();
        const title = sentence(rng, lang, rng.lognormal(1.5, 0.5, 10));
        const text = Array.from({ length: 2 + rng.int(8) }, () => sentence(rng, lang, rng.lognormal(3.5, 0.7, 400))).join('\n');
        const extra = this.mentions(lang, entities);
        return this.document(type, rng.chance(0.9) ? isoMicro(this.time(), micro) : null, `${title}.docx\n${text}\n${extra}`, [], entities);
      }
      case 'location': {
        const place = rng.pick([
          'Алматы, проспект Абая',
          'Астана, Есіл ауданы',
          'Toshkent, Chilonzor tumani',
          'Шымкент, Тауке хан',
          'Dubai Marina',
        ]);
        const body = `${(41 + rng.next() * 10).toFixed(6)}, ${(63 + rng.next() * 15).toFixed(6)} ${place}`;
        return this.document(type, isoMicro(this.time(), micro), body, [], entities);
      }
      default: {
        const dir = rng.pick(['/sdcard/DCIM/Camera', '/sdcard/Download', '/sdcard/Telegram/Telegram Documents', 'C:/Users/user/Desktop']);
        const name = `${latin(VOCABULARY.ru[rng.int(5000)]!)}_${rng.digits(4)}.${rng.pick(['jpg', 'mp4', 'pdf', 'txt', 'db'])}`;
        return this.document('file_entry', rng.chance(0.7) ? isoMicro(this.time(), micro) : null, `${dir}/${name}`, [], entities);
      }
    }
  }
}

/** Every document of the plan, case by case and item by item (the order the analysis job indexes them in), in batches. */
export function* corpusDocuments(plan: CorpusPlan, batchSize: number): Generator<SearchDocument[]> {
  const rng = new Rng(plan.seed ^ 0x9e3779b9);
  let batch: SearchDocument[] = [];
  for (const kase of plan.cases) {
    for (const item of kase.items) {
      const writer = new ItemWriter(rng, kase, item);
      for (let i = 0; i < item.docs; i++) {
        batch.push(writer.next());
        if (batch.length === batchSize) {
          yield batch;
          batch = [];
        }
      }
    }
  }
  if (batch.length > 0) yield batch;
}
