// A hash list on this machine's disk (a finished upload, or a path given to the CLI in local mode) as the
// source the bank import reads: a byte stream for lists, the file itself read-only for an NSRL release.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { BankImportSource } from '@tamga/core';
import { sqliteFiles } from '@tamga/storage';

export function bankSourceFromPath(path: string, name: string = basename(path)): BankImportSource {
  return {
    name,
    read: () => createReadStream(path, { highWaterMark: 1024 * 1024 }),
    // Not evidence, and an NSRL release runs to gigabytes: opened in place, read-only, never copied.
    openSqlite: () => sqliteFiles(undefined, { workingCopy: false }).open(path),
  };
}
