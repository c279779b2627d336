// WhatsApp "Export chat" text (`WhatsApp Chat with X.txt`, `_chat.txt`): messages and author accounts,
// streamed line by line (FORMATS.md §2).
import type { Parser } from '@tamga/core';
import { parseChat } from './chat-parser';
import { chatNameFromFileName } from './content';
import { detectChatText } from './whatsapp-detect';

export const whatsappTextParser: Parser = {
  id: 'whatsapp.txt',
  // 2: date-led lines that do not go on with `Name: ` (a pasted log) stay in their message; a name holding a system
  // word stays an author; a document named with spaces or Cyrillic letters is linked to its file; iOS's omitted
  // document placeholder is read; a local time the clocks made twice, or skipped, is flagged.
  // 3: an investigator may choose the date order (ItemProcessing.reading.daysFirst), and is warned when the file's
  // own dates disagree with the choice.
  version: '3',
  readingChoices: ['daysFirst'],
  description: 'WhatsApp chat export (.txt, Android and iOS): messages, system events, attachments, authors',
  detect: detectChatText,
  async parse(input, out) {
    await parseChat(
      {
        open: () => input.read(),
        signal: input.signal,
        caseTimeZone: input.item.caseTimeZone,
        chatName: chatNameFromFileName(input.item.name),
      },
      out,
      { daysFirst: input.item.reading.daysFirst },
    );
  },
};
