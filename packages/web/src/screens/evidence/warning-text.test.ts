// Processing warnings and a passed limit's reason in the reader's language, through i18next as the app sets it up.
import i18next, { type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en, ru } from './evidence.warnings.locale';
import { addWarningFormats, reasonDetail, warningText } from './warning-text';

let i18n: I18n;

beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { evidence: en }, ru: { evidence: ru } },
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
      params: { bytes: 12342 },
    };
    expect(warningText(t('ru'), warning)).toEqual({
      text: 'Файл обрывается на 12\u00a0342 байта раньше конца, заявленного в заголовке RIFF: возможно, он неполный',
      translated: true,
    });
    expect(warningText(t('ru'), { ...warning, params: { bytes: 12345 } }).text).toContain('на 12\u00a0345 байт раньше');
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
      'Даты прочитаны как «месяц, день», как выбрано; сами даты файла указывают на порядок как «день, месяц» (по убывающей части даты)',
    );
    const inMbox = {
      text: 'message 3 at offset 1024: no Date header',
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
    expect(warningText(t('ru'), unknown)).toEqual({ text: 'a warning a newer parser gives', translated: false });
    expect(warningText(t('ru'), { text: 'an older warning' })).toEqual({ text: 'an older warning', translated: false });
    expect(warningText(t('ru'), { text: 'odd', code: 'zip' })).toEqual({ text: 'odd', translated: false });
    expect(warningText(t('ru'), { text: 'odd', code: '../zip.crc_mismatch' })).toEqual({ text: 'odd', translated: false });
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
      'Запись «zeros.bin» распаковывается с коэффициентом 204\u00a0800, больше предела 1\u00a0000: вероятно, zip-бомба',
    );
    expect(reasonDetail(t('ru'), 'limit_time', { limit: 1800 })).toBe('Разбор занял больше допустимого времени (1\u00a0800 с)');
  });

  it('has no detail without figures or for a reason that is not a limit', () => {
    expect(reasonDetail(t('ru'), 'limit_entries', null)).toBeNull();
    expect(reasonDetail(t('ru'), 'unreadable', { error: 'x' })).toBeNull();
    expect(reasonDetail(t('ru'), null, { limit: 1 })).toBeNull();
  });
});
