// The SQLite engine against a brute-force reference: random documents (bursts in one hour, undated, malformed and
// far-off times, documents moved by indexing them again) and random queries, paged through to the end, with
// limits so small that every path large results take (time windows, the overflow hour, relevance tiers, the
// examine budget, small filter sets) runs on a few hundred documents.
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { SearchDocument, SearchHit, SearchIndex, SearchQuery, SearchSort } from '@tamga/core';
import { useTestStore } from '../use-test-store';
import { compareText, type SearchLimits } from './search-engine';
import { sqlSearchIndex } from './sql-search-index';
import { fts5Match } from './fts5-match';
import { bucketForText, bucketOf, OVERFLOW_BUCKET, UNDATED_BUCKET } from './sqlite-doc-numbers';
import { sqliteFts5 } from './sqlite-fts5';
import { parseSearchQuery } from '@tamga/core';

const LIMITS: SearchLimits = { exactTotal: 15, relevanceWindow: 10, examineLimit: 25, smallSet: 5, setMax: 1_000 };

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['w0', 'w0', 'w0', 'w0', 'w1', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7'];
const TYPES = ['message', 'email', 'call'];
const ITEMS = ['i1', 'i2', 'i3', 'tiny'];
const CASES = ['c1', 'c1', 'c1', 'c2'];

function makeDocs(next: () => number, count: number, prefix: string): SearchDocument[] {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const r = next();
    let at: string | null;
    if (r < 0.1) at = null;
    else if (r < 0.3)
      at = `2024-05-01T10:${String(Math.floor(next() * 60)).padStart(2, '0')}:00.000000Z`; // one busy hour
    else if (r < 0.33)
      at = pick(['garbage', '2024-02-30T05:00:00.000000Z', '1601-01-01T00:00:00.000000Z', '2999-01-01T00:00:00.000000Z', '2024-05-01T10']);
    else at = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 200 * 86_400_000)).toISOString().replace('Z', '000Z');
    const words = Array.from({ length: 1 + Math.floor(next() * 5) }, () => pick(WORDS));
    const itemId = next() < 0.03 ? 'tiny' : pick(ITEMS.slice(0, 3));
    return {
      artifactId: `${prefix}${String(i).padStart(4, '0')}${pick(['a', 'b'])}`,
      caseId: pick(CASES),
      itemId,
      type: pick(TYPES),
      at,
      text: words.join(' '),
      accounts: next() < 0.5 ? ['telegram:a'] : next() < 0.1 ? ['telegram:rare'] : [],
      entities: next() < 0.3 ? ['phone:+1'] : [],
    };
  });
}

const UNDATED_AT = '~';

function timeOrder(descending: boolean) {
  return (a: { at: string | null; artifactId: string }, b: { at: string | null; artifactId: string }) => {
    const [x, y] = [a.at ?? UNDATED_AT, b.at ?? UNDATED_AT];
    const undated = Number(x === UNDATED_AT) - Number(y === UNDATED_AT);
    if (undated !== 0) return undated;
    const order = compareText(x, y) || compareText(a.artifactId, b.artifactId);
    return descending ? -order : order;
  };
}

