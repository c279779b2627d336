// Carrier phrases for the bench/extract corpus, per kind of entity or decoy and per language: the words around an
// identifier in a real message, with `{}` where it goes, so that the extractor meets entities in context.
import { type Lang } from './filler';
import { type Random } from './random';

export const CARRIERS: Record<string, Partial<Record<Lang, string[]>>> = {
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

export type Category = keyof typeof CARRIERS;

export function carrier(r: Random, category: Category, lang: Lang): string {
  const byLang = CARRIERS[category]!;
  return r.pick(byLang[lang] ?? byLang['ru'] ?? byLang['en']!);
}
