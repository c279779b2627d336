// The LocalFiles port over node:fs: stat with the file's own times, and a sorted, recursive walk.
import { lstat, opendir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { FileTimes, LocalFiles } from '@tamga/core';
import type { BigIntStats } from 'node:fs';

/** ISO 8601 in UTC with the file system's full nanosecond precision, which forensic tools compare against. */
export function isoFromNanoseconds(ns: bigint): string | null {
  if (ns <= 0n) return null;
  const ms = ns / 1_000_000n;
  const fraction = (ns % 1_000_000_000n).toString().padStart(9, '0');
  return `${new Date(Number(ms)).toISOString().slice(0, 19)}.${fraction}Z`;
}

function timesOf(stats: BigIntStats): FileTimes {
  return {
    modifiedAt: isoFromNanoseconds(stats.mtimeNs),
    accessedAt: isoFromNanoseconds(stats.atimeNs),
    changedAt: isoFromNanoseconds(stats.ctimeNs),
    bornAt: isoFromNanoseconds(stats.birthtimeNs),
  };
}

async function* walkFolder(
  root: string,
  folder: string,
): AsyncGenerator<{ path: string; relativePath: string; size: number; times: FileTimes }> {
  const names: string[] = [];
  for await (const entry of await opendir(folder)) names.push(entry.name);
  // A stable order makes exhibit numbers of a folder's files the same on every run.
  names.sort();
  for (const name of names) {
    const path = join(folder, name);
    // lstat: symbolic links are not followed, so a folder cannot lead intake outside itself or into a loop.
    const stats = await lstat(path, { bigint: true });
    if (stats.isDirectory()) yield* walkFolder(root, path);
    else if (stats.isFile())
      yield { path, relativePath: relative(root, path).split(sep).join('/'), size: Number(stats.size), times: timesOf(stats) };
  }
}

export const localFiles: LocalFiles = {
  async stat(path) {
    const stats = await lstat(path, { bigint: true });
    return { kind: stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other', size: Number(stats.size), times: timesOf(stats) };
  },
  walk: (root) => walkFolder(root, root),
};
