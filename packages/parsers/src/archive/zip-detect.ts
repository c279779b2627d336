// Recognising a ZIP from its first bytes, and the member names in the head that mark a more specific format
// (Office Open XML, APK, ODF/EPUB, a WhatsApp export), for which the generic archive parser steps back.

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];

function startsWith(head: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => head[i] === byte);
}

export function isZipHead(head: Uint8Array): boolean {
  return startsWith(head, LOCAL_HEADER) || startsWith(head, EMPTY_ARCHIVE);
}

/**
 * Member names found in the head: each local header (`PK\x03\x04`, name at +30) and central-directory header
 * (`PK\x01\x02`, name at +46). A signature inside compressed data may yield a junk name; callers only test
 * names for exact patterns, so that costs nothing.
 */
export function memberNamesInHead(head: Uint8Array, max = 256): string[] {
  const names: string[] = [];
  const view = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  let at = view.indexOf('PK', 0, 'latin1');
  while (at >= 0 && names.length < max) {
    const kind = view.readUInt16LE(Math.min(at + 2, view.length - 2));
    const nameLengthAt = kind === 0x0403 ? at + 26 : kind === 0x0201 ? at + 28 : -1;
    const nameAt = kind === 0x0403 ? at + 30 : at + 46;
    if (nameLengthAt >= 0 && nameLengthAt + 2 <= view.length) {
      const length = view.readUInt16LE(nameLengthAt);
      if (length > 0 && nameAt + length <= view.length) names.push(view.toString('utf8', nameAt, nameAt + length));
    }
    at = view.indexOf('PK', at + 2, 'latin1');
  }
  return names;
}

/** Member names that belong to formats other parsers read better than a plain archive listing. */
const SPECIALISED = [
  /^\[Content_Types\]\.xml$/,
  /^AndroidManifest\.xml$/,
  /^mimetype$/,
  /(^|\/)_chat\.txt$/,
  /(^|\/)WhatsApp Chat (with|-) .+\.txt$/i,
  /(^|\/)Чат WhatsApp с .+\.txt$/i,
];

/** Archive names that say "WhatsApp export" (Android shares `WhatsApp Chat with X.zip`). */
export const WHATSAPP_ARCHIVE_NAME = /^(WhatsApp Chat (with|-) .+|Чат WhatsApp с .+)\.zip$/i;

export function looksSpecialised(head: Uint8Array, name: string): boolean {
  if (WHATSAPP_ARCHIVE_NAME.test(name)) return true;
  return memberNamesInHead(head).some((member) => SPECIALISED.some((pattern) => pattern.test(member)));
}
