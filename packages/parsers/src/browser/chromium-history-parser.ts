// Chromium-family `History` databases (Chrome, Chromium, Edge, Yandex): visits joined with urls and
// visit_source, typed search terms, and downloads in both schemas (FORMATS.md §3.1).
import { ParseError, type Parser, type ParserInput, type ParserOutput, type SqliteFile } from '@tamga/core';
import {
  bool,
  compact,
  detectSqlite,
  int,
  otherColumns,
  quoteId,
  requireTables,
  str,
  webkitTime,
  openBrowserDatabase,
} from './browser-sqlite';
import { lossWarning, noLosses, readingDamaged, readWithoutJoins, survivingRows, type KeyedRows } from './surviving-rows';
import { emitChromiumDownloads } from './chromium-downloads';
import { decodeTransition, visitSourceName } from './chromium-transition';
import { locateRows } from './sqlite-row-cell';

const URL_COLUMNS = ['url', 'title', 'visit_count', 'typed_count', 'last_visit_time', 'hidden'] as const;
const KNOWN_VISIT_COLUMNS = new Set(['id', 'url', 'visit_time', 'from_visit', 'transition', 'segment_id', 'visit_duration']);

interface SearchTerm {
  rowid: string;
  keywordId: number | string | null;
  term: string | null;
  lowerTerm: string | null;
}

/** keyword_search_terms is small and keyed by url: read it first, as one connection runs one query at a time. */
function searchTermsByUrl(db: SqliteFile, tables: Set<string>): Map<string, SearchTerm[]> {
  const terms = new Map<string, SearchTerm[]>();
  if (!tables.has('keyword_search_terms')) return terms;
  // `lower_term` became `normalized_term` in later schemas.
  const columns = new Set(db.columns('keyword_search_terms'));
  const normalized = columns.has('normalized_term') ? 'normalized_term' : columns.has('lower_term') ? 'lower_term' : 'NULL';
  const sql = `SELECT rowid AS _rowid, keyword_id, url_id, ${normalized} AS lower_term, term FROM keyword_search_terms ORDER BY rowid`;
  const rows = db.all(sql, [], { bigints: true });
  for (const row of rows) {
    const urlId = String(row.url_id);
    const term = { rowid: String(row._rowid), keywordId: int(row.keyword_id), term: str(row.term), lowerTerm: str(row.lower_term) };
    terms.set(urlId, [...(terms.get(urlId) ?? []), term]);
  }
  return terms;
}

function visitRows(db: SqliteFile, tables: Set<string>): KeyedRows {
  const urlColumns = new Set(db.columns('urls'));
  const joined = URL_COLUMNS.filter((column) => urlColumns.has(column)).map((column) => `u.${column} AS u_${column}`);
  const source = tables.has('visit_source');
  const select = [
    `SELECT v.*, ${[...joined, source ? 's.source AS vs_source' : 'NULL AS vs_source'].join(', ')}`,
    'FROM visits v LEFT JOIN urls u ON u.id = v.url',
    source ? 'LEFT JOIN visit_source s ON s.id = v.id' : '',
  ].join(' ');
  return { table: 'visits', key: 'id', select, alias: 'v' };
}

