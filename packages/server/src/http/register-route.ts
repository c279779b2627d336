// Binds a route of the contract to a handler: validates input with its schemas, authenticates, and
// passes the result through the response schema, which drops any field the contract does not name.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Actor, Deps, ResolvedSession } from '@tamga/core';
import type { RouteDef, RouteName, Routes } from '@tamga/api';
import { authenticate } from './authenticate';

export interface HandlerContext<D extends RouteDef> {
  deps: Deps;
  /** The caller; for routes without authentication it is null. */
  actor: Actor | null;
  session: ResolvedSession | null;
  params: z.output<D['params']>;
  query: z.output<D['query']>;
  body: z.output<D['body']>;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type Handler<D extends RouteDef> = (ctx: HandlerContext<D>) => Promise<z.input<D['response']>>;
export type Handlers = { [N in RouteName]: Handler<Routes[N]> };

export function registerRoute<D extends RouteDef>(
  app: FastifyInstance,
  deps: Deps,
  def: D,
  handler: Handler<D>,
  options: { config?: Record<string, unknown> } = {},
): void {
  app.route({
    method: def.method,
    url: def.path,
    ...(options.config ? { config: options.config } : {}),
    handler: async (request, reply) => {
      const session = def.auth === 'session' ? await authenticate(deps, request) : null;
      const params = def.params.parse(request.params ?? {}) as z.output<D['params']>;
      const query = def.query.parse(request.query ?? {}) as z.output<D['query']>;
      const body = def.body.parse(def.method === 'GET' || def.method === 'DELETE' ? {} : (request.body ?? {})) as z.output<D['body']>;
      const result = await handler({ deps, actor: session?.actor ?? null, session, params, query, body, request, reply });
      reply.status(def.status);
      return def.response.parse(result);
    },
  });
}

/** For handlers of authenticated routes: the actor is always there. */
export function actorOf(ctx: { actor: Actor | null }): Actor {
  if (!ctx.actor) throw new Error('route declared auth: session but no actor was resolved');
  return ctx.actor;
}
