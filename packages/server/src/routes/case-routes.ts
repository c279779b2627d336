// Cases and their members.
import {
  adminListCases,
  changeCaseStatus,
  createCase,
  getCase,
  INTERNATIONAL_OFFENCES,
  listCases,
  listMembers,
  removeMember,
  requireSignedIn,
  setMember,
  updateCase,
} from '@tamga/core';
import { actorOf, type Handlers } from '../http/register-route';

export const caseHandlers: Pick<
  Handlers,
  | 'offences'
  | 'listCases'
  | 'createCase'
  | 'getCase'
  | 'updateCase'
  | 'changeCaseStatus'
  | 'listMembers'
  | 'setMember'
  | 'removeMember'
  | 'adminCases'
> = {
  async offences(ctx) {
    requireSignedIn(actorOf(ctx));
    return [...INTERNATIONAL_OFFENCES];
  },
  listCases: (ctx) => listCases(ctx.deps, actorOf(ctx)),
  createCase: (ctx) => createCase(ctx.deps, actorOf(ctx), ctx.body),
  getCase: (ctx) => getCase(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.query.justification),
  updateCase: (ctx) => updateCase(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.body),
  changeCaseStatus: (ctx) => changeCaseStatus(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.body),
  listMembers: (ctx) => listMembers(ctx.deps, actorOf(ctx), ctx.params.caseId),
  setMember: (ctx) => setMember(ctx.deps, actorOf(ctx), ctx.params.caseId, { userId: ctx.params.userId, level: ctx.body.level }),
  removeMember: (ctx) => removeMember(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.userId),
  adminCases: (ctx) => adminListCases(ctx.deps, actorOf(ctx)),
};
