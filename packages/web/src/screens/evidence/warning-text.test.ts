// Processing warnings and a passed limit's reason in the reader's language, through i18next as the app sets it up.
import i18next, { type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en as listEn, ru as listRu } from './evidence.locale';
import { en, ru } from './evidence.warnings.locale';
import { addWarningFormats, reasonDetail, warningText, type Warning } from './warning-text';

let i18n: I18n;

beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { evidence: { ...en, list: listEn.list } }, ru: { evidence: { ...ru, list: listRu.list } } },
    lng: 'ru',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  addWarningFormats(i18n);
});

const t = (lng: string) => i18n.getFixedT(lng);

describe('a processing warning', () => {
  it('is worded from its code and values in Russian, numbers and bytes as Russian writes them', () => {
    const warning = {
      text: 'the file ends 12,342 bytes before the end its RIFF header declares: …',
      code: 'image.webp_riff_short',
      params: { bytes: 12342, part: 'none' },
    };
    expect(warningText(t('ru'), warning)).toMatchObject({
      text: 'Файл обрывается на 12\u00a0342 байта раньше конца, заявленного в заголовке RIFF: возможно, он неполный',
      translated: true,
    });
    expect(
      warningText(t('ru'), { ...warning, text: 'the file ends 12,345 bytes …', params: { bytes: 12345, part: 'none' } }).text,
    ).toContain('на 12\u00a0345 байт раньше');
    expect(warningText(t('en'), warning).text).toBe(
      'The file ends 12,342 bytes before the end its RIFF header declares: it may be incomplete (truncated)',
    );
  });

  it('agrees with its count in Russian', () => {
    const lines = (count: number) =>
      warningText(t('ru'), { text: `${count} line(s) …`, code: 'whatsapp.orphan_lines', params: { count } }).text;
    expect(lines(1)).toBe('Пропущена 1 строка перед заголовком первого сообщения');
    expect(lines(3)).toBe('Пропущены 3 строки перед заголовком первого сообщения');
    expect(lines(11)).toBe('Пропущено 11 строк перед заголовком первого сообщения');
  });

  it('names the words its values stand for (a date order), and a message of a mailbox before what it says of it', () => {
    const disputed = {
      text: 'dates were read month-first as chosen; …',
      code: 'whatsapp.chosen_order_disputed',
      params: { chosen: 'month_first', own: 'day_first', rule: 'decreasing_component' },
    };
    expect(warningText(t('ru'), disputed).text).toBe(
      'Даты прочитаны в порядке «месяц, день», как выбрано; сами даты файла указывают на порядок «день, месяц» (по убывающей части даты)',
    );
    expect(warningText(t('ru'), { ...disputed, code: 'whatsapp.chosen_order_invalid_dates' }).text).toBe(
      'Даты прочитаны в порядке «месяц, день», как выбрано, но в некоторых есть число больше 12, которое может быть днём только в порядке «день, месяц»: эти даты недействительны',
    );
    const inMbox = {
      text: 'message 3 at offset 10240: no Date header',
      code: 'email.no_date',
      params: { mboxMessage: 3, mboxOffset: 10240 },
    };
    expect(warningText(t('ru'), inMbox).text).toBe('Письмо 3 (смещение 10\u00a0240): Нет заголовка Date');
  });

  it('keeps a member name as evidence gave it, even one that looks like a translation key', () => {
    const member = '$t(evidence:warnings.terms.day_first) {{path}}';
    const warning = {
      text: `member ${JSON.stringify(member)} is encrypted: listed, not extracted`,
      code: 'zip.member_encrypted',
      params: { member },
    };
    expect(warningText(t('ru'), warning).text).toBe(`Запись «${member}» зашифрована: внесена в перечень, но не извлечена`);
  });

  it('is shown in the English it was recorded in when its code has no words, it has no code, or the code is malformed', () => {
    const unknown = { text: 'a warning a newer parser gives', code: 'zip.something_new', params: { member: 'a.txt' } };
    expect(warningText(t('ru'), unknown)).toEqual({
      text: 'a warning a newer parser gives',
      translated: false,
      recorded: 'a warning a newer parser gives',
    });
    expect(warningText(t('ru'), { text: 'an older warning' })).toMatchObject({ text: 'an older warning', translated: false });
    expect(warningText(t('ru'), { text: 'odd', code: 'zip' })).toMatchObject({ text: 'odd', translated: false });
    expect(warningText(t('ru'), { text: 'odd', code: '../zip.crc_mismatch' })).toMatchObject({ text: 'odd', translated: false });
    expect(warningText(t('ru'), { text: 'odd', code: 'parts.webp_chunk' })).toMatchObject({ text: 'odd', translated: false });
    // A stored value named like one of i18next's options does not change what is looked up.
    const hostile = { text: 'kept', code: 'zip.member_encrypted', params: { member: 'a', lng: 'en', ns: 'common', count: 'x' } };
    expect(warningText(t('ru'), hostile).text).toBe('Запись «a» зашифрована: внесена в перечень, но не извлечена');
  });

  it('has Russian for every code it has English for', () => {
    const keys = (messages: object, prefix = ''): string[] =>
      Object.entries(messages).flatMap(([key, value]) =>
        typeof value === 'string' ? [`${prefix}${key.replace(/_(one|few|many|other)$/, '')}`] : keys(value as object, `${prefix}${key}.`),
      );
    expect(new Set(keys(ru))).toEqual(new Set(keys(en)));
  });
});

