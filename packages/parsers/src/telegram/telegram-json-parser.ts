// Telegram Desktop JSON export (`result.json`, FORMATS.md §1): single-chat and full-account roots, streamed with a
// byte scanner so a multi-GB export is parsed one message at a time.
import { DETECT, ParseError, formatOffset, type Locator, type Parser, type ParserInput, type ParserOutput } from '@tamga/core';
import { JsonArrayScanner, type JsonPath, type ScanAction, type ScannedValue, type ValueKind } from './json-array-scanner';
import { contactDrafts, readPersonalInformation, readSessions } from './telegram-account-blocks';
import { TelegramAccounts } from './telegram-accounts';
import { messageDrafts, type ChatContext } from './telegram-message';
import { TelegramClock } from './telegram-time';
import { parseTdesktopJson } from './tdesktop-json';
import { SeenMessageIds } from './seen-message-ids';

const CHAT_TYPES =
  /"type"\s*:\s*"(?:saved_messages|replies|verification_codes|personal_chat|bot_chat|private_group|private_supergroup|public_supergroup|private_channel|public_channel)"/;
const SECTIONS = new Set(['chats', 'left_chats']);
// Blocks with nothing to emit; skipped without keeping their bytes.
const SKIPPED = new Set(['other_data', 'profile_pictures', 'stories', 'frequent_contacts']);
const MAX_DETAILED_WARNINGS = 20;

