import { createTestDatabase } from './test-database';
import { jobQueueContract } from './job-queue.contract';

jobQueueContract('SQLite', () => createTestDatabase('sqlite'));
