// RandomSource from the operating system's CSPRNG.
import { randomBytes, randomUUID } from 'node:crypto';
import type { RandomSource } from '@tamga/core';

export const cryptoRandom: RandomSource = {
  id: () => randomUUID(),
  token: (bytes) => randomBytes(bytes).toString('base64url'),
};
