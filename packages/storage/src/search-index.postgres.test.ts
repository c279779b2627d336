import { describe, it } from 'vitest';
import { createTestDatabase, postgresTestUrl } from './test-database';
import { searchIndexContract } from './search-index.contract';

if (postgresTestUrl()) {
  searchIndexContract('PostgreSQL', () => createTestDatabase('postgres'));
} else {
  describe('SearchIndex contract: PostgreSQL', () => {
    it.skip('runs in `npm run test:pg` (set TAMGA_TEST_DATABASE_URL)', () => {});
  });
}
