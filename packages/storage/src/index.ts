// @tamga/storage: the SQL store (SQLite and PostgreSQL), migrations and the key-file signer.
export { openStore, dialectOf, sqlitePath, type SqlStore, type OpenStoreOptions } from './sql-store';
export { migrateToLatest } from './migrate';
export { keyFileSigner } from './key-file-signer';
export type { SqlDialect } from './sql-dialect';
export type { Database } from './schema';
export { createTestDatabase, postgresTestUrl, type TestDatabase } from './test-database';
export { localFiles } from './local-files';
export { fsBlobStore, type FsBlobStore, type FsBlobStoreOptions } from './blobs/fs-blob-store';
export { sqliteDriver, type SqliteDriver } from './sqlite-database';
export { sqlJobQueue } from './sql-job-queue';
export { sqliteFiles } from './sqlite-files';
export { sqlSearchIndex } from './search/sql-search-index';
