// Routes that answer with bytes or HTML rather than JSON: original evidence content and the HTML custody report.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { custodyReport, readArtifactBytes, readEvidenceContent, type Deps, type Parser } from '@tamga/core';
import { authenticate } from '../http/authenticate';
import { custodyReportHtml } from '../reports/custody-report-html';

const ItemParams = z.object({ caseId: z.string().min(1).max(100), itemId: z.string().min(1).max(100) });

/** `parsers` is asked at each request, as the processing routes ask it: they find a database row's bytes. */
export function registerEvidenceRawRoutes(app: FastifyInstance, deps: Deps, parsers: () => readonly Parser[]): void {
  app.get('/api/cases/:caseId/evidence/:itemId/content', async (request, reply) => {
    const { actor } = await authenticate(deps, request);
    const { caseId, itemId } = ItemParams.parse(request.params);
    const { justification } = z.object({ justification: z.string().max(2000).default('') }).parse(request.query);
    const { item, bytes } = await readEvidenceContent(deps, actor, caseId, itemId, { justification });
    const filename = encodeURIComponent(item.name);
    return reply
      .header('content-type', 'application/octet-stream')
      .header('content-length', String(item.digests?.size ?? 0))
      .header('content-disposition', `attachment; filename*=UTF-8''${filename}`)
      .header('x-tamga-sha256', item.digests?.sha256 ?? '')
      .send(Readable.from(bytes));
  });

  // The exact bytes an artefact was read from: original evidence, so a justification and an event.
  app.get('/api/cases/:caseId/artifacts/:artifactId/bytes', async (request, reply) => {
    const { actor } = await authenticate(deps, request);
    const { caseId, artifactId } = z
      .object({ caseId: z.string().min(1).max(100), artifactId: z.string().min(1).max(100) })
      .parse(request.params);
    const { justification } = z.object({ justification: z.string().max(2000).default('') }).parse(request.query);
    // A reader who goes away stops what is still being read for them (a member inflated as far as the artefact).
    const gone = new AbortController();
    reply.raw.once('close', () => gone.abort());
    const { range, member, bytes } = await readArtifactBytes(deps, actor, caseId, artifactId, justification, parsers(), gone.signal);
    reply
      .header('content-type', 'application/octet-stream')
      .header('content-length', String(range.end - range.start))
      .header('x-tamga-range', `${range.start}-${range.end}`);
    // The range is then the member's (inflated), not the item's.
    if (member !== undefined) reply.header('x-tamga-member', encodeURIComponent(member));
    return reply.send(Readable.from(bytes));
  });

  app.get('/api/cases/:caseId/custody-report.html', async (request, reply) => {
    const { actor } = await authenticate(deps, request);
    const { caseId } = z.object({ caseId: z.string().min(1).max(100) }).parse(request.params);
    const { itemId, lang } = z
      .object({ itemId: z.string().max(100).optional(), lang: z.enum(['en', 'ru']).default('en') })
      .parse(request.query);
    const report = await custodyReport(deps, actor, caseId, itemId);
    return reply.type('text/html; charset=utf-8').send(custodyReportHtml(report, lang));
  });
}
