// Test support for parsers and for the pipeline's tests: run one parser, malformed variants, a ZIP writer, SQLite files.
export { expectRobust, malformedVariants, probeOf, runParser, seededRandom, type ParseRun } from './run-parser';
export { buildZip, zerosMember, type ZipWriterEntry } from '../archive/testing/zip-writer';
export { sqliteFixtureWithWal } from '../browser/sqlite-fixture';
