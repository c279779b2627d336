// Ledger events, checkpoints and verification reports on the wire.
import { z } from 'zod';

export const LedgerEvent = z.object({
  seq: z.number().int(),
  at: z.string(),
  tz: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  caseId: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  action: z.string(),
  justification: z.string().nullable(),
  authorizationId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

export const LedgerPage = z.object({ events: z.array(LedgerEvent), nextBeforeSeq: z.number().int().nullable() });

export const LedgerQuery = z
  .object({
    beforeSeq: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
    caseId: z.string().optional(),
  })
  .strict();

export const Checkpoint = z.object({
  treeSize: z.number().int(),
  at: z.string(),
  rootHash: z.string(),
  keyId: z.string(),
  publicKey: z.string(),
  signature: z.string(),
});

export const LedgerProblem = z.object({ seq: z.number().int(), kind: z.string(), message: z.string() });

export const LedgerReport = z.object({
  ok: z.boolean(),
  events: z.number().int(),
  checkpoints: z.number().int(),
  lastSeq: z.number().int(),
  headHash: z.string(),
  firstProblem: LedgerProblem.nullable(),
  problems: z.array(LedgerProblem),
});
