// Human words for the codes a request letter carries (DOMAIN.md §4.1, §4.2, §4.4, §6), in English and in
// formal Russian. The letter keeps the code next to the words where a provider or a central authority may
// need to match it (instruments, offence codes); an unknown code is printed as it is rather than dropped.
import type { LetterLanguage } from '@tamga/core';

export type Bilingual = Readonly<Record<LetterLanguage, string>>;

/** The words for a code, or the code itself when the table does not know it: a letter never loses a value. */
export function wordFor(table: Readonly<Record<string, Bilingual>>, code: string, language: LetterLanguage): string {
  return Object.hasOwn(table, code) ? table[code]![language] : code;
}

/** DOMAIN.md §4.1. Russian follows the Budapest Convention's official translation ("данные о трафике"). */
export const DATA_CATEGORIES: Readonly<Record<string, Bilingual>> = {
  SUBSCRIBER: { en: 'Subscriber information', ru: 'Сведения об абоненте' },
  IDENTIFICATION_ONLY: {
    en: 'Data sought solely to identify the user (IP address, port, time)',
    ru: 'Данные, запрашиваемые исключительно для идентификации пользователя (IP-адрес, порт, время)',
  },
  TRAFFIC: { en: 'Traffic data', ru: 'Данные о трафике' },
  CONTENT: { en: 'Content', ru: 'Содержание' },
  DOMAIN_REGISTRATION: { en: 'Domain name registration data', ru: 'Регистрационные данные доменного имени' },
  LOCATION: { en: 'Location data', ru: 'Данные о местоположении' },
};

/** DOMAIN.md §4.4 SelectorType. */
export const SELECTOR_TYPES: Readonly<Record<string, Bilingual>> = {
  ACCOUNT_ID: { en: 'Account identifier', ru: 'Идентификатор учётной записи' },
  USERNAME: { en: 'User name', ru: 'Имя пользователя' },
  URL: { en: 'URL', ru: 'URL-адрес' },
  EMAIL: { en: 'E-mail address', ru: 'Адрес электронной почты' },
  PHONE_E164: { en: 'Telephone number (E.164)', ru: 'Номер телефона (E.164)' },
  IP_PORT_TIMESTAMP: { en: 'IP address, port and time', ru: 'IP-адрес, порт и время' },
  DOMAIN: { en: 'Domain name', ru: 'Доменное имя' },
  IMEI: { en: 'IMEI', ru: 'IMEI' },
  DEVICE_ID: { en: 'Device identifier', ru: 'Идентификатор устройства' },
  PAYMENT_REF: { en: 'Payment reference', ru: 'Реквизиты платежа' },
  CRYPTO_ADDRESS: { en: 'Cryptocurrency address', ru: 'Адрес криптовалютного кошелька' },
};

/**
 * DOMAIN.md §4.2 instrument codes, with their full titles. Russian titles are those the instruments carry in
 * their Russian texts (CIS and CSTO instruments were concluded in Russian).
 */
