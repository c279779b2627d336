import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DETECT, type ArtifactDraft } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { whatsappTextParser } from './whatsapp-text-parser';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const messages = (artifacts: ArtifactDraft[]) => artifacts.filter((a) => a.type === 'message');
const accounts = (artifacts: ArtifactDraft[]) => artifacts.filter((a) => a.type === 'account');

describe('whatsapp.txt', () => {
  it('detects exports by their first header line, and by name', async () => {
    expect(whatsappTextParser.detect(await probeOf(fixture('WhatsApp Chat with Loris.txt')))).toBe(DETECT.CERTAIN);
    expect(whatsappTextParser.detect(await probeOf(fixture('out-of-order.txt')))).toBe(DETECT.LIKELY);
    expect(whatsappTextParser.detect(await probeOf(fixture('ios-chat.txt')))).toBe(DETECT.LIKELY);
    expect(whatsappTextParser.detect(await probeOf(fixture('ios-chat.txt'), '_chat.txt'))).toBe(DETECT.CERTAIN);
    expect(whatsappTextParser.detect(await probeOf(Buffer.from('hello\nworld\n'), 'WhatsApp Chat with X.txt'))).toBe(DETECT.NAME_ONLY);
    expect(whatsappTextParser.detect(await probeOf(Buffer.from('2024-01-01 10:00:00 INFO started\n'), 'app.log'))).toBe(DETECT.NO);
    expect(whatsappTextParser.detect(await probeOf(Buffer.from('PK\u0003\u0004...'), '_chat.txt'))).toBe(DETECT.NO);
  });

  it('reads Android en 24 h: continuation lines (even date-like ones), attachment, placeholders, markers', async () => {
    const run = await runParser(whatsappTextParser, fixture('WhatsApp Chat with Loris.txt'), { caseTimeZone: 'Asia/Almaty' });
    expect(run.warnings).toEqual([]);
    const msgs = messages(run.artifacts);
    expect(msgs.map((m) => m.key)).toEqual(['line:1', 'line:2', 'line:5', 'line:6', 'line:7', 'line:8', 'line:9', 'line:10']);
    expect(msgs[0]!.fields).toMatchObject({ kind: 'system', systemEvent: 'e2e_notice', chat: 'Loris' });
    expect(msgs[0]!.actors).toEqual([]);
    const schedule = msgs[1]!;
    expect(schedule.text).toBe('The schedule for the meeting:\n2016-04-29 10:30:00 first slot\n2016-04-29 11:00:00 second slot');
    expect(schedule.actors).toEqual([{ role: 'author', account: 'whatsapp:name:Loris', name: 'Loris' }]);
    // 2018-06-23 01:55 in Almaty (then UTC+6).
    expect(schedule.time).toEqual({ utc: '2018-06-22T19:55:00.000000Z', zone: 'Asia/Almaty', derived: true, raw: '23/06/2018, 01:55' });
    expect(schedule.fields).toMatchObject({
      kind: 'user',
      author: 'Loris',
      lineCount: 3,
      localTime: '2018-06-23T01:55:00',
      utcOffset: '+06:00',
      clock: '24h',
      dateOrder: 'day-first',
      dateOrderRule: 'component above 12',
    });
    // The locator covers the message's three lines exactly.
    const bytes = await readFile(fixture('WhatsApp Chat with Loris.txt'));
    const { offset, length, line } = schedule.locator;
    expect(line).toBe(2);
    expect(bytes.subarray(offset!, offset! + length!).toString()).toBe(`23/06/2018, 01:55 - Loris: ${schedule.text}`);
    expect(msgs[2]!.text).toBe('ok: noted');
    expect(msgs[3]!.fields).toMatchObject({ attachment: { fileName: 'IMG-20180624-WA0001.jpg', member: null } });
    expect(msgs[4]!.fields).toMatchObject({ mediaOmitted: 'media' });
    expect(msgs[5]!.fields).toMatchObject({ deleted: 'other' });
    expect(msgs[6]!.fields).toMatchObject({ edited: true });
    expect(msgs[7]!.fields).toMatchObject({ call: 'missed_voice' });
    expect(accounts(run.artifacts).map((a) => [a.key, a.fields!.messages])).toEqual([
      ['account:whatsapp:name:Loris', 4],
      ['account:whatsapp:name:Aigerim', 3],
    ]);
  });

  it('reads Android en 12 h with U+202F before AM/PM: 12:05 AM is 00:05, 12:05 PM is 12:05', async () => {
    const run = await runParser(whatsappTextParser, fixture('WhatsApp Chat with Sam.txt'));
    const msgs = messages(run.artifacts);
    expect(msgs.map((m) => m.time!.utc)).toEqual([
      '2024-03-14T23:58:00.000000Z',
      '2024-03-15T00:05:00.000000Z',
      '2024-03-15T12:05:00.000000Z',
      '2024-03-15T13:55:00.000000Z',
    ]);
    expect(msgs[1]!.time!.raw).toBe('3/15/24, 12:05\u202fAM');
    expect(msgs[1]!.fields).toMatchObject({ clock: '12h', dateOrder: 'month-first', dateOrderRule: 'component above 12' });
  });

  it('reads Android ru: Cyrillic authors, <Без медиафайлов>, deleted messages, missed calls', async () => {
    const run = await runParser(whatsappTextParser, fixture('Чат WhatsApp с Иван Петров.txt'), { caseTimeZone: 'Asia/Almaty' });
    expect(run.warnings).toEqual([]);
    const msgs = messages(run.artifacts);
    expect(msgs[0]!.fields).toMatchObject({ kind: 'system', systemEvent: 'e2e_notice', chat: 'Иван Петров' });
    expect(msgs[1]!.actors).toEqual([{ role: 'author', account: 'whatsapp:name:Иван Петров', name: 'Иван Петров' }]);
    expect(msgs[1]!.time!.utc).toBe('2024-07-28T09:03:00.000000Z'); // Almaty is UTC+5 since 2024-03-01
    expect(msgs[2]!.fields).toMatchObject({ author: 'Айгерим Сейткали', mediaOmitted: 'media' });
    expect(msgs[3]!.fields).toMatchObject({ deleted: 'other' });
    expect(msgs[4]!.fields).toMatchObject({ deleted: 'self' });
    expect(msgs[5]!.fields).toMatchObject({ attachment: { fileName: 'IMG-20240728-WA0001.jpg', member: null } });
    expect(msgs[6]!.fields).toMatchObject({ call: 'missed_voice' });
    expect(msgs[7]!.text).toBe('Доброе утро\nэто вторая строка');
    expect(accounts(run.artifacts).map((a) => a.key)).toEqual([
      'account:whatsapp:name:Иван Петров',
      'account:whatsapp:name:Айгерим Сейткали',
    ]);
  });

  it('classifies system lines, including the E2E notice under the chat name and a subject holding ": "', async () => {
    const run = await runParser(whatsappTextParser, fixture('WhatsApp Chat with Family.txt'));
    const msgs = messages(run.artifacts);
    expect(msgs.map((m) => [m.fields!.kind, m.fields!.systemEvent ?? m.fields!.author])).toEqual([
      ['system', 'e2e_notice'],
      ['system', 'group_created'],
      ['system', 'member_added'],
      ['system', 'subject_changed'],
      ['user', 'Aigerim'],
      ['system', 'member_left'],
    ]);
    expect(msgs[0]!.fields).toMatchObject({ attributedTo: 'Family' });
    expect(msgs[0]!.actors).toEqual([]);
    expect(msgs[3]!.text).toBe('Loris changed the subject from "Family" to "Family: 2024 plans"');
    expect(msgs[4]!.text).toBe('hello: everyone');
    expect(accounts(run.artifacts).map((a) => a.key)).toEqual(['account:whatsapp:name:Aigerim']);
  });

  it('reclassifies Russian system lines, including a subject change holding ": "', async () => {
    const chat = [
      '13.03.2024, 09:01 - Иван создал(а) группу «Семья»',
      '13.03.2024, 09:02 - Иван добавил(а) Айгерим',
      '13.03.2024, 09:03 - Иван изменил(а) тему с «Семья» на «Семья: планы»',
      '13.03.2024, 09:04 - Айгерим вышел(-ла)',
      '13.03.2024, 09:05 - Иван: добавил фото: завтра',
    ].join('\n');
    const run = await runParser(whatsappTextParser, Buffer.from(chat));
    expect(messages(run.artifacts).map((m) => m.fields!.systemEvent ?? m.fields!.author)).toEqual([
      'group_created',
      'member_added',
      'subject_changed',
      'member_left',
      'Иван',
    ]);
  });

  it('turns phone authors wrapped in U+202A/U+202C into E.164 accounts', async () => {
    const run = await runParser(whatsappTextParser, fixture('phone-authors.txt'));
    const msgs = messages(run.artifacts);
    expect(msgs.map((m) => m.actors![0]!.account)).toEqual(['whatsapp:+77012345678', 'whatsapp:+79123456789', 'whatsapp:+77012345678']);
    expect(msgs[0]!.actors![0]!.name).toBe('+7 701 234 56 78');
    expect(msgs[0]!.fields).toMatchObject({ authorPhone: '+77012345678', invisibleCharacters: true });
    expect(msgs[2]!.text).toBe('\u202a+7 912 345-67-89\u202c, call me'); // the body keeps its raw characters
    const accs = accounts(run.artifacts);
    expect(accs.map((a) => a.key)).toEqual(['account:whatsapp:+77012345678', 'account:whatsapp:+79123456789']);
    expect(accs[1]!.fields).toMatchObject({ platform: 'whatsapp', phone: '+79123456789', names: ['+7 912 345-67-89'], messages: 1 });
  });

  it('keeps file order and flags an out-of-order message', async () => {
    const run = await runParser(whatsappTextParser, fixture('out-of-order.txt'));
    const msgs = messages(run.artifacts);
    expect(msgs.map((m) => m.text)).toEqual(['first', 'second', 'delivered late', 'third']);
    expect(msgs.map((m) => m.fields!.outOfOrder ?? false)).toEqual([false, false, true, false]);
  });

  it('reads naive times in the case zone: Almaty moves from +6 to +5 on 2024-03-01', async () => {
    const run = await runParser(whatsappTextParser, fixture('almaty-2024-03-01.txt'), { caseTimeZone: 'Asia/Almaty' });
    const msgs = messages(run.artifacts);
    expect(msgs.map((m) => [m.time!.utc, m.fields!.utcOffset])).toEqual([
      ['2024-02-29T15:00:00.000000Z', '+06:00'],
      ['2024-03-01T04:00:00.000000Z', '+05:00'],
    ]);
    expect(msgs.every((m) => m.time!.zone === 'Asia/Almaty' && m.time!.derived)).toBe(true);
  });

  it('streams a large chat with CRLF line ends in odd chunks', async () => {
    const lines = Array.from(
      { length: 20_000 },
      (_, i) => `${(i % 28) + 1}/02/2023, ${String(i % 24).padStart(2, '0')}:15 - User ${i % 7}: message ${i}`,
    );
    const run = await runParser(whatsappTextParser, Buffer.from(lines.join('\r\n') + '\r\n'));
    const msgs = messages(run.artifacts);
    expect(msgs).toHaveLength(20_000);
    expect(msgs[19_999]!.text).toBe('message 19999');
    expect(msgs[19_999]!.locator.line).toBe(20_000);
    expect(accounts(run.artifacts)).toHaveLength(7);
  });

  it('keeps a pasted log inside its message, however many of its lines start with a date', async () => {
    for (const count of [3, 20]) {
      const log = Array.from({ length: count }, (_, i) => `2016-04-29 10:${String(i).padStart(2, '0')}:00 entry ${i}`);
      const text = [
        '23/06/2018, 01:55 - Loris: log:',
        ...log,
        '23/06/2018, 01:57 - Aigerim: ok',
        '24/06/2018, 09:00 - Loris: bye',
        '',
      ].join('\n');
      const msgs = messages((await runParser(whatsappTextParser, Buffer.from(text), { caseTimeZone: 'Asia/Almaty' })).artifacts);
      expect(msgs.map((m) => [m.fields!.author, m.text])).toEqual([
        ['Loris', ['log:', ...log].join('\n')],
        ['Aigerim', 'ok'],
        ['Loris', 'bye'],
      ]);
    }
  });

  it('keeps an author whose name holds a system word, and still reads a subject change holding ": "', async () => {
    const text = [
      '13/03/2024, 09:00 - Арман Администратор ЖК: Завтра отключат воду',
      '13/03/2024, 09:01 - Tom Left: hi',
      '13/03/2024, 09:02 - Security Code Bot: x',
      '13/03/2024, 09:03 - Иван изменил(а) тему на «Встреча: завтра»',
      '13/03/2024, 09:04 - Loris changed the subject to "Plan: B"',
      '',
    ].join('\n');
    const msgs = messages((await runParser(whatsappTextParser, Buffer.from(text), { caseTimeZone: 'Asia/Almaty' })).artifacts);
    expect(msgs.map((m) => [m.fields!.kind, m.fields!.author ?? null, m.fields!.systemEvent ?? null])).toEqual([
      ['user', 'Арман Администратор ЖК', null],
      ['user', 'Tom Left', null],
      ['user', 'Security Code Bot', null],
      ['system', null, 'subject_changed'],
      ['system', null, 'subject_changed'],
    ]);
    expect(msgs[3]!.text).toBe('Иван изменил(а) тему на «Встреча: завтра»');
  });

  it('reads attached documents named with spaces and Cyrillic letters', async () => {
    const text = [
      '13/03/2024, 09:00 - Арман: Договор аренды.pdf (файл добавлен)',
      '13/03/2024, 09:01 - Tom: Contract final.pdf (file attached)',
      '',
    ].join('\n');
    const msgs = messages((await runParser(whatsappTextParser, Buffer.from(text), { caseTimeZone: 'Asia/Almaty' })).artifacts);
    expect(msgs.map((m) => (m.fields!.attachment as { fileName: string }).fileName)).toEqual(['Договор аренды.pdf', 'Contract final.pdf']);
  });

  it('flags a local time the clocks made twice (Almaty, 29 February 2024, 23:30)', async () => {
    const text = ['29/02/2024, 22:30 - Loris: before', '29/02/2024, 23:30 - Loris: twice', '01/03/2024, 00:30 - Loris: after', ''].join(
      '\n',
    );
    const msgs = messages((await runParser(whatsappTextParser, Buffer.from(text), { caseTimeZone: 'Asia/Almaty' })).artifacts);
    expect(msgs.map((m) => m.fields!.localTimeAmbiguous ?? false)).toEqual([false, true, false]);
  });

  it('reads the iOS placeholder of an omitted document, which names the document and its pages first', async () => {
    const text = '[13.03.24, 09:00:00] Tom: Contract.pdf • \u200e3 pages \u200edocument omitted\n';
    const [msg] = messages((await runParser(whatsappTextParser, Buffer.from(text), { caseTimeZone: 'Asia/Almaty' })).artifacts);
    expect(msg!.fields).toMatchObject({ author: 'Tom', mediaOmitted: 'document' });
  });

  it('fails clearly on text that is no chat', async () => {
    await expect(runParser(whatsappTextParser, Buffer.from('just\nsome\ntext\n'))).rejects.toThrow(/no WhatsApp message header/);
  });

  it('survives truncated, corrupted and random input', async () => {
    for (const name of ['WhatsApp Chat with Loris.txt', 'ios-chat.txt']) {
      const outcomes = await expectRobust(whatsappTextParser, await readFile(fixture(name)));
      expect(outcomes).toHaveLength(14);
      expect(outcomes.filter((o) => o.includes(': ok'))).not.toHaveLength(0);
    }
  });
});
