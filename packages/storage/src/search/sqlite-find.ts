// One page of hits on SQLite: in time order window by window, by relevance over the most recent matches, or
// exactly among a few documents when a filter leaves only those.
import { sql } from 'kysely';
import type { SearchSort } from '@tamga/core';
import { badCursor, sortKeyValues } from './search-cursor';
import { slices } from '../slices';
import { compareText, UNDATED, type FindRequest, type Found } from './search-engine';
import { rowFilters } from './search-filters';
import { bm25, matches } from './search-score';
import { FIRST_DATED, LAST_DATED, bucketText, bucketForText, bucketLo, bucketHi, bucketOfDoc } from './sqlite-doc-numbers';
import {
  type Row,
  type Ctx,
  FIRST_WINDOW,
  rangesNewestFirst,
  nthMatch,
  hitsByDoc,
  hitsByTime,
  bm25Stats,
  storedTexts,
  score,
  countHits,
} from './sqlite-reads';

// Orders, as the SQL above sorts: text by code point; undated last in both time orders.
export function timeOrder(descending: boolean): (a: Pick<Row, 'at' | 'artifact_id'>, b: Pick<Row, 'at' | 'artifact_id'>) => number {
  return (a, b) => {
    const undated = Number(a.at === UNDATED) - Number(b.at === UNDATED);
    if (undated !== 0) return undated;
    const order = compareText(a.at, b.at) || compareText(a.artifact_id, b.artifact_id);
    return descending ? -order : order;
  };
}

export function relevanceOrder(a: Pick<Row, 'score' | 'artifact_id'>, b: Pick<Row, 'score' | 'artifact_id'>): number {
  return a.score !== b.score ? b.score - a.score : compareText(a.artifact_id, b.artifact_id);
}

export interface TimeCursor {
  at: string;
  artifact_id: string;
}
export type RelevanceCursor = { tier: 0; score: number; artifact_id: string } | { tier: 1; doc: bigint };

export function timeCursor(sort: SearchSort, after: unknown[] | null): TimeCursor | null {
  if (!after) return null;
  const values = sortKeyValues(sort, after);
  const [at, id] = sort === 'time_desc' ? values.slice(1) : values;
  return { at: String(at), artifact_id: String(id) };
}

export function relevanceCursor(after: unknown[] | null): RelevanceCursor | null {
  if (!after) return null;
  const [tier, a, b] = after;
  if (tier === 0 && after.length === 3 && typeof a === 'number' && Number.isFinite(a) && typeof b === 'string')
    return { tier, score: a, artifact_id: b };
  if (tier === 1 && after.length === 2 && typeof a === 'string' && /^\d{1,19}$/.test(a)) return { tier, doc: BigInt(a) };
  throw badCursor();
}

export function timeCursorValues(sort: SearchSort, row: Row): Array<string | number> {
  return sort === 'time_desc' ? [row.at === UNDATED ? 1 : 0, row.at, row.artifact_id] : [row.at, row.artifact_id];
}

/** Every hit among a few documents, matched and sorted here from their texts: exact in every respect. */
export async function findAmong(ctx: Ctx, docs: string[], request: FindRequest): Promise<Found> {
  const candidates: Row[] = [];
  for (const part of slices(docs)) {
    const { rows } = await sql<Row>`
      select cast(d.doc as text) as doc, d.artifact_id, d.item_id, d.type, d.at, 0 as score from search_documents d
      where d.doc in (${sql.join(part.map((d) => BigInt(d)))}) and ${sql.join(rowFilters(ctx.query), sql` and `)}`.execute(ctx.db);
    candidates.push(...rows);
  }
  const texts = await storedTexts(
    ctx,
    candidates.map((r) => r.doc),
  );
  const hits: Row[] = [];
  const tokens = new Map<Row, string[]>();
  for (const r of candidates) {
    const stored = texts.get(r.doc);
    r.text = stored?.text ?? '';
    const t = stored?.tokens ?? [];
    if (!matches(ctx.node, t)) continue;
    tokens.set(r, t);
    r.tier = 0;
    hits.push(r);
  }
  const { sort } = request;
  let after: (row: Row) => boolean = () => true;
  let order: (a: Row, b: Row) => number;
  if (sort === 'relevance') {
    const stats = hits.length > 0 ? await bm25Stats(ctx) : null;
    for (const r of hits) r.score = bm25(ctx.node, tokens.get(r)!, stats!);
    order = relevanceOrder;
    const cursor = relevanceCursor(request.after);
    if (cursor?.tier === 1) return { rows: [], next: null, total: hits.length, totalIsLowerBound: false };
    if (cursor) after = (r) => relevanceOrder(r, cursor) > 0;
  } else {
    order = timeOrder(sort === 'time_desc');
    const cursor = timeCursor(sort, request.after);
    if (cursor) after = (r) => order(r, cursor as Row) > 0;
  }
  const page = hits.sort(order).filter(after);
  if (sort !== 'relevance') {
    const stats = page.length > 0 ? await bm25Stats(ctx) : undefined;
    for (const r of page.slice(0, request.limit)) r.score = bm25(ctx.node, tokens.get(r)!, stats!);
  }
  return finish(page, request, { total: hits.length, totalIsLowerBound: false });
}

export function finish(page: Row[], { sort, limit }: FindRequest, total: { total: number; totalIsLowerBound: boolean }): Found {
  const rows = page.slice(0, limit);
  const last = rows[rows.length - 1];
  let next: Array<string | number> | null = null;
  if (page.length > limit && last) {
    if (sort !== 'relevance') next = timeCursorValues(sort, last);
    else next = last.tier === 1 ? [1, last.doc] : [0, last.score, last.artifact_id];
  }
  return {
    rows: rows.map((r) => ({ artifact_id: r.artifact_id, item_id: r.item_id, type: r.type, at: r.at, score: r.score, text: r.text })),
    next,
    ...total,
  };
}

