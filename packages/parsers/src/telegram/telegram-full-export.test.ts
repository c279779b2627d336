import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError, type ArtifactDraft } from '@tamga/core';
import { expectRobust, runParser } from '../testing/run-parser';
import { telegramJsonParser } from './telegram-json-parser';

const FULL = new URL('./fixtures/full-account.tdesktop-json', import.meta.url).pathname;
const ZONE = { caseTimeZone: 'Asia/Almaty' };

const byKey = (artifacts: ArtifactDraft[], key: string) => {
  const found = artifacts.find((a) => a.key === key);
  if (!found) throw new Error(`no artefact ${key}`);
  return found;
};
const fields = (artifacts: ArtifactDraft[], key: string) => byKey(artifacts, key).fields as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('telegramJsonParser: full-account export', async () => {
  const run = await runParser(telegramJsonParser, FULL, ZONE);
  const { artifacts } = run;

  it('reads contacts, every chat of chats.list and left_chats, and the accounts', () => {
    expect(run.warnings).toEqual([]);
    expect(artifacts.filter((a) => a.type === 'contact').map((a) => a.key)).toEqual(['contact:list:0', 'contact:list:1', 'contact:list:2']);
    expect(artifacts.filter((a) => a.type === 'message').map((a) => a.key)).toEqual([
      'chat:5012345678:message:100',
      'chat:5012345678:message:101',
      'chat:5012345678:message:102',
      'chat:1987654321:message:1',
      'chat:1987654321:message:2',
      'chat:1987654321:message:3',
      'chat:1987654321:message:4',
      'chat:1987654321:message:5',
      'chat:1987654321:message:6',
      'chat:1555000111:message:7',
      'chat:404040:message:1',
    ]);
    expect(byKey(artifacts, 'chat:404040:message:1').locator.pointer).toBe('/left_chats/list/0/messages/0');
    expect(fields(artifacts, 'chat:404040:message:1')).toMatchObject({ leftChat: true, chatName: 'Старая группа' });
  });

  it('makes the owner an account with phone, username and the login sessions (IPv4 and IPv6)', () => {
    const owner = byKey(artifacts, 'account:telegram:user700100200');
    expect(owner.actors).toEqual([{ role: 'owner', account: 'telegram:user700100200', name: 'Ержан Нурланов' }]);
    expect(owner.locator.pointer).toBe('/personal_information');
    const f = owner.fields as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(f).toMatchObject({
      isOwner: true,
      phoneNumber: '+7 701 555 0101',
      phones: ['+77015550101'],
      usernames: ['erzhan_n'],
      bio: 'Куплю/продам',
    });
    expect(f.ips).toEqual(['95.56.12.34', '2a03:32c0:3:1::25', '178.89.1.2']);
    expect(f.sessions[1]).toMatchObject({
      ip: '2a03:32c0:3:1::25',
      deviceModel: 'Desktop',
      applicationName: 'Telegram Desktop',
      lastActive: { utc: '2024-03-05T10:40:00.000000Z', zone: '+05:00', raw: '1709635200' },
    });
    expect(f.webSessions[0]).toMatchObject({
      ip: '178.89.1.2',
      domainName: 'shop.example.kz',
      botUsername: '@shopbot',
      browser: 'Chrome 120',
    });
  });

  it('turns saved contacts into contact artefacts and merges them into the accounts', () => {
    const contact = byKey(artifacts, 'contact:list:0');
    expect(contact.time).toEqual({ utc: '2024-03-05T08:00:00.000000Z', zone: '+05:00', raw: '1709625600' });
    expect(contact.actors).toEqual([
      { role: 'owner', account: 'telegram:user700100200' },
      { role: 'participant', account: 'telegram:user5012345678', name: 'Айгерим Сейтова' },
    ]);
    expect(fields(artifacts, 'contact:list:1')).toMatchObject({ userId: null, firstName: 'Мама', phone: '+77050001122' });
    expect(fields(artifacts, 'account:telegram:user5012345678').phones).toEqual(['+77771234567']);
  });

  it('knows the other side of a personal chat', () => {
    expect(byKey(artifacts, 'chat:5012345678:message:101').actors).toEqual([
      { role: 'from', account: 'telegram:user5012345678', name: 'Айгерим Сейтова' },
      { role: 'to', account: 'telegram:user700100200', name: null },
    ]);
    expect(byKey(artifacts, 'chat:5012345678:call:102').fields).toMatchObject({ durationSeconds: 42 });
  });

  it('keeps service actions: create_group with members, custom actions and unknown actions stored raw', () => {
    const created = byKey(artifacts, 'chat:1987654321:message:1');
    expect(created.fields).toMatchObject({
      messageType: 'service',
      action: 'create_group',
      actionData: { title: 'Группа 1', members: ['Ержан Нурланов', 'Айгерим Сейтова'] },
    });
    // Members are named only by display name; known names resolve to their accounts.
    expect(created.actors?.filter((a) => a.role === 'member').map((a) => a.account)).toEqual([
      'telegram:user700100200',
      'telegram:user5012345678',
    ]);
    expect(byKey(artifacts, 'chat:1987654321:message:2').actors?.[1]).toEqual({
      role: 'member',
      account: 'telegram:name:Бауыржан',
      name: 'Бауыржан',
    });
    const custom = byKey(artifacts, 'chat:1987654321:message:4');
    expect(custom.text).toBe('Бот добавил правила чата');
    expect(custom.fields).toMatchObject({ action: null, informationText: 'Бот добавил правила чата' });
    expect(fields(artifacts, 'chat:1987654321:message:5')).toMatchObject({
      action: 'quantum_teleport',
      actionData: { destination: 'Марс' },
    });
    expect(fields(artifacts, 'chat:1987654321:message:6')).toMatchObject({ action: 'pin_message', actionData: { message_id: 3 } });
  });

  it('keeps a deleted author (from: null) and channel posts with their signature', () => {
    expect(byKey(artifacts, 'chat:1987654321:message:3').actors).toEqual([{ role: 'from', account: 'telegram:user999', name: null }]);
    const post = byKey(artifacts, 'chat:1555000111:message:7');
    expect(post.actors?.[0]?.account).toBe('telegram:channel1555000111');
    expect(post.fields).toMatchObject({
      author: 'Редактор',
      entities: [{ type: 'text_link', text: 'здесь', href: 'https://t.me/c/1555000111/7', offset: 8, length: 5 }],
    });
  });

  it('survives truncated, corrupted and random input', async () => {
    const outcomes = await expectRobust(telegramJsonParser, readFileSync(FULL), ZONE);
    expect(outcomes).toHaveLength(14);
  });
});

