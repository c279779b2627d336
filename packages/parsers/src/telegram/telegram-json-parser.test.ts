// Fixtures (FORMATS.md §1.7) are result.json files laid out byte for byte as tdesktop writes them: one-space
// indentation, `\xHH` escapes. The `.tdesktop-json` extension keeps Prettier from reformatting them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECT, type ArtifactDraft } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { fixHexEscapes } from './tdesktop-json';
import { telegramJsonParser } from './telegram-json-parser';

const SINGLE = new URL('./fixtures/single-chat.tdesktop-json', import.meta.url).pathname;
const FULL = new URL('./fixtures/full-account.tdesktop-json', import.meta.url).pathname;
const ZONE = { caseTimeZone: 'Asia/Almaty' };

const byKey = (artifacts: ArtifactDraft[], key: string) => {
  const found = artifacts.find((a) => a.key === key);
  if (!found) throw new Error(`no artefact ${key}`);
  return found;
};
const fields = (artifacts: ArtifactDraft[], key: string) => byKey(artifacts, key).fields as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('telegramJsonParser: detect', () => {
  it('is certain of both roots, and declines other JSON whatever the name', async () => {
    expect(telegramJsonParser.detect(await probeOf(SINGLE, 'chat.json'))).toBe(DETECT.CERTAIN);
    expect(telegramJsonParser.detect(await probeOf(FULL, 'whatever.bin'))).toBe(DETECT.CERTAIN);
    expect(telegramJsonParser.detect(await probeOf(Buffer.from('{"a": 1}'), 'data.json'))).toBe(DETECT.NO);
    expect(telegramJsonParser.detect(await probeOf(Buffer.from('{"a": 1}'), 'result.json'))).toBe(DETECT.NAME_ONLY);
    expect(telegramJsonParser.detect(await probeOf(Buffer.from('PK\u0003\u0004'), 'result.json'))).toBe(DETECT.NO);
  });
});

