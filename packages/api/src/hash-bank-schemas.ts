// Shapes of hash banks, imports, matches and the protected viewer (FORMATS.md §7–§8).
import { z } from 'zod';
import { Id } from './common-schemas';

export const BankMeaning = z.enum(['known-illegal', 'known-terrorist', 'known-software', 'case-specific']);
export const SignalType = z.enum(['md5', 'sha1', 'sha256', 'pdq']);
export const BankImportFormat = z.enum(['plain', 'csv', 'nsrl']);

const EntryCounts = z.object({ md5: z.number().int(), sha1: z.number().int(), sha256: z.number().int(), pdq: z.number().int() });

export const HashBank = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  source: z.string(),
  licence: z.string(),
  meaning: BankMeaning,
  enabled: z.boolean(),
  version: z.number().int(),
  entries: EntryCounts,
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});

export const CreateBankBody = z
  .object({
    name: z.string().min(2).max(64),
    meaning: BankMeaning,
    source: z.string().min(1).max(500),
    licence: z.string().min(1).max(500),
    description: z.string().max(2000).optional(),
    enabled: z.boolean().optional(),
  })
  .strict();

export const SetBankEnabledBody = z.object({ enabled: z.boolean(), reason: z.string().max(2000).optional() }).strict();

export const ImportBankUploadBody = z
  .object({
    /** A finished tus upload (POST /api/uploads) holding the list. */
    uploadId: z.string().min(1).max(200),
    name: z.string().min(1).max(500),
    format: BankImportFormat.optional(),
    signal: SignalType.optional(),
  })
  .strict();

export const BankImportResult = z.object({
  bank: HashBank,
  version: z.number().int(),
  format: BankImportFormat,
  fileName: z.string(),
  fileSha256: z.string().nullable(),
  rows: z.number().int(),
  added: z.number().int(),
  duplicates: z.number().int(),
  emptyFileHashes: z.number().int(),
  invalid: z.number().int(),
  invalidLines: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  bySignal: EntryCounts,
});

export const HashMatch = z.object({
  caseId: z.string(),
  itemId: z.string(),
  bankId: z.string(),
  bankName: z.string(),
  meaning: BankMeaning,
  signal: SignalType,
  value: z.string(),
  label: z.string().nullable(),
  distance: z.number().int(),
  variant: z.string().nullable(),
  entryVersion: z.number().int(),
  matchedAt: z.string(),
});

export const ItemHashFlags = z.object({
  itemId: z.string(),
  meanings: z.array(BankMeaning),
  protected: z.boolean(),
  lowPriority: z.boolean(),
});

export const MatchedItem = ItemHashFlags.extend({
  exhibitNumber: z.string(),
  name: z.string(),
  sha256: z.string().nullable(),
  pdq: z.object({ hash: z.string(), quality: z.number().int() }).nullable(),
});

export const CaseMatchesQuery = z
  .object({
    itemId: Id.optional(),
    meaning: BankMeaning.optional(),
    limit: z.coerce.number().int().min(1).max(10_000).optional(),
  })
  .strict();

export const CaseMatches = z.object({
  caseId: z.string(),
  matches: z.array(HashMatch),
  items: z.array(MatchedItem),
  counts: z.object({
    itemsMatched: z.number().int(),
    protected: z.number().int(),
    lowPriority: z.number().int(),
    byMeaning: z.record(BankMeaning, z.number().int()),
    imagesHashed: z.number().int(),
    imagesBelowQuality: z.number().int(),
  }),
});

export const CaseHashExport = z.object({ fileName: z.string(), csv: z.string(), rows: z.number().int(), sha256: z.string() });

export const PreviewImage = z.object({
  contentType: z.literal('image/jpeg'),
  width: z.number().int(),
  height: z.number().int(),
  base64: z.string(),
});

export const RevealBody = z.object({ justification: z.string().min(1).max(2000) }).strict();

export const RevealedImage = z.object({
  itemId: z.string(),
  exhibitNumber: z.string(),
  sha256: z.string(),
  flags: ItemHashFlags,
  matches: z.array(HashMatch),
  image: PreviewImage,
});
