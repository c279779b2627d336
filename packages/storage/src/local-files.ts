// The LocalFiles port over node:fs: stat with the file's own times, and a sorted, recursive walk.
import { lstat, opendir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileTimesOfStats, type FileTimes, type LocalFiles } from '@tamga/core';

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
      yield { path, relativePath: relative(root, path).split(sep).join('/'), size: Number(stats.size), times: fileTimesOfStats(stats) };
  }
}

export const localFiles: LocalFiles = {
  async stat(path) {
    const stats = await lstat(path, { bigint: true });
    return {
      kind: stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other',
      size: Number(stats.size),
      times: fileTimesOfStats(stats),
    };
  },
  walk: (root) => walkFolder(root, root),
};
