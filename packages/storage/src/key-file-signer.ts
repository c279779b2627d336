// The Signer port with an Ed25519 key kept in the data folder, created on first use with owner-only permissions.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { Signer } from '@tamga/core';

export function keyFileSigner(path: string): Signer {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, `${bytesToHex(randomBytes(32))}\n`, { mode: 0o600, flag: 'wx' });
  }
  const secretKey = hexToBytes(readFileSync(path, 'utf8').trim());
  if (secretKey.length !== 32) throw new Error(`${path} does not hold a 32-byte Ed25519 key`);
  const publicKey = ed25519.getPublicKey(secretKey);
  return {
    keyId: bytesToHex(sha256(publicKey)).slice(0, 16),
    publicKeyHex: bytesToHex(publicKey),
    async sign(message) {
      return bytesToHex(ed25519.sign(message, secretKey));
    },
  };
}
