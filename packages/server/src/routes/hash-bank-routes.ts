// Hash banks and matching: thin handlers over the core use cases (banks, imports, matches, export, viewer).
import {
  artifactMatches,
  createBank,
  exportCaseHashes,
  findBank,
  imagePlaceholder,
  importIntoBank,
  listBanks,
  listCaseMatches,
  requestRematch,
  requirePermission,
  revealImage,
  setBankEnabled,
  TamgaError,
  type HashMatching,
} from '@tamga/core';
import { bankSourceFromPath } from '../hash-bank-source';
import { actorOf, type Handlers } from '../http/register-route';
import type { Uploads } from '../uploads/tus-uploads';

type HashBankRouteName =
  | 'listBanks'
  | 'createBank'
  | 'getBank'
  | 'setBankEnabled'
  | 'importBankUpload'
  | 'caseMatches'
  | 'artifactMatches'
  | 'rematchCase'
  | 'exportCaseHashes'
  | 'imagePlaceholder'
  | 'revealImage';

export function hashBankHandlers(uploads: Uploads, hashing: HashMatching): Pick<Handlers, HashBankRouteName> {
  return {
    listBanks: async (ctx) => ({ banks: await listBanks(ctx.deps, actorOf(ctx)) }),
    createBank: (ctx) => createBank(ctx.deps, actorOf(ctx), ctx.body),
    async getBank(ctx) {
      const bank = await findBank(ctx.deps, actorOf(ctx), ctx.params.bankId);
      if (!bank) throw new TamgaError('BANK_NOT_FOUND');
      return bank;
    },
    setBankEnabled: (ctx) => setBankEnabled(ctx.deps, actorOf(ctx), ctx.params.bankId, ctx.body),
    async importBankUpload(ctx) {
      const actor = actorOf(ctx);
      // The role first: nobody learns anything about uploads through a route they may not use.
      requirePermission(actor, 'hashbanks.manage');
      const upload = await uploads.finished(actor, ctx.body.uploadId);
      try {
        return await importIntoBank(ctx.deps, actor, ctx.params.bankId, bankSourceFromPath(upload.path, ctx.body.name), {
          ...(ctx.body.format ? { format: ctx.body.format } : {}),
          ...(ctx.body.signal ? { signal: ctx.body.signal } : {}),
        });
      } finally {
        // The entries are in the bank (or the import failed and must be uploaded again, fixed): the copy goes.
        await uploads.remove(ctx.body.uploadId);
      }
    },
    caseMatches: (ctx) => listCaseMatches(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.query),
    artifactMatches: (ctx) => artifactMatches(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.params.artifactId),
    rematchCase: (ctx) => requestRematch(ctx.deps, actorOf(ctx), ctx.params.caseId),
    exportCaseHashes: (ctx) => exportCaseHashes(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.query),
    imagePlaceholder: (ctx) => imagePlaceholder(ctx.deps, hashing.hasher, actorOf(ctx), ctx.params.caseId, ctx.params.itemId),
    revealImage: (ctx) => revealImage(ctx.deps, hashing.hasher, actorOf(ctx), ctx.params.caseId, ctx.params.itemId, ctx.body),
  };
}
