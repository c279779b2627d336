import { describe, it } from 'vitest';
import { createTestDatabase, postgresTestUrl } from './test-database';
import { jobQueueContract } from './job-queue.contract';

if (postgresTestUrl()) {
  jobQueueContract('PostgreSQL', () => createTestDatabase('postgres'));
} else {
  describe('JobQueue contract: PostgreSQL', () => {
    it.skip('runs in `npm run test:pg` (set TAMGA_TEST_DATABASE_URL)', () => {});
  });
}
