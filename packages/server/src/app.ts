// The Fastify application: security plugins, every route of the contract, and uniform errors.
import cookie from '@fastify/cookie';
import { existsSync } from 'node:fs';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { TamgaError } from '@tamga/core';
import { openApiDocument, routes, type RouteName } from '@tamga/api';
import type { AppContext } from './context';
import { sendError } from './http/error-reply';
import { registerRoute, type Handler, type Handlers } from './http/register-route';
import { LANDING_PAGE } from './landing-page';
import { authHandlers } from './routes/auth-routes';
import { authorizationHandlers } from './routes/authorization-routes';
import { caseHandlers } from './routes/case-routes';
import { ledgerHandlers } from './routes/ledger-routes';
import { userHandlers } from './routes/user-routes';
import { analysisHandlers } from './routes/analysis-routes';
import { processingHandlers } from './routes/processing-routes';
import { evidenceHandlers } from './routes/evidence-routes';
import { hashBankHandlers } from './routes/hash-bank-routes';
import { registerRequestLetterRoute, requestHandlers } from './routes/request-routes';
import { registerEvidenceRawRoutes } from './routes/evidence-raw-routes';
import { registerUploads } from './uploads/tus-uploads';
import { join } from 'node:path';
import { VERSION } from './version';

export interface BuildAppOptions {
  logger?: boolean;
  /**
   * The OpenAPI document and its page (/api/docs); the CLI's in-process app, which nobody browses, leaves them out:
   * building the document from every route's schemas was a tenth of a command's start-up.
   */
  docs?: boolean;
}

export async function buildApp(context: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const { config, deps, store } = context;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  });

  // Field offices often serve Tamga over plain HTTP on a LAN: only ask browsers to upgrade when it is served over HTTPS.
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: config.cookieSecure ? [] : null } },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  if (options.docs !== false) {
    await app.register(swagger, { mode: 'static', specification: { document: openApiDocument(VERSION) as never } });
    await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  }

  app.setErrorHandler((error, request, reply) => sendError(error, request, reply));
  const web = existsSync(join(config.webDir, 'index.html')) ? config.webDir : null;
  if (web) await app.register(fastifyStatic, { root: web, index: false, wildcard: false, serveDotFiles: false });
  // The app routes in the browser: any other GET outside /api is the app's page; /api answers with an error.
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/') && request.headers.accept?.includes('text/html')) {
      return web ? reply.sendFile('index.html') : reply.type('text/html; charset=utf-8').send(LANDING_PAGE);
    }
    return sendError(new TamgaError('ROUTE_NOT_FOUND'), request, reply);
  });

  const uploads = registerUploads(app, deps, join(config.dataDir, 'uploads'), config.maxUploadBytes);
  registerEvidenceRawRoutes(app, deps, () => context.parsers.parsers);
  registerRequestLetterRoute(app, deps);

  const handlers: Handlers = {
    async health() {
      await store.transaction((tx) => tx.users.count());
      return { status: 'ok' as const, version: VERSION, database: store.dialect };
    },
    ...authHandlers(config.cookieSecure),
    ...userHandlers,
    ...caseHandlers,
    ...authorizationHandlers,
    ...ledgerHandlers(),
    ...evidenceHandlers(uploads),
    ...processingHandlers(
      () => context.parsers.parsers,
      () => context.extract.rules,
    ),
    ...analysisHandlers(context.phones),
    ...hashBankHandlers(uploads, context.hashing),
    ...requestHandlers(uploads),
  };

  for (const name of Object.keys(routes) as RouteName[]) {
    const rateLimited = name === 'login' ? { config: { rateLimit: { max: config.loginRateLimit, timeWindow: '1 minute' } } } : {};
    registerRoute(app, deps, routes[name], handlers[name] as Handler<(typeof routes)[typeof name]>, rateLimited);
  }

  app.get('/', async (_request, reply) => (web ? reply.sendFile('index.html') : reply.type('text/html; charset=utf-8').send(LANDING_PAGE)));
  return app;
}
