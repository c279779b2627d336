// CSV recognition (a consistent number of `,` `;` or tab separated columns over the first records, quotes
// honoured) and a streaming record counter that keeps only the header.

export type CsvDelimiter = ',' | ';' | '\t';
const DELIMITERS: CsvDelimiter[] = [',', ';', '\t'];
const MAX_HEADER_FIELDS = 1000;
const MAX_HEADER_FIELD_CHARS = 1000;

/**
 * Streams characters through the RFC 4180 state machine (quoted fields, `""` escapes, CRLF/LF/CR line ends).
 * Keeps the first record's fields and per-record field counts, not the records.
 */
export class CsvCounter {
  records = 0;
  /** Records whose field count differs from the header's. */
  inconsistent = 0;
  header: string[] | null = null;
  private fields = 0;
  private fieldChars = 0;
  private inQuotes = false;
  private quoteSeen = false; // a quote just closed (or `""` pending)
  private afterCr = false;
  private current: string[] | null = [];
  private field = '';

  constructor(
    readonly delimiter: CsvDelimiter,
    /** Called with each completed record's field count. */
    private readonly onRecord?: (fields: number) => void,
  ) {}

  push(text: string): void {
    const d = this.delimiter;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (this.afterCr) {
        this.afterCr = false;
        if (c === '\n') continue;
      }
      if (this.inQuotes) {
        if (c === '"') {
          this.inQuotes = false;
          this.quoteSeen = true;
        } else this.add(c);
        continue;
      }
      if (c === '"') {
        if (this.quoteSeen) {
          this.add('"'); // `""` inside a quoted field
          this.inQuotes = true;
          this.quoteSeen = false;
        } else if (this.fieldChars === 0) this.inQuotes = true;
        else this.add(c); // a stray quote inside an unquoted field is taken literally
        continue;
      }
      this.quoteSeen = false;
      if (c === d) this.endField();
      else if (c === '\n' || c === '\r') {
        this.endRecord();
        this.afterCr = c === '\r';
      } else this.add(c);
    }
  }

  /** Ends the last record when the file does not end with a newline. */
  finish(): void {
    if (this.fields > 0 || this.fieldChars > 0 || this.quoteSeen || this.inQuotes) this.endRecord();
    this.inQuotes = false;
  }

  /** Data rows: records after the header. */
  get rows(): number {
    return Math.max(0, this.records - 1);
  }

  private add(c: string): void {
    this.fieldChars++;
    if (this.current && this.field.length < MAX_HEADER_FIELD_CHARS) this.field += c;
  }

  private endField(): void {
    if (this.current && this.current.length < MAX_HEADER_FIELDS) this.current.push(this.field);
    this.field = '';
    this.fields++;
    this.fieldChars = 0;
  }

  private endRecord(): void {
    const empty = this.fields === 0 && this.fieldChars === 0 && !this.quoteSeen;
    this.quoteSeen = false;
    if (empty) return; // blank lines are not records
    this.endField();
    if (this.current) {
      this.header = this.current;
      this.current = null;
    } else if (this.header && this.fields !== this.header.length) this.inconsistent++;
    this.records++;
    this.onRecord?.(this.fields);
    this.fields = 0;
  }
}

/** Field counts of the records of `text` for one delimiter; an unfinished last record is left out. */
function fieldCounts(text: string, delimiter: CsvDelimiter, complete: boolean): number[] {
  const counts: number[] = [];
  const counter = new CsvCounter(delimiter, (fields) => counts.push(fields));
  counter.push(text);
  if (complete) counter.finish();
  return counts;
}

export interface CsvShape {
  delimiter: CsvDelimiter;
  columns: number;
}

/**
 * A consistent number (≥ 2) of columns over the first records (at least 90% of them when there are ten or
 * more). Two records are enough with three or more columns, or when the name says CSV/TSV; one line never is.
 */
export function sniffCsv(text: string, complete: boolean, name: string): CsvShape | null {
  const named = /\.(csv|tsv|tab)$/i.test(name);
  let best: CsvShape | null = null;
  for (const delimiter of DELIMITERS) {
    if (!text.includes(delimiter)) continue;
    const counts = fieldCounts(text, delimiter, complete).slice(0, 50);
    if (counts.length < 2) continue;
    const columns = counts[0]!;
    // A stray bad row in a long table is tolerated (it is counted later); a short sample must agree fully.
    const agreeing = counts.filter((c) => c === columns).length;
    if (columns < 2 || (counts.length >= 10 ? agreeing < counts.length * 0.9 : agreeing < counts.length)) continue;
    if (counts.length === 2 && columns < 3 && !named) continue;
    if (!best || columns > best.columns) best = { delimiter, columns };
  }
  return best;
}
