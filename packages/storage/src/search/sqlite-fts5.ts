// The search engine on SQLite: a contentless FTS5 table of pre-tokenised text, ranked by bm25.
//
// FTS5 walks a query's matches in rowid order and stops when told (ORDER BY rowid LIMIT n costs what it returns),
// while anything else costs per match: bm25 some 5 µs, a lookup in search_documents 1 to 3 µs, asking FTS5
// whether one given row matches 30 to 100 µs. So the rowid, the document number `doc`, is made to sort by case and
// time: case number (18 bits), hour of `at` (22 bits: a bucket), slot within the hour (23 bits). A case is then
// one rowid range, a time range a smaller one, and time order is rowid order up to the hour. A page in time order
// reads the matches of the newest (or oldest) hours only, sorting them exactly; a count stops at the exact limit;
// relevance scores the most recent matches only when there are very many. See docs in core/src/search-index.ts.
import { sql } from 'kysely';
import { slices } from '../slices';
import type { Found, SearchEngine } from './search-engine';
import { hasRowFilters } from './search-filters';
import { fts5Match } from './fts5-match';
import {
  SLOTS,
  UNDATED_BUCKET,
  OVERFLOW_BUCKET,
  FIRST_DATED,
  LAST_DATED,
  bucketForText,
  bucketLo,
  bucketHi,
  caseNumbers,
  allocate,
} from './sqlite-doc-numbers';
import { type Ctx } from './sqlite-reads';
import { sqliteFilters, planFilters, smallSet } from './sqlite-filters';
import { timeCursor, relevanceCursor, findAmong, findByTime, findByRelevance } from './sqlite-find';

/** Test hook: a smaller hour, so that the overflow bucket is reached without millions of documents. */
export function sqliteFts5(options: { slotsPerHour?: number } = {}): SearchEngine {
  const maxSlots = options.slotsPerHour === undefined ? SLOTS : BigInt(Math.min(options.slotsPerHour, Number(SLOTS)));

  return {
    async write(db, docs) {
      // A document indexed again may have moved in case or time, and with them its number: it goes, then comes back.
      for (const ids of slices(docs.map((d) => d.artifactId)))
        await sql`delete from search_documents where artifact_id in (${sql.join(ids)})`.execute(db);
      const caseNos = await caseNumbers(db, [...new Set(docs.map((d) => d.caseId))], true);
      const numbers = await allocate(db, docs, caseNos, maxSlots);
      // Ascending numbers: FTS5 flushes its pending terms into a new segment whenever a rowid is not above the
      // last one, so unsorted numbers would write a segment per document.
      const rows = docs.map((d, i) => ({ d, doc: numbers[i]! })).sort((a, b) => (a.doc < b.doc ? -1 : 1));
      const { rows: last } = await sql<{ id: number | null }>`select max(id) as id from search_texts`.execute(db);
      let textId = Number(last[0]?.id ?? 0);
      for (const batch of slices(rows)) {
        const ids = batch.map(() => ++textId);
        await sql`insert into search_texts (id, text, keys)
          values ${sql.join(batch.map(({ d }, i) => sql`(${ids[i]}, ${d.text}, ${JSON.stringify(d.keys)})`))}`.execute(db);
        await sql`insert into search_documents (doc, artifact_id, case_id, item_id, type, at, text_id)
          values ${sql.join(batch.map(({ d, doc }, i) => sql`(${doc}, ${d.artifactId}, ${d.caseId}, ${d.itemId}, ${d.type}, ${d.at}, ${ids[i]})`))}`.execute(
          db,
        );
        await sql`insert into search_fts (rowid, tokens) values ${sql.join(batch.map(({ d, doc }) => sql`(${doc}, ${d.tokens.join(' ')})`))}`.execute(
          db,
        );
      }
      const keys = rows.flatMap(({ d, doc }) => d.keys.map((key) => sql`(${key}, ${doc})`));
      for (const part of slices(keys, 2_000)) await sql`insert into search_keys (key, doc) values ${sql.join(part)}`.execute(db);
    },

    async texts(db, ids) {
      const out = new Map<string, string>();
      for (const part of slices(ids)) {
        const { rows } = await sql<{ artifact_id: string; text: string }>`
          select d.artifact_id, t.text from search_documents d join search_texts t on t.id = d.text_id
          where d.artifact_id in (${sql.join(part)})`.execute(db);
        for (const r of rows) out.set(r.artifact_id, r.text);
      }
      return out;
    },

    async removeCase(db, caseId) {
      const caseNo = (await caseNumbers(db, [caseId], false)).get(caseId);
      if (caseNo === undefined) return;
      await sql`delete from search_documents where doc between ${bucketLo(caseNo, 0)} and ${bucketHi(caseNo, LAST_DATED)}`.execute(db);
      await sql`delete from search_cases where case_id = ${caseId}`.execute(db);
    },

    async find(db, request) {
      const { query, limits } = request;
      const empty: Found = { rows: [], next: null, total: 0, totalIsLowerBound: false };
      // Malformed cursors are refused whether or not anything matches.
      if (request.sort === 'relevance') relevanceCursor(request.after);
      else timeCursor(request.sort, request.after);
      const caseNo = (await caseNumbers(db, [query.caseId], false)).get(query.caseId);
      if (caseNo === undefined) return empty;
      const first = query.from ? Math.max(FIRST_DATED, bucketForText(query.from)) : FIRST_DATED;
      const last = query.to ? bucketForText(query.to) : LAST_DATED;
      const overflow = { lo: bucketLo(caseNo, OVERFLOW_BUCKET), hi: bucketHi(caseNo, OVERFLOW_BUCKET) };
      const spilled = await sql`select 1 from search_documents where doc between ${overflow.lo} and ${overflow.hi} limit 1`.execute(db);
      const filters = sqliteFilters(query, await planFilters(db, query, caseNo, fts5Match(request.match), limits));
      const ctx: Ctx = {
        db,
        query,
        node: request.match,
        match: fts5Match(request.match),
        ...filters,
        filtered: hasRowFilters(query),
        // A match tested against sets only costs a tenth of one whose document is read.
        budget: filters.joins ? limits.examineLimit : limits.examineLimit * 20,
        limits,
        caseNo,
        dated: first <= last ? { first, last } : null,
        overflow,
        undated: query.from || query.to ? null : { lo: bucketLo(caseNo, UNDATED_BUCKET), hi: bucketHi(caseNo, UNDATED_BUCKET) },
        hasOverflow: spilled.rows.length > 0,
      };
      const few = await smallSet(ctx);
      if (few) return findAmong(ctx, few, request);
      return request.sort === 'relevance' ? findByRelevance(ctx, request) : findByTime(ctx, request);
    },
  };
}
