// The date order control's model: the order a state shows, what it sends, which parsers offer it, who may choose,
// and the parsers asked once.
import { describe, expect, it, vi } from 'vitest';
import {
  dateOrderControl,
  dateOrderOf,
  daysFirstOf,
  mayChooseReading,
  parserOffers,
  parsersOnce,
  type ParserInfo,
} from './reading-choices';

const PARSERS: ParserInfo[] = [
  { id: 'whatsapp.txt', version: '3', description: 'WhatsApp chat export (text)', readingChoices: ['daysFirst'] },
  { id: 'telegram.json', version: '2', description: 'Telegram export', readingChoices: [] },
];

describe('the date order', () => {
  it('is automatic until chosen, and day or month first as chosen', () => {
    expect(dateOrderOf({})).toBe('auto');
    expect(dateOrderOf(undefined)).toBe('auto');
    expect(dateOrderOf({ daysFirst: true })).toBe('day');
    expect(dateOrderOf({ daysFirst: false })).toBe('month');
  });

  it('sends null for automatic, which leaves it to the parser again', () => {
    expect(daysFirstOf('auto')).toBeNull();
    expect(daysFirstOf('day')).toBe(true);
    expect(daysFirstOf('month')).toBe(false);
  });

  it('is offered only for an item read by a parser that offers it', () => {
    expect(parserOffers(PARSERS, 'whatsapp.txt', 'daysFirst')).toBe(true);
    expect(parserOffers(PARSERS, 'telegram.json', 'daysFirst')).toBe(false);
    expect(parserOffers(PARSERS, 'gone.parser', 'daysFirst')).toBe(false);
    expect(parserOffers(PARSERS, null, 'daysFirst')).toBe(false);
    expect(parserOffers(undefined, 'whatsapp.txt', 'daysFirst')).toBe(false);
  });

  it('offers every order for such an item, and only clearing a choice left from another parser', () => {
    expect(dateOrderControl(PARSERS, { parserId: 'whatsapp.txt', reading: {} })).toBe('offered');
    expect(dateOrderControl(PARSERS, { parserId: 'whatsapp.txt', reading: { daysFirst: true } })).toBe('offered');
    expect(dateOrderControl(PARSERS, { parserId: 'telegram.json', reading: { daysFirst: false } })).toBe('left');
    expect(dateOrderControl(PARSERS, { parserId: 'telegram.json', reading: {} })).toBeNull();
    expect(dateOrderControl(PARSERS, { parserId: null })).toBeNull();
    expect(dateOrderControl(undefined, { parserId: 'telegram.json', reading: { daysFirst: false } })).toBeNull();
    expect(dateOrderControl(PARSERS, null)).toBeNull();
  });

  it('may be chosen by a role that takes in evidence, contributing to the case', () => {
    for (const role of ['investigator', 'examiner', 'supervisor', 'trainee']) {
      expect(mayChooseReading(role, 'contribute')).toBe(true);
      expect(mayChooseReading(role, 'lead')).toBe(true);
      expect(mayChooseReading(role, 'read')).toBe(false);
      expect(mayChooseReading(role, undefined)).toBe(false);
    }
    for (const role of ['prosecutor', 'auditor', 'admin']) expect(mayChooseReading(role, 'lead')).toBe(false);
    expect(mayChooseReading(undefined, 'lead')).toBe(false);
  });
});

describe('parsersOnce', () => {
  it('asks the server once, and again only after a failure', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    await expect(parsersOnce(failing)).rejects.toThrow('offline');
    const load = vi.fn(() => Promise.resolve(PARSERS));
    expect(await parsersOnce(load)).toBe(PARSERS);
    expect(await parsersOnce(load)).toBe(PARSERS);
    expect(load).toHaveBeenCalledTimes(1);
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
