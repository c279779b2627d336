// Everything a use case needs from outside, handed in by the composition root.
import type { Clock, PasswordHasher, RandomSource, Signer, Store, TotpProvider } from './ports';

export interface CoreSettings {
  /** A signed checkpoint is written automatically after this many events. */
  checkpointEvery: number;
  /** The instance's own time zone, stored beside each event's UTC time. */
  timeZone: string;
  maxFailedLogins: number;
  lockoutMinutes: number;
  webSessionHours: number;
  apiSessionHours: number;
}

export const DEFAULT_SETTINGS: CoreSettings = {
  checkpointEvery: 1000,
  timeZone: 'UTC',
  maxFailedLogins: 5,
  lockoutMinutes: 15,
  webSessionHours: 12,
  apiSessionHours: 24 * 30,
};

export interface Deps {
  store: Store;
  clock: Clock;
  hasher: PasswordHasher;
  totp: TotpProvider;
  signer: Signer;
  random: RandomSource;
  settings: CoreSettings;
}