/** Time order: windows of whole hours, newest (or oldest) first, each sorted exactly; the undated last. */
export async function findByTime(ctx: Ctx, request: FindRequest): Promise<Found> {
  const descending = request.sort === 'time_desc';
  const cursor = timeCursor(request.sort, request.after);
  const need = request.limit + 1;
  const past = sql.raw(descending ? '<' : '>');
  const out: Row[] = [];

  if (ctx.dated && cursor?.at !== UNDATED) {
    const resume = cursor
      ? [sql`(d.at ${past} ${cursor.at} or (d.at = ${cursor.at} and d.artifact_id ${past} ${cursor.artifact_id}))`]
      : [];
    let first = ctx.dated.first;
    let last = ctx.dated.last;
    if (cursor) {
      const b = bucketForText(cursor.at);
      if (descending) last = Math.min(last, b);
      else first = Math.max(first, b);
    }
    let window = Math.max(FIRST_WINDOW, need * 4);
    while (out.length < need && first <= last) {
      const range = { lo: bucketLo(ctx.caseNo, first), hi: bucketHi(ctx.caseNo, last) };
      // The window ends at the edge of the hour of its n-th match, so nothing outside it sorts before it.
      const nth = await nthMatch(ctx, range, descending, window);
      let [wFirst, wLast] = [first, last];
      if (nth !== null) {
        if (descending) wFirst = bucketOfDoc(nth);
        else wLast = bucketOfDoc(nth);
      }
      const wanted = need - out.length;
      let rows = await hitsByTime(ctx, { lo: bucketLo(ctx.caseNo, wFirst), hi: bucketHi(ctx.caseNo, wLast) }, descending, wanted, resume);
      if (ctx.hasOverflow) {
        // Overflowed documents whose `at` falls within the window's hours, merged in by text.
        const span = [...resume];
        if (wFirst > FIRST_DATED) span.push(sql`d.at >= ${bucketText(wFirst)}`);
        if (wLast < LAST_DATED) span.push(sql`d.at < ${bucketText(wLast + 1)}`);
        const spilled = await hitsByTime(ctx, ctx.overflow, descending, wanted, span);
        rows = [...rows, ...spilled].sort(timeOrder(descending)).slice(0, wanted);
      }
      out.push(...rows);
      if (descending) last = wFirst - 1;
      else first = wLast + 1;
      window *= 4;
    }
  }
  if (out.length < need && ctx.undated) {
    const resume = cursor?.at === UNDATED ? [sql`d.artifact_id ${past} ${cursor.artifact_id}`] : [];
    out.push(...(await hitsByTime(ctx, ctx.undated, descending, need - out.length, resume)));
  }

  await score(ctx, out.slice(0, request.limit));
  // From the first page, fewer than a page and one more: that was every hit.
  const total = !cursor && out.length < need ? { total: out.length, totalIsLowerBound: false } : await countHits(ctx);
  return finish(out, request, total);
}

/**
 * Relevance: the most recent matches (up to relevanceWindow hits, or those among the first examineLimit matches
 * when filters thin them out) ranked by bm25; the hits past them follow newest first (tier 1).
 */
export async function findByRelevance(ctx: Ctx, request: FindRequest): Promise<Found> {
  const { relevanceWindow } = ctx.limits;
  const cursor = relevanceCursor(request.after);
  const need = request.limit + 1;
  const ranges = rangesNewestFirst(ctx);

  let ranked: Row[] = [];
  /** Tier 1 is the hits below this doc; null when the ranked window holds every hit. */
  let boundary: bigint | null = null;
  /** Whether the examine budget, not the window's size, ended the window. */
  let cut = false;
  if (cursor?.tier !== 1) {
    for (const range of ranges) {
      // With filters, hits may be rare among the matches: look at the budget's matches at most.
      const beyond = ctx.filtered ? await nthMatch(ctx, range, true, ctx.budget + 1) : null;
      const window = beyond === null ? range : { lo: beyond + 1n, hi: range.hi };
      ranked.push(...(await hitsByDoc(ctx, window, true, relevanceWindow + 1 - ranked.length)));
      if (ranked.length > relevanceWindow) {
        boundary = BigInt(ranked[relevanceWindow - 1]!.doc);
        ranked = ranked.slice(0, relevanceWindow);
        break;
      }
      if (beyond !== null) {
        boundary = window.lo;
        cut = true;
        break;
      }
    }
  }
  for (const r of ranked) r.tier = 0;
  let page = ranked.sort(relevanceOrder);
  if (cursor?.tier === 0) page = page.filter((r) => relevanceOrder(r, cursor) > 0);
  page = page.slice(0, need);

  const below = cursor?.tier === 1 ? cursor.doc : boundary;
  if (page.length < need && below !== null) {
    for (const range of ranges) {
      const hi = range.hi < below ? range.hi : below - 1n;
      if (hi < range.lo) continue;
      const rows = await hitsByDoc(ctx, { lo: range.lo, hi }, true, need - page.length);
      for (const r of rows) r.tier = 1;
      page.push(...rows);
      if (page.length >= need) break;
    }
  }
  // The ranked window was computed whole and holds every hit: its size is the total. When the examine budget
  // ended it, counting would look at the same matches again and stop at the same place: its hits are the bound.
  let total: { total: number; totalIsLowerBound: boolean };
  if (cursor?.tier !== 1 && boundary === null) total = { total: ranked.length, totalIsLowerBound: false };
  else if (cursor?.tier !== 1 && cut) total = { total: Math.min(ranked.length, ctx.limits.exactTotal), totalIsLowerBound: true };
  else total = await countHits(ctx);
  return finish(page, request, total);
}
