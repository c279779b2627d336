import { describe, it } from 'vitest';
import { createTestDatabase, postgresTestUrl } from './test-database';
import { searchIndexContract } from './search-index.contract';
import { searchIndexResultsContract } from './search-index-results.contract';
import { searchIndexWritesContract } from './search-index-writes.contract';

if (postgresTestUrl()) {
  searchIndexContract('PostgreSQL', () => createTestDatabase('postgres'));
  searchIndexResultsContract('PostgreSQL', () => createTestDatabase('postgres'));
  searchIndexWritesContract('PostgreSQL', () => createTestDatabase('postgres'));
} else {
  describe('SearchIndex contract: PostgreSQL', () => {
    it.skip('runs in `npm run test:pg` (set TAMGA_TEST_DATABASE_URL)', () => {});
  });
}
