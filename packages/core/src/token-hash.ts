// Session tokens are stored only as their SHA-256, so a copy of the database cannot be used to sign in.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function tokenHash(token: string): string {
  return bytesToHex(sha256(utf8ToBytes(token)));
}
