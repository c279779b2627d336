// The LocalFiles port over node:fs: stat with the file's own times, and a sorted, recursive walk.
import { lstat, opendir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { FileTimes, LocalFiles } from '@tamga/core';
import type { Stats } from 'node:fs';

function timesOf(stats: Stats): FileTimes {
  const iso = (ms: number) => (ms > 0 ? new Date(ms).toISOString() : null);
  return { modifiedAt: iso(stats.mtimeMs), accessedAt: iso(stats.atimeMs), changedAt: iso(stats.ctimeMs), bornAt: iso(stats.birthtimeMs) };
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
    const stats = await lstat(path);
    if (stats.isDirectory()) yield* walkFolder(root, path);
    else if (stats.isFile())
      yield { path, relativePath: relative(root, path).split(sep).join('/'), size: stats.size, times: timesOf(stats) };
  }
}

export const localFiles: LocalFiles = {
  async stat(path) {
    const stats = await lstat(path);
    return { kind: stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other', size: stats.size, times: timesOf(stats) };
  },
  walk: (root) => walkFolder(root, root),
};
