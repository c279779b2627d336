// Where a table's row lies in a SQLite file's own bytes (https://www.sqlite.org/fileformat2.html): the cell that holds
// it on its leaf page, found by walking the table's B-tree from the schema's root page. So an artefact read from a
// database row can be shown as the exact bytes it came from, as one read from a text file is.
import type { Parser, RandomAccessBytes } from '@tamga/core';

const LEAF_TABLE = 13;
const INTERIOR_TABLE = 5;
/**
 * What one look-up may read at most. The file is evidence, possibly crafted: its pointers may loop or its sizes lie,
 * and a look-up is asked for by a reviewer over the API, so it must end soon and hold little. Each page is visited
 * once at most, and every read counts against the byte budget.
 */
const MAX_READ_BYTES = 16 * 1024 * 1024;
/** A schema row (a table's CREATE statement) longer than this is not a browser's. */
const MAX_SCHEMA_RECORD = 1024 * 1024;

interface Geometry {
  pageSize: number;
  /** The page size less the bytes reserved at each page's end. */
  usable: number;
  pages: number;
}

/** A SQLite varint at `at`: its value and length (1–9 bytes, big-endian, 7 bits a byte, the ninth byte whole). */
function varint(bytes: Uint8Array, at: number): { value: bigint; length: number } {
  let value = 0n;
  for (let i = 0; i < 8; i++) {
    const byte = bytes[at + i];
    if (byte === undefined) throw new Error('varint past the end of the page');
    value = (value << 7n) | BigInt(byte & 0x7f);
    if ((byte & 0x80) === 0) return { value, length: i + 1 };
  }
  const last = bytes[at + 8];
  if (last === undefined) throw new Error('varint past the end of the page');
  return { value: (value << 8n) | BigInt(last), length: 9 };
}

/** The bytes of a table leaf cell's payload kept on its page (the rest continues on overflow pages). */
function localPayload(total: number, usable: number): number {
  const most = usable - 35;
  if (total <= most) return total;
  const least = Math.floor(((usable - 12) * 32) / 255) - 23;
  const local = least + ((total - least) % (usable - 4));
  return local <= most ? local : least;
}

interface Cell {
  rowid: bigint;
  /** Offset of the cell in the page. */
  start: number;
  /** The cell's length on its page: its header, local payload and, when it overflows, the first overflow page. */
  length: number;
  payloadStart: number;
  payloadLength: number;
  local: number;
}

function leafCell(page: Uint8Array, start: number, usable: number): Cell {
  const size = varint(page, start);
  const rowid = varint(page, start + size.length);
  const payloadStart = start + size.length + rowid.length;
  const payloadLength = Number(size.value);
  const local = localPayload(payloadLength, usable);
  const length = payloadStart - start + local + (local < payloadLength ? 4 : 0);
  if (start + length > usable) throw new Error('cell past the end of its page');
  return { rowid: rowid.value, start, length, payloadStart, payloadLength, local };
}

/** A big-endian 32-bit page number at `at`, refused when it does not lie within the page. */
function pageNumber(page: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > page.length) throw new Error('page pointer past the end of its page');
  return ((page[at]! << 24) | (page[at + 1]! << 16) | (page[at + 2]! << 8) | page[at + 3]!) >>> 0;
}

class Reader {
  private readonly visited = new Set<number>();
  private bytesRead = 0;

  constructor(
    private readonly file: RandomAccessBytes,
    readonly geometry: Geometry,
  ) {}

  async page(number: number): Promise<Uint8Array> {
    if (number < 1 || number > this.geometry.pages) throw new Error(`page ${number} is outside the file`);
    if (this.visited.has(number)) throw new Error(`page ${number} is reached twice: the file's pointers loop`);
    this.visited.add(number);
    this.bytesRead += this.geometry.pageSize;
    if (this.bytesRead > MAX_READ_BYTES) throw new Error(`more than ${MAX_READ_BYTES} bytes read to find one row`);
    const page = await this.file.read((number - 1) * this.geometry.pageSize, this.geometry.pageSize);
    if (page.length !== this.geometry.pageSize) throw new Error(`page ${number} is cut short`);
    return page;
  }

