// Firefox downloads in places.sqlite (FORMATS.md §3.2): since Firefox 26 each download is a pair of annotations on
// the downloaded URL's place, `downloads/destinationFileURI` (where it was saved, added when the download began)
// and `downloads/metaData` (JSON: state, end time in ms, size, whether the file was deleted).
import { isoFromMicros, type ParserInput, type ParserOutput, type SqliteFile } from '@tamga/core';
import { compact, int, prTime, str } from './browser-sqlite';

/** `DownloadHistory` states of Firefox's metaData. */
const STATES: Record<number, string> = {
  0: 'downloading',
  1: 'finished',
  2: 'failed',
  3: 'canceled',
  4: 'paused',
  6: 'blocked_parental',
  8: 'dirty',
};

/** `file:///home/u/Downloads/%D0%B0.pdf` → `/home/u/Downloads/а.pdf`; anything else as written. */
function pathOfFileUri(uri: string | null): string | null {
  if (!uri?.startsWith('file://')) return uri;
  try {
    return decodeURIComponent(new URL(uri).pathname).replace(/^\/([A-Za-z]:\/)/, '$1');
  } catch {
    return uri;
  }
}

/** An instant in ISO form, or null outside what a date can hold (a corrupt value). */
function isoOrNull(micros: bigint): string | null {
  try {
    return isoFromMicros(micros);
  } catch {
    return null;
  }
}

function metaDataOf(content: string | null): Record<string, unknown> | null {
  if (!content) return null;
  try {
    const value: unknown = JSON.parse(content);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function emitFirefoxDownloads(db: SqliteFile, tables: Set<string>, input: ParserInput, out: ParserOutput): Promise<number> {
  if (!tables.has('moz_annos') || !tables.has('moz_anno_attributes')) return 0;
  const rows = db.iterate(
    `SELECT d.id AS d_id, d.place_id, d.content AS destination, d.dateAdded AS d_added, d.lastModified AS d_modified,
            m.content AS meta, p.url AS url, p.title AS title
       FROM moz_annos d
       JOIN moz_anno_attributes da ON da.id = d.anno_attribute_id AND da.name = 'downloads/destinationFileURI'
       LEFT JOIN moz_anno_attributes ma ON ma.name = 'downloads/metaData'
       LEFT JOIN moz_annos m ON m.place_id = d.place_id AND m.anno_attribute_id = ma.id
       LEFT JOIN moz_places p ON p.id = d.place_id
      ORDER BY d.id`,
    [],
    { bigints: true },
  );
  let count = 0;
  let unreadable = 0;
  for (const row of rows) {
    input.signal.throwIfAborted();
    const destination = str(row.destination);
    const meta = metaDataOf(str(row.meta));
    if (row.meta !== null && row.meta !== undefined && meta === null) unreadable++;
    const state = typeof meta?.state === 'number' ? meta.state : null;
    const endMs = typeof meta?.endTime === 'number' && Number.isFinite(meta.endTime) ? meta.endTime : null;
    const endTime = endMs === null ? null : isoOrNull(BigInt(Math.round(endMs)) * 1000n);
    const targetPath = pathOfFileUri(destination);
    await out.artifact({
      type: 'download',
      key: `moz_annos:${String(row.d_id)}`,
      // The destination is annotated when the download begins.
      time: prTime(row.d_added),
      text: targetPath,
      fields: compact({
        browser: 'firefox',
        url: str(row.url),
        title: str(row.title) ?? undefined,
        placeId: int(row.place_id),
        targetPath,
        destinationUri: destination,
        state,
        stateName: state === null ? null : (STATES[state] ?? `UNKNOWN_${state}`),
        startTime: prTime(row.d_added)?.utc ?? null,
        endTime,
        totalBytes: typeof meta?.fileSize === 'number' ? meta.fileSize : undefined,
        fileDeleted: meta?.deleted === true ? true : undefined,
        metaData: meta ?? undefined,
        timeSource: 'moz_annos.dateAdded',
      }),
      locator: { table: 'moz_annos', row: int(row.d_id) ?? String(row.d_id) },
    });
    count++;
  }
  if (unreadable > 0)
    out.warn(`${unreadable} download(s) have a downloads/metaData annotation that is not JSON; kept without it`, {
      code: 'browser.firefox_download_metadata_not_json',
      params: { count: unreadable },
    });
  return count;
}
