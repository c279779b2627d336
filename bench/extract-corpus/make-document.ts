// One bench/extract document and its labels: a messenger message, an e-mail or a dense list of identifiers, in the
// languages of its case's region, mostly filler with entities and decoys mixed in at the rates below.
import { carrier, type Category } from './carriers';
import { btc, btcDecoy, eth, ethDecoy, tron, tronDecoy } from './crypto-address';
import { ipDecoy, numberDecoy, textDecoy } from './decoys';
import { DocumentBuilder } from './document-builder';
import { email } from './email';
import { filler, type Lang, PEOPLE } from './filler';
import { ipv4, ipv6 } from './ip-address';
import { card, cardDecoy, iban, ibanDecoy } from './payment-details';
import { type Country, phone, phoneDecoy } from './phone';
import { decoy, type Decoy, type Label, type Piece } from './piece';
import { type Random } from './random';
import { mention, telegramLink, tgScheme } from './telegram';
import { bareDomain, defangedUrl, url } from './url';

export type DocumentKind = 'chat' | 'email' | 'dense';

export interface DocumentLabels {
  /** The case's country, passed to extractEntities as defaultRegion. */
  region: string;
  /** A messenger message, an e-mail body, or a message that lists identifiers line by line (dense). */
  kind: DocumentKind;
  labels: Label[];
  decoys: Decoy[];
}

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
