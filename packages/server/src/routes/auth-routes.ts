// Sign-in, sign-out, the current session and the user's own account.
import { beginTotpSetup, changePassword, confirmTotp, disableTotp, isTamgaError, signIn, signOut } from '@tamga/core';
import { authenticate, SESSION_COOKIE, sessionToken } from '../http/authenticate';
import { actorOf, type Handlers } from '../http/register-route';

export function authHandlers(
  cookieSecure: boolean,
): Pick<Handlers, 'login' | 'whoami' | 'logout' | 'session' | 'changePassword' | 'totpSetup' | 'totpConfirm' | 'totpDisable'> {
  return {
    async login({ deps, body, request, reply }) {
      const previous = request.cookies[SESSION_COOKIE];
      const signedIn = await signIn(deps, {
        username: body.username,
        password: body.password,
        ...(body.totpCode ? { totpCode: body.totpCode } : {}),
        kind: body.client === 'cli' ? 'api' : 'web',
        ...(previous ? { previousToken: previous } : {}),
        remoteAddress: request.ip,
      });
      if (body.client === 'cli')
        return { user: signedIn.user, csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt, token: signedIn.token };
      reply.setCookie(SESSION_COOKIE, signedIn.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: cookieSecure,
        path: '/',
        expires: new Date(signedIn.expiresAt),
      });
      return { user: signedIn.user, csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt };
    },
    async whoami({ deps, request }) {
      try {
        const session = await authenticate(deps, request);
        return { session: { user: session.user, csrfToken: session.session.csrfToken, expiresAt: session.session.expiresAt } };
      } catch (error) {
        if (isTamgaError(error) && error.status === 401) return { session: null };
        throw error;
      }
    },
    async logout(ctx) {
      await signOut(ctx.deps, actorOf(ctx));
      if (sessionToken(ctx.request)?.via === 'cookie') ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
    async session({ session }) {
      if (!session) throw new Error('unreachable');
      return { user: session.user, csrfToken: session.session.csrfToken, expiresAt: session.session.expiresAt };
    },
    async changePassword(ctx) {
      await changePassword(ctx.deps, actorOf(ctx), ctx.body);
      return { ok: true as const };
    },
    totpSetup: (ctx) => beginTotpSetup(ctx.deps, actorOf(ctx)),
    async totpConfirm(ctx) {
      await confirmTotp(ctx.deps, actorOf(ctx), ctx.body.code);
      return { ok: true as const };
    },
    async totpDisable(ctx) {
      await disableTotp(ctx.deps, actorOf(ctx), ctx.body.password);
      return { ok: true as const };
    },
  };
}
