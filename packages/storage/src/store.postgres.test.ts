import { describe, it } from 'vitest';
import { createTestDatabase, postgresTestUrl } from './test-database';
import { storeContract } from './store.contract';
import { storeBatchContract } from './store-batches.contract';

if (postgresTestUrl()) {
  storeContract('PostgreSQL', () => createTestDatabase('postgres'));
  storeBatchContract('PostgreSQL', () => createTestDatabase('postgres'));
} else {
  describe('Store contract: PostgreSQL', () => {
    it.skip('runs in `npm run test:pg` (set TAMGA_TEST_DATABASE_URL)', () => {});
  });
}
