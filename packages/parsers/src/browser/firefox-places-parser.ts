// Firefox `places.sqlite`: moz_historyvisits joined with moz_places, PRTime instants, the downloads recorded
// as annotations, and the bookmarks of moz_bookmarks with their folder paths (FORMATS.md §3.2).
import type { Parser, SqliteFile } from '@tamga/core';
import { bool, compact, detectSqlite, int, otherColumns, prTime, requireTables, str, openBrowserDatabase } from './browser-sqlite';
import { emitFirefoxBookmarks } from './firefox-bookmarks';
import { emitFirefoxDownloads } from './firefox-downloads';
import { lossWarning, noLosses, readingDamaged, readWithoutJoins, survivingRows, type KeyedRows } from './surviving-rows';
import { locateRows } from './sqlite-row-cell';

const VISIT_TYPES: Record<number, string> = {
  1: 'LINK',
  2: 'TYPED',
  3: 'BOOKMARK',
  4: 'EMBED',
  5: 'REDIRECT_PERMANENT',
  6: 'REDIRECT_TEMPORARY',
  7: 'DOWNLOAD',
  8: 'FRAMED_LINK',
  9: 'RELOAD',
};

const PLACE_COLUMNS = ['url', 'title', 'rev_host', 'visit_count', 'hidden', 'typed', 'frecency', 'last_visit_date', 'guid', 'description'];
const KNOWN_VISIT_COLUMNS = new Set(['id', 'from_visit', 'place_id', 'visit_date', 'visit_type', 'session']);

/** `moc.elgoog.swen.` → `news.google.com`. */
function hostFromRevHost(revHost: string | null): string | null {
  if (!revHost) return null;
  return [...revHost].reverse().join('').replace(/^\./, '') || null;
}

function visitRows(db: SqliteFile): KeyedRows {
  const placeColumns = new Set(db.columns('moz_places'));
  const joined = PLACE_COLUMNS.filter((column) => placeColumns.has(column)).map((column) => `p.${column} AS p_${column}`);
  const select = `SELECT v.*${joined.map((c) => `, ${c}`).join('')} FROM moz_historyvisits v LEFT JOIN moz_places p ON p.id = v.place_id`;
  return { table: 'moz_historyvisits', key: 'id', select, alias: 'v' };
}

export const firefoxPlacesParser: Parser = {
  id: 'browser.firefox',
  // 2: a damaged page costs the rows on it, not the whole database; downloads from their annotations.
  // 3: bookmarks (type-1 rows of moz_bookmarks) as artefacts, with their folder paths.
  version: '3',
  description: 'Firefox history (`places.sqlite`): visits joined with places, downloads and bookmarks',
  companions: ['-wal'],
  detect: (probe) => detectSqlite(probe, ['moz_places', 'moz_historyvisits'], /places\.sqlite$/i),
  locate: locateRows(),
  async parse(input, out, tools) {
    const db = await openBrowserDatabase(input, out, tools, 'Firefox places');
    try {
      const tables = requireTables(db, 'Firefox places', ['moz_places', 'moz_historyvisits']);
      const losses = noLosses();
      for (const row of survivingRows(db, visitRows(db), losses)) {
        input.signal.throwIfAborted();
        const id = String(row.id);
        const visitType = int(row.visit_type);
        const url = str(row.p_url);
        const title = str(row.p_title);
        const revHost = str(row.p_rev_host);
        const visitRow = Object.fromEntries(Object.entries(row).filter(([column]) => !column.startsWith('p_')));
        await out.artifact({
          type: 'web_visit',
          key: `visits:${id}`,
          time: prTime(row.visit_date),
          text: [title, url].filter(Boolean).join('\n') || null,
          fields: compact({
            browser: 'firefox',
            url,
            title,
            host: hostFromRevHost(revHost),
            revHost,
            placeId: int(row.place_id),
            fromVisit: int(row.from_visit),
            visitType,
            visitTypeName: typeof visitType === 'number' ? (VISIT_TYPES[visitType] ?? `UNKNOWN_${visitType}`) : null,
            session: row.session === undefined ? undefined : int(row.session),
            placeVisitCount: int(row.p_visit_count),
            placeTyped: bool(row.p_typed),
            placeHidden: bool(row.p_hidden),
            frecency: int(row.p_frecency),
            placeLastVisitDate: prTime(row.p_last_visit_date)?.utc ?? null,
            placeGuid: str(row.p_guid) ?? undefined,
            description: str(row.p_description) ?? undefined,
            placeRowUnreadable: readWithoutJoins(row) || undefined,
            other: otherColumns(visitRow, KNOWN_VISIT_COLUMNS),
          }),
          locator: { table: 'moz_historyvisits', row: int(row.id) ?? id },
        });
      }
      const warning = lossWarning('moz_historyvisits', losses);
      if (warning) out.warn(warning.text, warning.key);
      await readingDamaged('moz_annos', out, () => emitFirefoxDownloads(db, tables, input, out));
      if (tables.has('moz_bookmarks')) await readingDamaged('moz_bookmarks', out, () => emitFirefoxBookmarks(db, tables, input, out));
    } finally {
      db.close();
    }
  },
};
