// Cross-border requests: thin handlers over the core use cases, plus the letter document as bytes.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  acknowledgeRequest,
  approveRequest,
  clarifyRequest,
  closeRequest,
  correctRequest,
  createRequest,
  decideSequestration,
  getRequest,
  getRequestLetter,
  listDeadlines,
  listDirectory,
  listRequests,
  listSequestered,
  readRequestLetter,
  receiveProduction,
  renewPreservation,
  requestExtension,
  REQUEST_TYPES,
  requestStatistics,
  returnRequest,
  rulesOf,
  saveDirectoryEntry,
  sendRequest,
  submitRequest,
  updateDraft,
  validateRequest,
  withdrawRequest,
  type Deps,
} from '@tamga/core';
import { authenticate } from '../http/authenticate';
import { actorOf, type Handlers } from '../http/register-route';
import type { Uploads } from '../uploads/tus-uploads';

type RequestRouteName =
  | 'requestCatalogue'
  | 'listDirectory'
  | 'createDirectoryEntry'
  | 'updateDirectoryEntry'
  | 'requestDeadlines'
  | 'requestStatistics'
  | 'listRequests'
  | 'createRequest'
  | 'getRequest'
  | 'updateRequest'
  | 'requestLetter'
  | 'submitRequest'
  | 'returnRequest'
  | 'approveRequest'
  | 'sendRequest'
  | 'acknowledgeRequest'
  | 'clarifyRequest'
  | 'closeRequest'
  | 'withdrawRequest'
  | 'renewPreservation'
  | 'requestExtension'
  | 'validateRequest'
  | 'correctRequest'
  | 'receiveProduction'
  | 'listSequestered'
  | 'decideSequestration';

export function requestHandlers(uploads: Uploads): Pick<Handlers, RequestRouteName> {
  return {
    async requestCatalogue(ctx) {
      actorOf(ctx);
      const rules = rulesOf(ctx.deps);
      return {
        types: Object.values(REQUEST_TYPES).map((t) => ({
          ...t,
          addresseeKinds: [...t.addresseeKinds],
          extraFields: [...t.extraFields],
          defaultLegalBasis: [...t.defaultLegalBasis],
        })),
        timerRules: Object.values(rules.timers),
        countryRules: Object.values(rules.countries),
        reminderDays: [...rules.reminderDays],
      };
    },
    listDirectory: async (ctx) => ({ entries: await listDirectory(ctx.deps, actorOf(ctx)) }),
    createDirectoryEntry: (ctx) => saveDirectoryEntry(ctx.deps, actorOf(ctx), ctx.body),
    updateDirectoryEntry: (ctx) => saveDirectoryEntry(ctx.deps, actorOf(ctx), ctx.body, ctx.params.entryId),
    requestDeadlines: (ctx) => listDeadlines(ctx.deps, actorOf(ctx), ctx.query),
    requestStatistics: (ctx) => requestStatistics(ctx.deps, actorOf(ctx), ctx.query),
    listRequests: async (ctx) => ({ requests: await listRequests(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.query) }),
    createRequest: (ctx) => createRequest(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.body),
    getRequest: (ctx) => getRequest(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId),
    updateRequest: (ctx) => updateDraft(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId, ctx.body),
    requestLetter: (ctx) => getRequestLetter(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId),
    submitRequest: (ctx) => submitRequest(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId),
    returnRequest: (ctx) => returnRequest(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId, ctx.body),
    approveRequest: (ctx) => approveRequest(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId, ctx.body),
    sendRequest: (ctx) => sendRequest(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId, ctx.body),
    acknowledgeRequest: (ctx) => acknowledgeRequest(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId, ctx.body),
    clarifyRequest: (ctx) => clarifyRequest(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId, ctx.body),
    closeRequest: (ctx) => closeRequest(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId, ctx.body),
    withdrawRequest: (ctx) => withdrawRequest(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId, ctx.body),
    validateRequest: (ctx) => validateRequest(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId, ctx.body),
    renewPreservation: (ctx) => renewPreservation(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId, ctx.body),
    requestExtension: (ctx) => requestExtension(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId, ctx.body),
    correctRequest: (ctx) => correctRequest(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.requestId, ctx.body),
    async receiveProduction(ctx) {
      const actor = actorOf(ctx);
      const { uploadId, name, fileTimes, ...props } = ctx.body;
      const upload = await uploads.finished(actor, uploadId);
      const result = await receiveProduction(ctx.deps, actor, ctx.params.caseId, ctx.params.requestId, {
        ...props,
        path: upload.path,
        recordAs: { originalPath: `upload:${uploadId}/${name}`, name, times: fileTimes ?? {} },
      });
      // The bytes are sealed in the blob store; the upload's temporary copy is no longer needed.
      await uploads.remove(uploadId);
      return { request: result.request, root: result.intake.root, files: result.intake.files, sequestered: result.sequestered };
    },
    listSequestered: async (ctx) => ({ items: await listSequestered(ctx.deps, actorOf(ctx), ctx.params.caseId) }),
    decideSequestration: (ctx) => decideSequestration(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.itemId, ctx.body),
  };
}

/** The letter itself: the bytes that were sent (same SHA-256 as the ledger) or, before sending, a preview. */
export function registerRequestLetterRoute(app: FastifyInstance, deps: Deps): void {
  app.get('/api/cases/:caseId/requests/:requestId/letter', async (request, reply) => {
    const { actor } = await authenticate(deps, request);
    const { caseId, requestId } = z
      .object({ caseId: z.string().min(1).max(100), requestId: z.string().min(1).max(100) })
      .parse(request.params);
    const { format, lang } = z
      .object({ format: z.enum(['pdf', 'docx']).default('pdf'), lang: z.enum(['en', 'ru']).default('en') })
      .parse(request.query);
    const letter = await readRequestLetter(deps, actor, caseId, requestId, { format, language: lang });
    return reply
      .header('content-type', letter.contentType)
      .header('content-length', String(letter.bytes.length))
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(letter.filename)}`)
      .header('x-tamga-sha256', letter.sha256)
      .header('x-tamga-letter', letter.sent ? 'sent' : 'preview')
      .send(Buffer.from(letter.bytes));
  });
}
