// Filler text for the bench/extract corpus: sentences in Russian, Kazakh, Uzbek (Latin and Cyrillic) and English,
// checked free of entities so that any valid match in them is a false positive, and people's names to address.
import { type Random } from './random';

export type Lang = 'ru' | 'kk' | 'uz' | 'uzc' | 'en';

export const PEOPLE: Record<Lang, string[]> = {
  ru: ['Айгерим', 'Нурлан', 'Дмитрий', 'Ольга', 'Серёжа', 'Данияр', 'Мадина', 'Арман', 'Лена', 'Тимур'],
  kk: ['Айгерім', 'Нұрлан', 'Дәулет', 'Сәуле', 'Ерлан', 'Гүлнар', 'Бақыт', 'Әсел', 'Қанат', 'Жанар'],
  uz: ['Dilnoza', 'Farruh', 'Shahzod', 'Nodira', 'Jamshid', 'Gʻayrat', 'Oʻktam', 'Anvar', 'Malika', 'Sardor'],
  uzc: ['Дилноза', 'Фаррух', 'Шаҳзод', 'Нодира', 'Жамшид', 'Ғайрат', 'Ўктам', 'Анвар', 'Малика', 'Сардор'],
  en: ['John', 'Anna', 'Mike', 'Sarah', 'Alex', 'Kate', 'David', 'Emma', 'Tom', 'Lisa'],
};

export const FILLER: Record<Lang, string[]> = {
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

/** A filler sentence, sometimes with the invisible characters and decompositions that copy-paste brings. */
export function filler(r: Random, lang: Lang): string {
  let s = r.pick(FILLER[lang]);
  if (r.chance(0.08)) s = r.pick(PEOPLE[lang]) + ', ' + s[0]!.toLowerCase() + s.slice(1);
  const roll = r.float();
  if (roll < 0.01) s = s.replace(' ', '\u200b ');
  else if (roll < 0.02) s = s.replace(' ', '\u00a0');
  else if (roll < 0.025) s = s.replace(/й/, 'и\u0306');
  return s;
}
