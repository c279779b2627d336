// The file a chat message names, and the exhibit it became. A WhatsApp .zip export's members are derived items of
// the archive, recorded under their member path; a Telegram Desktop export's media sit beside result.json, so
// they are exhibits of the same parent (the folder taken in, or the archive), recorded under the path relative to
// it, and the message's path is read relative to the folder of result.json. A WhatsApp .txt taken in with its
// folder has its attachments beside it the same way.

/** What a chat message says about its file. */
export interface ChatFile {
  /** The kind of media (Telegram's photo, video_file …); null for a WhatsApp attachment. */
  kind: string | null;
  /** What to call it: the file name, or the path the export wrote. */
  name: string | null;
  /** Where to find its exhibit: among the children of the message's item, or beside the item. */
  lookIn: 'children' | 'siblings' | null;
  /** The path to look for: the member path, or the path relative to the item's folder. */
  path: string | null;
  /** The export itself says the file is not in it (Telegram's placeholder, a member missing from the archive). */
  missing: boolean;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A path that starts with a drive letter or a URL scheme (`C:`, `file:`, `https://`, `data:`). */
const ROOTED = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/**
 * A file's own name and nothing more: no folder, no separator, not `.` or `..`, no drive or scheme. A WhatsApp
 * chat names its attachments in its text, so anything else is not trusted as a path.
 */
function bareName(name: string | null): string | null {
  return name !== null && !/[\\/]/.test(name) && name !== '.' && name !== '..' && !ROOTED.test(name) ? name : null;
}

/** The file of a chat message (Telegram's `media`, WhatsApp's `attachment`), or null when it names none. */
export function chatFileOf(message: { parserId: string; fields: Record<string, unknown> }): ChatFile | null {
  const media = record(message.fields.media);
  if (media) {
    const path = text(media.path);
    const missing = media.missing !== undefined && media.missing !== null;
    return {
      kind: text(media.kind),
      name: text(media.fileName) ?? path,
      lookIn: path && !missing ? 'siblings' : null,
      path: missing ? null : path,
      missing,
    };
  }
  const attachment = record(message.fields.attachment);
  if (attachment) {
    const name = text(attachment.fileName);
    const member = text(attachment.member);
    // From an archive, a file with no member is missing from it; from a chat file alone, it may be beside it.
    if (message.parserId === 'whatsapp.zip')
      return { kind: null, name, lookIn: member ? 'children' : null, path: member, missing: !member };
    const path = bareName(name);
    return { kind: null, name, lookIn: path ? 'siblings' : null, path, missing: false };
  }
  return null;
}

/**
 * `relative` read against the folder of `itemPath` (both with '/' or '\' between names), as a path inside the
 * parent; null when it is absolute, has a drive letter or names a URL, or has any `.`, `..` or empty segment — a
 * crafted export must not reach an exhibit outside its own folder, even one under the same parent.
 */
export function resolveBeside(itemPath: string, relative: string): string | null {
  const rel = relative.replace(/\\/g, '/');
  if (rel.startsWith('/') || ROOTED.test(rel)) return null;
  const names = rel.split('/');
  if (names.some((s) => s === '' || s === '.' || s === '..')) return null;
  const segments = itemPath
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  segments.pop();
  return [...segments, ...names].join('/');
}

/** A path in one form, whatever the form of its letters (a Mac writes names decomposed) or the separators. */
function loosePath(path: string): string {
  return path.replace(/\\/g, '/').normalize('NFC');
}

/**
 * The exhibit recorded under exactly `path`; failing that, the one exhibit recorded under it once letters and
 * separators are written alike — none when that matches more than one, as there is no telling which is meant.
 */
function findByPath<T extends Exhibit>(exhibits: readonly T[] | undefined, path: string): T | undefined {
  if (!exhibits) return undefined;
  const exact = exhibits.find((e) => e.originalPath === path);
  if (exact) return exact;
  const loose = loosePath(path);
  const matches = exhibits.filter((e) => loosePath(e.originalPath) === loose);
  return matches.length === 1 ? matches[0] : undefined;
}

interface Exhibit {
  originalPath: string;
}

/**
 * The exhibit a chat message's file became: `children` are the derived items of the message's item, `siblings` the
 * items under the same parent as it (none for an item taken in on its own); undefined when none matches.
 */
export function exhibitOf<T extends Exhibit>(
  file: ChatFile,
  item: { originalPath: string; parentId: string | null } | undefined,
  children: readonly T[] | undefined,
  siblings: readonly T[] | undefined,
): T | undefined {
  if (!file.path) return undefined;
  if (file.lookIn === 'children') return findByPath(children, file.path);
  if (file.lookIn === 'siblings' && item && item.parentId !== null) {
    const path = resolveBeside(item.originalPath, file.path);
    return path === null ? undefined : findByPath(siblings, path);
  }
  return undefined;
}
