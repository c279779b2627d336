// WhatsApp "Export chat" ZIP (iOS `_chat.txt` plus media; Android `WhatsApp Chat with X.txt` plus media): the
// chat member is parsed in place and every other member becomes a child, with the archive limits enforced.
import { createHash } from 'node:crypto';
import { ParseError, type Parser } from '@tamga/core';
import { canExtract, type ZipMember } from '../archive/zip-reader';
import { extractMembers, listMember, openArchive } from '../archive/zip-members';
import { readMemberRange } from '../archive/member-range';
import { parseChat } from './chat-parser';
import { chatNameFromFileName } from './content';
import { detectChatZip, isChatFileName } from './whatsapp-detect';

/** The chat: a top-level chat member first, else the shallowest one. */
function findChat(members: readonly ZipMember[]): ZipMember | undefined {
  const chats = members.filter((m) => m.kind === 'file' && canExtract(m) && isChatFileName(m.path));
  return chats.sort((a, b) => a.path.split('/').length - b.path.split('/').length)[0];
}

export const whatsappZipParser: Parser = {
  id: 'whatsapp.zip',
  // 2: date-led lines that do not go on with `Name: ` (a pasted log) stay in their message; a name holding a system
  // word stays an author; a document named with spaces or Cyrillic letters is linked to its file; iOS's omitted
  // document placeholder is read; a local time the clocks made twice, or skipped, is flagged.
  // 3: an investigator may choose the date order (ItemProcessing.reading.daysFirst), and is warned when the file's
  // own dates disagree with the choice.
  version: '3',
  readingChoices: ['daysFirst'],
  description: 'WhatsApp chat export (.zip): the chat parsed as messages, media extracted as child items',
  detect: detectChatZip,
  // A message's locator is a range of the chat member, which the archive holds compressed: the same member is found
  // as parsing found it, and inflated as far as the message.
  readMember: (locator, item) => readMemberRange(locator, item, (members, path) => [findChat(members)].find((chat) => chat?.path === path)),
  async parse(input, out, tools) {
    const opened = await openArchive(input, out, tools, { deferListing: (members) => new Set([findChat(members)?.index ?? -1]) });
    try {
      const chat = findChat(opened.members);
      const skip = new Set<number>();
      if (chat) {
        skip.add(chat.index);
        // The chat is not stored as a child item, so its listing carries its SHA-256 (§2.1: hash every member).
        const hash = createHash('sha256');
        let sha256: string | null = null;
        async function* hashing(content: AsyncIterable<Uint8Array>) {
          for await (const chunk of content) {
            hash.update(chunk);
            yield chunk;
          }
          sha256 = hash.digest('hex');
        }
        // Attachments are linked by file name to the member of that name.
        const byName = new Map<string, string>();
        for (const m of opened.members) if (m.kind === 'file' && m !== chat) byName.set(m.path.split('/').pop()!, m.path);
        let firstPass = true;
        await parseChat(
          {
            // The first of the two passes is charged to the expansion budget, checked and hashed.
            open: () => {
              const content = (options: object) => opened.archive.content(chat, { limits: tools.limits, signal: input.signal, ...options });
              if (!firstPass) return content({});
              firstPass = false;
              return hashing(content({ budget: opened.budget, onCrcMismatch: out.warn }));
            },
            signal: input.signal,
            caseTimeZone: input.item.caseTimeZone,
            chatName: chatNameFromFileName(chat.path) ?? chatNameFromFileName(input.item.name),
            path: chat.path,
            members: byName,
          },
          out,
          { daysFirst: input.item.reading.daysFirst },
        ).catch((error: unknown) => {
          // A damaged or unreadable chat does not cost the media: report it and extract the members anyway.
          if (!(error instanceof ParseError)) throw error;
          out.warn(
            `the chat member ${JSON.stringify(chat.rawName)} could not be read to the end (${error.message}); its messages may be incomplete`,
            { code: 'whatsapp.chat_unreadable', params: { member: chat.rawName, error: error.message } },
          );
        });
        await listMember(opened, chat, input, out, tools, { chat: true, ...(sha256 ? { sha256 } : {}) });
      } else {
        out.warn('no chat file (_chat.txt or "WhatsApp Chat with … .txt") in this archive: only its members were extracted', {
          code: 'whatsapp.no_chat',
        });
      }
      await extractMembers(opened, input, out, tools, skip);
    } finally {
      opened.archive.close();
    }
  },
};
