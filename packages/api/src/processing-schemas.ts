// Processing state and artefacts as the API shows them.
import { z } from 'zod';
import { TimeBound } from './common-schemas';

export const ARTIFACT_TYPE_NAMES = [
  'message',
  'email',
  'web_visit',
  'bookmark',
  'download',
  'image',
  'document',
  'call',
  'contact',
  'location',
  'account',
  'file_entry',
] as const;

/** How an item is read where its bytes leave it open (core's ReadingChoices). */
const ReadingChoices = z.object({ daysFirst: z.boolean().optional() }).strict();

/**
 * Choices to set, or null to leave one to the parser's rule again. Refused with READING_CHOICE_UNSUPPORTED (409) when
 * the parser that read the item offers none such (ParserInfo.readingChoices).
 */
export const ChooseReadingBody = z
  .object({
    /** Dates day first (true) or month first (false): a WhatsApp chat whose dates do not decide (FORMATS.md §2.4). */
    daysFirst: z.boolean().nullable().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Choose something' });

/** A parser this server has. */
export const ParserInfo = z.object({
  id: z.string(),
  version: z.string(),
  description: z.string(),
  /** The choices an investigator may make about how it reads an item. */
  readingChoices: z.array(z.string()),
});

const ProcessingStatus = z.enum(['queued', 'running', 'done', 'failed', 'skipped']);

/** The values a warning's or a reason's sentence is built from (names, byte counts, offsets). */
const MessageParams = z.record(z.string(), z.union([z.string(), z.number()]));

/**
 * A processing warning (core's ProcessingWarning): `text` is the English sentence; `code` (such as
 * `zip.crc_mismatch`) and `params` let a client word it in its reader's language, and show `text` for a code it has
 * no words for.
 */
export const ProcessingWarning = z.object({
  text: z.string(),
  code: z.string().optional(),
  params: MessageParams.optional(),
});

export const ItemProcessing = z.object({
  itemId: z.string(),
  caseId: z.string(),
  status: ProcessingStatus,
  parserId: z.string().nullable(),
  parserVersion: z.string().nullable(),
  attempts: z.number().int(),
  artifacts: z.number().int(),
  children: z.number().int(),
  warnings: z.array(ProcessingWarning),
  reason: z.string().nullable(),
  /** Why, as a code to word in the reader's language (core's ReasonCode); `reason` is the full account in English. */
  reasonCode: z.string().nullable(),
  /** The values `reason` gives (a passed limit, the member, the sizes), to word it with; null when none. */
  reasonParams: MessageParams.nullable(),
  outputSha256: z.string().nullable(),
  /** What an investigator chose about how the item is read (see ChooseReadingBody); empty when nothing was. */
  reading: ReadingChoices,
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  updatedAt: z.string(),
});

/** An exhibit's processing as a list shows it (core's ProcessingBrief): the warnings counted. */
export const ProcessingBrief = ItemProcessing.pick({
  status: true,
  parserId: true,
  parserVersion: true,
  artifacts: true,
  children: true,
  reason: true,
  reasonCode: true,
  reasonParams: true,
}).extend({ warnings: z.number().int() });

/** A derived item that failed or was skipped (core's DerivedOutcome). */
const DerivedOutcome = z.object({
  itemId: z.string(),
  exhibitNumber: z.string(),
  /** Its path inside the container it came from, as the container gave it: evidence text, not to be trusted. */
  originalPath: z.string(),
  reason: z.string().nullable(),
  reasonCode: z.string().nullable(),
  reasonParams: MessageParams.nullable(),
});

/** Items per processing status; `pending` counts items with no processing record yet. */
const ProcessingCounts = z.object({
  pending: z.number().int(),
  queued: z.number().int(),
  running: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
});

/**
 * How the items derived from an exhibit stand, at every depth (core's DerivedProcessing): folders left out,
 * `pending` for those whose processing has not started, and the first few (10) failed and skipped by name.
 */
export const DerivedProcessing = z.object({
  items: z.number().int(),
  counts: ProcessingCounts,
  failed: z.array(DerivedOutcome),
  skipped: z.array(DerivedOutcome),
});

export const ProcessingSummary = z.object({
  caseId: z.string(),
  items: z.number().int(),
  counts: ProcessingCounts,
  artifacts: z.record(z.string(), z.number().int()),
  problems: z.array(ItemProcessing.extend({ exhibitNumber: z.string(), name: z.string() })),
  /** Exhibit numbers of the items whose processing warned. */
  warned: z.array(z.string()),
  /** Processed items whose artefacts have been through analysis (entities, search). */
  analysed: z.number().int(),
  /** Items processed by another version of their parser than this server's. */
  outdated: z.number().int(),
  /** Items analysed by other entity rules than this server's (or before rules were recorded). */
  analysisOutdated: z.number().int(),
  /** Nothing waits for processing or analysis. */
  finished: z.boolean(),
});

/** `parserId` must be a parser the server has: another is refused with PARSER_UNKNOWN (400), naming the known ones. */
export const RequestProcessingBody = z
  .object({ reprocess: z.boolean().optional(), parserId: z.string().min(1).max(100).optional(), outdated: z.boolean().optional() })
  .strict();

const Locator = z.object({
  path: z.string().optional(),
  table: z.string().optional(),
  row: z.union([z.number(), z.string()]).optional(),
  offset: z.number().int().optional(),
  length: z.number().int().optional(),
  line: z.number().int().optional(),
  pointer: z.string().optional(),
});

export const Artifact = z.object({
  id: z.string(),
  caseId: z.string(),
  itemId: z.string(),
  parserId: z.string(),
  parserVersion: z.string(),
  ordinal: z.number().int(),
  type: z.enum(ARTIFACT_TYPE_NAMES),
  at: z.string().nullable(),
  zone: z.string().nullable(),
  time: z.object({ utc: z.string(), zone: z.string().nullable(), derived: z.boolean().optional(), raw: z.string().optional() }).nullable(),
  actors: z.array(z.object({ role: z.string(), account: z.string(), name: z.string().nullable().optional() })),
  text: z.string().nullable(),
  fields: z.record(z.string(), z.unknown()),
  locator: Locator,
});

export const ArtifactQuery = z
  .object({
    type: z.enum(ARTIFACT_TYPE_NAMES).optional(),
    itemId: z.string().min(1).max(100).optional(),
    /** A parser the server has; another is refused with PARSER_UNKNOWN (400) rather than answered with no artefacts. */
    parserId: z.string().min(1).max(100).optional(),
    from: TimeBound.optional(),
    to: TimeBound.optional(),
    /** Continue after this artefact (its `at` and `id`, as the last page's `next`). */
    after: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const ArtifactPage = z.object({ artifacts: z.array(Artifact), next: z.string().nullable() });

export const ArtifactDetail = z.object({
  artifact: Artifact,
  provenance: z.object({
    itemId: z.string(),
    exhibitNumber: z.string(),
    itemName: z.string(),
    itemPath: z.string(),
    itemSha256: z.string().nullable(),
    parserId: z.string(),
    parserVersion: z.string(),
    locator: Locator,
    processing: ItemProcessing.nullable(),
    bytesAvailable: z.boolean(),
  }),
});
