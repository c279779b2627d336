// Local mode (a data folder, acting as an existing user) or remote mode (a server and a saved token).
import { createClient, type TamgaClient } from '@tamga/api';
import type { Actor } from '@tamga/core';
// Types only: the server itself is loaded lazily, in local mode.
import type { AppContext } from '@tamga/server';
import { readCredentials } from './credentials';

export interface GlobalOptions {
  dataDir?: string;
  as?: string;
  server?: string;
  json?: boolean;
}

export interface Connection {
  mode: 'local' | 'remote';
  client: TamgaClient;
  /** Local mode only: the instance itself, for work that runs in this process (a worker). */
  context?: AppContext;
  close(): Promise<void>;
}

export class CliError extends Error {}

export function wantsRemote(options: GlobalOptions): string | undefined {
  if (options.server) return options.server;
  if (options.dataDir || options.as) return undefined;
  if (process.env.TAMGA_SERVER) return process.env.TAMGA_SERVER;
  if (process.env.TAMGA_DATA_DIR) return undefined;
  return readCredentials().current;
}

export async function connect(options: GlobalOptions): Promise<Connection> {
  const server = wantsRemote(options);
  if (server) {
    const token = process.env.TAMGA_TOKEN ?? readCredentials().servers[server]?.token;
    if (!token) throw new CliError(`Not signed in to ${server}: run tamga login --server ${server}`);
    return { mode: 'remote', client: createClient({ baseUrl: server, token }), close: async () => {} };
  }
  const username = options.as ?? process.env.TAMGA_AS;
  if (!username) throw new CliError('Local mode acts as an existing user: add --as USERNAME (or use --server URL)');
  // The server package is heavy; only local mode needs it.
  const { buildApp, createContext, injectFetch, loadConfig } = await import('@tamga/server');
  const { openLocalSession } = await import('@tamga/core');
  const context = await createContext(loadConfig(process.env, options.dataDir ? { dataDir: options.dataDir } : {}));
  try {
    if ((await context.store.transaction((tx) => tx.users.count())) === 0) {
      throw new CliError(`${context.config.dataDir} holds no Tamga instance yet: run tamga init first`);
    }
    const app = await buildApp(context, { logger: false, docs: false });
    const { token } = await openLocalSession(context.deps, username);
    return {
      mode: 'local',
      client: createClient({ baseUrl: 'http://tamga.local', token, fetch: injectFetch(app) }),
      context,
      async close() {
        await app.close();
        await context.close();
      },
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** For commands that must run in process (ingest from paths, with progress): the context and the --as user. */
export async function localActor(options: GlobalOptions): Promise<{
  context: AppContext;
  actor: Actor;
  close(): Promise<void>;
}> {
  const username = options.as ?? process.env.TAMGA_AS;
  if (!username) throw new CliError('This command works on a local data folder: add --as USERNAME');
  const { createContext, loadConfig } = await import('@tamga/server');
  const { openLocalSession, resolveSession } = await import('@tamga/core');
  const context = await createContext(loadConfig(process.env, options.dataDir ? { dataDir: options.dataDir } : {}));
  try {
    const { token } = await openLocalSession(context.deps, username);
    const { actor } = await resolveSession(context.deps, token);
    return { context, actor, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}