describe('SQLite search engine, every path, against a brute-force reference', () => {
  const { store } = useTestStore();
  let index: SearchIndex;
  /** The same index, testing every filter match by match instead of gathering sets. */
  let noSets: SearchIndex;
  const docs = new Map<string, SearchDocument>();

  beforeAll(async () => {
    // Three slots an hour: the busy hour overflows.
    index = sqlSearchIndex(store(), { limits: LIMITS, engine: sqliteFts5({ slotsPerHour: 3 }) });
    noSets = sqlSearchIndex(store(), { limits: { ...LIMITS, setMax: 0 }, engine: sqliteFts5({ slotsPerHour: 3 }) });
    const next = random(42);
    const first = makeDocs(next, 400, 'd');
    await index.index(first);
    for (const d of first) docs.set(d.artifactId, d);
    // Indexed again: new times, cases and words move documents to other numbers.
    const again = makeDocs(random(7), 400, 'd').filter((_, i) => i % 3 === 0);
    await index.index(again);
    for (const d of again) docs.set(d.artifactId, d);
    await index.removeItems(['i3']);
    for (const [id, d] of docs) if (d.itemId === 'i3') docs.delete(id);
    await index.index(makeDocs(random(9), 60, 'n').map((d) => ({ ...d, itemId: 'i3' })));
    for (const d of makeDocs(random(9), 60, 'n')) docs.set(d.artifactId, { ...d, itemId: 'i3' });
  });

  /** The artifact ids FTS5 itself says match, with their bm25, from the plain query every optimisation avoids. */
  async function reference(query: SearchQuery): Promise<Array<SearchDocument & { score: number }>> {
    const match = fts5Match(parseSearchQuery(query.text));
    const { rows } = await sql<{ artifact_id: string; score: number }>`
      select d.artifact_id, -bm25(search_fts) as score from search_fts join search_documents d on d.doc = search_fts.rowid
      where search_fts match ${match}`.execute(store().db);
    return rows
      .map((r) => ({ ...docs.get(r.artifact_id)!, score: r.score }))
      .filter((d) => {
        const at = d.at ?? UNDATED_AT;
        return (
          d.caseId === query.caseId &&
          (!query.types?.length || query.types.includes(d.type)) &&
          (!query.itemIds?.length || query.itemIds.includes(d.itemId)) &&
          (!query.from || (compareText(at, query.from) >= 0 && at !== UNDATED_AT)) &&
          (!query.to || compareText(at, query.to) < 0) &&
          (!query.account || d.accounts.includes(query.account)) &&
          (!query.entity || d.entities.includes(query.entity))
        );
      });
  }

  async function documentNumbers(ids: string[]): Promise<Map<string, bigint>> {
    if (ids.length === 0) return new Map();
    const { rows } = await sql<{ artifact_id: string; doc: string }>`
      select artifact_id, cast(doc as text) as doc from search_documents where artifact_id in (${sql.join(ids)})`.execute(store().db);
    return new Map(rows.map((r) => [r.artifact_id, BigInt(r.doc)]));
  }

  async function pageThrough(query: SearchQuery, through: SearchIndex): Promise<{ hits: SearchHit[]; totals: Array<[number, boolean]> }> {
    const hits: SearchHit[] = [];
    const totals: Array<[number, boolean]> = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 1000; pages++) {
      const page: Awaited<ReturnType<SearchIndex['search']>> = await through.search({ ...query, cursor });
      hits.push(...page.hits);
      totals.push([page.total, page.totalIsLowerBound]);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return { hits, totals };
  }

  it('places times in hours whose order is text order', () => {
    expect(bucketOf('~')).toBe(UNDATED_BUCKET);
    expect(bucketOf('garbage')).toBe(OVERFLOW_BUCKET);
    expect(bucketOf('2024-02-30T05:00:00Z')).toBe(OVERFLOW_BUCKET);
    expect(bucketOf('2024-02-29T23:59:59Z')).toBe(bucketOf('2024-03-01T00:00:00Z') - 1);
    expect(bucketOf('1601-01-01T00:00:00Z')).toBe(bucketOf('1900-01-01T00:59:00Z'));
    const times = [
      '0001-01-01T00',
      '1899-12-31T23',
      '1970-01-01T00:00:00Z',
      '2024-05-01T10:59:59.999999Z',
      '2300-01-01T00',
      '9999-12-31T23',
    ];
    for (let i = 1; i < times.length; i++) expect(bucketOf(times[i]!)).toBeGreaterThanOrEqual(bucketOf(times[i - 1]!));
    for (const t of times.slice(2, 5)) expect(bucketForText(t)).toBe(bucketOf(t));
    expect(bucketForText('')).toBe(bucketOf('1800-01-01T00'));
    expect(bucketForText('garbage')).toBe(bucketOf('9999-01-01T00'));
  });

  it('pages through exactly the reference hits, in the reference order, with honest totals', async () => {
    const next = random(1234);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
    const texts = ['w0', 'w1', 'w2 OR w5', 'w0 -w1', '"w0 w1"', 'w*', 'w0 w1', 'w7', 'nothing'];
    const seen = { lowerBound: 0, tiered: 0, fewFiltered: 0 };
    for (let q = 0; q < 240; q++) {
      const query: SearchQuery = { caseId: pick(['c1', 'c1', 'c2', 'none']), text: pick(texts), limit: pick([1, 3, 7, 50]) };
      const sort = pick<SearchSort>(['relevance', 'time_asc', 'time_desc']);
      query.sort = sort;
      if (next() < 0.25) query.types = pick([['email'], ['message', 'call']]);
      if (next() < 0.2) query.itemIds = pick([['i1'], ['tiny'], ['i2', 'i3']]);
      if (next() < 0.25) query.from = pick(['2024-02-01T00:00:00.000000Z', '2024-05-01T10:30:00.000000Z', '1000', 'h']);
      if (next() < 0.25) query.to = pick(['2024-05-01T10:30:00.000000Z', '2024-06-01T00:00:00.000000Z', '2999', 'z']);
      if (next() < 0.15) query.account = pick(['telegram:a', 'telegram:rare']);
      if (next() < 0.15) query.entity = 'phone:+1';
      const expected = await reference(query);
      const through = q % 2 === 0 ? index : noSets;
      const { hits, totals } = await pageThrough(query, through);
      const label = `${JSON.stringify(query)}${through === noSets ? ' (no sets)' : ''}`;
      const ids = hits.map((h) => h.artifactId);
      expect(new Set(ids).size, label).toBe(ids.length);
      expect([...ids].sort(), label).toEqual(expected.map((d) => d.artifactId).sort());
      if (totals.some(([, lowerBound]) => lowerBound)) seen.lowerBound++;
      if (query.account === 'telegram:rare' || query.itemIds?.includes('tiny')) seen.fewFiltered++;
      for (const [total, lowerBound] of totals) {
        if (lowerBound) expect(total, label).toBeLessThanOrEqual(expected.length);
        else expect(total, label).toBe(expected.length);
        if (
          expected.length <= LIMITS.exactTotal &&
          !query.types &&
          !query.itemIds &&
          !query.account &&
          !query.entity &&
          !query.from &&
          !query.to
        )
          expect(lowerBound, label).toBe(false);
      }
      const score = new Map(expected.map((d) => [d.artifactId, d.score]));
      for (const h of hits) expect(h.score, label).toBe(score.get(h.artifactId));
      if (sort !== 'relevance') {
        expect(ids, label).toEqual([...expected].sort(timeOrder(sort === 'time_desc')).map((d) => d.artifactId));
      } else {
        // A window of the newest hits ranked by score, then the older ones newest first; with few hits and no
        // filters, the window is everything.
        const byScore = (a: SearchHit, b: SearchHit) => b.score - a.score || compareText(a.artifactId, b.artifactId);
        const doc = await documentNumbers(ids);
        const split = (k: number) => {
          const [ranked, rest] = [hits.slice(0, k), hits.slice(k)];
          const newest = (x: SearchHit, y: SearchHit) => (doc.get(y.artifactId)! > doc.get(x.artifactId)! ? 1 : -1);
          return (
            ranked.every((h, i) => i === 0 || byScore(ranked[i - 1]!, h) < 0) &&
            rest.every((h, i) => i === 0 || newest(rest[i - 1]!, h) < 0) &&
            ranked.every((h) => rest.every((r) => doc.get(h.artifactId)! > doc.get(r.artifactId)!))
          );
        };
        const fits = Array.from({ length: Math.min(hits.length, LIMITS.relevanceWindow) + 1 }, (_, k) => k).filter(split);
        expect(fits.length, label).toBeGreaterThan(0);
        if (!fits.includes(hits.length)) seen.tiered++;
        if (
          expected.length <= LIMITS.relevanceWindow &&
          !query.types &&
          !query.itemIds &&
          !query.account &&
          !query.entity &&
          !query.from &&
          !query.to
        )
          expect(fits, label).toContain(hits.length);
      }
    }
    expect(seen.lowerBound).toBeGreaterThan(5);
    expect(seen.tiered).toBeGreaterThan(5);
    expect(seen.fewFiltered).toBeGreaterThan(5);
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from search_documents where (doc >> 23) & ${2 ** 22 - 1} = ${OVERFLOW_BUCKET}`.execute(store().db);
    expect(rows[0]!.n).toBeGreaterThan(20);
  }, 120_000);
});
