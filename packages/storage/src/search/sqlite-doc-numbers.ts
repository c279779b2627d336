// Document numbers on SQLite. The rowid, the document number `doc`, sorts by case and time: case number
// (18 bits), hour of `at` (22 bits: a bucket), slot within the hour (23 bits). A case is then one rowid range, a
// time range a smaller one, and time order is rowid order up to the hour (sqlite-fts5.ts says why).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';
import { slices } from '../slices';
import { compareText, UNDATED, type PreparedDocument } from './search-engine';

export const SLOT_BITS = 23n;
export const BUCKET_BITS = 22n;
export const CASE_SHIFT = SLOT_BITS + BUCKET_BITS;
export const SLOTS = 1n << SLOT_BITS;
/** Case numbers 1 … 2^18 - 1 (262,143 cases with documents at once; a removed case's number is reused). */
export const MAX_CASE_NUMBER = 2 ** 18 - 1;
/** Bucket 0 holds the undated documents, 1 those whose hour is full or whose `at` is not a plain ISO time. */
export const UNDATED_BUCKET = 0;
export const OVERFLOW_BUCKET = 1;
export const FIRST_DATED = 2;
export const LAST_DATED = 2 ** 22 - 1;
export const HOUR = 3_600_000;
/** Dated buckets count hours from 1900; earlier times share the first, times after some 2378 the last. */
export const EPOCH = Date.UTC(1900, 0, 1);
export const LAST_YEAR = new Date(EPOCH + (LAST_DATED - FIRST_DATED) * HOUR).getUTCFullYear();
export const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The bucket of a document's `at`. Only a well-formed ISO hour is trusted: then text order (which sorts) and
 * bucket order agree. Anything else goes to the overflow bucket, which every time-ordered read merges by text.
 */
export function bucketOf(at: string): number {
  if (at === UNDATED) return UNDATED_BUCKET;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})/.exec(at);
  if (!m) return OVERFLOW_BUCKET;
  const [y, mo, d, h] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1]!) || h > 23) return OVERFLOW_BUCKET;
  if (y < 1900) return FIRST_DATED;
  if (y > LAST_YEAR) return LAST_DATED;
  return FIRST_DATED + Math.min((Date.UTC(y, mo - 1, d, h) - EPOCH) / HOUR, LAST_DATED - FIRST_DATED);
}

/** The text every `at` of a dated bucket starts with or sorts after, e.g. '2024-03-05T09'. */
export function bucketText(bucket: number): string {
  return new Date(EPOCH + (bucket - FIRST_DATED) * HOUR).toISOString().slice(0, 13);
}

/** The dated bucket whose span of text holds this text (for cursors and time filters, well-formed or not). */
export function bucketForText(text: string): number {
  let lo = FIRST_DATED;
  let hi = LAST_DATED;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (compareText(bucketText(mid), text) <= 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function bucketLo(caseNo: number, bucket: number): bigint {
  return (BigInt(caseNo) << CASE_SHIFT) | (BigInt(bucket) << SLOT_BITS);
}

export function bucketHi(caseNo: number, bucket: number): bigint {
  return bucketLo(caseNo, bucket) + SLOTS - 1n;
}

export function bucketOfDoc(doc: bigint): number {
  return Number((doc >> SLOT_BITS) & ((1n << BUCKET_BITS) - 1n));
}

export async function caseNumbers(db: Kysely<Database>, caseIds: string[], create: boolean): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const ids of slices(caseIds)) {
    const { rows } = await sql<{
      case_id: string;
      no: number;
    }>`select case_id, no from search_cases where case_id in (${sql.join(ids)})`.execute(db);
    for (const r of rows) found.set(r.case_id, Number(r.no));
  }
  if (!create) return found;
  for (const caseId of caseIds) {
    if (found.has(caseId)) continue;
    const { rows } = await sql<{ no: number | null }>`select max(no) as no from search_cases`.execute(db);
    let no = Number(rows[0]?.no ?? 0) + 1;
    if (no > MAX_CASE_NUMBER) {
      // Numbers of removed cases come free again.
      const free = await sql<{ no: number | null }>`
        select min(no + 1) as no from (select 0 as no union all select no from search_cases) c
        where no + 1 not in (select no from search_cases)`.execute(db);
      no = Number(free.rows[0]?.no ?? MAX_CASE_NUMBER + 1);
      if (no > MAX_CASE_NUMBER) throw new Error(`The search index holds ${MAX_CASE_NUMBER} cases at most`);
    }
    await sql`insert into search_cases (case_id, no) values (${caseId}, ${no})`.execute(db);
    found.set(caseId, no);
  }
  return found;
}

/** Numbers for new documents: the next free slot of each one's (case, hour), or of the overflow bucket. */
export async function allocate(
  db: Kysely<Database>,
  docs: PreparedDocument[],
  caseNos: Map<string, number>,
  maxSlots: bigint,
): Promise<bigint[]> {
  const next = new Map<bigint, bigint>();
  const lookUp = async (starts: bigint[]) => {
    for (const part of slices(starts.filter((s) => !next.has(s)))) {
      const { rows } = await sql<{ lo: string; top: string | null }>`
        select cast(column1 as text) as lo,
          (select cast(max(doc) as text) from search_documents where doc between column1 and column2) as top
        from (values ${sql.join(part.map((lo) => sql`(${lo}, ${lo + SLOTS - 1n})`))})`.execute(db);
      for (const r of rows) next.set(BigInt(r.lo), r.top === null ? BigInt(r.lo) : BigInt(r.top) + 1n);
    }
  };
  const starts = docs.map((d) => bucketLo(caseNos.get(d.caseId)!, bucketOf(d.at)));
  await lookUp([...new Set(starts)]);
  const out: bigint[] = [];
  for (let i = 0; i < docs.length; i++) {
    let start = starts[i]!;
    const bucket = bucketOfDoc(start);
    // A full hour spills into the overflow bucket; the undated one has nowhere to go.
    if (bucket >= FIRST_DATED && next.get(start)! - start >= maxSlots) {
      start = bucketLo(caseNos.get(docs[i]!.caseId)!, OVERFLOW_BUCKET);
      await lookUp([start]);
    }
    if (next.get(start)! - start >= SLOTS)
      throw new Error('The search index holds 8,388,608 undated (or unsortable) documents of one case at most');
    const doc = next.get(start)!;
    next.set(start, doc + 1n);
    out.push(doc);
  }
  return out;
}
