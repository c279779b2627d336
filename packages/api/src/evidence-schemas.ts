// Evidence items, custody actions, incidents and reports on the wire.
import { z } from 'zod';
import { DerivedProcessing, ItemProcessing, ProcessingBrief } from './processing-schemas';

export const Digests = z.object({ size: z.number(), md5: z.string(), sha1: z.string(), sha256: z.string() });

const FileTimes = z.object({
  modifiedAt: z.string().nullable(),
  accessedAt: z.string().nullable(),
  changedAt: z.string().nullable(),
  bornAt: z.string().nullable(),
});

/**
 * An uploaded file's own times as the sender read them (a browser gives only the modification time; the CLI all
 * it has). Without them the server knows only when the bytes arrived, which is not a time of the file. In UTC
 * (`Z`), as every file time is recorded, with as many fractional digits as the sender has (nanoseconds from a CLI).
 */
const UtcTime = z.iso.datetime();
export const SentFileTimes = z
  .object({
    modifiedAt: UtcTime.nullable().optional(),
    accessedAt: UtcTime.nullable().optional(),
    changedAt: UtcTime.nullable().optional(),
    bornAt: UtcTime.nullable().optional(),
  })
  .strict();

export const AcquisitionMethod = z.enum([
  'PHYSICAL',
  'LOGICAL',
  'FILE_SYSTEM',
  'SELECTIVE',
  'LIVE_VOLATILE',
  'MEMORY',
  'CLOUD_REMOTE',
  'OSINT_CAPTURE',
  'PROVIDER_PRODUCTION',
  'UPLOAD',
]);

const SourceDevice = z
  .object({
    description: z.string().max(500).optional(),
    make: z.string().max(200).optional(),
    model: z.string().max(200).optional(),
    serial: z.string().max(200).optional(),
    imei: z.string().max(50).optional(),
    capacity: z.string().max(100).optional(),
    powerState: z.string().max(100).optional(),
    isolation: z.string().max(200).optional(),
  })
  .strict();

const Production = z
  .object({ provider: z.string().min(1).max(200), reference: z.string().max(200), channel: z.string().max(200), receivedAt: z.string() })
  .strict();
const SourceHash = z.object({ algorithm: z.enum(['MD5', 'SHA1', 'SHA256']), value: z.string().regex(/^[0-9a-fA-F]{32,64}$/) }).strict();

export const AcquisitionInput = z
  .object({
    location: z.string().max(500).optional(),
    setting: z.enum(['ON_SITE', 'LAB']).optional(),
    sourceDevice: SourceDevice.optional(),
    method: AcquisitionMethod.optional(),
    tool: z
      .object({
        name: z.string().max(200),
        version: z.string().max(100),
        vendor: z.string().max(200).optional(),
        configuration: z.string().max(2000).optional(),
      })
      .strict()
      .optional(),
    writeBlocker: z.string().max(200).optional(),
    sourceHashes: z.array(SourceHash).optional(),
    notes: z.string().max(10_000).optional(),
    production: Production.optional(),
  })
  .strict();

export const AcquisitionRecord = z.object({
  performedBy: z.object({ userId: z.string(), name: z.string(), role: z.string() }),
  startedAt: z.string(),
  endedAt: z.string(),
  location: z.string().nullable(),
  setting: z.enum(['ON_SITE', 'LAB']).nullable(),
  sourceDevice: SourceDevice.nullable(),
  method: AcquisitionMethod,
  tool: z.object({ name: z.string(), version: z.string(), vendor: z.string().optional(), configuration: z.string().optional() }),
  writeBlocker: z.string().nullable(),
  sourceHashes: z.array(SourceHash),
  verification: z.object({ method: z.string(), result: z.enum(['MATCH', 'MISMATCH', 'N_A']), at: z.string(), by: z.string() }),
  notes: z.string(),
  // requestId: the cross-border request the production answers; set only by request production intake.
  production: Production.extend({ requestId: z.string().optional() }).nullable(),
});

export const CustodyState = z.object({
  holderId: z.string().nullable(),
  location: z.string().nullable(),
  sealed: z.boolean(),
  sealNumber: z.string().nullable(),
  checkedOutTo: z.string().nullable(),
  pendingTransferTo: z.string().nullable(),
  disposedAt: z.string().nullable(),
  openIncidentId: z.string().nullable(),
});

