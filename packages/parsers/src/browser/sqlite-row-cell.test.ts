// Finding a row's cell in the real browser databases, checked against SQLite itself: the cell begins with the row's
// rowid, and holds its values as the record format writes them.
import { readFile } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { RandomAccessBytes } from '@tamga/core';
import { firefoxPlacesParser } from './firefox-places-parser';
import { locateRows, sqliteRowCell } from './sqlite-row-cell';

const samples = new URL('../../../../../shared/samples/browser/', import.meta.url).pathname;

async function fileOf(name: string): Promise<{ bytes: Buffer; file: RandomAccessBytes; reads: number[] }> {
  const bytes = await readFile(samples + name);
  const reads: number[] = [];
  return {
    bytes,
    reads,
    file: {
      size: bytes.length,
      read: async (offset, length) => {
        reads.push(length);
        return bytes.subarray(offset, offset + length);
      },
    },
  };
}

/** The first two varints of a table leaf cell: its payload's size, then its rowid. */
function cellRowid(cell: Buffer): bigint {
  let at = 0;
  const varint = () => {
    let value = 0n;
    for (let i = 0; i < 9; i++) {
      const byte = cell[at++]!;
      if (i === 8) return (value << 8n) | BigInt(byte);
      value = (value << 7n) | BigInt(byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    return value;
  };
  varint();
  return varint();
}

const bigEndian64 = (value: bigint) => {
  const bytes = Buffer.alloc(8);
  bytes.writeBigInt64BE(value);
  return bytes;
};

describe('sqliteRowCell', () => {
  it('finds every visit of the Chrome History by its id: the cell starts with that rowid and holds its visit time', async () => {
    const { bytes, file, reads } = await fileOf('plaso_chrome_History');
    const db = new Database(samples + 'plaso_chrome_History', { readonly: true });
    db.defaultSafeIntegers(true);
    try {
      const visits = db.prepare('SELECT id, visit_time FROM visits').all() as Array<{ id: bigint; visit_time: bigint }>;
      expect(visits).toHaveLength(69);
      for (const visit of visits) {
        const cell = await sqliteRowCell(file, 'visits', 'id', String(visit.id));
        expect(cell, `visit ${visit.id}`).not.toBeNull();
        const found = bytes.subarray(cell!.offset, cell!.offset + cell!.length);
        expect(cellRowid(found)).toBe(visit.id);
        expect(found.includes(bigEndian64(visit.visit_time))).toBe(true);
      }
      // Pages, never the file: every read is one page (or the header).
      expect(Math.max(...reads)).toBeLessThanOrEqual(4096);
    } finally {
      db.close();
    }
  });

  it('finds a search term by its rowid, a Firefox bookmark and a Safari visit by their ids, with their text in the cell', async () => {
    const chrome = await fileOf('plaso_chrome_History');
    const locate = locateRows({ keyword_search_terms: 'rowid' });
    const db = new Database(samples + 'plaso_chrome_History', { readonly: true });
    try {
      const terms = db.prepare('SELECT rowid, term FROM keyword_search_terms').all() as Array<{ rowid: number; term: string }>;
      expect(terms.length).toBeGreaterThan(0);
      for (const { rowid, term } of terms) {
        const cell = await locate({ table: 'keyword_search_terms', row: rowid }, chrome.file);
        expect(chrome.bytes.subarray(cell!.offset, cell!.offset + cell!.length).includes(Buffer.from(term))).toBe(true);
      }
    } finally {
      db.close();
    }

    const firefox = await fileOf('plaso_firefox_places.sqlite');
    const bookmark = await firefoxPlacesParser.locate!({ table: 'moz_bookmarks', row: 7 }, firefox.file);
    const bookmarkCell = firefox.bytes.subarray(bookmark!.offset, bookmark!.offset + bookmark!.length);
    expect(cellRowid(bookmarkCell)).toBe(7n);
    expect(bookmarkCell.includes(Buffer.from('Recent Tags'))).toBe(true);

    const safari = await fileOf('plaso_safari_History.db');
    const cell = await locateRows()({ table: 'history_visits', row: 36 }, safari.file);
    expect(cellRowid(safari.bytes.subarray(cell!.offset, cell!.offset + cell!.length))).toBe(36n);
  });

  it('finds nothing for a row that is not there, a table it does not have, or a key that is not the rowid', async () => {
    const { file } = await fileOf('plaso_chrome_History');
    expect(await sqliteRowCell(file, 'visits', 'id', '999999')).toBeNull();
    expect(await sqliteRowCell(file, 'no_such_table', 'id', '1')).toBeNull();
    // keyword_search_terms has no id column standing for its rowid: a row found by another key could be another row.
    expect(await sqliteRowCell(file, 'keyword_search_terms', 'keyword_id', '2')).toBeNull();
    expect(await sqliteRowCell(file, 'visits', 'id', 'not-a-number')).toBeNull();
    expect(await locateRows()({ path: 'a/b' }, file)).toBeNull();
  });

  it('refuses a file that is not SQLite, and one whose pages are damaged, rather than point anywhere', async () => {
    const text = Buffer.from('not a database at all, only text, '.repeat(200));
    const asFile = (bytes: Buffer): RandomAccessBytes => ({
      size: bytes.length,
      read: async (offset, length) => bytes.subarray(offset, offset + length),
    });
    await expect(sqliteRowCell(asFile(text), 'visits', 'id', '1')).rejects.toThrow(/not a SQLite database/);
    const { bytes } = await fileOf('plaso_chrome_History');
    const damaged = Buffer.from(bytes);
    damaged.fill(0xff, 100, 4096);
    await expect(sqliteRowCell(asFile(damaged), 'visits', 'id', '1')).rejects.toThrow();
    await expect(sqliteRowCell(asFile(bytes.subarray(0, 4096)), 'visits', 'id', '1')).rejects.toThrow(/outside the file/);
  });

  it('gives up soon on a crafted file whose pointers loop or whose sizes lie, having read little', async () => {
    const PAGE = 65536;
    /** A file of `pages` 64 KiB pages with a SQLite header; page 1's B-tree header at offset 100. */
    const crafted = (pages: number) => {
      const bytes = Buffer.alloc(PAGE * pages);
      bytes.write('SQLite format 3\0', 0, 'latin1');
      bytes.writeUInt16BE(1, 16); // 1 means 65,536
      return bytes;
    };
    const varint = (value: number) => {
      const groups: number[] = [];
      do {
        groups.unshift(value & 0x7f);
        value = Math.floor(value / 128);
      } while (value > 0);
      return groups.map((group, i) => (i < groups.length - 1 ? group | 0x80 : group));
    };
    const reading = (bytes: Buffer) => {
      let read = 0;
      const file: RandomAccessBytes = {
        size: bytes.length,
        read: async (offset, length) => {
          read += length;
          return bytes.subarray(offset, offset + length);
        },
      };
      return { file, read: () => read };
    };

    // The schema's root is an interior page whose right-most child is itself.
    const looping = crafted(2);
    looping[100] = 0x05;
    looping.writeUInt32BE(1, 108);
    const first = reading(looping);
    await expect(sqliteRowCell(first.file, 'visits', 'id', '1')).rejects.toThrow(/reached twice/);
    expect(first.read()).toBeLessThanOrEqual(2 * PAGE);

    // A schema row of 200,000 bytes whose overflow page names itself as the next.
    const chained = crafted(2);
    chained[100] = 0x0d;
    chained.writeUInt16BE(1, 103);
    chained.writeUInt16BE(1000, 108);
    const cell = [...varint(200_000), ...varint(1)];
    chained.set(cell, 1000);
    const least = Math.floor(((PAGE - 12) * 32) / 255) - 23;
    chained.writeUInt32BE(2, 1000 + cell.length + least);
    chained.writeUInt32BE(2, PAGE);
    const second = reading(chained);
    await expect(sqliteRowCell(second.file, 'visits', 'id', '1')).rejects.toThrow(/reached twice/);
    expect(second.read()).toBeLessThanOrEqual(3 * PAGE);

    // One that says it is 2 GB long is refused before anything is followed.
    chained.set([...varint(2 ** 31), ...varint(1)], 1000);
    await expect(sqliteRowCell(reading(chained).file, 'visits', 'id', '1')).rejects.toThrow(/longer than a schema row may be/);
  });
});
