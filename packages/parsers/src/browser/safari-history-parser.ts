// Safari `History.db`: history_visits joined with history_items, Cocoa times, redirect chains, and the
// tombstones that record cleared history (FORMATS.md §3.3).
import type { ParserOutput, Parser, SqliteFile } from '@tamga/core';
import { bool, cocoaTime, compact, detectSqlite, int, otherColumns, requireTables, str, openBrowserDatabase } from './browser-sqlite';
import { lossWarning, noLosses, readingDamaged, readWithoutJoins, survivingRows, type KeyedRows } from './surviving-rows';
import { locateRows } from './sqlite-row-cell';

const ITEM_COLUMNS = ['url', 'domain_expansion', 'visit_count'];
const KNOWN_VISIT_COLUMNS = new Set([
  'id',
  'history_item',
  'visit_time',
  'title',
  'load_successful',
  'http_non_get',
  'synthesized',
  'redirect_source',
  'redirect_destination',
  'origin',
  'generation',
  'attributes',
  'score',
]);
/** `NSDate.distantPast` (0000-12-30): a tombstone starting here clears everything before its end. */
const DISTANT_PAST = -63114076800;

function visitRows(db: SqliteFile): KeyedRows {
  const itemColumns = new Set(db.columns('history_items'));
  const joined = ITEM_COLUMNS.filter((column) => itemColumns.has(column)).map((column) => `i.${column} AS i_${column}`);
  const select = `SELECT v.*${joined.map((c) => `, ${c}`).join('')} FROM history_visits v LEFT JOIN history_items i ON i.id = v.history_item`;
  return { table: 'history_visits', key: 'id', select, alias: 'v' };
}

/**
 * Each tombstone is a deletion event (FORMATS.md §3.3): the user cleared history for a span, or for one URL. It
 * becomes a `web_visit` of kind `history_cleared` at the end of the span, so it stands in the timeline where the
 * visits it removed would have been.
 */
async function emitTombstones(db: SqliteFile, out: ParserOutput): Promise<void> {
  let count = 0;
  for (const row of db.iterate('SELECT * FROM history_tombstones ORDER BY id', [], { bigints: true })) {
    count++;
    const end = cocoaTime(row.end_time);
    const start = Number(row.start_time) <= DISTANT_PAST ? null : cocoaTime(row.start_time);
    const url = str(row.url);
    const endText = end?.utc ?? `Cocoa ${String(row.end_time)}`;
    const span = start === null ? `everything before ${endText}` : `visits from ${start.utc} to ${endText}`;
    await out.artifact({
      type: 'web_visit',
      key: `history_tombstones:${String(row.id)}`,
      time: end,
      text: `History cleared: ${span}${url ? ` for ${url}` : ''}`,
      fields: compact({
        browser: 'safari',
        kind: 'history_cleared',
        url,
        clearedFrom: start?.utc ?? null,
        clearedFromEverything: start === null,
        clearedTo: end?.utc ?? null,
        startTimeRaw: String(row.start_time),
        endTimeRaw: String(row.end_time),
        generation: int(row.generation),
        timeSource: 'history_tombstones.end_time',
      }),
      locator: { table: 'history_tombstones', row: int(row.id) ?? String(row.id) },
    });
  }
  if (count > 0)
    out.warn(`history was cleared ${count} time(s) (history_tombstones): each is a history_cleared entry`, {
      code: 'browser.safari_history_cleared',
      params: { count },
    });
}

export const safariHistoryParser: Parser = {
  id: 'browser.safari',
  // 2: a damaged page costs the rows on it, not the whole database; tombstones are history_cleared entries.
  version: '2',
  description: 'Safari history (`History.db`): visits joined with items, redirects, cleared-history tombstones',
  companions: ['-wal'],
  detect: (probe) => detectSqlite(probe, ['history_items', 'history_visits'], /History\.db$/),
  locate: locateRows(),
  async parse(input, out, tools) {
    const db = await openBrowserDatabase(input, out, tools, 'Safari History');
    try {
      const tables = requireTables(db, 'Safari History', ['history_items', 'history_visits']);
      let badTimes = 0;
      const losses = noLosses();
      for (const row of survivingRows(db, visitRows(db), losses)) {
        input.signal.throwIfAborted();
        const id = String(row.id);
        const url = str(row.i_url);
        const title = str(row.title);
        const time = cocoaTime(row.visit_time);
        if (!time) badTimes++;
        const visitRow = Object.fromEntries(Object.entries(row).filter(([column]) => !column.startsWith('i_')));
        await out.artifact({
          type: 'web_visit',
          key: `visits:${id}`,
          time,
          text: [title, url].filter(Boolean).join('\n') || null,
          fields: compact({
            browser: 'safari',
            url,
            title,
            itemId: int(row.history_item),
            domainExpansion: str(row.i_domain_expansion),
            itemVisitCount: int(row.i_visit_count),
            visitTimeRaw: time ? undefined : String(row.visit_time),
            loadSuccessful: bool(row.load_successful),
            httpNonGet: bool(row.http_non_get),
            synthesized: bool(row.synthesized),
            redirectSource: int(row.redirect_source),
            redirectDestination: int(row.redirect_destination),
            origin: int(row.origin),
            generation: int(row.generation),
            attributes: int(row.attributes),
            score: int(row.score),
            itemRowUnreadable: readWithoutJoins(row) || undefined,
            other: otherColumns(visitRow, KNOWN_VISIT_COLUMNS),
          }),
          locator: { table: 'history_visits', row: int(row.id) ?? id },
        });
      }
      if (badTimes > 0)
        out.warn(`${badTimes} visit(s) have a visit_time that is not a usable Cocoa time; kept without a time`, {
          code: 'browser.safari_visit_times_unusable',
          params: { count: badTimes },
        });
      const warning = lossWarning('history_visits', losses);
      if (warning) out.warn(warning.text, warning.key);
      if (tables.has('history_tombstones')) await readingDamaged('history_tombstones', out, () => emitTombstones(db, out));
    } finally {
      db.close();
    }
  },
};
