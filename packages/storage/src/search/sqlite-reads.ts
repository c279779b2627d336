// The reads the SQLite search is made of: matches in a range of document numbers, hits with their documents,
// counts that stop early, bm25 by FTS5 or from the text.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { SearchNode, SearchQuery } from '@tamga/core';
import { documentTokens } from './document-tokens';
import type { Database } from '../schema';
import { slices } from '../slices';
import type { FoundRow, SearchLimits } from './search-engine';
import { bm25, phrases, type Bm25Stats } from './search-score';
import { fts5Match } from './fts5-match';
import { bucketLo, bucketHi } from './sqlite-doc-numbers';

export interface Range {
  lo: bigint;
  hi: bigint;
}

export interface Row extends FoundRow {
  doc: string;
  /** The document's tokens (documentTokens), once read back to match or score it here. */
  tokens?: string[];
  /** Relevance only: 1 for hits past the ranked window, listed newest first. */
  tier?: 0 | 1;
}

export interface Ctx {
  db: Kysely<Database>;
  query: SearchQuery;
  node: SearchNode;
  match: string;
  /** All the query's filters but the case, for matches in `range` (alias d is search_documents). */
  where: (range: Range, time?: boolean) => RawBuilder<unknown>;
  /** Some filter needs the document's row (time, or a type too common to be worth a set); else all are sets. */
  joins: boolean;
  /** Some filter other than time (a type or an item, match by match) is read from the document. */
  typeJoin: boolean;
  filtered: boolean;
  /** How many matches a count or a relevance window looks at before it settles for what it found. */
  budget: number;
  limits: SearchLimits;
  caseNo: number;
  /** The dated buckets the time filter leaves, null when it leaves none. */
  dated: { first: number; last: number } | null;
  overflow: Range;
  /** Null when a time filter leaves undated documents out. */
  undated: Range | null;
  hasOverflow: boolean;
}

/** Time-ordered reads start with windows of this many matches and grow them fourfold. */
export const FIRST_WINDOW = 256;

export const desc = (descending: boolean) => sql.raw(descending ? 'desc' : 'asc');

export function datedRange(ctx: Ctx): Range | null {
  return ctx.dated ? { lo: bucketLo(ctx.caseNo, ctx.dated.first), hi: bucketHi(ctx.caseNo, ctx.dated.last) } : null;
}

/** Every range in rowid order, newest first: dated (within the time filter), overflow, undated. */
export function rangesNewestFirst(ctx: Ctx): Range[] {
  return [datedRange(ctx), ctx.overflow, ctx.undated].filter((r): r is Range => r !== null);
}

/** The doc of the n-th match of the words (1-based) walking [lo, hi] one way, or null when there are fewer. */
export async function nthMatch(ctx: Ctx, range: Range, descending: boolean, n: number): Promise<bigint | null> {
  const { rows } = await sql<{ doc: string }>`
    select cast(rowid as text) as doc from search_fts
    where search_fts match ${ctx.match} and rowid between ${range.lo} and ${range.hi}
    order by rowid ${desc(descending)} limit 1 offset ${n - 1}`.execute(ctx.db);
  return rows[0] ? BigInt(rows[0].doc) : null;
}

