// Evidence: listing, detail, custody events, incidents, custody reports and finishing uploads.
import { custodyReport, getEvidence, ingestPath, listEvidence, recordCustody, resolveIncident } from '@tamga/core';
import { actorOf, type Handlers } from '../http/register-route';
import type { Uploads } from '../uploads/tus-uploads';

export function evidenceHandlers(
  uploads: Uploads,
): Pick<Handlers, 'listEvidence' | 'getEvidence' | 'recordCustody' | 'resolveIncident' | 'custodyReport' | 'completeUpload'> {
  return {
    listEvidence: (ctx) => listEvidence(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.query.parentId ?? null),
    getEvidence: (ctx) => getEvidence(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.itemId),
    recordCustody: (ctx) => recordCustody(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.itemId, ctx.body),
    resolveIncident: (ctx) => resolveIncident(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.incidentId, ctx.body.resolution),
    custodyReport: (ctx) => custodyReport(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.query.itemId),
    async completeUpload(ctx) {
      const actor = actorOf(ctx);
      const upload = await uploads.finished(actor, ctx.body.uploadId);
      const result = await ingestPath(ctx.deps, actor, ctx.params.caseId, {
        path: upload.path,
        recordAs: { originalPath: `upload:${ctx.body.uploadId}/${ctx.body.name}`, name: ctx.body.name, times: ctx.body.fileTimes ?? {} },
        acquisition: { method: 'UPLOAD', ...ctx.body.acquisition },
        ...(ctx.body.exhibitNumber ? { exhibitNumber: ctx.body.exhibitNumber } : {}),
        ...(ctx.body.authorizationId ? { authorizationId: ctx.body.authorizationId } : {}),
        ...(ctx.body.production ? { production: true } : {}),
      });
      // The bytes are now sealed in the blob store; the upload's temporary copy is no longer needed.
      await uploads.remove(ctx.body.uploadId);
      return result;
    },
  };
}
