// A real Tamga for tests: a fresh database (SQLite, or PostgreSQL in the test:pg tier), the real app, and clients.
import { ApiError, createClient, type TamgaClient } from '@tamga/api';
import type { Clock } from '@tamga/core';
import { createTestDatabase, type TestDatabase } from '@tamga/storage';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { initialise } from './bootstrap';
import { loadConfig, type ServerConfig } from './config';
import { createContext, type AppContext } from './context';
import { injectFetch } from './inject-fetch';

export const ADMIN_PASSWORD = 'Root-Passw0rd-for-tests';

export interface TestApp {
  app: FastifyInstance;
  context: AppContext;
  database: TestDatabase;
  /** A client with no session. */
  anonymous: TamgaClient;
  signIn(username: string, password: string): Promise<TamgaClient>;
  /** Creates a user through the admin and signs them in with a bearer token. */
  user(username: string, role: string, password?: string): Promise<{ id: string; client: TamgaClient; token: string }>;
  admin: TamgaClient;
  close(): Promise<void>;
}

/** A clock tests can move; everything else is the real thing. */
export function testClock(start = Date.now()): Clock & { set(iso: string): void; advance(ms: number): void } {
  let current = start;
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = Date.parse(iso);
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

export async function startTestApp(options: { config?: Partial<ServerConfig>; clock?: Clock } = {}): Promise<TestApp> {
  const database = createTestDatabase();
  const config = loadConfig(
    {},
    {
      dataDir: database.dir,
      databaseUrl: database.url,
      ...(database.schema ? { databaseSchema: database.schema } : {}),
      loginRateLimit: 1000,
      ...options.config,
    },
  );
  const context = await createContext(config, options.clock ? { clock: options.clock } : {});
  await initialise(context, { adminPassword: ADMIN_PASSWORD });
  const app = await buildApp(context, { logger: false });
  const fetch = injectFetch(app);
  const baseUrl = 'http://tamga.test';
  const anonymous = createClient({ baseUrl, fetch });

  async function signInWithToken(username: string, password: string): Promise<{ client: TamgaClient; token: string }> {
    const result = await anonymous.call('login', { body: { username, password, client: 'cli' } });
    const token = result.token as string;
    return { client: createClient({ baseUrl, fetch, token }), token };
  }
  const signIn = async (username: string, password: string) => (await signInWithToken(username, password)).client;

  const admin = await signIn('admin', ADMIN_PASSWORD);
  return {
    app,
    context,
    database,
    anonymous,
    admin,
    signIn,
    async user(username, role, password = 'Str0ng-Passw0rd-for-tests') {
      const created = await admin.call('createUser', { body: { username, role: role as 'investigator', password } });
      return { id: created.user.id, ...(await signInWithToken(username, password)) };
    },
    async close() {
      await app.close();
      await context.close();
      await database.drop();
    },
  };
}

/** The error code a call fails with, or 'OK'; anything that is not an API error is rethrown. */
export async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
}