export const INSTRUMENTS: Readonly<Record<string, Bilingual>> = {
  CIS_IT_2018: {
    en: 'Agreement on Cooperation of the CIS Member States in Combating Crimes in the Field of Information Technologies (Dushanbe, 28 September 2018)',
    ru: 'Соглашение о сотрудничестве государств — участников Содружества Независимых Государств в борьбе с преступлениями в сфере информационных технологий (Душанбе, 28 сентября 2018 г.)',
  },
  CSTO_2014: {
    en: 'Protocol on Cooperation of the CSTO Member States in Countering Criminal Activity in the Information Sphere (23 December 2014)',
    ru: 'Протокол о взаимодействии государств — членов Организации Договора о коллективной безопасности по противодействию преступной деятельности в информационной сфере (23 декабря 2014 г.)',
  },
  BILATERAL_MLAT: {
    en: 'Bilateral treaty on mutual legal assistance in criminal matters',
    ru: 'Двусторонний договор о взаимной правовой помощи по уголовным делам',
  },
  CIS_MINSK_1993: {
    en: 'Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Cases (Minsk, 22 January 1993)',
    ru: 'Конвенция о правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам (Минск, 22 января 1993 г.)',
  },
  CIS_CHISINAU_2002: {
    en: 'Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Cases (Chisinau, 7 October 2002)',
    ru: 'Конвенция о правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам (Кишинёв, 7 октября 2002 г.)',
  },
  UNTOC: {
    en: 'United Nations Convention against Transnational Organized Crime (2000)',
    ru: 'Конвенция Организации Объединённых Наций против транснациональной организованной преступности (2000 г.)',
  },
  UN_CYBERCRIME: {
    en: 'United Nations Convention against Cybercrime (General Assembly resolution 79/243)',
    ru: 'Конвенция Организации Объединённых Наций против киберпреступности (резолюция Генеральной Ассамблеи 79/243)',
  },
  BUDAPEST: {
    en: 'Council of Europe Convention on Cybercrime (Budapest, 23 November 2001, ETS No. 185)',
    ru: 'Конвенция Совета Европы о преступности в сфере компьютерной информации (Будапешт, 23 ноября 2001 г., ETS № 185)',
  },
  BUDAPEST_2AP: {
    en: 'Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence (CETS No. 224)',
    ru: 'Второй дополнительный протокол к Конвенции о преступности в сфере компьютерной информации об усилении сотрудничества и раскрытии электронных доказательств (CETS № 224)',
  },
  EU_2023_1543: {
    en: 'Regulation (EU) 2023/1543 on European Production Orders and European Preservation Orders for electronic evidence',
    ru: 'Регламент (ЕС) 2023/1543 о европейских ордерах на предоставление и сохранение электронных доказательств',
  },
  US_18USC2703F: {
    en: 'United States Code, Title 18, § 2703(f) (preservation of records)',
    ru: 'Свод законов США, раздел 18, § 2703(f) (сохранение записей)',
  },
  US_18USC2702B8: {
    en: 'United States Code, Title 18, § 2702(b)(8) (disclosure in an emergency)',
    ru: 'Свод законов США, раздел 18, § 2702(b)(8) (раскрытие данных в чрезвычайной ситуации)',
  },
  PROVIDER_POLICY: {
    en: "The addressee's policy for requests from law enforcement authorities",
    ru: 'Правила адресата по рассмотрению запросов правоохранительных органов',
  },
  DOMESTIC_CPC: {
    en: 'Code of Criminal Procedure of the requesting State',
    ru: 'Уголовно-процессуальный кодекс запрашивающего государства',
  },
};

/** DOMAIN.md §4.4 addressee.channel. */
export const CHANNELS: Readonly<Record<string, Bilingual>> = {
  PORTAL: {
    en: "The addressee's online system for law enforcement requests",
    ru: 'Онлайн-система адресата для запросов правоохранительных органов',
  },
  EMAIL: { en: 'E-mail', ru: 'Электронная почта' },
  DIPLOMATIC: { en: 'Diplomatic channels', ru: 'Дипломатические каналы' },
  POC: { en: '24/7 point of contact', ru: 'Контактный пункт сети 24/7' },
};

/** DOMAIN.md §4.4 addressee.kind. */
export const ADDRESSEE_KINDS: Readonly<Record<string, Bilingual>> = {
  PROVIDER: { en: 'Service provider', ru: 'Поставщик услуг' },
  REGISTRAR: { en: 'Domain name registrar or registry', ru: 'Регистратор (реестр) доменных имён' },
  POC_24_7: { en: '24/7 point of contact', ru: 'Контактный пункт сети 24/7' },
  CENTRAL_AUTHORITY: { en: 'Central authority', ru: 'Центральный орган' },
  EU_LEGAL_REP: { en: 'Legal representative in the European Union', ru: 'Законный представитель в Европейском союзе' },
};

export const URGENCIES: Readonly<Record<string, Bilingual>> = {
  ROUTINE: { en: 'Routine', ru: 'В обычном порядке' },
  URGENT: { en: 'Urgent', ru: 'Срочно' },
  EMERGENCY: { en: 'Emergency', ru: 'Экстренно' },
};

