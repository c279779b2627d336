// The Signer port with an Ed25519 key kept in the data folder, created on first use with owner-only permissions.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { Signer } from '@tamga/core';

/**
 * Writes a new key durably and atomically: a crash leaves either no key or a whole one, and of two processes
 * starting at once only one key wins (link fails if the name exists).
 */
function createKeyFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, `${bytesToHex(randomBytes(32))}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temp);
  }
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

export function keyFileSigner(path: string): Signer {
  if (!existsSync(path)) createKeyFile(path);
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
