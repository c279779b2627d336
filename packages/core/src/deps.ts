// Everything a use case needs from outside, handed in by the composition root.
import type { BlobStore } from './blob-store';
import type { JobQueue } from './job-queue';
import type { SearchIndex } from './search-index';
import type { Clock, LocalFiles, PasswordHasher, RandomSource, Signer, Store, TotpProvider } from './ports';
import type { LetterRenderer } from './requests/request-letter';
import type { RequestRules } from './requests/request-deadlines';

export interface CoreSettings {
  /** A signed checkpoint is written automatically after this many events. */
  checkpointEvery: number;
  /** The instance's own time zone, stored beside each event's UTC time. */
  timeZone: string;
  maxFailedLogins: number;
  lockoutMinutes: number;
  webSessionHours: number;
  apiSessionHours: number;
  /** Tamga's own version, recorded as the tool of every acquisition it performs. */
  version: string;
  /** PDQ hashes this many bits apart or fewer match (FORMATS.md §6.2: 31). */
  pdqMaxDistance: number;
  /** Images whose PDQ quality is below this are hashed and recorded but never matched (§6.2: 50). */
  pdqMinQuality: number;
}

export const DEFAULT_SETTINGS: CoreSettings = {
  checkpointEvery: 1000,
  timeZone: 'UTC',
  maxFailedLogins: 5,
  lockoutMinutes: 15,
  webSessionHours: 12,
  apiSessionHours: 24 * 30,
  version: '0.0.0',
  pdqMaxDistance: 31,
  pdqMinQuality: 50,
};

export interface Deps {
  store: Store;
  clock: Clock;
  hasher: PasswordHasher;
  totp: TotpProvider;
  signer: Signer;
  random: RandomSource;
  blobs: BlobStore;
  files: LocalFiles;
  jobs: JobQueue;
  search: SearchIndex;
  settings: CoreSettings;
  /** Prints request letters (DOCX, PDF); absent on an instance without one, where letters cannot be produced. */
  letters?: LetterRenderer;
  /** Replaces rows of the request rule data (timers, country thresholds, reminder days); defaults otherwise. */
  requestRules?: Partial<RequestRules>;
}
