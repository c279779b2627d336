import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Parser } from '@tamga/core';
import { runParser } from '../testing/run-parser';
import { parseChat, type ChatOptions } from './chat-parser';
import { dateParts, decideDateOrder, wallTime } from './dates';
import { whatsappTextParser } from './whatsapp-text-parser';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** The text parser with options an investigator cannot set per item (configured placeholders). */
function withOptions(options: ChatOptions): Parser {
  return {
    ...whatsappTextParser,
    parse: async (input, out) => {
      await parseChat(
        { open: () => input.read(), signal: input.signal, caseTimeZone: input.item.caseTimeZone, chatName: null },
        out,
        options,
      );
    },
  };
}

async function datesOf(parser: Parser, source: string | Uint8Array, reading: { daysFirst?: boolean } = {}) {
  const run = await runParser(parser, source, { reading });
  const msgs = run.artifacts.filter((a) => a.type === 'message');
  return { run, local: msgs.map((m) => m.fields!.localTime), rule: msgs[0]!.fields!.dateOrderRule, order: msgs[0]!.fields!.dateOrder };
}

describe('WhatsApp dates', () => {
  it('takes the longest component as the year and 2-digit years as 20YY', () => {
    expect(dateParts('23/06/2018')).toEqual([23, 6, 2018]);
    expect(dateParts('2018/06/13')).toEqual([6, 13, 2018]);
    expect(dateParts('13. 6. 2018')).toEqual([13, 6, 2018]);
    expect(dateParts('06.13.18')).toEqual([6, 13, 2018]);
  });

  it('reads clocks: separators, missing seconds, AM/PM in any spelling', () => {
    expect(wallTime([3, 6, 2018], '1.55', 'p. m.', true)).toEqual({ year: 2018, month: 6, day: 3, hour: 13, minute: 55, second: 0 });
    expect(wallTime([3, 6, 2018], '12:05', 'AM', true)).toMatchObject({ hour: 0, minute: 5 });
    expect(wallTime([3, 6, 2018], '12:05', 'pm', true)).toMatchObject({ hour: 12, minute: 5 });
    expect(wallTime([3, 6, 2018], '21.25.15', null, false)).toMatchObject({ month: 3, day: 6, hour: 21, second: 15 });
    expect(wallTime([30, 2, 2018], '10:00', null, true)).toBeNull();
    expect(wallTime([3, 6, 2018], '13:00', 'PM', true)).toBeNull();
  });

  it('decides by a component above 12, then a decreasing one, then change frequency', () => {
    expect(
      decideDateOrder([
        [3, 6, 2018],
        [30, 6, 2018],
      ]),
    ).toEqual({ daysFirst: true, rule: 'component above 12' });
    expect(
      decideDateOrder([
        [6, 3, 2018],
        [6, 30, 2018],
      ]),
    ).toEqual({ daysFirst: false, rule: 'component above 12' });
    expect(
      decideDateOrder([
        [1, 10, 2018],
        [1, 11, 2018],
        [1, 12, 2018],
        [2, 1, 2018],
      ]),
    ).toEqual({ daysFirst: false, rule: 'decreasing component' });
    expect(decideDateOrder([[3, 6, 2018]])).toEqual({ daysFirst: true, rule: 'undecided' });
    expect(decideDateOrder([[3, 6, 2018]], false)).toEqual({
      daysFirst: false,
      rule: 'override',
      fromDates: { daysFirst: true, rule: 'undecided' },
    });
  });

  it("reports a file holding only 3/6/18 as undecided, and the investigator's choice flips it", async () => {
    const undecided = await datesOf(whatsappTextParser, fixture('undecided.txt'));
    expect(undecided.rule).toBe('undecided');
    expect(undecided.order).toBe('day-first');
    expect(undecided.local).toEqual(['2018-06-03T13:55:00', '2018-06-03T13:56:00']);
    expect(undecided.run.warnings).toEqual([expect.stringMatching(/^day\/month order undecided/)]);

    const flipped = await datesOf(whatsappTextParser, fixture('undecided.txt'), { daysFirst: false });
    expect(flipped.rule).toBe('override');
    expect(flipped.local).toEqual(['2018-03-06T13:55:00', '2018-03-06T13:56:00']);
    expect(flipped.run.warnings).toEqual([]);

    // Adding 30/6/18 makes the file day-first.
    const more = Buffer.concat([await readFile(fixture('undecided.txt')), Buffer.from('30/6/18, 09:00 - Ann: later\n')]);
    const decided = await datesOf(whatsappTextParser, more);
    expect([decided.rule, decided.order]).toEqual(['component above 12', 'day-first']);
    // A choice its dates contradict is still followed, and the reviewer is told which dates it cost.
    const against = await datesOf(whatsappTextParser, more, { daysFirst: false });
    expect([against.rule, against.order]).toEqual(['override', 'month-first']);
    expect(against.run.warnings).toEqual([
      'dates were read month-first as chosen, but some have a component above 12 that only day-first reads as a day: those dates are invalid',
      '1 message(s) have a header date or time that does not exist; their time is left empty',
    ]);
    // Choosing what the dates say anyway warns of nothing.
    expect((await datesOf(whatsappTextParser, more, { daysFirst: true })).run.warnings).toEqual([]);
  });

  it('applies rule 2 (a decreasing component) and rule 3 (change frequency) when all dates are ≤ 12', async () => {
    const decreasing = await datesOf(whatsappTextParser, fixture('decreasing.txt'));
    expect([decreasing.rule, decreasing.order]).toEqual(['decreasing component', 'day-first']);
    expect(decreasing.local.at(-1)).toBe('2018-02-01T10:00:00');
    const frequency = await datesOf(whatsappTextParser, fixture('frequency.txt'));
    expect([frequency.rule, frequency.order]).toEqual(['change frequency', 'day-first']);
    const flipped = await datesOf(whatsappTextParser, fixture('frequency.txt'), { daysFirst: false });
    expect(flipped.local).toEqual(['2018-01-01T10:00:00', '2018-02-01T10:00:00', '2018-03-01T10:00:00']);
    expect(flipped.run.warnings).toEqual([
      "dates were read month-first as chosen; the file's own dates suggest day-first (change frequency)",
    ]);
  });

  it('accepts a configured placeholder', async () => {
    const chat = Buffer.from('13/05/2024, 10:00 - Ann: <Медиа файлы опущены>\n');
    const plain = await runParser(whatsappTextParser, chat);
    expect(plain.artifacts[0]!.fields).not.toHaveProperty('mediaOmitted');
    const configured = await runParser(withOptions({ extraPlaceholders: ['<Медиа файлы опущены>'] }), chat);
    expect(configured.artifacts[0]!.fields).toMatchObject({ mediaOmitted: 'media' });
  });
});