describe("a passed limit's reason", () => {
  it('is said with its figures, by whether the archive declared it or it was found while reading', () => {
    expect(reasonDetail(t('ru'), 'limit_entries', { stage: 'declared', entries: 150000, limit: 100000 })).toBe(
      'В архиве перечислено записей: 150\u00a0000, больше предела в 100\u00a0000',
    );
    expect(reasonDetail(t('en'), 'limit_entries', { stage: 'declared', entries: 150000, limit: 100000 })).toBe(
      'The archive lists 150,000 entries, over the limit of 100,000',
    );
    expect(reasonDetail(t('ru'), 'limit_entry_ratio', { stage: 'declared', member: 'zeros.bin', ratio: 204800, limit: 1000 })).toBe(
      'Запись «zeros.bin» распаковывается с коэффициентом 204\u00a0800, больше предела 1\u00a0000: вероятно, это бомба сжатия',
    );
    expect(reasonDetail(t('ru'), 'limit_time', { limit: 1800 })).toBe('Разбор занял больше допустимого времени (1\u00a0800 с)');
  });

  it('has no detail without figures or for a reason that is not a limit', () => {
    expect(reasonDetail(t('ru'), 'limit_entries', null)).toBeNull();
    expect(reasonDetail(t('ru'), 'unreadable', { error: 'x' })).toBeNull();
    expect(reasonDetail(t('ru'), null, { limit: 1 })).toBeNull();
  });
});

