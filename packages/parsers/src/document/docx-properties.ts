// OOXML package properties: docProps/core.xml (author, last editor, created, modified …) and
// docProps/app.xml (application, company), each read with a size cap.
import { daysInMonth, formatOffset, isoFromMicros, microsFromIso, microsFromWallTime, type ArtifactTime } from '@tamga/core';

/** A property part larger than this is not read. */
export const MAX_PROPERTY_PART_BYTES = 1024 * 1024;
export const PROPERTY_PARTS = ['docProps/core.xml', 'docProps/app.xml'];

/** A part's bytes as text, or null past the cap. */
export async function readCapped(chunks: AsyncIterable<Uint8Array>): Promise<string | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > MAX_PROPERTY_PART_BYTES) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString('utf8');
}

export function decodeXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Math.min(Number(dec), 0x10ffff)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

/** The text of the first element with this local name (any prefix), or null. */
export function xmlElement(xml: string, localName: string): string | null {
  const match = new RegExp(`<(?:[\\w.-]+:)?${localName}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${localName}>`).exec(xml);
  const value = match ? decodeXml(match[1]!).trim() : '';
  return value || null;
}

/** W3CDTF as used by dcterms:created/modified: an offset or Z is kept as the zone; without one it is floating. */
export function w3cdtfTime(raw: string | null, caseTimeZone: string): ArtifactTime | null {
  if (!raw) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(raw.trim());
  if (!match) return null;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', offset] = match;
  if (+month! < 1 || +month! > 12 || +day! < 1 || +day! > daysInMonth(+year!, +month!) || +hour > 23 || +minute > 59 || +second > 59)
    return null;
  try {
    if (offset) {
      const micros = microsFromIso(`${year}-${month}-${day}T${hour}:${minute}:${second}${fraction ? `.${fraction}` : ''}${offset}`);
      const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
      return { utc: isoFromMicros(micros), zone: offset === 'Z' ? 'UTC' : formatOffset(minutes), raw };
    }
    const wall = {
      year: +year!,
      month: +month!,
      day: +day!,
      hour: +hour,
      minute: +minute,
      second: +second,
      microsecond: Number(fraction.slice(0, 6).padEnd(6, '0')),
    };
    return { utc: isoFromMicros(microsFromWallTime(wall, caseTimeZone).micros), zone: caseTimeZone, derived: true, raw };
  } catch {
    return null;
  }
}
