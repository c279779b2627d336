// Entities, search, timeline, link graph and cross-case access requests as the API shows them.
import { z } from 'zod';
import { TimeBound } from './common-schemas';
import { Artifact, ARTIFACT_TYPE_NAMES } from './processing-schemas';

export const ENTITY_TYPE_NAMES = [
  'email',
  'phone',
  'url',
  'domain',
  'ipv4',
  'ipv6',
  'btc_address',
  'eth_address',
  'tron_address',
  'telegram_username',
  'telegram_link',
  'payment_card',
  'iban',
  'account',
] as const;

/** A list in a query string, comma-separated: `types=message,email`. */
const listOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(2000)
    .transform((s) => s.split(',').filter((part) => part.length > 0))
    .pipe(z.array(item).max(100));
const ArtifactTypes = listOf(z.enum(ARTIFACT_TYPE_NAMES));
const Ids = listOf(z.string().min(1).max(100));

export const SearchQuery = z
  .object({
    q: z.string().min(1).max(1000),
    types: ArtifactTypes.optional(),
    itemIds: Ids.optional(),
    from: TimeBound.optional(),
    to: TimeBound.optional(),
    entity: z.string().min(1).max(500).optional(),
    account: z.string().min(1).max(500).optional(),
    sort: z.enum(['relevance', 'time_asc', 'time_desc']).optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(),
    cursor: z.string().max(500).optional(),
  })
  .strict();

export const SearchPage = z.object({
  hits: z.array(
    z.object({
      artifactId: z.string(),
      itemId: z.string(),
      type: z.string(),
      at: z.string().nullable(),
      score: z.number(),
      /** The matched words are wrapped in U+0001 … U+0002; a client turns them into highlighting. */
      snippet: z.string(),
    }),
  ),
  total: z.number().int(),
  /** True when counting stopped (at 10,000 matches): there are at least `total`. */
  totalIsLowerBound: z.boolean(),
  nextCursor: z.string().nullable(),
});

const CrossCaseHint = z.object({
  cases: z.array(z.object({ id: z.string(), reference: z.string(), title: z.string() })),
  others: z.number().int(),
});

export const EntityView = z.object({
  key: z.string(),
  type: z.enum(ENTITY_TYPE_NAMES),
  value: z.string(),
  valid: z.boolean(),
  occurrences: z.number().int(),
  artifacts: z.number().int(),
  firstAt: z.string().nullable(),
  lastAt: z.string().nullable(),
  alsoIn: CrossCaseHint,
});

export const EntityQuery = z
  .object({
    type: z.enum(ENTITY_TYPE_NAMES).optional(),
    contains: z.string().min(1).max(200).optional(),
    validOnly: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const EntityOccurrence = z.object({
  caseId: z.string(),
  itemId: z.string(),
  artifactId: z.string(),
  artifactType: z.string(),
  at: z.string().nullable(),
  key: z.string(),
  type: z.enum(ENTITY_TYPE_NAMES),
  value: z.string(),
  valid: z.boolean(),
  field: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  raw: z.string(),
  account: z.string().nullable(),
  flags: z.array(z.string()),
  details: z.record(z.string(), z.unknown()),
});

export const EntityDetailQuery = z
  .object({
    key: z.string().min(3).max(2000),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
    offset: z.coerce.number().int().min(0).optional(),
  })
  .strict();

const RangeQuery = {
  types: ArtifactTypes.optional(),
  itemIds: Ids.optional(),
  from: TimeBound.optional(),
  to: TimeBound.optional(),
};

export const TimelineQuery = z
  .object({
    ...RangeQuery,
    /** The last page's `next`. */
    after: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const TimelinePage = z.object({
  entries: z.array(z.object({ artifact: Artifact, unknownZone: z.boolean() })),
  next: z.string().nullable(),
});

export const HistogramQuery = z.object({ ...RangeQuery, buckets: z.coerce.number().int().min(1).max(500).optional() }).strict();

export const Histogram = z.object({
  from: z.string(),
  to: z.string(),
  bucketSeconds: z.number(),
  buckets: z.array(z.object({ start: z.string(), count: z.number().int() })),
  undated: z.number().int(),
});

const EdgeKind = z.enum(['communication', 'mentions', 'co_occurs']);

export const GraphQuery = z
  .object({
    ...RangeQuery,
    kinds: listOf(EdgeKind).optional(),
    entityTypes: listOf(z.enum(ENTITY_TYPE_NAMES)).optional(),
    minWeight: z.coerce.number().int().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(20_000).optional(),
  })
  .strict();

export const LinkGraph = z.object({
  nodes: z.array(
    z.object({ id: z.string(), kind: z.enum(['account', 'entity']), type: z.string(), label: z.string(), weight: z.number() }),
  ),
  edges: z.array(
    z.object({
      source: z.string(),
      target: z.string(),
      kind: EdgeKind,
      weight: z.number(),
      firstAt: z.string().nullable().optional(),
      lastAt: z.string().nullable().optional(),
    }),
  ),
});

export const AnalysisSummary = z.object({
  items: z.number().int(),
  failed: z.number().int(),
  occurrences: z.number().int(),
});

const AccessRequestStatus = z.enum(['pending', 'approved', 'refused']);

export const RequestAccessBody = z.object({ entityKey: z.string().min(3).max(2000), reason: z.string().min(10).max(2000) }).strict();

export const AccessRequest = z.object({
  id: z.string(),
  requesterId: z.string(),
  fromCaseId: z.string(),
  targetCaseId: z.string(),
  entityKey: z.string(),
  reason: z.string(),
  status: AccessRequestStatus,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decisionNote: z.string().nullable(),
});

export const IncomingAccessRequest = AccessRequest.extend({
  requesterUsername: z.string(),
  requesterDisplayName: z.string(),
  fromCaseReference: z.string(),
});

export const OwnAccessRequest = z.object({
  id: z.string(),
  fromCaseId: z.string(),
  entityKey: z.string(),
  reason: z.string(),
  status: AccessRequestStatus,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  targetCaseId: z.string().nullable(),
});

export const DecideAccessBody = z.object({ decision: z.enum(['approve', 'refuse']), note: z.string().max(2000).optional() }).strict();
export const AccessRequestStatusQuery = z.object({ status: AccessRequestStatus.optional() }).strict();

/** The thread of an e-mail: its case's e-mails joined by Message-ID, In-Reply-To and References, as a reply tree. */
export const EmailThread = z.object({
  messages: z.array(
    z.object({
      artifactId: z.string(),
      at: z.string().nullable(),
      zone: z.string().nullable(),
      from: z.string().nullable(),
      /** The sender's address as its header wrote it, where that differs from the account (capitals). */
      fromWritten: z.string().nullable(),
      subject: z.string().nullable(),
      messageId: z.string().nullable(),
      parentId: z.string().nullable(),
      depth: z.number().int(),
    }),
  ),
  missing: z.number().int(),
  truncated: z.boolean(),
});
