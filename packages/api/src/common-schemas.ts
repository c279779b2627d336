// Shapes used across the API: errors, ids, times.
import { z } from 'zod';

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    status: z.number().int(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Id = z.string().min(1).max(100);
export const IsoTime = z.iso.datetime({ offset: true });
export const Ok = z.object({ ok: z.literal(true) });
export const Justification = z.object({ justification: z.string().max(2000).optional() }).strict();