describe('telegramJsonParser: awkward inputs', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('keeps integers beyond 2^53 exact, as decimal strings', async () => {
    const doc =
      '{"name": "x", "type": "private_group", "id": 5, "messages": [{"id": 1, "type": "message", "date_unixtime": "1709629200", "text": [{"type": "custom_emoji", "text": "🙂", "document_id": 5368324170671202286}], "text_entities": [{"type": "custom_emoji", "text": "🙂", "document_id": 5368324170671202286}], "note": "9007199254740993 stays"}]}';
    const { artifacts } = await runParser(telegramJsonParser, encode(doc));
    const message = byKey(artifacts, 'chat:5:message:1');
    expect((message.fields as any).entities[0].document_id).toBe('5368324170671202286'); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect((message.fields as any).other.note).toBe('9007199254740993 stays'); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(message.time).toEqual({ utc: '2024-03-05T09:00:00.000000Z', zone: null, raw: '1709629200' });
  });

  it('gives repeated message ids their own keys, and skips an unparseable message with a warning', async () => {
    const doc =
      '{"id": 7, "type": "private_group", "messages": [{"id": 1, "type": "message", "text": "a"}, {"id": 1, "type": "message", "text": "b"}, {"id": 2, "text": tru}, {"id": "3", "text": "c"}, {"id": 3, "text": "d"}]}';
    const run = await runParser(telegramJsonParser, encode(doc));
    expect(run.artifacts.filter((a) => a.type === 'message').map((a) => [a.key, a.text])).toEqual([
      ['chat:7:message:1', 'a'],
      ['chat:7:message:1@1', 'b'],
      ['chat:7:message:3', 'c'],
      ['chat:7:message:3@4', 'd'],
    ]);
    expect(run.warnings.join('\n')).toMatch(/skipped \/messages\/2 at byte \d+/);
    expect(run.warnings.join('\n')).toMatch(/2 messages repeat an id/);
  });

  it('warns about a truncated export and keeps what came before', async () => {
    const text = readFileSync(FULL, 'utf8');
    const cut = text.indexOf('"id": 4,');
    const run = await runParser(telegramJsonParser, encode(text.slice(0, cut)), ZONE);
    expect(run.artifacts.filter((a) => a.type === 'message')).toHaveLength(6);
    expect(run.warnings).toEqual([expect.stringMatching(/ends inside \/chats\/list\/1\/messages .* truncated export/)]);
  });

  it('keeps the peer of a chat listed without messages, and says which chats had none', async () => {
    const message = {
      id: 1,
      type: 'message',
      date: '2024-03-05T09:00:00',
      date_unixtime: '1709629200',
      from: 'B',
      from_id: 'user56',
      text: 'hi',
    };
    const chat = (name: string, type: string, id: number, messages: unknown[] = []) => ({ name, type, id, messages });
    const doc = {
      about: 'Here is the data you requested.',
      chats: { about: '', list: [chat('Пётр', 'personal_chat', 55), chat('B', 'personal_chat', 56, [message])] },
      left_chats: { about: '', list: [chat('Канал', 'public_channel', 99)] },
    };
    const empty = await runParser(telegramJsonParser, Buffer.from(JSON.stringify(doc, null, 1)), ZONE);
    expect(empty.artifacts.filter((a) => a.type === 'account').map((a) => [a.key, a.locator.pointer])).toEqual([
      ['account:telegram:user55', '/chats/list/0/name'],
      ['account:telegram:user56', '/chats/list/1/messages/0'],
    ]);
    expect(empty.warnings).toEqual([
      'Telegram export: 2 chat(s) are listed without messages: "Пётр" (personal_chat, id 55), "Канал" (public_channel, id 99)',
    ]);
    const single = await runParser(telegramJsonParser, Buffer.from(JSON.stringify(chat('Иван', 'personal_chat', 77))), ZONE);
    expect(single.artifacts.map((a) => a.key)).toEqual(['account:telegram:user77']);
  });

  it('rejects a root that is not an object', async () => {
    await expect(runParser(telegramJsonParser, encode('[{"id": 1}]'))).rejects.toThrow(ParseError);
    await expect(runParser(telegramJsonParser, encode('[{"id": 1}]'))).rejects.toThrow(/root is not a JSON object/);
  });
});
