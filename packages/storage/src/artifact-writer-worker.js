// The artefact writer thread (plain JavaScript: worker threads load it without a TypeScript loader). It holds its
// own connection to the SQLite file and writes each batch in one IMMEDIATE transaction, so parsing on the main
// thread and SQLite's work on this one run on both cores.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const { path, driver, pragmas, insertSql } = workerData;

function open() {
  if (driver === 'node:sqlite') {
    const { DatabaseSync } = require('node:sqlite');
    const database = new DatabaseSync(path);
    for (const pragma of pragmas) database.exec(`PRAGMA ${pragma}`);
    const insert = database.prepare(insertSql);
    return { exec: (sql) => database.exec(sql), run: (row) => insert.run(...row) };
  }
  const Database = require('better-sqlite3');
  const database = new Database(path);
  for (const pragma of pragmas) database.pragma(pragma);
  const insert = database.prepare(insertSql);
  return { exec: (sql) => database.exec(sql), run: (row) => insert.run(row) };
}

const db = open();

// The column order of ARTIFACT_COLUMNS; '~' stands for "no time" so undated artefacts sort last.
const row = (r) => [
  r.id,
  r.caseId,
  r.itemId,
  r.parserId,
  r.parserVersion,
  r.ordinal,
  r.type,
  r.at ?? '~',
  r.zone,
  r.actors,
  r.text,
  r.data,
];

const isBusy = (error) => error?.code === 'SQLITE_BUSY' || String(error?.message).includes('database is locked');
const pause = new Int32Array(new SharedArrayBuffer(4));

/** As in sql-store.ts: SQLite may refuse the lock at once rather than wait; nothing has run yet, so try again. */
function beginImmediate() {
  for (let attempt = 0; ; attempt++) {
    try {
      db.exec('BEGIN IMMEDIATE');
      return;
    } catch (error) {
      if (!isBusy(error) || attempt >= 100) throw error;
      Atomics.wait(pause, 0, 0, 10 + Math.random() * 40);
    }
  }
}

parentPort.on('message', ({ id, records }) => {
  try {
    beginImmediate();
    for (const record of records) db.run(row(record));
    db.exec('COMMIT');
    parentPort.postMessage({ id });
  } catch (error) {
    try {
      db.exec('ROLLBACK');
    } catch {
      // Nothing was begun, or SQLite rolled back already.
    }
    parentPort.postMessage({ id, error: { message: String(error?.message ?? error), code: error?.code ?? null } });
  }
});