/** ISO 3166-1 alpha-2 codes of the states a letter most often names; others are printed as given. */
export const COUNTRIES: Readonly<Record<string, Bilingual>> = {
  KZ: { en: 'Republic of Kazakhstan', ru: 'Республика Казахстан' },
  KG: { en: 'Kyrgyz Republic', ru: 'Кыргызская Республика' },
  TJ: { en: 'Republic of Tajikistan', ru: 'Республика Таджикистан' },
  TM: { en: 'Turkmenistan', ru: 'Туркменистан' },
  UZ: { en: 'Republic of Uzbekistan', ru: 'Республика Узбекистан' },
  US: { en: 'United States of America', ru: 'Соединённые Штаты Америки' },
  IE: { en: 'Ireland', ru: 'Ирландия' },
  SG: { en: 'Republic of Singapore', ru: 'Республика Сингапур' },
  GB: { en: 'United Kingdom', ru: 'Соединённое Королевство' },
  NL: { en: 'Kingdom of the Netherlands', ru: 'Королевство Нидерландов' },
  DE: { en: 'Federal Republic of Germany', ru: 'Федеративная Республика Германия' },
  TR: { en: 'Republic of Türkiye', ru: 'Турецкая Республика' },
  RU: { en: 'Russian Federation', ru: 'Российская Федерация' },
  AE: { en: 'United Arab Emirates', ru: 'Объединённые Арабские Эмираты' },
  AZ: { en: 'Republic of Azerbaijan', ru: 'Азербайджанская Республика' },
  AM: { en: 'Republic of Armenia', ru: 'Республика Армения' },
  BY: { en: 'Republic of Belarus', ru: 'Республика Беларусь' },
  CN: { en: "People's Republic of China", ru: 'Китайская Народная Республика' },
  VG: { en: 'British Virgin Islands', ru: 'Британские Виргинские острова' },
};

/** Common kinds of domestic authorisation (DOMAIN.md §3.3 authorizationType); free text is printed as given. */
export const AUTHORIZATION_TYPES: Readonly<Record<string, Bilingual>> = {
  COURT_ORDER: { en: 'Court order', ru: 'Постановление суда' },
  'court-order': { en: 'Court order', ru: 'Постановление суда' },
  WARRANT: { en: 'Warrant', ru: 'Постановление суда (ордер)' },
  PROSECUTOR_SANCTION: { en: "Prosecutor's sanction", ru: 'Санкция прокурора' },
  'prosecutor-sanction': { en: "Prosecutor's sanction", ru: 'Санкция прокурора' },
  INVESTIGATOR_DECISION: {
    en: "Investigator's decision approved by a prosecutor",
    ru: 'Постановление следователя, согласованное с прокурором',
  },
};

/**
 * International offence codes (DOMAIN.md §6.1–6.2). Budapest titles in Russian are the Convention's official
 * translation. National codes are not here: the letter prints the national article as the case records it.
 */
export const OFFENCES: Readonly<Record<string, Bilingual>> = {
  'BC-2': { en: 'Illegal access', ru: 'Противозаконный доступ' },
  'BC-3': { en: 'Illegal interception', ru: 'Неправомерный перехват' },
  'BC-4': { en: 'Data interference', ru: 'Воздействие на данные' },
  'BC-5': { en: 'System interference', ru: 'Воздействие на функционирование системы' },
  'BC-6': { en: 'Misuse of devices', ru: 'Противозаконное использование устройств' },
  'BC-7': { en: 'Computer-related forgery', ru: 'Подлог с использованием компьютерных технологий' },
  'BC-8': { en: 'Computer-related fraud', ru: 'Мошенничество с использованием компьютерных технологий' },
  'BC-9': {
    en: 'Offences related to child sexual abuse material',
    ru: 'Правонарушения, связанные с материалами сексуального насилия над детьми',
  },
  'BC-10': {
    en: 'Offences related to infringements of copyright and related rights',
    ru: 'Правонарушения, связанные с нарушением авторского права и смежных прав',
  },
  'BC-11': { en: 'Attempt and aiding or abetting', ru: 'Покушение, пособничество или подстрекательство' },
  'TUI-PROP': { en: 'Terrorist use of the Internet: propaganda', ru: 'Использование Интернета в террористических целях: пропаганда' },
  'TUI-PROP-REC': { en: 'Terrorist use of the Internet: recruitment', ru: 'Использование Интернета в террористических целях: вербовка' },
  'TUI-PROP-RAD': {
    en: 'Terrorist use of the Internet: radicalisation',
    ru: 'Использование Интернета в террористических целях: радикализация',
  },
  'TUI-PROP-INC': {
    en: 'Terrorist use of the Internet: incitement',
    ru: 'Использование Интернета в террористических целях: подстрекательство',
  },
  'TUI-FIN': { en: 'Terrorist use of the Internet: financing', ru: 'Использование Интернета в террористических целях: финансирование' },
  'TUI-TRN': { en: 'Terrorist use of the Internet: training', ru: 'Использование Интернета в террористических целях: обучение' },
  'TUI-PLN': { en: 'Terrorist use of the Internet: planning', ru: 'Использование Интернета в террористических целях: планирование' },
  'TUI-EXE': { en: 'Terrorist use of the Internet: execution', ru: 'Использование Интернета в террористических целях: исполнение' },
  'TUI-CYB': { en: 'Terrorist use of the Internet: cyberattacks', ru: 'Использование Интернета в террористических целях: кибератаки' },
};