/** Warnings as the image parser records them for files cut short (cut-short.test.ts builds the same files). */
const IMAGE_CUTS: Warning[] = [
  {
    text: 'the file ends 12,345 bytes before the end its RIFF header declares: it may be incomplete (truncated); the VP8 chunk (the image data, 20,000 bytes at offset 30) runs 11,805 bytes past the end of the file',
    code: 'image.webp_riff_short',
    params: { bytes: 12345, part: 'webp_chunk', name: 'VP8', content: 'image_data', length: 20000, at: 30, past: 11805 },
  },
  {
    text: 'the VP8 chunk (the image data, 2,147,483,632 bytes at offset 30) runs 2,147,463,092 bytes past the end of the file: the file may be incomplete (truncated) or damaged',
    code: 'image.webp_chunk_past_end',
    params: { part: 'webp_chunk', name: 'VP8', content: 'image_data', length: 2147483632, at: 30, past: 2147463092 },
  },
  {
    text: 'metadata: an offset or length in it points past the end of the bytes that hold it, so part of it was not read; the file may be truncated or damaged (Offset is outside the bounds of the DataView)',
    code: 'image.metadata_offset_past_end',
    params: { end: 'block', error: 'Offset is outside the bounds of the DataView' },
  },
  {
    text: "the mdat box (the media data, which holds the images, 1,550 bytes at offset 187) runs 1,037 bytes past the end of the file: the file may be incomplete (truncated); the bytes of 2 of the 2 items its iloc box places in the file (images, tiles, thumbnails, metadata; items 1, 2) lie past the file's end, by up to 1,037 bytes",
    code: 'image.heif_box_past_end',
    params: {
      part: 'heif_box',
      name: 'mdat',
      content: 'media_data',
      length: 1550,
      at: 187,
      past: 1037,
      items: 'some',
      lostItems: 2,
      placedItems: 2,
      ids: '1, 2',
      farthest: 1037,
    },
  },
  {
    text: 'the file ends 6 bytes into a box header at offset 24: the file may be incomplete (truncated)',
    code: 'image.heif_box_past_end',
    params: { part: 'heif_box_header', headerBytes: 6, at: 24, items: 'none' },
  },
  {
    text: "the file has no mdat box (the media data, which holds the images) after its meta box: it may be incomplete (truncated); the bytes of 2 of the 2 items its iloc box places in the file (images, tiles, thumbnails, metadata; items 1, 2) lie past the file's end, by up to 1,550 bytes",
    code: 'image.heif_no_mdat',
    params: { after: 'box', name: 'meta', items: 'some', lostItems: 2, placedItems: 2, ids: '1, 2', farthest: 1550 },
  },
  {
    text: "the bytes of 1 of the 2 items its iloc box places in the file (images, tiles, thumbnails, metadata; item 2) lie past the file's end, by up to 100 bytes: the file may be incomplete (truncated) or damaged",
    code: 'image.heif_items_past_end',
    params: { items: 'one', lostItems: 1, placedItems: 2, ids: '2', farthest: 100 },
  },
  {
    text: "GPS block cut short: the position may be missing (the value of GPSLongitude, 24 bytes at offset 166, runs past the end of the file's 170 bytes; the file may be truncated or damaged)",
    code: 'image.gps_block_cut',
    params: { cut: 'value', tag: 'GPSLongitude', length: 24, at: 166, end: 'file', size: 170 },
  },
  {
    text: "Exif block cut short: the capture time and camera settings may be missing (its one entry, at offset 50, runs past the end of the file's 60 bytes; the file may be truncated or damaged)",
    code: 'image.exif_block_cut',
    params: { cut: 'entry', at: 50, end: 'file', size: 60 },
  },
  {
    text: "Thumbnail block (IFD1) cut short: the embedded thumbnail may be missing (the thumbnail image, 300 bytes at offset 232, runs past the end of the file's 400 bytes; the file may be truncated or damaged)",
    code: 'image.ifd1_block_cut',
    params: { cut: 'thumbnail', length: 300, at: 232, end: 'file', size: 400 },
  },
  {
    text: "GPS block cut short: the position may be missing (its 4 entries, from offset 88, run past the end of the file's 120 bytes; the file may be truncated or damaged)",
    code: 'image.gps_block_cut',
    params: { cut: 'entries', entries: 4, at: 88, end: 'file', size: 120 },
  },
  {
    text: 'GPS block cut short: the position may be missing (the value of GPSLongitude, 24 bytes at offset 166 of the EXIF data, runs past the end of the 170 bytes of EXIF data before the file ends; the file may be truncated or damaged)',
    code: 'image.gps_block_cut',
    params: { cut: 'value', tag: 'GPSLongitude', length: 24, at: 166, end: 'exif_data', size: 170 },
  },
  {
    text: "Thumbnail block (IFD1) cut short: the embedded thumbnail may be missing (it begins at offset 190 of the EXIF data, past the end of its EXIF segment's 120 bytes; the file may be truncated or damaged)",
    code: 'image.ifd1_block_cut',
    params: { cut: 'start', at: 190, end: 'exif_segment', size: 120 },
  },
  {
    text: "Exif block cut short: MakerNote may be missing or incomplete (the value of MakerNote, 201 bytes at offset 88, runs past the end of the file's 240 bytes; the file may be truncated or damaged)",
    code: 'image.exif_tag_cut',
    params: { cut: 'value', tag: 'MakerNote', length: 201, at: 88, end: 'file', size: 240 },
  },
];

