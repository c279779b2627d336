// Firefox bookmarks in places.sqlite (FORMATS.md §3.2): the rows of moz_bookmarks of type 1, each with its URL from
// moz_places (through `fk`), the titles of the folders above it as its path, and its PRTime added and modified times.
//
// Only type-1 rows become artefacts. Folders (type 2) and separators (type 3) are the tree the bookmarks hang in: a
// folder's times say when the folder was made or last reordered, not that a page was kept, and a separator records
// nothing at all. They are read for what they mean to a bookmark, its folder path.
import type { ParserInput, ParserOutput, SqliteFile, SqliteRow } from '@tamga/core';
import { compact, int, jsonValue, otherColumns, prTime, str } from './browser-sqlite';
import { lossWarning, noLosses, readingDamaged, readWithoutJoins, survivingRows, type KeyedRows } from './surviving-rows';

const BOOKMARK = '1';
const KNOWN_COLUMNS = new Set(['id', 'type', 'fk', 'parent', 'position', 'title', 'dateAdded', 'lastModified', 'guid']);
/** The tags root: old profiles name it in moz_bookmarks_roots, newer ones by this guid. */
const TAGS_GUID = 'tags________';

interface Node {
  parent: string | null;
  title: string | null;
  guid: string | null;
}

interface Path {
  /** Folder titles from below the root down to the bookmark's own folder. */
  titles: string[];
  /** The folder right below the root the path starts in. */
  top: string | null;
  /** False when a folder on the way is missing (deleted, or on a damaged page) or the parents loop. */
  complete: boolean;
}

function bookmarkRows(db: SqliteFile): KeyedRows {
  const placeColumns = new Set(db.columns('moz_places'));
  const url = placeColumns.has('url') ? ', p.url AS p_url' : '';
  return {
    table: 'moz_bookmarks',
    key: 'id',
    select: `SELECT b.*${url} FROM moz_bookmarks b LEFT JOIN moz_places p ON p.id = b.fk`,
    alias: 'b',
  };
}

/** `moz_bookmarks_roots` (old profiles): folder id → root name (`menu`, `toolbar`, `tags`, `unfiled`). */
function rootNames(db: SqliteFile, tables: Set<string>): Map<string, string> {
  if (!tables.has('moz_bookmarks_roots')) return new Map();
  const rows = db.all('SELECT root_name, folder_id FROM moz_bookmarks_roots', [], { bigints: true });
  return new Map(rows.map((row) => [String(row.folder_id), String(row.root_name)]));
}

/** Item annotations by bookmark id: a description, a smart bookmark's name, a live bookmark's feed. */
function itemAnnotations(db: SqliteFile, tables: Set<string>): Map<string, Record<string, unknown>> {
  const byItem = new Map<string, Record<string, unknown>>();
  if (!tables.has('moz_items_annos') || !tables.has('moz_anno_attributes')) return byItem;
  const rows = db.iterate(
    `SELECT a.item_id, n.name, a.content FROM moz_items_annos a JOIN moz_anno_attributes n ON n.id = a.anno_attribute_id ORDER BY a.id`,
    [],
    { bigints: true },
  );
  for (const row of rows) {
    const item = String(row.item_id);
    const annotations = byItem.get(item) ?? {};
    annotations[String(row.name)] = jsonValue(row.content);
    byItem.set(item, annotations);
  }
  return byItem;
}

/** The folders above `parent`, the root (the row whose parent is 0) left out as Firefox shows no name for it. */
function pathOf(parent: string | null, nodes: Map<string, Node>, roots: Map<string, string>): Path {
  const titles: string[] = [];
  const seen = new Set<string>();
  let top: string | null = null;
  for (let id = parent; id !== null && id !== '0';) {
    const node = nodes.get(id);
    if (!node || seen.has(id)) return { titles, top, complete: false };
    seen.add(id);
    if (node.parent === null || node.parent === '0') break;
    titles.unshift(node.title || roots.get(id) || node.guid || `#${id}`);
    top = id;
    id = node.parent;
  }
  return { titles, top, complete: true };
}

export async function emitFirefoxBookmarks(db: SqliteFile, tables: Set<string>, input: ParserInput, out: ParserOutput): Promise<number> {
  // Without the roots or the annotations on a damaged page, the bookmarks are still read, with less said about them.
  const roots = (await readingDamaged('moz_bookmarks_roots', out, async () => rootNames(db, tables))) ?? new Map<string, string>();
  const annotations =
    (await readingDamaged('moz_items_annos', out, async () => itemAnnotations(db, tables))) ?? new Map<string, Record<string, unknown>>();
  // The whole table is read first: a bookmark's folders may come after it in id order.
  const nodes = new Map<string, Node>();
  const bookmarks: SqliteRow[] = [];
  const losses = noLosses();
  for (const row of survivingRows(db, bookmarkRows(db), losses)) {
    input.signal.throwIfAborted();
    const id = String(row.id);
    nodes.set(id, { parent: row.parent === null ? null : String(row.parent), title: str(row.title), guid: str(row.guid) });
    if (String(row.type) === BOOKMARK) bookmarks.push(row);
  }
  const tagsRoot = [...nodes].find(([id, node]) => roots.get(id) === 'tags' || node.guid === TAGS_GUID)?.[0] ?? null;

  for (const row of bookmarks) {
    input.signal.throwIfAborted();
    const id = String(row.id);
    const title = str(row.title);
    const url = str(row.p_url);
    const parent = row.parent === null ? null : String(row.parent);
    const path = pathOf(parent, nodes, roots);
    // A type-1 row in a tag's folder is the tag put on a URL, not a bookmark of its own.
    const tag = tagsRoot !== null && path.top === tagsRoot && path.titles.length >= 2 ? path.titles[1] : undefined;
    // The entries of a live bookmark (a folder with a feed) were written by Firefox from the feed, not by the user.
    const feed = parent === null ? null : str(annotations.get(parent)?.['livemark/feedURI']);
    const bookmarkRow = Object.fromEntries(Object.entries(row).filter(([column]) => !column.startsWith('p_')));
    await out.artifact({
      type: 'bookmark',
      key: `moz_bookmarks:${id}`,
      time: prTime(row.dateAdded),
      text: [title, url].filter(Boolean).join('\n') || null,
      fields: compact({
        browser: 'firefox',
        bookmarkId: int(row.id),
        title,
        url,
        savedQuery: url?.startsWith('place:') ? true : undefined,
        folderPath: path.titles.length > 0 ? path.titles.join('/') : null,
        folderPathIncomplete: path.complete ? undefined : true,
        tag,
        livemarkFeed: feed ?? undefined,
        parentId: int(row.parent),
        position: int(row.position),
        placeId: int(row.fk),
        lastModified: prTime(row.lastModified)?.utc ?? null,
        guid: row.guid === undefined ? undefined : str(row.guid),
        annotations: annotations.get(id),
        placeRowUnreadable: readWithoutJoins(row) || undefined,
        other: otherColumns(bookmarkRow, KNOWN_COLUMNS),
      }),
      locator: { table: 'moz_bookmarks', row: int(row.id) ?? id },
    });
  }
  const warning = lossWarning('moz_bookmarks', losses);
  if (warning) out.warn(warning.text, warning.key);
  return bookmarks.length;
}