describe('telegramJsonParser: single-chat export', async () => {
  const run = await runParser(telegramJsonParser, SINGLE, ZONE);
  const { artifacts } = run;
  const bytes = readFileSync(SINGLE);

  it('emits every message, the calls, locations, shared contact and accounts, with no children and one warning', () => {
    const count = (type: string) => artifacts.filter((a) => a.type === type).length;
    expect(count('message')).toBe(18);
    expect(count('call')).toBe(2);
    expect(count('location')).toBe(2);
    expect(count('contact')).toBe(1);
    expect(artifacts.filter((a) => a.type === 'account').map((a) => a.key)).toEqual([
      'account:telegram:user5012345678',
      'account:telegram:user700100200',
    ]);
    expect(run.children).toEqual([]);
    expect(run.warnings).toEqual([
      'Telegram export: 1 date(s) with no _unixtime were read with an offset the file does not show near them (marked offsetUncertain / timeOffsetUncertain)',
    ]);
  });

  it('takes the instant from date_unixtime and the zone from the date pair', () => {
    const first = byKey(artifacts, 'chat:5012345678:message:1');
    expect(first.time).toEqual({ utc: '2024-03-05T09:00:00.000000Z', zone: '+05:00', raw: '1709629200' });
    expect(first.text).toBe('Салем! Как дела?');
    expect(first.actors).toEqual([{ role: 'from', account: 'telegram:user5012345678', name: 'Айгерим Сейтова' }]);
    expect(fields(artifacts, 'chat:5012345678:message:1')).toMatchObject({
      chatId: 5012345678,
      chatType: 'personal_chat',
      messageId: 1,
      localDate: '2024-03-05T14:00:00',
    });
  });

  it("reads a date-only message with the export's offset, flagged when no pair near it shows it (numeric from_id of old exports)", () => {
    const old = byKey(artifacts, 'chat:5012345678:message:5');
    // The pairs before it show +05:00 in March 2024, not in 2019 (when Almaty, the case zone, was UTC+6): used, but flagged.
    expect(old.time).toEqual({ utc: '2019-07-12T11:55:32.000000Z', zone: '+05:00', derived: true, raw: '2019-07-12T16:55:32' });
    expect(old.fields).toMatchObject({ localDate: '2019-07-12T16:55:32', timeOffsetUncertain: true });
    expect(old.actors?.[0]?.account).toBe('telegram:user5012345678');
    expect(fields(artifacts, 'chat:5012345678:message:1').timeOffsetUncertain).toBeUndefined();
  });

  it('keeps the plain concatenation as text and every entity with its position', () => {
    const message = byKey(artifacts, 'chat:5012345678:message:3');
    const entities = fields(artifacts, 'chat:5012345678:message:3').entities as Array<Record<string, unknown>>;
    const types = entities.map((e) => e.type);
    for (const type of [
      'mention',
      'hashtag',
      'bot_command',
      'link',
      'email',
      'bold',
      'italic',
      'code',
      'pre',
      'text_link',
      'mention_name',
      'phone',
      'cashtag',
      'underline',
      'strikethrough',
      'blockquote',
      'bank_card',
      'spoiler',
      'custom_emoji',
      'unknown',
    ]) {
      expect(types).toContain(type);
    }
    const link = entities.find((e) => e.type === 'text_link')!;
    expect(link).toMatchObject({ text: 'наш сайт', href: 'https://evil.example.com/pay' });
    expect(message.text!.slice(link.offset as number, (link.offset as number) + (link.length as number))).toBe('наш сайт');
    expect(entities.find((e) => e.type === 'pre')).toMatchObject({ language: 'python' });
    expect(entities.find((e) => e.type === 'mention_name')).toMatchObject({ user_id: 5012345678 });
    expect(entities.find((e) => e.type === 'custom_emoji')).toMatchObject({ document_id: '5368324170671202286' });
    expect(entities.find((e) => e.type === 'blockquote')).toMatchObject({ collapsed: true });
    expect(message.text).toMatch(/^Смотри @durov #сделка \/start https:\/\/t\.me\/\+AbCdEf123 /);
  });

  it('decodes tdesktop escapes: \\x0B, \\x1F, an escaped backslash before x41, and \\u2028', () => {
    expect(byKey(artifacts, 'chat:5012345678:message:4').text).toBe('a\u000bb\u001fc \\x41 d\u2028e "q" \\ end');
    expect(bytes.includes('"a\\x0Bb\\x1Fc \\\\x41 d\\u2028e')).toBe(true); // the fixture holds the raw escapes
  });

  it('keeps edits, forwards from hidden senders, replies, bots, buttons and reactions', () => {
    expect(fields(artifacts, 'chat:5012345678:message:6').edited).toEqual({
      utc: '2024-03-05T09:10:00.000000Z',
      zone: '+05:00',
      raw: '1709629800',
      local: '2024-03-05T14:10:00',
    });
    expect(fields(artifacts, 'chat:5012345678:message:17')).toMatchObject({ forwardedFrom: null, replyToMessageId: 3 });
    const last = fields(artifacts, 'chat:5012345678:message:18');
    expect(last.viaBot).toBe('@shopbot');
    expect(last.buttons[0][0]).toEqual({ type: 'callback', text: 'Купить', dataBase64: 'YnV5OjEyMw' });
    // recent[].date has no _unixtime: read with the export's own offset, and marked derived.
    expect(last.reactions[0].recent[0]).toMatchObject({
      from_id: 'user700100200',
      account: 'telegram:user700100200',
      time: { utc: '2024-03-05T09:20:00.000000Z', zone: '+05:00', derived: true, raw: '2024-03-05T14:20:00' },
    });
  });

  it('references media by the path as written and keeps the three placeholders', () => {
    expect(fields(artifacts, 'chat:5012345678:message:2').media).toEqual({
      kind: 'photo',
      path: 'photos/photo_1@05-03-2024_14-01-10.jpg',
      fileSize: 91234,
      width: 1280,
      height: 960,
    });
    expect(fields(artifacts, 'chat:5012345678:message:7').media).toMatchObject({
      kind: 'video_file',
      path: '(File exceeds maximum size. Change data exporting settings to download.)',
      missing: 'too_large',
      fileSize: 3221225472,
      thumbnail: 'video_files/video.mp4_thumb.jpg',
    });
    expect(fields(artifacts, 'chat:5012345678:message:8').media).toMatchObject({
      path: '(File unavailable, please try again later)',
      missing: 'unavailable',
    });
    expect(fields(artifacts, 'chat:5012345678:message:9').media).toMatchObject({ missing: 'not_included', fileName: 'договор.pdf' });
  });

  it('emits locations only with coordinates, and the shared contact with its phone', () => {
    expect(fields(artifacts, 'chat:5012345678:message:10').location).toBeNull();
    expect(artifacts.some((a) => a.key === 'chat:5012345678:location:10')).toBe(false);
    expect(fields(artifacts, 'chat:5012345678:location:11')).toMatchObject({
      latitude: 43.238949,
      longitude: 76.889709,
      livePeriodSeconds: 900,
    });
    expect(byKey(artifacts, 'chat:5012345678:location:12').text).toBe('Кафе');
    expect(fields(artifacts, 'chat:5012345678:contact:13')).toMatchObject({
      firstName: 'Данияр',
      phoneNumber: '+7 701 234 5678',
      phone: '+77012345678',
    });
  });

  it('emits calls from phone_call service messages, a missed one with no duration', () => {
    expect(fields(artifacts, 'chat:5012345678:call:14')).toMatchObject({ durationSeconds: 0, discardReason: 'missed', missed: true });
    const call = byKey(artifacts, 'chat:5012345678:call:15');
    expect(call.fields).toMatchObject({ durationSeconds: 125, discardReason: 'hangup' });
    expect(call.actors).toEqual([
      { role: 'caller', account: 'telegram:user700100200', name: 'Ержан Нурланов' },
      { role: 'callee', account: 'telegram:user5012345678', name: 'Айгерим Сейтова' },
    ]);
  });

  it('keeps an unsupported message as what it is', () => {
    const unsupported = byKey(artifacts, 'chat:5012345678:message:16');
    expect(unsupported).toMatchObject({ time: null, text: null, actors: [] });
    expect(unsupported.fields).toMatchObject({ messageType: 'unsupported' });
  });

  it('points each artefact at the exact bytes of its message object', () => {
    for (const artifact of artifacts.filter((a) => a.type === 'message')) {
      const { offset, length, pointer } = artifact.locator;
      const slice = bytes.subarray(offset!, offset! + length!).toString('utf8');
      const message = JSON.parse(fixHexEscapes(slice));
      expect(`chat:5012345678:message:${message.id}`).toBe(artifact.key);
      expect(pointer).toBe(`/messages/${Number(message.id) - 1}`);
    }
  });

  it('gives the same artefacts whatever the chunk size', async () => {
    for (const size of [1, 5, 64, 1 << 20]) {
      const collected: ArtifactDraft[] = [];
      await telegramJsonParser.parse(
        {
          item: {
            id: 'i',
            caseId: 'c',
            name: 'result.json',
            originalPath: SINGLE,
            size: bytes.length,
            sha256: '',
            caseTimeZone: 'Asia/Almaty',
            trustedMailHosts: [],
            depth: 0,
            reading: {},
          },
          head: bytes.subarray(0, 65536),
          async *read() {
            for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
          },
          localPath: async () => SINGLE,
          signal: new AbortController().signal,
          companion: async () => null,
        },
        { artifact: async (d) => void collected.push(d), child: async () => {}, warn: () => {} },
        {} as never,
      );
      expect(collected).toEqual(artifacts);
    }
  });

  it('survives truncated, corrupted and random input', async () => {
    const outcomes = await expectRobust(telegramJsonParser, bytes, ZONE);
    expect(outcomes).toHaveLength(14);
    expect(outcomes.some((o) => o.startsWith('truncated at 90%: ok'))).toBe(true);
  });
});

describe('telegramJsonParser: text beside an empty text_entities', () => {
  it('keeps the text instead of the empty entity list', async () => {
    const chat = {
      name: 'Чат',
      type: 'personal_chat',
      id: 1,
      messages: [
        {
          id: 1,
          type: 'message',
          date: '2024-03-05T14:00:00',
          date_unixtime: '1709629200',
          from: 'А',
          from_id: 'user2',
          text: 'сәлем',
          text_entities: [],
        },
      ],
    };
    const run = await runParser(telegramJsonParser, Buffer.from(JSON.stringify(chat, null, 1)), { name: 'result.json' });
    expect(run.artifacts.find((a) => a.type === 'message')?.text).toBe('сәлем');
  });
});

describe('telegramJsonParser: dates with no _unixtime (FORMATS.md §1.6.2)', () => {
  const message = (id: number, date: string, unix?: string, extra: Record<string, unknown> = {}) => ({
    id,
    type: 'message',
    date,
    ...(unix ? { date_unixtime: unix } : {}),
    from: 'А',
    from_id: 'user2',
    text: String(id),
    ...extra,
  });
  const exportOf = (messages: unknown[]) => Buffer.from(JSON.stringify({ name: 'Чат', type: 'personal_chat', id: 1, messages }, null, 1));
  const timeOf = (artifacts: ArtifactDraft[], id: number) => byKey(artifacts, `chat:1:message:${id}`).time;

  it("flags a date-only message, read in the case's zone, in an hour that zone repeats", async () => {
    // Kazakhstan moved from +06:00 to +05:00 at midnight on 1 March 2024: 23:30 on 29 February happened twice.
    const run = await runParser(telegramJsonParser, exportOf([message(1, '2024-02-29T23:30:00'), message(2, '2024-02-29T21:30:00')]), ZONE);
    expect(fields(run.artifacts, 'chat:1:message:1').timeOffsetUncertain).toBe(true);
    expect(fields(run.artifacts, 'chat:1:message:2').timeOffsetUncertain).toBeUndefined();
    expect(run.warnings).toEqual([
      "Telegram export: 1 date(s) with no _unixtime, read in the case's zone (Asia/Almaty), fall in an hour that zone repeats or skips: which instant each was is not known (marked offsetUncertain / timeOffsetUncertain)",
    ]);
  });

  it("reads a date-only message after a pair with the pair's offset (derived), not in the case zone", async () => {
    const run = await runParser(
      telegramJsonParser,
      exportOf([
        message(1, '2024-03-05T12:00:00', '1709629200'), // 09:00Z: the exporting PC was at +03:00
        message(2, '2024-03-05T12:02:00', undefined, { edited: '2024-03-05T12:05:00' }),
      ]),
      ZONE,
    );
    expect(timeOf(run.artifacts, 1)).toEqual({ utc: '2024-03-05T09:00:00.000000Z', zone: '+03:00', raw: '1709629200' });
    expect(timeOf(run.artifacts, 2)).toEqual({
      utc: '2024-03-05T09:02:00.000000Z',
      zone: '+03:00',
      derived: true,
      raw: '2024-03-05T12:02:00',
    });
    expect(fields(run.artifacts, 'chat:1:message:2').edited).toEqual({
      utc: '2024-03-05T09:05:00.000000Z',
      zone: '+03:00',
      derived: true,
      raw: '2024-03-05T12:05:00',
      local: '2024-03-05T12:05:00',
    });
    expect(fields(run.artifacts, 'chat:1:message:2').timeOffsetUncertain).toBeUndefined();
    expect(run.warnings).toEqual([]);
  });

  it('reads date-only messages before the first pair in the case zone (streamed), and says so', async () => {
    const run = await runParser(
      telegramJsonParser,
      exportOf([message(1, '2024-03-05T11:58:00'), message(2, '2024-03-05T12:00:00', '1709629200'), message(3, '2024-03-05T12:02:00')]),
      ZONE,
    );
    // Almaty is UTC+5 since 2024-03-01.
    expect(timeOf(run.artifacts, 1)).toEqual({
      utc: '2024-03-05T06:58:00.000000Z',
      zone: 'Asia/Almaty',
      derived: true,
      raw: '2024-03-05T11:58:00',
    });
    expect(timeOf(run.artifacts, 3)).toMatchObject({ utc: '2024-03-05T09:02:00.000000Z', zone: '+03:00', derived: true });
    expect(run.warnings).toEqual([
      "Telegram export: 1 date(s) with no _unixtime came before the file showed the exporting computer's UTC offset (+03:00) and were read in the case's zone (Asia/Almaty)",
    ]);
  });

  it('uses the offset nearest in time when the export shows a DST change, and flags a value between two offsets', async () => {
    const run = await runParser(
      telegramJsonParser,
      exportOf([
        message(1, '2021-03-20T10:00:00', '1616230800'), // 09:00Z, +01:00 (CET)
        message(2, '2021-04-10T10:00:00', '1618041600'), // 08:00Z, +02:00 (CEST)
        message(3, '2021-04-10T10:30:00'), // just after a +02:00 pair
        message(4, '2021-03-21T10:00:00'), // the day after the +01:00 pair, but before the +02:00 one: a change lies between
        message(5, '2021-03-20T10:30:00', undefined, {
          reactions: [{ type: 'emoji', count: 1, emoji: '👍', recent: [{ from: 'Б', from_id: 'user3', date: '2021-04-10T11:00:00' }] }],
        }),
      ]),
      ZONE,
    );
    expect(timeOf(run.artifacts, 3)).toMatchObject({ utc: '2021-04-10T08:30:00.000000Z', zone: '+02:00', derived: true });
    expect(fields(run.artifacts, 'chat:1:message:3').timeOffsetUncertain).toBeUndefined();
    expect(timeOf(run.artifacts, 4)).toMatchObject({ utc: '2021-03-21T09:00:00.000000Z', zone: '+01:00', derived: true });
    expect(fields(run.artifacts, 'chat:1:message:4').timeOffsetUncertain).toBe(true);
    expect(timeOf(run.artifacts, 5)).toMatchObject({ utc: '2021-03-20T09:30:00.000000Z', zone: '+01:00', derived: true });
    expect(fields(run.artifacts, 'chat:1:message:5').timeOffsetUncertain).toBe(true); // also between +01:00 and +02:00
    expect(fields(run.artifacts, 'chat:1:message:5').reactions[0].recent[0].time).toEqual({
      utc: '2021-04-10T09:00:00.000000Z',
      zone: '+02:00',
      derived: true,
      raw: '2021-04-10T11:00:00',
    });
    expect(run.warnings).toEqual([
      "Telegram export: the exporting computer's UTC offset varies within the file (2 different offsets: +01:00, +02:00); a date with no _unixtime is read with the offset nearest to it",
      'Telegram export: 2 date(s) with no _unixtime were read with an offset the file does not show near them (marked offsetUncertain / timeOffsetUncertain)',
    ]);
  });
});
