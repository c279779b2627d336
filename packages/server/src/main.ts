// Starting the server: open the context, create the first admin if needed, listen, and stop cleanly.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { initialise } from './bootstrap';
import type { ServerConfig } from './config';
import { createContext, type AppContext } from './context';

export interface RunningServer {
  app: FastifyInstance;
  context: AppContext;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(config: ServerConfig, log: (line: string) => void = console.log): Promise<RunningServer> {
  const context = await createContext(config);
  const created = await initialise(context);
  if (created?.oneTimePassword) {
    log('');
    log(`  First start: created the administrator account "${created.user.username}".`);
    log(`  One-time password: ${created.oneTimePassword}`);
    log('  Sign in with it; Tamga will ask you to choose a new password.');
    log('');
  }
  const app = await buildApp(context);
  const address = await app.listen({ host: config.host, port: config.port });
  log(`Tamga is serving at ${address.replace('0.0.0.0', 'localhost')} (data: ${config.dataDir}, database: ${context.store.dialect})`);
  let stopped = false;
  return {
    app,
    context,
    url: address,
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.close();
      await context.close();
    },
  };
}