function detect(probe: { head: Uint8Array; name: string }): number {
  let start = 0;
  const head = probe.head;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  while (start < head.length && (head[start] === 0x20 || head[start] === 0x0a || head[start] === 0x0d || head[start] === 0x09)) start++;
  const nameFits = /^result.*\.json$/i.test(probe.name);
  if (head[start] !== 0x7b) return DETECT.NO; // the content says it is not a JSON object, whatever the name
  const text = Buffer.from(head.buffer, head.byteOffset, head.length).toString('latin1');
  if (
    /^\{\s*"about"\s*:/.test(text.slice(start)) &&
    /"(?:personal_information|contacts|chats|left_chats|sessions|frequent_contacts)"\s*:\s*\{/.test(text)
  )
    return DETECT.CERTAIN;
  if (/"personal_information"\s*:\s*\{\s*"user_id"/.test(text)) return DETECT.CERTAIN;
  if (CHAT_TYPES.test(text) && /"messages"\s*:\s*\[/.test(text)) return DETECT.CERTAIN;
  if (/"date_unixtime"\s*:\s*"\d+"/.test(text) && /"(?:from_id|actor_id)"\s*:\s*"(?:user|channel|chat)\d+"/.test(text))
    return DETECT.LIKELY;
  return nameFits ? DETECT.NAME_ONLY : DETECT.NO;
}

/** What the scanner hands back whole, walks into, or passes over. */
function decide(path: JsonPath, kind: ValueKind): ScanAction {
  const depth = path.length;
  if (depth === 0) {
    if (kind !== 'object') throw new ParseError('not a Telegram Desktop export: the root is not a JSON object', { offset: 0 });
    return 'descend';
  }
  const first = path[0] as string;
  if (depth === 1) {
    if (first === 'messages' && kind === 'array') return 'descend';
    if (SECTIONS.has(first) && kind === 'object') return 'descend';
    return SKIPPED.has(first) ? 'skip' : 'capture';
  }
  if (first === 'messages') return depth === 2 ? 'capture' : 'skip';
  if (!SECTIONS.has(first)) return 'skip';
  if (depth === 2) return path[1] === 'list' && kind === 'array' ? 'descend' : 'skip';
  if (depth === 3) return kind === 'object' ? 'descend' : 'skip';
  if (depth === 4) return path[3] === 'messages' && kind === 'array' ? 'descend' : kind === 'primitive' ? 'capture' : 'skip';
  return depth === 5 ? 'capture' : 'skip';
}

interface OpenChat extends ChatContext {
  section: string;
  index: number;
  keyFixed: boolean;
  messageIds: SeenMessageIds;
  /** Where its first property was read: what an empty chat's peer account points back to. */
  locator: Locator | null;
}

/** Ids as numbers when they are integers (also when written as decimal strings), so `5` and `"5"` are one id. */
function normaliseId(id: unknown): number | string | null {
  if (typeof id === 'number') return Number.isFinite(id) ? id : String(id);
  if (typeof id !== 'string') return null;
  const n = Number(id);
  return /^-?\d+$/.test(id) && Number.isSafeInteger(n) && String(n) === id ? n : id;
}

class TelegramExportReader {
  private readonly clock: TelegramClock;
  private readonly accounts = new TelegramAccounts();
  private readonly chatKeys = new Set<string>();
  private chat: OpenChat | null = null;
  /** Chats listed without a message (a date range chosen for the export, or history cleared). */
  private readonly emptyChats: string[] = [];
  private badValues = 0;
  private duplicates = 0;
  private values = 0;

  constructor(
    private readonly input: ParserInput,
    private readonly out: ParserOutput,
  ) {
    this.clock = new TelegramClock(input.item.caseTimeZone);
  }

  async run(): Promise<void> {
    const scanner = new JsonArrayScanner(decide);
    let truncatedAt: string | null = null;
    try {
      for await (const chunk of this.input.read()) {
        if (this.input.signal.aborted) throw new Error('Telegram export: stopped at the time limit');
        for (const value of scanner.scan(chunk)) await this.handle(value);
      }
      for (const value of scanner.end()) await this.handle(value);
      if (!scanner.complete) truncatedAt = scanner.position || '/';
      this.finishChat();
    } finally {
      this.warnSummary();
    }
    if (truncatedAt !== null) {
      if (this.values === 0) throw new ParseError(`Telegram export: the file ends before any content (inside ${truncatedAt})`);
      this.out.warn(`Telegram export: the file ends inside ${truncatedAt} — truncated export, everything before that was read`, {
        code: 'telegram.truncated',
        params: { at: truncatedAt },
      });
    }
    await this.accounts.emit(this.out);
  }

  private warnSummary(): void {
    if (this.badValues > MAX_DETAILED_WARNINGS)
      this.out.warn(`Telegram export: ${this.badValues} values in all were not valid JSON and were skipped`, {
        code: 'telegram.bad_values',
        params: { count: this.badValues },
      });
    if (this.emptyChats.length > 0) {
      const named = this.emptyChats.slice(0, MAX_DETAILED_WARNINGS).join(', ');
      const more = this.emptyChats.length > MAX_DETAILED_WARNINGS ? ` and ${this.emptyChats.length - MAX_DETAILED_WARNINGS} more` : '';
      this.out.warn(`Telegram export: ${this.emptyChats.length} chat(s) are listed without messages: ${named}${more}`, {
        code: more ? 'telegram.empty_chats_more' : 'telegram.empty_chats',
        params: { count: this.emptyChats.length, chats: named, more: this.emptyChats.length - MAX_DETAILED_WARNINGS },
      });
    }
    if (this.duplicates > 0)
      this.out.warn(`Telegram export: ${this.duplicates} messages repeat an id already seen in their chat (kept, with a suffixed key)`, {
        code: 'telegram.duplicate_ids',
        params: { count: this.duplicates },
      });
    const clock = this.clock;
    if (clock.offsetsSeen.size > 1)
      this.out.warn(
        `Telegram export: the exporting computer's UTC offset varies within the file (${clock.offsetsSeen.size} different offsets: ` +
          `${[...clock.offsetsSeen].map(formatOffset).join(', ')}); a date with no _unixtime is read with the offset nearest to it`,
        {
          code: 'telegram.offsets_vary',
          params: { count: clock.offsetsSeen.size, offsets: [...clock.offsetsSeen].map(formatOffset).join(', ') },
        },
      );
    if (clock.readBeforeOffset > 0 && clock.firstOffset !== null)
      this.out.warn(
        `Telegram export: ${clock.readBeforeOffset} date(s) with no _unixtime came before the file showed the exporting ` +
          `computer's UTC offset (${formatOffset(clock.firstOffset)}) and were read in the case's zone (${this.input.item.caseTimeZone})`,
        {
          code: 'telegram.read_before_offset',
          params: { count: clock.readBeforeOffset, offset: formatOffset(clock.firstOffset), zone: this.input.item.caseTimeZone },
        },
      );
    if (clock.uncertain > 0)
      this.out.warn(
        `Telegram export: ${clock.uncertain} date(s) with no _unixtime were read with an offset the file does not show near them ` +
          `(marked offsetUncertain / timeOffsetUncertain)`,
        { code: 'telegram.offset_uncertain', params: { count: clock.uncertain } },
      );
    if (clock.inRepeatedHours > 0)
      this.out.warn(
        `Telegram export: ${clock.inRepeatedHours} date(s) with no _unixtime, read in the case's zone (${this.input.item.caseTimeZone}), ` +
          `fall in an hour that zone repeats or skips: which instant each was is not known (marked offsetUncertain / timeOffsetUncertain)`,
        { code: 'telegram.repeated_hours', params: { count: clock.inRepeatedHours, zone: this.input.item.caseTimeZone } },
      );
  }

  private async handle(value: ScannedValue): Promise<void> {
    const pointer = value.pointer;
    const locator: Locator = { pointer, offset: value.offset, length: value.bytes.length };
    let parsed: unknown;
    try {
      parsed = parseTdesktopJson(value.bytes, value.longNumber);
    } catch (error) {
      if (++this.badValues <= MAX_DETAILED_WARNINGS)
        this.out.warn(`Telegram export: skipped ${pointer} at byte ${value.offset}: ${(error as Error).message}`, {
          code: 'telegram.value_skipped',
          params: { pointer, offset: value.offset, error: (error as Error).message },
        });
      return;
    }
    this.values++;
    const path = value.path;
    const first = path[0] as string;
    if (path.length === 2 && first === 'messages') return this.message(parsed, this.openChat('root', 0), locator);
    if (path.length === 5) return this.message(parsed, this.openChat(first, path[2] as number), locator);
    if (path.length === 4) return this.chatProperty(this.openChat(first, path[2] as number), path[3] as string, parsed, locator);
    if (path.length !== 1) return;
    if (first === 'id' || first === 'name' || first === 'type') return this.chatProperty(this.openChat('root', 0), first, parsed, locator);
    if (first === 'personal_information') readPersonalInformation(parsed, this.accounts, locator);
    else if (first === 'sessions' || first === 'web_sessions')
      readSessions(parsed, first === 'web_sessions', this.accounts, this.clock, locator);
    else if (first === 'contacts')
      for (const draft of contactDrafts(parsed, this.accounts, this.clock, locator, pointer)) await this.out.artifact(draft);
  }

  /** The chat the scanner is in; a new section or list index means the previous chat is finished. */
  private openChat(section: string, index: number): OpenChat {
    if (this.chat && this.chat.section === section && this.chat.index === index) return this.chat;
    this.finishChat();
    this.chat = {
      section,
      index,
      key: '',
      keyFixed: false,
      id: null,
      name: null,
      type: null,
      left: section === 'left_chats',
      messageIds: new SeenMessageIds(),
      locator: null,
    };
    return this.chat;
  }

  /**
   * A chat that ended without a message still existed: its peer's account is kept (for a personal or bot chat) and
   * the reviewer is told, rather than the chat vanishing from the output.
   */
  private finishChat(): void {
    const chat = this.chat;
    if (!chat || chat.keyFixed || (chat.id === null && chat.name === null)) return;
    this.fixChatKey(chat, chat.locator ?? { pointer: chat.section === 'root' ? '' : `/${chat.section}/list/${chat.index}` });
    this.emptyChats.push(`${JSON.stringify(chat.name ?? '')} (${chat.type ?? 'unknown type'}, id ${chat.key})`);
  }

  private chatProperty(chat: OpenChat, key: string, value: unknown, locator: Locator): void {
    if (chat.keyFixed) return; // tdesktop writes name, type, id before messages; a later value cannot re-key
    chat.locator ??= locator;
    if (key === 'id' && (typeof value === 'number' || typeof value === 'string')) chat.id = value;
    else if (key === 'name') chat.name = typeof value === 'string' ? value : null;
    else if (key === 'type') chat.type = typeof value === 'string' ? value : null;
  }

  private fixChatKey(chat: OpenChat, locator: Locator): void {
    chat.keyFixed = true;
    const position = chat.section === 'root' ? 'root' : `${chat.section}-${chat.index}`;
    const id = normaliseId(chat.id);
    let key = id === null ? position : typeof id === 'string' ? JSON.stringify(id) : String(id);
    if (this.chatKeys.has(key)) key = `${key}@${position}`; // the same chat listed twice (chats and left_chats)
    this.chatKeys.add(key);
    chat.key = key;
    if ((chat.type === 'personal_chat' || chat.type === 'bot_chat') && chat.id !== null) this.accounts.see(chat.id, chat.name, locator);
  }

  private async message(parsed: unknown, chat: OpenChat, locator: Locator): Promise<void> {
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      if (++this.badValues <= MAX_DETAILED_WARNINGS)
        this.out.warn(`Telegram export: ${locator.pointer} is not a message object`, {
          code: 'telegram.not_a_message',
          params: { pointer: locator.pointer ?? '' },
        });
      return;
    }
    if (!chat.keyFixed) this.fixChatKey(chat, locator);
    const m = parsed as Record<string, unknown>;
    const id = normaliseId(m.id);
    const position = (locator.pointer ?? '').split('/').pop();
    let messageKey = id === null ? `@${position}` : String(typeof id === 'string' ? JSON.stringify(id) : id);
    if (id !== null) {
      if (!chat.messageIds.add(id)) {
        this.duplicates++;
        messageKey = `${messageKey}@${position}`;
      }
    }
    const drafts = messageDrafts(m, {
      chat,
      key: `chat:${chat.key}:message:${messageKey}`,
      messageKey,
      pointer: locator.pointer ?? '',
      locator,
      clock: this.clock,
      accounts: this.accounts,
    });
    for (const draft of drafts) await this.out.artifact(draft);
  }
}

export const telegramJsonParser: Parser = {
  id: 'telegram.json',
  // 2: a chat listed without messages keeps its peer's account and is named in a warning.
  // 3: a date with no _unixtime (message, edit, reaction, contact) is read with the exporting PC's offset nearest to it
  //    in the file so far (derived), not in the case's zone, and marked offsetUncertain when not proven near it.
  // 4: one read in the case's zone in an hour that zone repeats or skips is marked offsetUncertain too.
  version: '4',
  description: 'Telegram Desktop JSON export (result.json): chats, messages, calls, contacts, sessions',
  detect,
  async parse(input, out) {
    await new TelegramExportReader(input, out).run();
  },
};
