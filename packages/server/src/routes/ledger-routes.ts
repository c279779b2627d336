// The ledger: reading, checkpoints and verification.
import { createCheckpoint, readCaseLedger, readLedger, verifyLedger } from '@tamga/core';
import { actorOf, type Handlers } from '../http/register-route';

export function ledgerHandlers(): Pick<Handlers, 'caseLedger' | 'ledger' | 'checkpoint' | 'verifyLedger'> {
  return {
    caseLedger: (ctx) => readCaseLedger(ctx.deps, actorOf(ctx), ctx.params.caseId, ctx.query),
    ledger: (ctx) => readLedger(ctx.deps, actorOf(ctx), ctx.query),
    checkpoint: async (ctx) => (await createCheckpoint(ctx.deps, actorOf(ctx))) ?? null,
    verifyLedger: (ctx) => verifyLedger(ctx.deps, actorOf(ctx), ctx.body),
  };
}