  /** A B-tree page's type, its cells' offsets and, on an interior page, its right-most child. */
  header(page: Uint8Array, number: number): { type: number; cells: number[]; right: number } {
    const at = number === 1 ? 100 : 0;
    const type = page[at]!;
    if (type !== LEAF_TABLE && type !== INTERIOR_TABLE) throw new Error(`page ${number} is not a table B-tree page`);
    const count = (page[at + 3]! << 8) | page[at + 4]!;
    const size = type === LEAF_TABLE ? 8 : 12;
    const right = type === INTERIOR_TABLE ? pageNumber(page, at + 8) : 0;
    if (at + size + 2 * count > this.geometry.usable) throw new Error(`page ${number} lists more cells than it holds`);
    const cells: number[] = [];
    for (let i = 0; i < count; i++) {
      const cell = (page[at + size + 2 * i]! << 8) | page[at + size + 2 * i + 1]!;
      if (cell >= this.geometry.usable) throw new Error(`page ${number} points past its end`);
      cells.push(cell);
    }
    return { type, cells, right };
  }

  /** The whole payload of a leaf cell, its overflow pages followed, when it is no longer than `limit`. */
  async payload(page: Uint8Array, cell: Cell, limit: number): Promise<Uint8Array> {
    if (cell.payloadLength > limit) throw new Error(`a record of ${cell.payloadLength} bytes is longer than a schema row may be`);
    const parts = [page.subarray(cell.payloadStart, cell.payloadStart + cell.local)];
    let rest = cell.payloadLength - cell.local;
    let next = rest > 0 ? pageNumber(page, cell.payloadStart + cell.local) : 0;
    while (rest > 0) {
      const overflow = await this.page(next);
      const take = Math.min(rest, this.geometry.usable - 4);
      parts.push(overflow.subarray(4, 4 + take));
      rest -= take;
      next = pageNumber(overflow, 0);
    }
    return Buffer.concat(parts);
  }
}

/** A record's values (https://www.sqlite.org/fileformat2.html#record_format): integers, text and nulls are enough here. */
function recordValues(record: Uint8Array): Array<bigint | string | null> {
  const header = varint(record, 0);
  const types: bigint[] = [];
  for (let at = header.length; at < Number(header.value);) {
    const type = varint(record, at);
    types.push(type.value);
    at += type.length;
  }
  const values: Array<bigint | string | null> = [];
  let at = Number(header.value);
  for (const serial of types.map(Number)) {
    const widths = [0, 1, 2, 3, 4, 6, 8, 8, 0, 0];
    if (serial === 0) values.push(null);
    else if (serial === 8 || serial === 9) values.push(BigInt(serial - 8));
    else if (serial >= 1 && serial <= 6) {
      let value = 0n;
      for (let i = 0; i < widths[serial]!; i++) value = (value << 8n) | BigInt(record[at + i]!);
      const bits = BigInt(widths[serial]! * 8);
      values.push(value >= 1n << (bits - 1n) ? value - (1n << bits) : value);
      at += widths[serial]!;
    } else if (serial === 7) {
      values.push(null);
      at += 8;
    } else {
      const length = (serial - (serial % 2 === 0 ? 12 : 13)) / 2;
      values.push(serial % 2 === 1 ? Buffer.from(record.subarray(at, at + length)).toString('utf8') : null);
      at += length;
    }
  }
  return values;
}

