// Analysis: thin handlers over the core use cases (search, entities, timeline, graph, access requests).
import {
  analysisSummary,
  artifactEntities,
  emailThread,
  decideAccessRequest,
  getEntity,
  listEntities,
  listIncomingAccessRequests,
  listOwnAccessRequests,
  readHistogram,
  readLinkGraph,
  readTimeline,
  requestCaseAccess,
  searchArtifacts,
  type PhoneQueryReader,
} from '@tamga/core';
import { actorOf, type Handlers } from '../http/register-route';

type AnalysisRouteName =
  | 'search'
  | 'analysisSummary'
  | 'listEntities'
  | 'getEntity'
  | 'artifactEntities'
  | 'emailThread'
  | 'timeline'
  | 'histogram'
  | 'linkGraph'
  | 'requestAccess'
  | 'incomingAccessRequests'
  | 'decideAccessRequest'
  | 'ownAccessRequests';

function parseCursor(cursor: string | undefined): { at: string | null; id: string } | undefined {
  if (!cursor) return undefined;
  const bar = cursor.lastIndexOf('|');
  return { at: cursor.slice(0, bar) || null, id: cursor.slice(bar + 1) };
}

/** `phones` reads a query that is one phone number (analysis's readPhoneQuery): it is found in any written form. */
export function analysisHandlers(phones: PhoneQueryReader): Pick<Handlers, AnalysisRouteName> {
  return {
    search: (ctx) => {
      const { q, ...rest } = ctx.query;
      return searchArtifacts(ctx.deps, actorOf(ctx), ctx.params.caseId, { ...rest, text: q, cursor: rest.cursor ?? null }, phones);
    },
    analysisSummary: (ctx) => analysisSummary(ctx.deps, actorOf(ctx), ctx.params.caseId),
    listEntities: async (ctx) => ({ entities: await listEntities(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.query) }),
    getEntity: (ctx) => {
      const { key, ...page } = ctx.query;
      return getEntity(ctx.deps, actorOf(ctx), ctx.params.caseId, key, page);
    },
    artifactEntities: async (ctx) => ({
      occurrences: await artifactEntities(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.artifactId),
    }),
    emailThread: (ctx) => emailThread(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.artifactId),
    async timeline(ctx) {
      const { after, ...rest } = ctx.query;
      const cursor = parseCursor(after);
      const page = await readTimeline(ctx.deps, actorOf(ctx), ctx.params.caseId, { ...rest, ...(cursor ? { after: cursor } : {}) });
      return { entries: page.entries, next: page.next ? `${page.next.at ?? ''}|${page.next.id}` : null };
    },
    histogram: (ctx) => readHistogram(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.query),
    linkGraph: (ctx) => readLinkGraph(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.query),
    requestAccess: (ctx) => requestCaseAccess(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.body),
    incomingAccessRequests: async (ctx) => ({
      requests: await listIncomingAccessRequests(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.query.status),
    }),
    decideAccessRequest: (ctx) => decideAccessRequest(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId, ctx.body),
    ownAccessRequests: async (ctx) => ({ requests: await listOwnAccessRequests(ctx.deps, actorOf(ctx)) }),
  };
}
