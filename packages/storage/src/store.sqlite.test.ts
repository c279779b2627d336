import { createTestDatabase } from './test-database';
import { storeContract } from './store.contract';
import { storeBatchContract } from './store-batches.contract';

storeContract('SQLite', () => createTestDatabase('sqlite'));
storeBatchContract('SQLite', () => createTestDatabase('sqlite'));
