// Test databases: a fresh SQLite file, or a fresh schema in the PostgreSQL database named by TAMGA_TEST_DATABASE_URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestDatabase {
  url: string;
  schema: string | undefined;
  dir: string;
  drop(): Promise<void>;
}

export function postgresTestUrl(): string | undefined {
  const url = process.env.TAMGA_TEST_DATABASE_URL;
  return url && url.startsWith('postgres') ? url : undefined;
}

export function createTestDatabase(kind: 'sqlite' | 'postgres' = postgresTestUrl() ? 'postgres' : 'sqlite'): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-test-'));
  if (kind === 'sqlite') {
    return {
      url: `sqlite:${join(dir, 'tamga.db')}`,
      schema: undefined,
      dir,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = postgresTestUrl();
  if (!url) throw new Error('Set TAMGA_TEST_DATABASE_URL to a PostgreSQL database for the PostgreSQL tier');
  const schema = `t_${Math.random().toString(36).slice(2, 12)}`;
  return {
    url,
    schema,
    dir,
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
