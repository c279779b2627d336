// Chromium downloads: the old schema (full_path, url, start_time in Unix seconds) and the schema of
// meta.version 28 onwards (current/target path, WebKit times, URL chains in downloads_url_chains).
import type { ArtifactTime, ParserInput, ParserOutput, SqliteFile } from '@tamga/core';
import { big, compact, int, jsonValue, otherColumns, str, unixSecondsTime, webkitTime } from './browser-sqlite';
import { downloadStateName } from './chromium-transition';

/** Below this a download time is Unix seconds (~1.3e9), above it WebKit µs (~1.3e16): FORMATS.md §3.1. */
const UNIX_SECONDS_BELOW = 100_000_000_000n;

function downloadTime(value: unknown): { time: ArtifactTime | null; unit: string | null } {
  const t = big(value);
  if (t === null || t === 0n) return { time: null, unit: null };
  const abs = t < 0n ? -t : t;
  return abs < UNIX_SECONDS_BELOW ? { time: unixSecondsTime(t), unit: 'unix_seconds' } : { time: webkitTime(t), unit: 'webkit_us' };
}

// Columns turned into named fields below; anything else a newer build adds is kept raw under `other`.
const KNOWN = new Set([
  'id',
  'full_path',
  'current_path',
  'target_path',
  'url',
  'start_time',
  'end_time',
  'received_bytes',
  'total_bytes',
  'state',
  'danger_type',
  'interrupt_reason',
  'opened',
  'referrer',
  'tab_url',
  'tab_referrer_url',
  'site_url',
  'mime_type',
  'original_mime_type',
  'guid',
  'hash',
  'by_ext_id',
  'by_ext_name',
  'etag',
  'last_modified',
  'last_access_time',
]);

function urlChains(db: SqliteFile, tables: Set<string>): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  if (!tables.has('downloads_url_chains')) return chains;
  for (const row of db.all('SELECT id, chain_index, url FROM downloads_url_chains ORDER BY id, chain_index', [], { bigints: true })) {
    const id = String(row.id);
    chains.set(id, [...(chains.get(id) ?? []), str(row.url) ?? '']);
  }
  return chains;
}

export async function emitChromiumDownloads(db: SqliteFile, tables: Set<string>, input: ParserInput, out: ParserOutput): Promise<number> {
  if (!tables.has('downloads')) return 0;
  const columns = new Set(db.columns('downloads'));
  const schema = columns.has('target_path') ? 'current' : 'old';
  const chains = urlChains(db, tables);
  let count = 0;
  let badTimes = 0;
  for (const row of db.iterate('SELECT * FROM downloads ORDER BY id', [], { bigints: true })) {
    input.signal.throwIfAborted();
    const id = String(row.id);
    const chain = chains.get(id) ?? [];
    const start = downloadTime(row.start_time);
    const end = downloadTime(row.end_time);
    if ((row.start_time && !start.time) || (row.end_time && !end.time)) badTimes++;
    const state = int(row.state);
    const targetPath = str(row.target_path) ?? str(row.full_path);
    const fields: Record<string, unknown> = {
      browser: 'chromium',
      schema,
      url: str(row.url) ?? chain[0] ?? null,
      urlChain: chain.length > 0 ? chain : undefined,
      targetPath,
      currentPath: str(row.current_path) ?? undefined,
      receivedBytes: int(row.received_bytes),
      totalBytes: int(row.total_bytes),
      state,
      stateName: downloadStateName(typeof state === 'number' ? state : null),
      startTime: start.time?.utc ?? null,
      startTimeUnit: start.unit,
      endTime: end.time?.utc ?? undefined,
      endTimeRaw: end.time?.raw ?? undefined,
      dangerType: int(row.danger_type) ?? undefined,
      interruptReason: int(row.interrupt_reason) ?? undefined,
      opened: int(row.opened) ?? undefined,
      referrer: str(row.referrer) ?? undefined,
      tabUrl: str(row.tab_url) ?? undefined,
      tabReferrerUrl: str(row.tab_referrer_url) ?? undefined,
      siteUrl: str(row.site_url) ?? undefined,
      mimeType: str(row.mime_type) ?? undefined,
      originalMimeType: str(row.original_mime_type) ?? undefined,
      guid: str(row.guid) ?? undefined,
      hash: row.hash === undefined || row.hash === null ? undefined : jsonValue(row.hash),
      byExtId: str(row.by_ext_id) ?? undefined,
      byExtName: str(row.by_ext_name) ?? undefined,
      etag: str(row.etag) ?? undefined,
      lastModified: str(row.last_modified) ?? undefined,
      lastAccessTime: row.last_access_time === undefined ? undefined : (webkitTime(row.last_access_time)?.utc ?? null),
      other: otherColumns(row, KNOWN),
    };
    await out.artifact({
      type: 'download',
      key: `downloads:${id}`,
      time: start.time,
      text: targetPath,
      fields: compact(fields),
      locator: { table: 'downloads', row: int(row.id) ?? id },
    });
    count++;
  }
  if (badTimes > 0)
    out.warn(`${badTimes} download(s) have a time outside the representable range; kept without a time`, {
      code: 'browser.download_times_out_of_range',
      params: { count: badTimes },
    });
  return count;
}
