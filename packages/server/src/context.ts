// The composition root: the one place that knows which adapter serves which port.
import { join, resolve } from 'node:path';
import {
  BankIndex,
  DEFAULT_LIMITS,
  DEFAULT_SETTINGS,
  type Clock,
  type Deps,
  type EntityExtractor,
  type PhoneQueryReader,
  type HashMatching,
  type ParserRegistry,
} from '@tamga/core';
import { extractEntities, pdqPerceptualHasher, readPhoneQuery } from '@tamga/analysis';
import { builtInParsers } from '@tamga/parsers';
import {
  fsBlobStore,
  keyFileSigner,
  localFiles,
  openStore,
  sqlJobQueue,
  sqlSearchIndex,
  sqliteFiles,
  type FsBlobStore,
  type SqlStore,
} from '@tamga/storage';
import { VERSION } from './version';
import { argon2Hasher } from './adapters/argon2-hasher';
import { cryptoRandom } from './adapters/crypto-random';
import { otplibTotp } from './adapters/otplib-totp';
import type { ServerConfig } from './config';
import { limitHeapGrowth } from './limit-heap-growth';
import { letterRenderer } from './letters/letter-renderer';

export interface AppContext {
  config: ServerConfig;
  deps: Deps;
  store: SqlStore;
  blobs: FsBlobStore;
  parsers: ParserRegistry;
  /** Finds entities in artefact text for the analysis job. */
  extract: EntityExtractor;
  /** Reads a search that is one phone number, so it finds the number in any written form. */
  phones: PhoneQueryReader;
  /** PDQ hashing and this process's index over the enabled banks, for the matching job and the protected viewer. */
  hashing: HashMatching;
  close(): Promise<void>;
}

export const systemClock: Clock = { now: () => new Date() };

export function signingKeyPath(dataDir: string): string {
  return join(dataDir, 'keys', 'ledger-ed25519.key');
}

function openBlobStore(url: string): FsBlobStore {
  if (!url.startsWith('file:')) throw new Error(`TAMGA_BLOB_URL must start with file: (got ${url.split(':')[0]}:)`);
  return fsBlobStore(resolve(url.slice('file:'.length)));
}

export async function createContext(config: ServerConfig, options: { clock?: Clock } = {}): Promise<AppContext> {
  limitHeapGrowth();
  const signer = keyFileSigner(signingKeyPath(config.dataDir));
  const blobs = openBlobStore(config.blobUrl);
  // Temporary files of writes a crash interrupted are not evidence; clear them before anything else runs.
  await blobs.sweep();
  const store = await openStore(config.databaseUrl, config.databaseSchema ? { schema: config.databaseSchema } : {});
  const deps: Deps = {
    store,
    clock: options.clock ?? systemClock,
    hasher: argon2Hasher(),
    totp: otplibTotp(),
    signer,
    random: cryptoRandom,
    blobs,
    files: localFiles,
    jobs: sqlJobQueue(store, options.clock ?? systemClock),
    search: sqlSearchIndex(store),
    settings: {
      ...DEFAULT_SETTINGS,
      checkpointEvery: config.checkpointEvery,
      timeZone: config.timeZone,
      version: VERSION,
      pdqMaxDistance: config.pdqMaxDistance,
    },
    // Request letters (DOCX, PDF; English, Russian): the bytes it returns are what is sent and hashed on SEND.
    letters: letterRenderer(),
  };
  const hasher = pdqPerceptualHasher();
  return {
    config,
    deps,
    store,
    blobs,
    extract: extractEntities,
    phones: readPhoneQuery,
    hashing: { hasher, index: new BankIndex(hasher) },
    parsers: {
      parsers: builtInParsers,
      tools: { sqlite: sqliteFiles(), limits: { ...DEFAULT_LIMITS, timeLimitMs: config.parserTimeLimitSeconds * 1000 } },
    },
    async close() {
      await blobs.close();
      await store.close();
    },
  };
}