/** Matches of the words in [lo, hi], counted up to `cap`, without looking at documents. */
export async function countMatches(ctx: Ctx, range: Range, cap: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from (
      select 1 from search_fts where search_fts match ${ctx.match} and rowid between ${range.lo} and ${range.hi} limit ${cap}
    )`.execute(ctx.db);
  return Number(rows[0]?.n ?? 0);
}

/** Hits (matches passing the filters) in [lo, hi] in doc order, at most n, with their bm25 (one cursor). */
export async function hitsByDoc(ctx: Ctx, range: Range, descending: boolean, n: number): Promise<Row[]> {
  const { rows } = await sql<Row>`
    select cast(d.doc as text) as doc, d.artifact_id, d.item_id, d.type, d.at, -bm25(search_fts) as score
    from search_fts cross join search_documents d on d.doc = search_fts.rowid
    where search_fts match ${ctx.match} and search_fts.rowid between ${range.lo} and ${range.hi} and ${ctx.where(range)}
    order by search_fts.rowid ${desc(descending)} limit ${n}`.execute(ctx.db);
  return rows;
}

/** Hits in [lo, hi] in exact time order (at, then artifact_id), at most n; `extra` narrows them further. */
export async function hitsByTime(ctx: Ctx, range: Range, descending: boolean, n: number, extra: RawBuilder<unknown>[]): Promise<Row[]> {
  const { rows } = await sql<Row>`
    select cast(d.doc as text) as doc, d.artifact_id, d.item_id, d.type, d.at, 0 as score
    from search_fts cross join search_documents d on d.doc = search_fts.rowid
    where search_fts match ${ctx.match} and search_fts.rowid between ${range.lo} and ${range.hi} and ${ctx.where(range)}
      ${extra.length > 0 ? sql`and ${sql.join(extra, sql` and `)}` : sql``}
    order by d.at ${desc(descending)}, d.artifact_id ${desc(descending)} limit ${n}`.execute(ctx.db);
  return rows;
}

/** What bm25 needs besides a document: FTS5's row and token totals (its averages record), each phrase's documents. */
export async function bm25Stats(ctx: Ctx): Promise<Bm25Stats> {
  const { rows } = await sql<{ block: Uint8Array }>`select block from search_fts_data where id = 1`.execute(ctx.db);
  const [count, tokens] = varints(rows[0]?.block ?? new Uint8Array(), 2);
  const documents: number[] = [];
  for (const { term } of phrases(ctx.node)) {
    const counted = await sql<{ n: number }>`select count(*) as n from search_fts where search_fts match ${fts5Match(term)}`.execute(
      ctx.db,
    );
    documents.push(Number(counted.rows[0]?.n ?? 0));
  }
  return { rows: Math.max(1, count ?? 0), tokens: Math.max(1, tokens ?? 0), documents };
}

/** SQLite's variable-length integers, big-endian, seven bits a byte and eight in the ninth. */
export function varints(bytes: Uint8Array, n: number): number[] {
  const out: number[] = [];
  let at = 0;
  while (out.length < n && at < bytes.length) {
    let value = 0;
    for (let i = 0; ; i++) {
      const byte = bytes[at++] ?? 0;
      if (i === 8) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      if (byte < 0x80) break;
    }
    out.push(value);
  }
  return out;
}

export async function storedTexts(ctx: Ctx, docs: string[]): Promise<Map<string, { text: string; tokens: string[] }>> {
  const out = new Map<string, { text: string; tokens: string[] }>();
  for (const part of slices(docs)) {
    const { rows } = await sql<{ doc: string; text: string; keys: string }>`
      select cast(d.doc as text) as doc, t.text, t.keys from search_documents d join search_texts t on t.id = d.text_id
      where d.doc in (${sql.join(part.map((d) => BigInt(d)))})`.execute(ctx.db);
    for (const r of rows) out.set(r.doc, { text: r.text, tokens: documentTokens(r.text, JSON.parse(r.keys) as string[]) });
  }
  return out;
}

/**
 * Gives rows their bm25. When few other matches lie among them (a page in time order usually), FTS5 scores their
 * span with one cursor; otherwise they are scored from their texts. Never a cursor per row: each FTS5 cursor that
 * computes bm25 first counts every document of every phrase in the whole index.
 */
export async function score(ctx: Ctx, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const docs = rows.map((r) => BigInt(r.doc));
  const span = { lo: docs.reduce((a, b) => (a < b ? a : b)), hi: docs.reduce((a, b) => (a > b ? a : b)) };
  const cap = rows.length * 4 + 16;
  if ((await countMatches(ctx, span, cap + 1)) > cap) return scoreFromText(ctx, rows);
  const { rows: scored } = await sql<{ doc: string; score: number }>`
    select cast(rowid as text) as doc, -bm25(search_fts) as score from search_fts
    where search_fts match ${ctx.match} and rowid between ${span.lo} and ${span.hi}`.execute(ctx.db);
  const byDoc = new Map(scored.map((r) => [r.doc, Number(r.score)]));
  for (const r of rows) r.score = byDoc.get(r.doc) ?? 0;
}

/** Gives rows their text and their bm25, computed from the text. */
export async function scoreFromText(ctx: Ctx, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const known = await bm25Stats(ctx);
  const texts = await storedTexts(
    ctx,
    rows.filter((r) => r.tokens === undefined).map((r) => r.doc),
  );
  for (const r of rows) {
    const stored = texts.get(r.doc);
    r.text ??= stored?.text ?? '';
    r.tokens ??= stored?.tokens ?? [];
    r.score = bm25(ctx.node, r.tokens, known);
  }
}

/** Hits counted exactly up to the limit, stopping early (a lower bound) when the filters leave few matches as hits. */
export async function countHits(ctx: Ctx): Promise<{ total: number; totalIsLowerBound: boolean }> {
  const cap = ctx.limits.exactTotal + 1;
  // A time range needs the documents' times in its first and last hour only: the hours between lie inside it.
  const parts: Array<{ range: Range; time: boolean }> = [];
  const dated = ctx.dated;
  const timed = Boolean(ctx.query.from || ctx.query.to);
  if (dated) {
    if (timed && dated.last - dated.first >= 2) {
      parts.push({ range: { lo: bucketLo(ctx.caseNo, dated.last), hi: bucketHi(ctx.caseNo, dated.last) }, time: true });
      parts.push({ range: { lo: bucketLo(ctx.caseNo, dated.first + 1), hi: bucketHi(ctx.caseNo, dated.last - 1) }, time: false });
      parts.push({ range: { lo: bucketLo(ctx.caseNo, dated.first), hi: bucketHi(ctx.caseNo, dated.first) }, time: true });
    } else parts.push({ range: datedRange(ctx)!, time: timed });
  }
  if (ctx.hasOverflow) parts.push({ range: ctx.overflow, time: timed });
  if (ctx.undated) parts.push({ range: ctx.undated, time: false });

  let n = 0;
  let cut = false;
  for (const { range, time } of parts) {
    if (n >= cap) break;
    const joins = ctx.typeJoin || (time && timed);
    if (!ctx.filtered || (!joins && !hasSets(ctx.query))) {
      n += await countMatches(ctx, range, cap - n);
      continue;
    }
    // Look at no more than the budget's matches in this range; past them, what was counted is a lower bound.
    const beyond = await nthMatch(ctx, range, true, ctx.budget + 1);
    const window = beyond === null ? range : { lo: beyond + 1n, hi: range.hi };
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from (
        select 1 from search_fts ${joins ? sql`cross join search_documents d on d.doc = search_fts.rowid` : sql``}
        where search_fts match ${ctx.match} and search_fts.rowid between ${window.lo} and ${window.hi} and ${ctx.where(window, time)}
        limit ${cap - n}
      )`.execute(ctx.db);
    n += Number(rows[0]?.n ?? 0);
    if (beyond !== null) cut = true;
  }
  if (n >= cap) return { total: ctx.limits.exactTotal, totalIsLowerBound: true };
  return { total: n, totalIsLowerBound: cut };
}

export function hasSets(query: SearchQuery): boolean {
  return Boolean(query.itemIds?.length || query.account || query.entity || query.types?.length);
}
