// Recognising WhatsApp exports: a text whose first line is a message header, and a ZIP holding `_chat.txt`
// or `WhatsApp Chat with/- X.txt`.
import { DETECT, type Probe } from '@tamga/core';
import { isZipHead, memberNamesInHead, WHATSAPP_ARCHIVE_NAME } from '../archive/zip-detect';
import { cleanLine, isStrongShape, matchHeader } from './header';

/** The chat file's names: Android `WhatsApp Chat with X.txt` (ru `Чат WhatsApp с X.txt`), iOS `_chat.txt`. */
export const CHAT_FILE_NAME = /^(_chat\.txt|WhatsApp Chat (with|-) .+\.txt|Чат WhatsApp с .+\.txt)$/i;

export function isChatFileName(path: string): boolean {
  return CHAT_FILE_NAME.test(path.split('/').pop() ?? path);
}

export function detectChatText(probe: Probe): number {
  const { head } = probe;
  if (isZipHead(head) || head.includes(0)) return DETECT.NO;
  const named = isChatFileName(probe.name);
  const lines = new TextDecoder()
    .decode(head)
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/);
  // The first non-empty line of an export is always a message header.
  const first = lines.find((line) => line.trim() !== '');
  const header = first === undefined ? null : matchHeader(cleanLine(first), first);
  if (header && named) return DETECT.CERTAIN;
  if (header && isStrongShape(header.shape)) return DETECT.LIKELY;
  return named ? DETECT.NAME_ONLY : DETECT.NO;
}

export function detectChatZip(probe: Probe): number {
  if (!isZipHead(probe.head)) return DETECT.NO;
  if (memberNamesInHead(probe.head).some(isChatFileName)) return DETECT.CERTAIN;
  // Magic plus the export's own archive name; without a chat member the parser still extracts every member.
  return WHATSAPP_ARCHIVE_NAME.test(probe.name) ? DETECT.CERTAIN : DETECT.NO;
}
