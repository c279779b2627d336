// Legal authorisations.
import { assertAuthorized, getAuthorization, listAuthorizations, recordAuthorization, settleAuthorization } from '@tamga/core';
import { actorOf, type Handlers } from '../http/register-route';

export const authorizationHandlers: Pick<
  Handlers,
  'listAuthorizations' | 'recordAuthorization' | 'getAuthorization' | 'settleAuthorization' | 'checkAuthorization'
> = {
  listAuthorizations: (ctx) => listAuthorizations(ctx.deps, actorOf(ctx), ctx.params.caseId),
  recordAuthorization: (ctx) => recordAuthorization(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.body),
  getAuthorization: (ctx) => getAuthorization(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.authorizationId),
  settleAuthorization: (ctx) => settleAuthorization(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.authorizationId, ctx.body),
  checkAuthorization: (ctx) => {
    const { measure, authorizationId, ...target } = ctx.body;
    return assertAuthorized(ctx.deps, actorOf(ctx), ctx.params.caseId, {
      measure,
      target,
      ...(authorizationId ? { authorizationId } : {}),
    });
  },
};
