// Processing and artefacts: thin handlers over the core use cases.
import { chooseReading, getArtifact, listArtifacts, processingSummary, requestProcessing, type Artifact, type Parser } from '@tamga/core';
import { actorOf, type Handlers } from '../http/register-route';

/** The page cursor: the last artefact's position in time order. */
function cursorOf(artifact: Artifact): string {
  return `${artifact.at ?? ''}|${artifact.id}`;
}

function parseCursor(cursor: string | undefined): { at: string | null; id: string } | undefined {
  if (!cursor) return undefined;
  const bar = cursor.lastIndexOf('|');
  return { at: cursor.slice(0, bar) || null, id: cursor.slice(bar + 1) };
}

/**
 * `parsers` is asked at each request: the registry is the context's, which tests may replace; `rules` likewise, the
 * entity extractor's rules (EntityExtractor.rules).
 */
export function processingHandlers(
  parsers: () => readonly Parser[],
  rules: () => string | undefined = () => undefined,
): Pick<Handlers, 'processingSummary' | 'requestProcessing' | 'listParsers' | 'chooseReading' | 'listArtifacts' | 'getArtifact'> {
  return {
    listParsers: async () => ({
      parsers: parsers().map(({ id, version, description, readingChoices }) => ({
        id,
        version,
        description,
        readingChoices: [...(readingChoices ?? [])],
      })),
    }),
    chooseReading: (ctx) => chooseReading(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.itemId, ctx.body, parsers()),
    processingSummary: (ctx) => processingSummary(ctx.deps, actorOf(ctx), ctx.params.caseId, parsers(), rules()),
    requestProcessing: (ctx) => requestProcessing(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.body, parsers(), rules()),
    async listArtifacts(ctx) {
      const { after, limit = 100, ...filter } = ctx.query;
      const cursor = parseCursor(after);
      const artifacts = await listArtifacts(
        ctx.deps,
        actorOf(ctx),
        ctx.params.caseId,
        { ...filter, ...(cursor ? { after: cursor } : {}), limit },
        parsers(),
      );
      return { artifacts, next: artifacts.length === limit ? cursorOf(artifacts[artifacts.length - 1]!) : null };
    },
    getArtifact: (ctx) => getArtifact(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.artifactId, parsers()),
  };
}
