// A store on a fresh test database for one suite, opened before its tests and closed and dropped after them. Not in
// test-database.ts: the package index exports that file, so the server loads it at run time, and this one imports vitest.
import { afterAll, beforeAll } from 'vitest';
import { openStore, type SqlStore } from './sql-store';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestStore {
  /** The opened store: call it inside tests and hooks, after the suite's beforeAll has run. */
  store(): SqlStore;
  database(): TestDatabase;
}

/**
 * Registers the suite's beforeAll and afterAll. Hooks the suite registers after this call run after the store is
 * opened and before it is closed (vitest runs beforeAll hooks in order and afterAll hooks in reverse).
 */
export function useTestStore(makeDatabase: () => TestDatabase = () => createTestDatabase('sqlite')): TestStore {
  let database: TestDatabase | undefined;
  let store: SqlStore | undefined;
  beforeAll(async () => {
    database = makeDatabase();
    store = await openStore(database.url, { schema: database.schema });
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });
  return { store: () => opened(store), database: () => opened(database) };
}

function opened<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('The test store is opened in beforeAll: use it inside tests and hooks');
  return value;
}
