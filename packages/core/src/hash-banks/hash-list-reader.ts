// Reading hash lists (FORMATS.md §8.1): plain lists (one hash per line, md5sum style allowed) and CSV with a
// header (hashdeep's `%%%%` header included). Each line yields its hashes or the reason it is not valid; nothing
// is dropped silently.
import type { SignalType } from './hash-bank';
import { csvFields, textLines } from './hash-lines';

export type ListFormat = 'plain' | 'csv';

export interface ListHash {
  signal: SignalType;
  value: string;
  label: string | null;
}

export type ListRow = { line: number; hashes: ListHash[] } | { line: number; invalid: string };

const HEX = /^[0-9a-f]+$/;
const BY_LENGTH: Record<number, SignalType> = { 32: 'md5', 40: 'sha1', 64: 'sha256' };
const LENGTH_OF: Record<SignalType, number> = { md5: 32, sha1: 40, sha256: 64, pdq: 64 };

/**
 * A hash as written (any case, surrounding spaces) to its signal and lower-case value. The length decides the
 * type; 64 hex characters are SHA-256 unless the import says they are PDQ (both are 256 bits).
 */
export function classifyHash(raw: string, signal?: SignalType): ListHash | { invalid: string } {
  const value = raw.trim().toLowerCase();
  if (!HEX.test(value)) return { invalid: `not a hexadecimal hash: ${preview(raw)}` };
  if (signal) {
    return value.length === LENGTH_OF[signal]
      ? { signal, value, label: null }
      : { invalid: `${value.length} hex characters is not a ${signal} hash (${LENGTH_OF[signal]})` };
  }
  const type = BY_LENGTH[value.length];
  return type
    ? { signal: type, value, label: null }
    : { invalid: `${value.length} hex characters is no MD5 (32), SHA-1 (40) or SHA-256 (64)` };
}

function preview(text: string): string {
  const t = text.trim();
  return JSON.stringify(t.length > 60 ? `${t.slice(0, 60)}…` : t);
}

/** What a CSV column holds, by its header (case, spaces, dashes and underscores ignored). */
function columnRole(header: string): SignalType | 'hash' | 'label' | null {
  const name = header.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (name === 'md5' || name === 'sha1' || name === 'sha256' || name === 'pdq') return name;
  if (['hash', 'hashvalue', 'digest', 'signal', 'signalvalue', 'value'].includes(name)) return 'hash';
  if (['label', 'name', 'filename', 'file', 'description', 'note', 'title', 'path'].includes(name)) return 'label';
  return null;
}

/** The format of a list from its first bytes: CSV when the first line that is not a comment has a separator. */
export function sniffListFormat(head: string): ListFormat {
  for (const raw of head.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('%%%%')) return 'csv';
    if (line === '' || line.startsWith('#')) continue;
    return line.includes(',') || line.includes(';') || line.startsWith('"') ? 'csv' : 'plain';
  }
  return 'plain';
}

export async function* readHashList(
  source: AsyncIterable<Uint8Array>,
  options: { format: ListFormat; signal?: SignalType },
): AsyncIterable<ListRow> {
  let columns: Array<ReturnType<typeof columnRole>> | null = null;
  let separator = ',';
  for await (const { number, text, truncated } of textLines(source)) {
    if (truncated) {
      yield { line: number, invalid: 'the line is longer than any hash list line (64 KiB)' };
      continue;
    }
    const line = text.replace(/^\uFEFF/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    if (options.format === 'plain') {
      // `hash`, or md5sum/sha256sum output: `hash  name` (a `*` marks binary mode).
      const space = line.search(/\s/);
      const hash = space < 0 ? line : line.slice(0, space);
      const label = space < 0 ? null : line.slice(space).trim().replace(/^\*/, '') || null;
      const found = classifyHash(hash, options.signal);
      yield 'invalid' in found ? { line: number, invalid: found.invalid } : { line: number, hashes: [{ ...found, label }] };
      continue;
    }
    if (line.startsWith('%%%%')) {
      // hashdeep: `%%%% HASHDEEP-1.0`, then `%%%% size,md5,sha256,filename` names the columns.
      const rest = line.slice(4).trim();
      if (rest.includes(',')) columns = csvFields(rest).map(columnRole);
      continue;
    }
    if (!columns) {
      separator = !line.includes(',') && line.includes(';') ? ';' : ',';
      const roles = csvFields(line, separator).map(columnRole);
      if (!roles.some((r) => r !== null && r !== 'label')) {
        yield { line: number, invalid: 'a CSV hash list starts with a header naming its hash columns (hash, md5, sha1, sha256 or pdq)' };
        return;
      }
      columns = roles;
      continue;
    }
    const fields = csvFields(line, separator);
    const labelAt = columns.indexOf('label');
    const label = labelAt >= 0 ? fields[labelAt]?.trim() || null : null;
    const hashes: ListHash[] = [];
    const problems: string[] = [];
    columns.forEach((role, i) => {
      const cell = fields[i]?.trim() ?? '';
      if (role === null || role === 'label' || cell === '') return;
      const found = classifyHash(cell, role === 'hash' ? options.signal : role);
      if ('invalid' in found) problems.push(found.invalid);
      else hashes.push({ ...found, label });
    });
    if (problems.length > 0) yield { line: number, invalid: problems.join('; ') };
    else if (hashes.length === 0) yield { line: number, invalid: 'no hash in this row' };
    else yield { line: number, hashes };
  }
}
