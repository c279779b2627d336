// Reading an NSRL RDS v3 SQLite release (FORMATS.md §8.2): the FILE table's sha256, sha1 and md5 (upper-case
// hex, normalised here), labelled with the file name and, when the release has PKG, its product.
import type { SqliteFile } from '../parser';
import type { ListRow } from './hash-list-reader';
import { classifyHash, type ListHash } from './hash-list-reader';

/** Fails with a message naming what is missing, so a wrong file is refused before anything is imported. */
export function assertNsrlSchema(file: SqliteFile): void {
  const tables = new Set(file.tables().map((t) => t.toUpperCase()));
  if (!tables.has('FILE')) throw new Error('no FILE table: not an NSRL RDS v3 database');
  const columns = new Set(file.columns('FILE').map((c) => c.toLowerCase()));
  const missing = ['sha256', 'sha1', 'md5', 'file_name', 'package_id'].filter((c) => !columns.has(c));
  if (missing.length > 0) throw new Error(`the FILE table lacks ${missing.join(', ')}: not an NSRL RDS v3 database`);
}

/**
 * Every FILE row as one list row with up to three hashes. Rows are read through the driver's iterator, so a
 * release of tens of millions of rows never sits in memory; repeats (one hash, many file names) are left to the
 * bank's primary key.
 */
export function* readNsrl(file: SqliteFile): Iterable<ListRow> {
  assertNsrlSchema(file);
  const tables = new Set(file.tables().map((t) => t.toUpperCase()));
  const withPackage =
    tables.has('PKG') &&
    ['name', 'version'].every((c) =>
      file
        .columns('PKG')
        .map((x) => x.toLowerCase())
        .includes(c),
    );
  const sql = withPackage
    ? 'SELECT f.sha256, f.sha1, f.md5, f.file_name, p.name AS package, p.version AS package_version FROM FILE f LEFT JOIN PKG p ON p.package_id = f.package_id'
    : 'SELECT sha256, sha1, md5, file_name, NULL AS package, NULL AS package_version FROM FILE';
  let line = 0;
  for (const row of file.iterate(sql)) {
    line++;
    const product = row.package ? ` (${String(row.package)}${row.package_version ? ` ${String(row.package_version)}` : ''})` : '';
    const label = `${String(row.file_name ?? '')}${product}`.trim() || null;
    const hashes: ListHash[] = [];
    const problems: string[] = [];
    for (const signal of ['sha256', 'sha1', 'md5'] as const) {
      const cell = row[signal];
      if (cell === null || cell === undefined || cell === '') continue;
      const found = classifyHash(String(cell), signal);
      if ('invalid' in found) problems.push(`${signal}: ${found.invalid}`);
      else hashes.push({ ...found, label });
    }
    if (problems.length > 0) yield { line, invalid: problems.join('; ') };
    else if (hashes.length === 0) yield { line, invalid: 'no hash in this row' };
    else yield { line, hashes };
  }
}
