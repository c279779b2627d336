// A route of the HTTP contract: method, path and zod schemas, shared by the server, the client and OpenAPI.
import { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDef<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Fastify-style path with :params. */
  path: string;
  summary: string;
  tag: string;
  /** 'none' for sign-in and health; everything else needs a session. */
  auth: 'none' | 'session';
  params: P;
  query: Q;
  body: B;
  response: R;
  status: number;
}

const empty = z.object({}).strict();

export function route<
  P extends z.ZodType = typeof empty,
  Q extends z.ZodType = typeof empty,
  B extends z.ZodType = typeof empty,
  R extends z.ZodType = z.ZodType,
>(def: {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  response: R;
  auth?: 'none' | 'session';
  status?: number;
  params?: P;
  query?: Q;
  body?: B;
}): RouteDef<P, Q, B, R> {
  return {
    auth: 'session',
    status: 200,
    ...def,
    params: (def.params ?? empty) as P,
    query: (def.query ?? empty) as Q,
    body: (def.body ?? empty) as B,
  };
}

export type RouteInput<D extends RouteDef> = {
  params: z.input<D['params']>;
  query: z.input<D['query']>;
  body: z.input<D['body']>;
};

export type RouteOutput<D extends RouteDef> = z.output<D['response']>;
