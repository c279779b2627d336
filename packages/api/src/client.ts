// The typed client the web app and the CLI use; it speaks to the server only through the routes table.
import type { ErrorBody } from './common-schemas';
import type { RouteInput, RouteOutput } from './route';
import { routes, type RouteName, type Routes } from './routes';

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(body: ErrorBody['error']) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.status = body.status;
    this.details = body.details;
  }
}

export interface ClientOptions {
  baseUrl: string;
  /** Bearer token (CLI); browsers rely on the session cookie instead. */
  token?: string;
  /** Sent as X-CSRF-Token on changing requests of a cookie session. */
  csrfToken?: string;
  fetch?: typeof fetch;
}

type Input<N extends RouteName> = Partial<RouteInput<Routes[N]>>;

export interface TamgaClient {
  call<N extends RouteName>(name: N, input?: Input<N>): Promise<RouteOutput<Routes[N]>>;
  setCsrfToken(token: string | undefined): void;
  /** GET a route that answers with bytes (evidence content, an artefact's source bytes). */
  raw(path: string): Promise<Uint8Array>;
  /**
   * As `raw`, with the range of the item the bytes are, where the route says it (`x-tamga-range`); for bytes inflated
   * from a member of the item, the member's path (`x-tamga-member`), and the range is the member's.
   */
  rawRange(path: string): Promise<{ bytes: Uint8Array; range: { start: number; end: number } | null; member?: string }>;
}

export function buildPath(path: string, params: Record<string, unknown> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined || value === null || value === '') throw new Error(`Missing path parameter ${key}`);
    return encodeURIComponent(String(value));
  });
}

export function createClient(options: ClientOptions): TamgaClient {
  const doFetch = options.fetch ?? fetch;
  let csrfToken = options.csrfToken;
  return {
    setCsrfToken(token) {
      csrfToken = token;
    },
    async raw(path) {
      return (await this.rawRange(path)).bytes;
    },
    async rawRange(path) {
      const headers: Record<string, string> = {};
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      const response = await doFetch(new URL(path, options.baseUrl), { headers, credentials: 'same-origin' });
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (!response.ok) {
        let error: ErrorBody['error'] | undefined;
        try {
          error = (JSON.parse(new TextDecoder().decode(bytes)) as ErrorBody).error;
        } catch {
          error = undefined;
        }
        throw new ApiError(error ?? { code: 'HTTP_ERROR', message: `HTTP ${response.status}`, status: response.status });
      }
      const range = /^(\d+)-(\d+)$/.exec(response.headers.get('x-tamga-range') ?? '');
      const member = response.headers.get('x-tamga-member');
      return {
        bytes,
        range: range ? { start: Number(range[1]), end: Number(range[2]) } : null,
        ...(member ? { member: decodeURIComponent(member) } : {}),
      };
    },
    async call(name, input = {}) {
      const def = routes[name];
      const url = new URL(buildPath(def.path, input.params as Record<string, unknown> | undefined), options.baseUrl);
      for (const [key, value] of Object.entries((input.query ?? {}) as Record<string, unknown>)) {
        if (value !== undefined) url.searchParams.set(key, String(value));
      }
      const headers: Record<string, string> = { accept: 'application/json' };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (def.method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
      const hasBody = def.method !== 'GET' && def.method !== 'DELETE';
      if (hasBody) headers['content-type'] = 'application/json';
      const response = await doFetch(url, {
        method: def.method,
        headers,
        credentials: 'same-origin',
        ...(hasBody ? { body: JSON.stringify(input.body ?? {}) } : {}),
      });
      const text = await response.text();
      const data: unknown = text ? JSON.parse(text) : null;
      if (!response.ok) {
        const error = (data as ErrorBody | null)?.error;
        throw new ApiError(error ?? { code: 'HTTP_ERROR', message: `HTTP ${response.status}`, status: response.status });
      }
      return data as RouteOutput<Routes[typeof name]>;
    },
  };
}
