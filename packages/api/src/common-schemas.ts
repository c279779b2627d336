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
/**
 * A bound of a time range as people write it: a date, or a time in UTC (`Z` or nothing) or with an offset
 * (`2024-03-05T14:00+05:00`). The server turns it into the stored UTC form (core's utcBound) before comparing.
 */
export const TimeBound = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'an ISO 8601 date, or a time in UTC or with an offset');
export const Ok = z.object({ ok: z.literal(true) });
export const Justification = z.object({ justification: z.string().max(2000).optional() }).strict();
