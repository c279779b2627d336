import { createTestDatabase } from './test-database';
import { storeContract } from './store.contract';

storeContract('SQLite', () => createTestDatabase('sqlite'));
