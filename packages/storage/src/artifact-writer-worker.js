// The artefact writer thread (plain JavaScript: worker threads load it without a TypeScript loader). It holds its
// own connection to the SQLite file and writes each batch in one IMMEDIATE transaction, so parsing on the main
// thread and SQLite's work on this one run on both cores.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const { path, driver, pragmas, checkpointBytes, insertSql, layout } = workerData;

function open() {
  if (driver === 'node:sqlite') {
    const { DatabaseSync } = require('node:sqlite');
    const database = new DatabaseSync(path);
    for (const pragma of pragmas) database.exec(`PRAGMA ${pragma}`);
    const { page_size: pageSize } = database.prepare('PRAGMA page_size').get();
    database.exec(`PRAGMA wal_autocheckpoint = ${Math.ceil(checkpointBytes / pageSize)}`);
    const insert = database.prepare(insertSql);
    return { exec: (sql) => database.exec(sql), run: (row) => written(insert.run(...row)) };
  }
  const Database = require('better-sqlite3');
  const database = new Database(path);
  for (const pragma of pragmas) database.pragma(pragma);
  const pageSize = database.pragma('page_size', { simple: true });
  database.pragma(`wal_autocheckpoint = ${Math.ceil(checkpointBytes / pageSize)}`);
  const insert = database.prepare(insertSql);
  return { exec: (sql) => database.exec(sql), run: (row) => written(insert.run(row)) };
}

/** The insert changes no row when the id is there from the same run (see ARTIFACT_INSERT_SQL): a repeated key. */
function written(result) {
  if (Number(result.changes) === 0)
    throw Object.assign(new Error('UNIQUE constraint failed: artifacts.id'), { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
}

const db = open();

// The column order of ARTIFACT_COLUMNS; '~' stands for "no time" so undated artefacts sort last.
const row = (r) => [
  r.id,
  r.caseId,
  r.itemId,
  r.parserId,
  r.parserVersion,
  r.run,
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

/**
 * The rows of a packed batch (artifact-batch.ts): each artefact's bytes are decoded once and its parts sliced out
 * of that text by the UTF-16 offsets in the index.
 */
function writeBatch(batch) {
  const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.byteLength);
  const { index, count, caseId, itemId, parserId, parserVersion, run, firstOrdinal } = batch;
  const { fields, nullAt, nullZone, nullText } = layout;
  for (let i = 0; i < count; i++) {
    const o = i * fields;
    const s = bytes.toString('utf8', index[o], i + 1 < count ? index[o + fields] : batch.byteLength);
    const flags = index[o + 8];
    db.run([
      s.slice(0, index[o + 1]),
      caseId,
      itemId,
      parserId,
      parserVersion,
      run,
      firstOrdinal + i,
      s.slice(index[o + 1] + 1, index[o + 2]),
      flags & nullAt ? '~' : s.slice(index[o + 2] + 1, index[o + 3]),
      flags & nullZone ? null : s.slice(index[o + 3] + 1, index[o + 4]),
      s.slice(index[o + 5], index[o + 6]),
      flags & nullText ? null : s.slice(index[o + 6], index[o + 7]),
      s.slice(index[o + 7]),
    ]);
  }
}

parentPort.on('message', ({ id, records, batch, batches, checkpoint }) => {
  if (checkpoint) {
    // Asked for by the store once the WAL is large: copies what it can (readers may hold the rest) off the event loop.
    try {
      db.exec('PRAGMA wal_checkpoint(PASSIVE)');
      parentPort.postMessage({ id });
    } catch (error) {
      parentPort.postMessage({ id, error: { message: String(error?.message ?? error), code: error?.code ?? null } });
    }
    return;
  }
  try {
    beginImmediate();
    if (batch) writeBatch(batch);
    else if (batches) for (const each of batches) writeBatch(each);
    else for (const record of records) db.run(row(record));
    db.exec('COMMIT');
    // A batch's bytes go back to be filled again, rather than wait here for this thread's garbage collector.
    if (batch) parentPort.postMessage({ id, bytes: batch.bytes }, [batch.bytes.buffer]);
    else parentPort.postMessage({ id });
  } catch (error) {
    try {
      db.exec('ROLLBACK');
    } catch {
      // Nothing was begun, or SQLite rolled back already.
    }
    parentPort.postMessage({ id, error: { message: String(error?.message ?? error), code: error?.code ?? null } });
  }
});
