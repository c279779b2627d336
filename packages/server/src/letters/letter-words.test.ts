// The wording helpers: dates keep the author's wall time and offset, Russian numerals agree, every request
// type of issue 7 has its own template, and each label table covers both languages.
import { describe, expect, it } from 'vitest';
import { readableDate } from './letter-dates';
import { ADDRESSEE_KINDS, CHANNELS, DATA_CATEGORIES, EXTRA_FIELDS, INSTRUMENTS, SELECTOR_TYPES, wordFor } from './letter-labels';
import { phrases } from './letter-phrases';
import { LETTER_TEMPLATES, templateFor } from './letter-templates';

describe('readableDate', () => {
  it('keeps the time and offset as written, in each language', () => {
    expect(readableDate('2026-03-14T10:30:00+05:00', 'en')).toBe('14 March 2026, 10:30 (UTC+05:00)');
    expect(readableDate('2026-03-14T10:30:00+05:00', 'ru')).toBe('14 марта 2026 г., 10:30 (UTC+05:00)');
    expect(readableDate('2026-02-10T23:59:59Z', 'en')).toBe('10 February 2026, 23:59:59 (UTC)');
    expect(readableDate('2026-12-01T08:00:00.000-0330', 'ru')).toBe('1 декабря 2026 г., 08:00 (UTC-03:30)');
    expect(readableDate('2026-06-13', 'ru')).toBe('13 июня 2026 г.');
  });

  it('returns anything that is not an ISO date unchanged', () => {
    expect(readableDate('next Tuesday', 'en')).toBe('next Tuesday');
    expect(readableDate('2026-13-01', 'en')).toBe('2026-13-01');
  });
});

describe('phrases', () => {
  it('puts Russian years in the genitive the number needs', () => {
    const ru = phrases('ru');
    expect(ru.penalty(1)).toBe('лишение свободы на срок до 1 года');
    expect(ru.penalty(5)).toBe('лишение свободы на срок до 5 лет');
    expect(ru.penalty(11)).toBe('лишение свободы на срок до 11 лет');
    expect(ru.penalty(21)).toBe('лишение свободы на срок до 21 года');
    expect(phrases('en').penalty(1)).toBe('imprisonment for up to 1 year');
  });

  it('has every English phrase in Russian too, and never the same words', () => {
    const en = phrases('en');
    const ru = phrases('ru');
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(typeof ru[key]).toBe(typeof en[key]);
      if (typeof en[key] === 'string' && /[a-z]{3}/.test(en[key])) expect(ru[key]).not.toBe(en[key]);
    }
  });
});

describe('templates and labels', () => {
  it('gives each request type of issue 7 its own template', () => {
    const types = [
      'PRES_DIRECT',
      'PRES_247',
      'DISC_VOLUNTARY',
      'DISC_EMERGENCY',
      'EMERG_247_2AP9',
      'MLA_STORED',
      'MLA_EMERGENCY',
      'DOMAIN_REG',
      'SUBSCRIBER_ORDER_2AP7',
      'SPONTANEOUS_INFO',
    ];
    for (const type of types) expect(templateFor(type)).toBe(LETTER_TEMPLATES[type]);
    expect(templateFor('EPOC').subject.en).toContain('(EPOC)');
  });

  it('words every code in Russian in Cyrillic, and every extra key a template expects', () => {
    for (const table of [DATA_CATEGORIES, SELECTOR_TYPES, INSTRUMENTS, CHANNELS, ADDRESSEE_KINDS, EXTRA_FIELDS])
      for (const [code, words] of Object.entries(table)) {
        expect(words.en, code).not.toBe('');
        if (!['IMEI'].includes(code)) expect(words.ru, code).toMatch(/[а-яё]/i);
      }
    for (const template of Object.values(LETTER_TEMPLATES))
      for (const key of template.extraKeys) expect(Object.hasOwn(EXTRA_FIELDS, key), key).toBe(true);
    expect(wordFor(DATA_CATEGORIES, 'CONTENT', 'ru')).toBe('Содержание');
    expect(wordFor(DATA_CATEGORIES, 'NOT_A_CODE', 'ru')).toBe('NOT_A_CODE');
  });
});
