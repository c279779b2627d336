// Who is calling: a bearer token (CLI, API) or the session cookie (web, which must also send its CSRF token).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { resolveSession, TamgaError, type Deps, type ResolvedSession } from '@tamga/core';

export const SESSION_COOKIE = 'tamga_session';

export function sessionToken(request: FastifyRequest): { token: string; via: 'bearer' | 'cookie' } | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), via: 'bearer' };
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function authenticate(deps: Deps, request: FastifyRequest): Promise<ResolvedSession> {
  const found = sessionToken(request);
  if (!found) throw new TamgaError('UNAUTHENTICATED');
  const resolved = await resolveSession(deps, found.token);
  // A cookie rides along on any request the browser makes, so changing requests must prove they came from our page.
  if (found.via === 'cookie' && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameSecret(sent, resolved.session.csrfToken)) throw new TamgaError('CSRF_REJECTED');
  }
  if (found.via === 'bearer' && resolved.session.kind !== 'api') throw new TamgaError('UNAUTHENTICATED');
  return resolved;
}
