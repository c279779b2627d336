// A fetch that answers from an in-process Fastify app: local mode runs the very same routes and checks as a server.
import type { FastifyInstance } from 'fastify';

export function injectFetch(app: FastifyInstance): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const response = await app.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: url.pathname + url.search,
      headers: (init?.headers ?? {}) as Record<string, string>,
      ...(typeof init?.body === 'string' ? { payload: init.body } : {}),
    });
    // The raw bytes, not `body`: that is the payload decoded as UTF-8, which mangles documents and evidence.
    return new Response(response.statusCode === 204 ? null : new Uint8Array(response.rawPayload), {
      status: response.statusCode,
      headers: {
        'content-type': String(response.headers['content-type'] ?? 'application/json'),
        // Where in the item an artefact's bytes are (a database row's cell is found only when asked for).
        ...(response.headers['x-tamga-range'] ? { 'x-tamga-range': String(response.headers['x-tamga-range']) } : {}),
        ...(response.headers['x-tamga-member'] ? { 'x-tamga-member': String(response.headers['x-tamga-member']) } : {}),
      },
    });
  }) as typeof fetch;
}