describe('an image cut short', () => {
  it('is worded in English as it was recorded, and in Russian with every number and name it gives', () => {
    for (const warning of IMAGE_CUTS) {
      const english = warningText(t('en'), warning);
      expect(english.translated, warning.code).toBe(true);
      expect(english.text.charAt(0).toLowerCase() + english.text.slice(1)).toBe(
        warning.text.charAt(0).toLowerCase() + warning.text.slice(1),
      );
      const russian = warningText(t('ru'), warning);
      expect(russian.translated, warning.text).toBe(true);
      // In Russian but for the names the values give and the error as JavaScript said it.
      expect(russian.text.replace(String(warning.params?.error ?? ''), ''), warning.code).not.toMatch(
        /warnings\.|\{\{|\$t\(|\b(?:the|of|at|past|end|file|bytes?|may|be)\b/,
      );
      for (const name of ['name', 'tag'] as const) {
        const value = warning.params?.[name];
        if (typeof value === 'string') expect(russian.text).toContain(value);
      }
    }
  });

  it('names the tag that was cut, not the capture time, when it is not one of the block’s key tags', () => {
    const makerNote = IMAGE_CUTS.find((w) => w.code === 'image.exif_tag_cut')!;
    expect(warningText(t('ru'), makerNote).text).toBe(
      'Блок Exif обрывается: MakerNote может отсутствовать или быть неполным (значение MakerNote (201 байт) по смещению 88 выходит за конец файла (240 байт); возможно, файл неполный или повреждён)',
    );
    expect(warningText(t('ru'), makerNote).text).not.toContain('время съёмки');
    const gps = IMAGE_CUTS.find((w) => w.code === 'image.gps_block_cut' && w.params?.end === 'exif_data')!;
    expect(warningText(t('ru'), gps).text).toBe(
      'Блок GPS обрывается: координаты могут отсутствовать (значение GPSLongitude (24 байта) по смещению 166 в данных EXIF выходит за конец данных EXIF, которые есть до конца файла (170 байт); возможно, файл неполный или повреждён)',
    );
  });

  it('names the chunk or box, what it holds and by how much it runs past the end', () => {
    const [riff, chunk] = IMAGE_CUTS;
    expect(warningText(t('ru'), riff!).text).toBe(
      'Файл обрывается на 12\u00a0345 байт раньше конца, заявленного в заголовке RIFF: возможно, он неполный; блок VP8 (данные изображения, 20\u00a0000 байт по смещению 30) выходит за конец файла на 11\u00a0805 байт',
    );
    expect(warningText(t('ru'), chunk!).text).toMatch(
      /^Блок VP8 \(данные изображения, 2\u00a0147\u00a0483\u00a0632 байта по смещению 30\)/,
    );
    const items = IMAGE_CUTS.find((w) => w.code === 'image.heif_items_past_end')!;
    expect(warningText(t('ru'), items).text).toBe(
      'Из элементов, которые бокс iloc размещает в файле (изображения, плитки, миниатюры, метаданные; всего их 2), за конец файла выходят байты элемента 2 (таких элементов: 1), не более чем на 100 байт: возможно, файл неполный или повреждён',
    );
  });

  it('is shown in the English it was recorded in when its words would say less: a value missing, a number left out', () => {
    // As the image parser's version 5 recorded it: the code, without the values its sentence names.
    const older = { ...IMAGE_CUTS.find((w) => w.code === 'image.exif_tag_cut')!, code: 'image.exif_block_cut', params: undefined };
    for (const lng of ['en', 'ru']) expect(warningText(t(lng), older)).toMatchObject({ text: older.text, translated: false });
    const riff = {
      text: 'the file ends 12 bytes before the end its RIFF header declares: …; the VP8 chunk …',
      code: 'image.webp_riff_short',
      params: { bytes: 12 },
    };
    expect(warningText(t('ru'), riff).translated).toBe(false);
    // Words whose value names a phrase that is not there.
    const odd = { ...IMAGE_CUTS[0]!, params: { ...IMAGE_CUTS[0]!.params, part: 'nothing_such' } };
    expect(warningText(t('ru'), odd)).toMatchObject({ text: odd.text, translated: false });
    // The recorded English gives a number the words do not.
    const fewer = { text: 'the PDF is encrypted (revision 6)', code: 'pdf.encrypted' };
    expect(warningText(t('ru'), fewer)).toMatchObject({ text: fewer.text, translated: false });
  });
});

describe('a name from evidence', () => {
  it('shows its control and bidirectional characters escaped, in the words and in the recorded English', () => {
    const member = 'invoice\u202Efdp.exe\u2066x\u2069\u200f\u0007';
    const warning = { text: `member "${member}" is encrypted: listed, not extracted`, code: 'zip.member_encrypted', params: { member } };
    const shown = warningText(t('ru'), warning);
    expect(shown.text).toBe('Запись «invoice\\u202Efdp.exe\\u2066x\\u2069\\u200F\\u0007» зашифрована: внесена в перечень, но не извлечена');
    expect(shown.recorded).toBe('member "invoice\\u202Efdp.exe\\u2066x\\u2069\\u200F\\u0007" is encrypted: listed, not extracted');
    // eslint-disable-next-line no-control-regex -- none of them may be left
    expect(shown.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u0000-\u001f]/);
    const untranslated = warningText(t('ru'), { text: `a newer warning about ${member}`, code: 'zip.something_new' });
    expect(untranslated.text).toBe('a newer warning about invoice\\u202Efdp.exe\\u2066x\\u2069\\u200F\\u0007');
    expect(reasonDetail(t('en'), 'limit_depth', { member: 'a\u202Eb', exhibit: '1', limit: 3 })).toContain('“a\\u202Eb”');
  });
});

describe('Russian words', () => {
  const ruText = (code: string, params: Record<string, string | number>) => warningText(t('ru'), { text: '', code, params }).text;

  it('agree with their numbers or avoid agreeing', () => {
    expect(ruText('image.large_prefix_only', { size: 104857600, bytes: 8388608 })).toBe(
      'Размер изображения 104\u00a0857\u00a0600 байт: метаданные искались только в начале файла (8\u00a0388\u00a0608 байт)',
    );
    expect(ruText('pdf.text_capped', { page: 3, pages: 21 })).toBe(
      'Текст ограничен 1 МиБ: он прочитан до страницы 3 включительно (всего страниц: 21)',
    );
    expect(ruText('mbox.bytes_before_first_message', { bytes: 1 })).toBe('Перед первой строкой «From » пропущено: 1 байт');
    expect(ruText('whatsapp.invalid_dates', { count: 21 })).toBe(
      'У 21 сообщения в заголовке несуществующие дата или время; время не указано',
    );
    expect(ruText('zip.symlink', { member: 'a' })).toBe('Запись «a» — символическая ссылка: зафиксирована, по ссылке не переходили');
  });

  it('count the items inside an exhibit in agreement with their total, grouped', () => {
    expect(t('ru')('evidence:list.derivedFailed', { failed: 1, count: 1 })).toBe('Ошибка: 1 из 1 вложенного');
    expect(t('ru')('evidence:list.derivedFailed', { failed: 1200, count: 15000 })).toBe('Ошибка: 1\u00a0200 из 15\u00a0000 вложенных');
    expect(t('ru')('evidence:list.derivedSkipped', { skipped: 2, count: 21 })).toBe('Пропущено: 2 из 21 вложенного');
    expect(t('en')('evidence:list.derivedFailed', { failed: 1200, count: 15000 })).toBe('1,200 of 15,000 inside failed');
  });
});

describe('a compression bomb', () => {
  it('is measured against the container, or, inside one, against the exhibit taken in with what was extracted from it before', () => {
    const own = { stage: 'read', member: 'zeros.bin', exhibit: '3', limit: 100, origin: '3' };
    expect(reasonDetail(t('en'), 'limit_expansion', own)).toBe(
      '“zeros.bin” expanded past 100 times the size of the container: a compression bomb is likely',
    );
    const nested = { stage: 'declared', member: 'zeros.bin', exhibit: '3/1/2', limit: 100, origin: '3', countedAs: 1048576 };
    expect(reasonDetail(t('en'), 'limit_expansion', nested)).toBe(
      'Expanding “zeros.bin” would pass 100 times the size of 3 (counted as 1,048,576 bytes, the least a container is allowed), counting what was extracted from it before: a compression bomb is likely',
    );
    expect(reasonDetail(t('ru'), 'limit_expansion', nested)).toBe(
      'Распаковка «zeros.bin» превысила бы 100-кратный размер 3 (принятый равным 1\u00a0048\u00a0576 байт: меньшим размер контейнера не принимается) с учётом того, что из него уже извлечено: вероятно, это бомба сжатия',
    );
    expect(reasonDetail(t('ru'), 'limit_expansion', own)).toBe(
      'При распаковке «zeros.bin» объём превысил 100-кратный размер контейнера: вероятно, это бомба сжатия',
    );
  });
});