/** Every leaf cell of a table's B-tree, in key order; the pages still to visit are a stack, not a recursion. */
async function* leafCells(reader: Reader, root: number): AsyncGenerator<{ page: Uint8Array; cell: Cell }> {
  const pending = [root];
  while (pending.length > 0) {
    const number = pending.pop()!;
    const page = await reader.page(number);
    const { type, cells, right } = reader.header(page, number);
    if (type === LEAF_TABLE) {
      for (const start of cells) yield { page, cell: leafCell(page, start, reader.geometry.usable) };
      continue;
    }
    // Children in key order: the right-most last, so pushed first.
    pending.push(right, ...cells.map((start) => pageNumber(page, start)).reverse());
  }
}

/**
 * Whether `key` is the table's rowid: named so, or declared `INTEGER PRIMARY KEY` in a table with rowids (the one
 * declaration that makes a column stand for the rowid). A row found by any other key could be another row.
 */
function keyIsRowid(createSql: string, key: string): boolean {
  if (key.toLowerCase() === 'rowid') return true;
  if (/\bwithout\s+rowid\b/i.test(createSql)) return false;
  const name = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[(,])\\s*["\`\\[]?${name}["\`\\]]?\\s+integer\\s+primary\\s+key\\b`, 'i').test(createSql);
}

/**
 * The byte range of the cell holding the row whose `key` (the rowid, or a column standing for it) is `row` in
 * `table`, in the file's own pages; null when the table or the row is not there (a row committed only in a
 * write-ahead log, a table without rowids). A record too long for its page continues on overflow pages, which the
 * range does not include. Throws when the file is not a SQLite database or its pages are damaged.
 */
export async function sqliteRowCell(
  file: RandomAccessBytes,
  table: string,
  key: string,
  row: number | string,
): Promise<{ offset: number; length: number } | null> {
  const head = await file.read(0, 100);
  if (Buffer.from(head.subarray(0, 16)).toString('latin1') !== 'SQLite format 3\0') throw new Error('not a SQLite database');
  const declared = (head[16]! << 8) | head[17]!;
  const pageSize = declared === 1 ? 65536 : declared;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw new Error(`page size ${declared} is not valid`);
  const geometry = { pageSize, usable: pageSize - head[20]!, pages: Math.floor(file.size / pageSize) };
  const reader = new Reader(file, geometry);

  // The schema table (root page 1): type, name, tbl_name, rootpage, sql.
  let root = 0;
  for await (const { page, cell } of leafCells(reader, 1)) {
    const [type, name, , rootpage, sql] = recordValues(await reader.payload(page, cell, MAX_SCHEMA_RECORD));
    if (type === 'table' && name === table && typeof rootpage === 'bigint') {
      if (typeof sql !== 'string' || !keyIsRowid(sql, key)) return null;
      root = Number(rootpage);
      break;
    }
  }
  if (root === 0) return null;

  let wanted: bigint;
  try {
    wanted = BigInt(row);
  } catch {
    return null;
  }
  // Down the interior pages: a cell's left child holds the rowids up to its key; past the last, the right-most child.
  for (let number = root; ;) {
    const page = await reader.page(number);
    const { type, cells, right } = reader.header(page, number);
    if (type === LEAF_TABLE) {
      for (const start of cells) {
        const cell = leafCell(page, start, geometry.usable);
        if (cell.rowid === wanted) return { offset: (number - 1) * pageSize + cell.start, length: cell.length };
      }
      return null;
    }
    let next = right;
    for (const start of cells) {
      const child = pageNumber(page, start);
      if (varint(page, start + 4).value >= wanted) {
        next = child;
        break;
      }
    }
    number = next;
  }
}

/**
 * `Parser.locate` for a browser database: a locator's row found by its table's key, `id` unless `keys` names another
 * (`rowid` for a table whose rows have no id of their own).
 */
export function locateRows(keys: Readonly<Record<string, string>> = {}): NonNullable<Parser['locate']> {
  return (locator, bytes) =>
    locator.table === undefined || locator.row === undefined
      ? Promise.resolve(null)
      : sqliteRowCell(bytes, locator.table, keys[locator.table] ?? 'id', locator.row);
}
