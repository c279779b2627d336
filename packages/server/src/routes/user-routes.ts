// Account administration.
import { createUser, findUser, listUsers, resetPassword, unlockUser, updateUser } from '@tamga/core';
import { actorOf, type Handlers } from '../http/register-route';

export const userHandlers: Pick<Handlers, 'listUsers' | 'lookupUser' | 'createUser' | 'updateUser' | 'resetPassword' | 'unlockUser'> = {
  listUsers: (ctx) => listUsers(ctx.deps, actorOf(ctx)),
  lookupUser: (ctx) => findUser(ctx.deps, actorOf(ctx), ctx.query.username),
  createUser: (ctx) =>
    createUser(ctx.deps, actorOf(ctx), { ...ctx.body, ...(ctx.body.password === undefined ? {} : { password: ctx.body.password }) }),
  updateUser: (ctx) => updateUser(ctx.deps, actorOf(ctx), ctx.params.userId, ctx.body),
  resetPassword: (ctx) => resetPassword(ctx.deps, actorOf(ctx), ctx.params.userId),
  unlockUser: (ctx) => unlockUser(ctx.deps, actorOf(ctx), ctx.params.userId),
};
