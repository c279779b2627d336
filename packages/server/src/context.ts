// The composition root: the one place that knows which adapter serves which port.
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type Clock, type Deps } from '@tamga/core';
import { keyFileSigner, openStore, type SqlStore } from '@tamga/storage';
import { argon2Hasher } from './adapters/argon2-hasher';
import { cryptoRandom } from './adapters/crypto-random';
import { otplibTotp } from './adapters/otplib-totp';
import type { ServerConfig } from './config';

export interface AppContext {
  config: ServerConfig;
  deps: Deps;
  store: SqlStore;
  close(): Promise<void>;
}

export const systemClock: Clock = { now: () => new Date() };

export function signingKeyPath(dataDir: string): string {
  return join(dataDir, 'keys', 'ledger-ed25519.key');
}

export async function createContext(config: ServerConfig, options: { clock?: Clock } = {}): Promise<AppContext> {
  const signer = keyFileSigner(signingKeyPath(config.dataDir));
  const store = await openStore(config.databaseUrl, config.databaseSchema ? { schema: config.databaseSchema } : {});
  const deps: Deps = {
    store,
    clock: options.clock ?? systemClock,
    hasher: argon2Hasher(),
    totp: otplibTotp(),
    signer,
    random: cryptoRandom,
    settings: { ...DEFAULT_SETTINGS, checkpointEvery: config.checkpointEvery, timeZone: config.timeZone },
  };
  return { config, deps, store, close: () => store.close() };
}
