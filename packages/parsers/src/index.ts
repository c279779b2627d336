// @tamga/parsers: one folder per format family; `builtInParsers` is the registry. The highest detection score
// wins and ties go to the earlier entry, so specific formats come before the generic ones they resemble
// (a WhatsApp zip before any zip, an MBOX before plain text, everything before the file-entry fallback).
import type { Parser } from '@tamga/core';
import { zipParser } from './archive/zip-parser';
import { chromiumHistoryParser } from './browser/chromium-history-parser';
import { firefoxPlacesParser } from './browser/firefox-places-parser';
import { safariHistoryParser } from './browser/safari-history-parser';
import { docxParser } from './document/docx-parser';
import { pdfParser } from './document/pdf-parser';
import { emlParser } from './email/eml-parser';
import { mboxParser } from './email/mbox-parser';
import { fileEntryParser } from './fallback/file-entry-parser';
import { imageParser } from './image/exif-image-parser';
import { telegramJsonParser } from './telegram/telegram-json-parser';
import { textParser } from './text/text-parser';
import { whatsappTextParser } from './whatsapp/whatsapp-text-parser';
import { whatsappZipParser } from './whatsapp/whatsapp-zip-parser';

export const builtInParsers: readonly Parser[] = [
  telegramJsonParser,
  whatsappZipParser,
  whatsappTextParser,
  chromiumHistoryParser,
  firefoxPlacesParser,
  safariHistoryParser,
  mboxParser,
  emlParser,
  imageParser,
  docxParser,
  pdfParser,
  zipParser,
  textParser,
  fileEntryParser,
];

export { detectType } from './fallback/detect-type';
