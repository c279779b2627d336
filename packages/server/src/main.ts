// Starting the server: open the context, create the first admin if needed, listen, and stop cleanly.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { initialise } from './bootstrap';
import type { ServerConfig } from './config';
import { createContext, type AppContext } from './context';
import { startWorker, type RunningWorker } from './worker/worker';

export interface RunningServer {
  /** Null when this process runs only the worker. */
  app: FastifyInstance | null;
  context: AppContext;
  url: string | null;
  worker: RunningWorker | null;
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
  let app: FastifyInstance | null = null;
  let address: string | null = null;
  if (config.services.includes('web')) {
    app = await buildApp(context);
    address = await app.listen({ host: config.host, port: config.port });
    log(`Tamga is serving at ${address.replace('0.0.0.0', 'localhost')} (data: ${config.dataDir}, database: ${context.store.dialect})`);
  }
  let worker: RunningWorker | null = null;
  if (config.services.includes('worker')) {
    worker = startWorker(context, { concurrency: config.workerConcurrency, log });
    log(`Tamga worker ${worker.id} is processing jobs (${config.workerConcurrency} at a time)`);
  }
  let stopped = false;
  return {
    app,
    context,
    url: address,
    worker,
    async stop() {
      if (stopped) return;
      stopped = true;
      await app?.close();
      await worker?.stop();
      await context.close();
    },
  };
}
