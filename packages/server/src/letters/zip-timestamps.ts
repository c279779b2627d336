// Sets every member's modification time in a ZIP file to one given date. The docx package zips with the
// current time; a letter's DOCX must be the same bytes each time it is rendered (its SHA-256 is in the
// ledger), so the times are rewritten to the letter's date. Only the DOS date and time fields change: they
// are outside the CRC and the compressed data, so the archive stays valid.

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** MS-DOS date and time (two-second resolution, years 1980–2107), from the date's UTC fields. */
function dosDateTime(date: Date): { date: number; time: number } {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 1980) return { date: (1 << 5) | 1, time: 0 };
  const clamped = Math.min(year, 2107);
  return {
    date: ((clamped - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
  };
}

/** Rewrites the times in place and returns the same bytes; throws on a file that is not a plain ZIP. */
export function setZipTimestamps(zip: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  // The end record is 22 bytes plus a comment of up to 65,535 bytes, so it starts within that reach of the end.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a ZIP file: no end of central directory record');
  const entries = view.getUint16(eocd + 10, true);
  const { date: dosDate, time: dosTime } = dosDateTime(date);
  let at = view.getUint32(eocd + 16, true);
  for (let index = 0; index < entries; index++) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new Error('not a ZIP file: broken central directory');
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_SIGNATURE) throw new Error('not a ZIP file: broken local header');
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