async function emitVisits(db: SqliteFile, tables: Set<string>, terms: Map<string, SearchTerm[]>, input: ParserInput, out: ParserOutput) {
  const urlsWithVisits = new Set<string>();
  let count = 0;
  const losses = noLosses();
  for (const row of survivingRows(db, visitRows(db, tables), losses)) {
    input.signal.throwIfAborted();
    const id = String(row.id);
    const urlId = String(row.url);
    urlsWithVisits.add(urlId);
    const transitionValue = int(row.transition);
    const source = int(row.vs_source);
    const sourceCode = typeof source === 'number' ? source : null;
    const url = str(row.u_url);
    const title = str(row.u_title);
    const searchTerms = terms.get(urlId);
    const visitRow = Object.fromEntries(Object.entries(row).filter(([column]) => !column.startsWith('u_') && column !== 'vs_source'));
    await out.artifact({
      type: 'web_visit',
      key: `visits:${id}`,
      time: webkitTime(row.visit_time),
      text: [title, url].filter(Boolean).join('\n') || null,
      fields: compact({
        browser: 'chromium',
        url,
        title,
        urlId: int(row.url),
        fromVisit: int(row.from_visit),
        transition: typeof transitionValue === 'number' ? decodeTransition(transitionValue) : transitionValue,
        visitSource: visitSourceName(sourceCode),
        visitSourceCode: sourceCode,
        // Synced and imported visits do not prove use of this device (FORMATS.md §3.1).
        notFromThisDevice: sourceCode === 0 || (sourceCode !== null && sourceCode >= 3),
        visitDurationMicros: row.visit_duration === undefined ? undefined : int(row.visit_duration),
        segmentId: int(row.segment_id),
        urlVisitCount: int(row.u_visit_count),
        urlTypedCount: int(row.u_typed_count),
        urlLastVisitTime: webkitTime(row.u_last_visit_time)?.utc ?? null,
        urlHidden: bool(row.u_hidden),
        searchTerms: searchTerms?.map((t) => t.term),
        urlRowUnreadable: readWithoutJoins(row) || undefined,
        other: otherColumns(visitRow, KNOWN_VISIT_COLUMNS),
      }),
      locator: { table: 'visits', row: int(row.id) ?? id },
    });
    count++;
  }
  const warning = lossWarning('visits', losses);
  if (warning) out.warn(warning.text, warning.key);
  return { count, urlsWithVisits };
}

/** Search terms whose URL has no visit left (expired history) would be lost in visit fields: emit them alone. */
async function emitOrphanTerms(db: SqliteFile, terms: Map<string, SearchTerm[]>, urlsWithVisits: Set<string>, out: ParserOutput) {
  for (const [urlId, list] of terms) {
    if (urlsWithVisits.has(urlId)) continue;
    const [urlRow] = db.all(`SELECT url, title, last_visit_time FROM urls WHERE id = ?`, [BigInt(urlId)], { bigints: true });
    for (const term of list) {
      await out.artifact({
        type: 'web_visit',
        key: `keyword_search_terms:${term.rowid}`,
        time: webkitTime(urlRow?.last_visit_time),
        text: term.term,
        fields: {
          browser: 'chromium',
          kind: 'search_term',
          term: term.term,
          lowerTerm: term.lowerTerm,
          keywordId: term.keywordId,
          urlId: int(BigInt(urlId)),
          url: str(urlRow?.url),
          title: str(urlRow?.title),
          timeSource: 'urls.last_visit_time',
        },
        locator: { table: 'keyword_search_terms', row: int(BigInt(term.rowid))! },
      });
    }
  }
}

export const chromiumHistoryParser: Parser = {
  id: 'browser.chromium',
  // 2: a damaged page costs the rows on it, not the whole database.
  version: '2',
  description: 'Chromium-family browser history (Chrome, Chromium, Edge, Yandex `History`): visits, search terms, downloads',
  companions: ['-wal'],
  detect: (probe) => detectSqlite(probe, ['urls', 'visits'], /History$/),
  // A search term is a row of a table with no id of its own: its locator names the rowid.
  locate: locateRows({ keyword_search_terms: 'rowid' }),
  async parse(input, out, tools) {
    const db = await openBrowserDatabase(input, out, tools, 'Chromium History');
    try {
      const tables = requireTables(db, 'Chromium History', ['urls', 'visits']);
      const visitColumns = db.columns('visits');
      for (const column of ['id', 'url', 'visit_time']) {
        if (!visitColumns.includes(column))
          throw new ParseError(`not a Chromium History database: visits has no ${quoteId(column)} column`);
      }
      // Each table is read on its own: a damaged page in one costs that table's rows on it, not the others'.
      const terms = (await readingDamaged('keyword_search_terms', out, async () => searchTermsByUrl(db, tables))) ?? new Map();
      const { urlsWithVisits } = await emitVisits(db, tables, terms, input, out);
      await readingDamaged('keyword_search_terms', out, () => emitOrphanTerms(db, terms, urlsWithVisits, out));
      await readingDamaged('downloads', out, () => emitChromiumDownloads(db, tables, input, out));
    } finally {
      db.close();
    }
  },
};
