// The words of the bench/search corpus, per language (Russian, Kazakh, Uzbek in Latin and Cyrillic, English): a head
// of real words in rough order of frequency, a long tail of made-up words in each language's letters, and set
// phrases, so that queries meet common, medium and rare words as they would in a real case.
import { Rng } from './rng';

export const LANGUAGES = ['ru', 'kk', 'uz', 'uzc', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

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