export const EvidenceItem = z.object({
  id: z.string(),
  caseId: z.string(),
  exhibitNumber: z.string(),
  rootExhibitNumber: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(['file', 'folder', 'production']),
  status: z.enum(['ingesting', 'complete']),
  originalPath: z.string(),
  name: z.string(),
  digests: Digests.nullable(),
  fileTimes: FileTimes,
  acquisition: AcquisitionRecord,
  authorizationId: z.string(),
  custody: CustodyState,
  /** How a parser found this item inside another (archive member, attachment). */
  derivation: z
    .object({
      fromItemId: z.string(),
      parserId: z.string(),
      parserVersion: z.string(),
      locator: z.record(z.string(), z.unknown()),
      depth: z.number().int(),
      notes: z.record(z.string(), z.unknown()),
    })
    .nullable()
    .optional(),
  /** Set on production files outside the request's scope (G9): not processed or searchable until released. */
  sequestration: z
    .object({
      state: z.enum(['SEQUESTERED', 'RELEASED', 'DISPOSED']),
      requestId: z.string(),
      reason: z.string(),
      at: z.string(),
      by: z.string(),
      decidedAt: z.string().nullable(),
      decidedBy: z.string().nullable(),
      note: z.string().nullable(),
    })
    .nullable()
    .optional(),
  createdAt: z.string(),
  createdBy: z.string(),
});

/**
 * Of the items derived from an exhibit (at any depth, folders left out), how many failed and were skipped, and of
 * how many (core's DerivedBrief): a container done whose members failed is not all done.
 */
export const DerivedBrief = z.object({
  items: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
});

/**
 * An exhibit in a list, with where its processing stands (null for a folder or an item not yet started) and, where
 * items derived from it failed or were skipped, how many of how many (null where none did).
 */
export const EvidenceListEntry = EvidenceItem.extend({ processing: ProcessingBrief.nullable(), derived: DerivedBrief.nullable() });

export const IntegrityIncident = z.object({
  id: z.string(),
  caseId: z.string(),
  itemId: z.string(),
  openedAt: z.string(),
  openedBy: z.string(),
  expectedSha256: z.string(),
  foundSha256: z.string().nullable(),
  context: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolution: z.string().nullable(),
});

export const EvidenceDetail = z.object({
  item: EvidenceItem,
  children: z.number().int(),
  incidents: z.array(IntegrityIncident),
  /** How processing went; null for a folder or an item whose processing has not started (its job waits). */
  processing: ItemProcessing.nullable(),
  /** How the items derived from it stand: a container done may hold members that failed. */
  derived: DerivedProcessing,
});

export const CustodyAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('verified'), note: z.string().max(2000).optional() }).strict(),
  z
    .object({
      type: z.literal('transfer_released'),
      toUserId: z.string(),
      purpose: z.string().min(1).max(2000),
      location: z.string().max(500).optional(),
      transport: z.string().max(500).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('transfer_received'),
      location: z.string().max(500).optional(),
      sealIntact: z.boolean().optional(),
      note: z.string().max(2000).optional(),
    })
    .strict(),
  z.object({ type: z.literal('transfer_cancelled'), reason: z.string().min(1).max(2000) }).strict(),
  z.object({ type: z.literal('checked_out'), purpose: z.string().min(1).max(2000) }).strict(),
  z.object({ type: z.literal('checked_in'), note: z.string().max(2000).optional() }).strict(),
  z.object({ type: z.literal('copied'), purpose: z.string().min(1).max(2000) }).strict(),
  z.object({ type: z.literal('sealed'), sealNumber: z.string().min(1).max(100), note: z.string().max(2000).optional() }).strict(),
  z.object({ type: z.literal('unsealed'), reason: z.string().min(1).max(2000) }).strict(),
  z.object({ type: z.literal('disposed'), retentionRule: z.string().min(1).max(200), certificate: z.string().min(1).max(500) }).strict(),
]);

export const CustodyOutcome = z.object({ item: EvidenceItem, hashMatch: z.boolean().nullable(), incidentId: z.string().nullable() });

export const CompleteUploadBody = z
  .object({
    uploadId: z.string().min(1).max(200),
    name: z.string().min(1).max(1000),
    fileTimes: SentFileTimes.optional(),
    acquisition: AcquisitionInput.optional(),
    exhibitNumber: z.string().max(100).optional(),
    authorizationId: z.string().optional(),
    production: z.boolean().optional(),
  })
  .strict();

export const EvidenceFinding = z.object({
  itemId: z.string(),
  exhibitNumber: z.string(),
  caseId: z.string(),
  kind: z.string(),
  message: z.string(),
});
export const EvidenceReport = z.object({
  ok: z.boolean(),
  items: z.number().int(),
  blobsChecked: z.number().int(),
  bytesChecked: z.number(),
  unreferencedBlobs: z.number().int(),
  findings: z.array(EvidenceFinding),
});