/**
 * Known keys of `RequestLetter.extra` (the type's own fields of DOMAIN.md §4.3). A key not listed here is
 * printed under the key itself, so nothing the author entered is lost from the letter.
 */
export const EXTRA_FIELDS: Readonly<Record<string, Bilingual>> = {
  followUpRoute: {
    en: 'Formal legal process that will follow',
    ru: 'Порядок последующего истребования данных',
  },
  intendedMla: {
    en: 'Intended request for mutual legal assistance',
    ru: 'Планируемый запрос о взаимной правовой помощи',
  },
  custodianOrLocation: {
    en: 'Custodian of the data or location of the computer system',
    ru: 'Лицо, ответственное за хранение данных, или местонахождение компьютерной системы',
  },
  purposeAndUseLimitation: {
    en: 'Purpose of the request and limitation on the use of the data',
    ru: 'Цель запроса и ограничения использования данных',
  },
  returnManner: { en: 'Manner in which the information is to be produced', ru: 'Порядок предоставления сведений' },
  natureOfAssistance: { en: 'Purpose and nature of the assistance requested', ru: 'Цель и характер запрашиваемой помощи' },
  timeLimit: { en: 'Time limit within which execution is requested', ru: 'Срок, в течение которого просим исполнить запрос' },
  expectedDate: { en: 'Date by which a reply is expected', ru: 'Ожидаемый срок ответа' },
  conditions: { en: 'Conditions attached to the use of the information', ru: 'Условия использования информации' },
  dataElements: { en: 'Data elements requested', ru: 'Запрашиваемые элементы данных' },
  specificData: { en: 'Specific data sought', ru: 'Конкретные запрашиваемые данные' },
  specificSubscriberData: { en: 'Specified subscriber information', ru: 'Конкретная запрашиваемая информация об абоненте' },
  timeSensitivity: { en: 'Why the request is time-sensitive', ru: 'Обоснование безотлагательности' },
  emergencyJustification: { en: 'Justification of the emergency', ru: 'Обоснование чрезвычайного характера запроса' },
  justification: { en: 'Justification', ru: 'Обоснование' },
  certification: { en: 'Certification and authentication of the data', ru: 'Удостоверение подлинности передаваемых данных' },
  translation: { en: 'Translation', ru: 'Перевод' },
  deliveryInterface: { en: 'Interface for delivery of the data', ru: 'Способ передачи данных' },
  seriousOffenceJustification: {
    en: 'Justification by the seriousness of the offence',
    ru: 'Обоснование с учётом тяжести преступления',
  },
  orderReference: { en: 'Order to be given effect', ru: 'Распоряжение, подлежащее исполнению' },
  supportingStatement: { en: 'Supporting statement', ru: 'Сопроводительное заявление' },
  informationProvided: { en: 'Information provided', ru: 'Передаваемая информация' },
  lessIntrusiveAlternatives: {
    en: 'Less intrusive alternatives considered',
    ru: 'Рассмотренные менее обременительные альтернативы',
  },
  issuer: { en: 'Issuing authority', ru: 'Орган, вынесший распоряжение' },
};
