// Covers ethereum.ts: Keccak-256 (not SHA3-256), the EIP-55 vectors of §9.3 and the text scanner.
import { sha3_256 } from '@noble/hashes/sha3.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { keccak256Hex, scanEthereumAddresses, toChecksumAddress, validateEthereumAddress } from './ethereum';

describe('keccak256Hex', () => {
  it('is Keccak-256, which differs from SHA3-256', () => {
    expect(keccak256Hex('')).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(bytesToHex(sha3_256(new Uint8Array()))).toBe('a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a');
  });
});

describe('EIP-55', () => {
  const vectors = [
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
    '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
    '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    '0x52908400098527886E0F7030069857D2E4169EE7',
    '0xde709f2102306220921060314715629080e2fb77',
  ];
  for (const vector of vectors) {
    it(`accepts ${vector}`, () => {
      const result = validateEthereumAddress(vector);
      expect(result?.valid).toBe(true);
      expect(result?.value).toBe(vector.toLowerCase());
      expect(toChecksumAddress(vector.toLowerCase())).toBe(vector);
    });
  }

  it('rejects a flipped case (0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD)', () => {
    expect(validateEthereumAddress('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toMatchObject({
      valid: false,
      error: 'checksum',
      checksummed: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    });
  });

  it('accepts single-case addresses as unchecksummed', () => {
    expect(validateEthereumAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed')).toMatchObject({ valid: true, flags: ['unchecksummed'] });
    expect(validateEthereumAddress('0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED')).toMatchObject({ valid: true, flags: ['unchecksummed'] });
  });

  it('returns null for the wrong shape', () => {
    expect(validateEthereumAddress('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA')).toBeNull();
    expect(validateEthereumAddress('5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBeNull();
  });
});

describe('scanEthereumAddresses', () => {
  it('finds addresses around Cyrillic text and keeps bad checksums unvalidated', () => {
    const text = 'USDT (BEP-20): 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359, не 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD';
    const found = scanEthereumAddresses(text);
    expect(found.map((c) => [text.slice(c.start, c.end), c.valid])).toEqual([
      ['0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', true],
      ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', false],
    ]);
  });

  it('does not take the first 40 hex digits of a transaction hash', () => {
    expect(scanEthereumAddresses('tx 0x' + 'ab'.repeat(32))).toEqual([]);
  });
});
