// What the browser walks need besides the browser: the shared samples checked against their manifest, waiting
// on the server for a condition, and authenticator codes.
import { createHash, createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const SAMPLES = resolve(import.meta.dirname, '../../../../../shared/samples');

/** Reads a shared sample after checking its SHA-256 against MANIFEST.md, as the manifest requires. */
export async function readSample(relativePath: string): Promise<Buffer> {
  const manifest = await readFile(resolve(SAMPLES, 'MANIFEST.md'), 'utf8');
  const row = manifest.split('\n').find((line) => line.startsWith(`| \`${relativePath}\` |`));
  const expected = row?.match(/`([0-9a-f]{64})`/)?.[1];
  if (!expected) throw new Error(`${relativePath} is not in the inventory of ${SAMPLES}/MANIFEST.md`);
  const bytes = await readFile(resolve(SAMPLES, relativePath));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) throw new Error(`${relativePath}: SHA-256 ${actual}, the manifest says ${expected}`);
  return bytes;
}

/** Asks until the condition holds; a fixed sleep would be either slow or flaky. */
export async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/[\s=]/g, '').toUpperCase()) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`Not base32: ${char}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The current RFC 6238 code (SHA-1, 30 s, 6 digits) of a base32 secret, as an authenticator app shows it. */
export function totpCode(secret: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}
