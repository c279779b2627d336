// Reads a WhatsApp chat export in two streaming passes (survey, then messages) and emits `message` artefacts
// in file order plus one `account` artefact per author; shared by the .txt and the .zip parsers.
import type { ParserOutput } from '@tamga/core';
import { buildMessage, type MessageContext, type PendingMessage } from './chat-message';
import { surveyChat } from './chat-survey';
import type { AuthorAccount } from './content';
import { cleanLine, matchHeader } from './header';
import { splitLines } from './lines';
import { ZoneClock } from './zone-clock';

export interface ChatOptions {
  /** The investigator's override of the day/month order. */
  daysFirst?: boolean;
  /** Placeholders for omitted media beyond the built-in ones (e.g. `<Медиа файлы опущены>`). */
  extraPlaceholders?: string[];
}

export interface ChatSource {
  /** Streams the chat's bytes; called once per pass. */
  open(): AsyncIterable<Uint8Array>;
  signal: AbortSignal;
  caseTimeZone: string;
  chatName: string | null;
  path?: string | null;
  members?: ReadonlyMap<string, string> | null;
}

interface AccountSeen {
  author: AuthorAccount;
  names: Set<string>;
  messages: number;
  locator: PendingMessage['first'];
}

export interface ChatSummary {
  messages: number;
  accounts: number;
}

export async function parseChat(source: ChatSource, out: ParserOutput, options: ChatOptions = {}): Promise<ChatSummary> {
  const survey = await surveyChat(source.open(), source.signal, options.daysFirst);
  const { order } = survey;
  if (order.rule === 'undecided') {
    out.warn(
      'day/month order undecided: no date has a component above 12, and neither a decreasing component nor change ' +
        'frequency decides; dates were read day-first (choose the date order for this exhibit to read them month-first)',
      { code: 'whatsapp.date_order_undecided' },
    );
  }
  const fromDates = order.fromDates;
  if (fromDates && fromDates.rule !== 'undecided' && fromDates.daysFirst !== order.daysFirst) {
    const chosen = order.daysFirst ? 'day-first' : 'month-first';
    const own = fromDates.daysFirst ? 'day-first' : 'month-first';
    out.warn(
      fromDates.rule === 'component above 12'
        ? `dates were read ${chosen} as chosen, but some have a component above 12 that only ${own} reads as a day: those dates are invalid`
        : `dates were read ${chosen} as chosen; the file's own dates suggest ${own} (${fromDates.rule})`,
      {
        code: fromDates.rule === 'component above 12' ? 'whatsapp.chosen_order_invalid_dates' : 'whatsapp.chosen_order_disputed',
        params: {
          chosen: order.daysFirst ? 'day_first' : 'month_first',
          own: fromDates.daysFirst ? 'day_first' : 'month_first',
          rule: fromDates.rule.replace(/ /g, '_'),
        },
      },
    );
  }
  const context: MessageContext = {
    clock: new ZoneClock(source.caseTimeZone),
    order: survey.order,
    chatName: source.chatName,
    path: source.path ?? null,
    members: source.members ?? null,
    extraPlaceholders: options.extraPlaceholders ?? [],
  };
  const accounts = new Map<string, AccountSeen>();
  const counts = { messages: 0, orphanLines: 0, missingAttachments: 0, invalidDates: 0 };
  let previousMicros: bigint | null = null;
  let pending: PendingMessage | null = null;

  const flush = async (message: PendingMessage) => {
    const built = buildMessage(message, context);
    if (built.micros !== null) {
      // File order is kept; a message earlier than the one before it is flagged, and views sort.
      if (previousMicros !== null && built.micros < previousMicros) built.draft.fields!.outOfOrder = true;
      previousMicros = built.micros;
    }
    if (built.author) {
      let seen = accounts.get(built.author.account);
      if (!seen)
        accounts.set(built.author.account, (seen = { author: built.author, names: new Set(), messages: 0, locator: message.first }));
      seen.names.add(built.author.name);
      seen.messages++;
    }
    counts.messages++;
    if (built.missingAttachment) counts.missingAttachments++;
    if (built.invalidDate) counts.invalidDates++;
    await out.artifact(built.draft);
  };

  for await (const line of splitLines(source.open(), source.signal)) {
    const clean = cleanLine(line.text);
    const header = matchHeader(clean, line.text);
    if (header && survey.shapes.has(header.shape)) {
      if (pending) await flush(pending);
      pending = { first: line, clean, header, more: [], end: line.offset + line.length };
    } else if (pending) {
      // A continuation, even when it starts with something date-like in another form.
      pending.more.push(line.text);
      pending.end = line.offset + line.length;
    } else {
      counts.orphanLines++;
    }
  }
  if (pending) await flush(pending);

  if (counts.orphanLines)
    out.warn(`${counts.orphanLines} line(s) before the first message header were skipped`, {
      code: 'whatsapp.orphan_lines',
      params: { count: counts.orphanLines },
    });
  if (counts.invalidDates)
    out.warn(`${counts.invalidDates} message(s) have a header date or time that does not exist; their time is left empty`, {
      code: 'whatsapp.invalid_dates',
      params: { count: counts.invalidDates },
    });
  if (counts.missingAttachments)
    out.warn(`${counts.missingAttachments} attachment(s) named in the chat are not in the archive`, {
      code: 'whatsapp.missing_attachments',
      params: { count: counts.missingAttachments },
    });

  for (const [account, seen] of accounts) {
    const first = seen.locator;
    await out.artifact({
      type: 'account',
      key: `account:${account}`,
      text: [...seen.names][0] ?? null,
      fields: {
        platform: 'whatsapp',
        names: [...seen.names],
        ...(seen.author.phone ? { phone: seen.author.phone } : {}),
        messages: seen.messages,
        ...(source.chatName ? { chat: source.chatName } : {}),
      },
      locator: { ...(source.path ? { path: source.path } : {}), line: first.number, offset: first.offset, length: first.length },
    });
  }
  return { messages: counts.messages, accounts: accounts.size };
}
