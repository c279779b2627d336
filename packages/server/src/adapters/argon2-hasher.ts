// PasswordHasher with argon2id (OWASP's minimum: 19 MiB, two passes, one lane).
import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '@tamga/core';

// Algorithm.Argon2id; the enum is declared const in the package's types, so it cannot be imported by value.
const ARGON2ID = 2;

export function argon2Hasher(): PasswordHasher {
  return {
    hash: (password) => hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 }),
    verify: async (hashed, password) => {
      try {
        return await verify(hashed, password);
      } catch {
        return false;
      }
    },
  };
}
