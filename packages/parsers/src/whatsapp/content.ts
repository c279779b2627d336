// What a WhatsApp message body means (FORMATS.md §2.5): system events, media placeholders, attachments,
// deleted and edited markers, missed calls (English and Russian), and author accounts.
import { stripInvisible } from './header';

/** System events, tested on authorless lines and on would-be authors that are really system phrases. */
const SYSTEM_EVENTS: Array<[string, RegExp]> = [
  ['e2e_notice', /end-to-end encrypted|сквозным шифрованием/i],
  ['security_code_changed', /security code|код безопасности/i],
  ['number_changed', /changed (?:their|his|her) phone number|changed to \+?\d|изменил\S* (?:свой )?номер|сменил\S* номер/i],
  ['group_created', /\bcreated (?:the |this )?group\b|созда\S* групп/i],
  ['subject_changed', /changed the (?:subject|group name)|изменил\S* (?:тему|название)/i],
  ['icon_changed', /changed (?:this|the) group'?s? icon|deleted this group's icon|изменил\S* (?:фото|значок)/i],
  ['description_changed', /changed the group description|изменил\S* описание/i],
  ['joined_via_link', /joined using this group's invite link|присоединил\S* .*ссылк/i],
  ['member_removed', /\bremoved\b|удалил\S* (?!это сообщение)/i],
  ['member_added', /\badded\b|добавил/i],
  ['member_left', /\bleft\.?$|вышел|покинул/i],
  ['admin_changed', /\bnow an admin\b|администратор/i],
];

export function systemEvent(text: string): string | null {
  for (const [event, pattern] of SYSTEM_EVENTS) if (pattern.test(text)) return event;
  return null;
}

/** The E2E notice is a system line even when an export attributes it to the chat name as author. */
const E2E_NOTICE =
  /^(Messages and calls are end-to-end encrypted|Messages to this (group|chat) are now secured|Сообщения и звонки защищены сквозным шифрованием)/i;

/**
 * The events whose line can hold `": "` after the phrase (a new subject or description, a group's name, a number
 * change's note): only these make a would-be author a system line. A name such as `Арман Администратор ЖК`, `Tom Left`
 * or `Security Code Bot` holds a system word, but nothing puts `": "` after those phrases, so it stays a name.
 */
const PHRASES_BEFORE_COLON = new Set(['subject_changed', 'description_changed', 'group_created', 'number_changed']);

/** Whether a would-be author is really the start of a system line (FORMATS.md §2.2, the known ambiguity). */
export function isSystemPhraseAuthor(author: string): boolean {
  return /\s/.test(author) && PHRASES_BEFORE_COLON.has(systemEvent(author) ?? '');
}

/**
 * Whether `Name: text` is really a system line: the would-be author is a system phrase (a subject change whose
 * new subject holds `": "`), or the text is a system notice attributed to the chat (iOS marks those with U+200E).
 */
export function isSystemByContent(author: string, text: string, markedText: boolean): boolean {
  if (isSystemPhraseAuthor(author)) return true;
  if (E2E_NOTICE.test(text)) return true;
  return markedText && systemEvent(text) !== null && !placeholder(text, []);
}

const PLACEHOLDERS: Array<[RegExp, string]> = [
  [/^<Media omitted>$/i, 'media'],
  [/^<Без медиафайлов>$/i, 'media'],
  [/^(image|video|audio|sticker|GIF|document|Contact card) omitted$/i, ''],
  // iOS names an omitted document and its pages first: `Contract.pdf • 3 pages document omitted`.
  [/^.+\s•\s(?:.+\s)?document omitted$/i, 'document'],
  [/^(изображение|видео|аудио|стикер|GIF|документ|контакт) отсутствует$/i, ''],
];
const KINDS: Record<string, string> = {
  изображение: 'image',
  видео: 'video',
  аудио: 'audio',
  стикер: 'sticker',
  документ: 'document',
  контакт: 'contact',
};

/** The omitted media kind (`image`, `media` …), or null. `extra` holds configured placeholders (`<Медиа файлы опущены>`). */
export function placeholder(text: string, extra: readonly string[]): string | null {
  const clean = stripInvisible(text);
  if (extra.includes(clean)) return 'media';
  for (const [pattern, kind] of PLACEHOLDERS) {
    const m = pattern.exec(clean);
    if (m) return kind || (KINDS[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase().replace(/^contact card$/, 'contact'));
  }
  return null;
}

const ATTACHMENT = /^(?:<.+:(.+)>|([\w-]+\.\w+)\s[(<].+[)>])/;
/**
 * A document keeps the name it was sent with, spaces and Cyrillic included (`Договор аренды.pdf (файл добавлен)`):
 * FORMATS.md's pattern allows neither, so such a name is taken only before one of the export's own markers.
 */
const NAMED_ATTACHMENT = /^(.+?\.[\p{L}\p{N}]{1,8})\s\((?:file attached|файл добавлен|Datei angehängt)\)$/iu;

/** The attached file's name: Android `IMG-….jpg (file attached)`, iOS `<attached: 0000…jpg>`. */
export function attachmentName(firstLine: string): string | null {
  const line = stripInvisible(firstLine);
  const m = ATTACHMENT.exec(line) ?? NAMED_ATTACHMENT.exec(line);
  if (!m) return null;
  return (m[1] ?? m[2] ?? '').trim() || null;
}

export interface Marker {
  deleted?: 'self' | 'other';
  edited?: true;
  call?: string;
}

export function markers(text: string): Marker {
  const clean = stripInvisible(text);
  const marker: Marker = {};
  if (/^(You deleted this message|Вы удалили это сообщение)\.?$/i.test(clean)) marker.deleted = 'self';
  else if (/^(This message was deleted|Данное сообщение удалено)\.?$/i.test(clean)) marker.deleted = 'other';
  if (/<This message was edited>$/i.test(clean)) marker.edited = true;
  const call = /^(Missed (voice|video) call|Пропущенный (аудио|видео)звонок)/i.exec(clean);
  if (call) marker.call = /video|видео/i.test(call[0]) ? 'missed_video' : 'missed_voice';
  return marker;
}

export interface AuthorAccount {
  account: string;
  name: string;
  phone: string | null;
}

/** `+7 701 234 56 78` becomes `whatsapp:+77012345678`; any other author is a contact name. */
export function authorAccount(rawAuthor: string): AuthorAccount {
  const name = stripInvisible(rawAuthor);
  const digits = name.replace(/\D/g, '');
  if (/^\+[\d\s\-().]+$/.test(name) && digits.length >= 7 && digits.length <= 15) {
    const phone = `+${digits}`;
    return { account: `whatsapp:${phone}`, name, phone };
  }
  return { account: `whatsapp:name:${name}`, name, phone: null };
}

/** The chat's name from the export's file name (`WhatsApp Chat with X.txt`, `WhatsApp Chat - X.zip`, `Чат WhatsApp с X.txt`). */
export function chatNameFromFileName(name: string): string | null {
  const m = /^(?:WhatsApp Chat (?:with|-) |Чат WhatsApp с )(.+)\.(?:txt|zip)$/i.exec(name.split('/').pop() ?? name);
  return m ? m[1]!.trim() : null;
}
