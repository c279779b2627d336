// Covers bitcoin.ts: every §9.2 vector (Base58Check and BIP-173/BIP-350), the helpers and the text scanner.
import { describe, expect, it } from 'vitest';
import {
  bech32Decode,
  bech32Polymod,
  convertBits,
  scanBitcoinAddresses,
  validateBase58Address,
  validateBitcoinAddress,
  validateSegwitAddress,
} from './bitcoin';

describe('Base58Check addresses', () => {
  it('accepts the P2PKH vectors with their hash160', () => {
    expect(validateBase58Address('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).toMatchObject({
      valid: true,
      kind: 'p2pkh',
      network: 'mainnet',
      hash160: '77bff20c60e522dfaa3350c39b030a5d004e839a',
    });
    expect(validateBase58Address('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toMatchObject({
      valid: true,
      kind: 'p2pkh',
      hash160: '62e907b15cbf27d5425399ebf6f0fb50ebb88f18',
    });
  });

  it('accepts the P2SH vector (version 5)', () => {
    expect(validateBase58Address('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toMatchObject({ valid: true, kind: 'p2sh' });
  });

  it('reports a bad checksum as invalid rather than dropping it', () => {
    expect(validateBase58Address('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3')).toMatchObject({ valid: false, error: 'checksum' });
  });

  it('returns null for strings that are not 25-byte addresses with a known version', () => {
    expect(validateBase58Address('3J98t1WpEZ73CNmQviecrnyiWrnqRhWN')).toBeNull();
    expect(validateBase58Address('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t')).toBeNull();
  });

  it('flags testnet versions', () => {
    expect(validateBase58Address('mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn')).toMatchObject({
      valid: true,
      network: 'testnet',
      flags: ['testnet'],
    });
  });
});

describe('Bech32 / Bech32m addresses', () => {
  const valid: Array<[string, Record<string, unknown>]> = [
    ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', { kind: 'p2wpkh', witnessVersion: 0, encoding: 'bech32' }],
    ['bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3', { kind: 'p2wsh', witnessVersion: 0 }],
    ['tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7', { kind: 'p2wsh', network: 'testnet', flags: ['testnet'] }],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', { kind: 'p2tr', witnessVersion: 1, encoding: 'bech32m' }],
    ['bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs', { kind: 'witness_unknown', witnessVersion: 2, flags: ['non_standard'] }],
  ];
  for (const [address, expected] of valid) {
    it(`accepts ${address}`, () => {
      const result = validateSegwitAddress(address);
      expect(result).toMatchObject({ valid: true, value: address.toLowerCase(), ...expected });
    });
  }

  it('reports the program lengths', () => {
    expect(validateSegwitAddress('BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4')?.program).toHaveLength(40);
    expect(validateSegwitAddress('bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs')?.program).toHaveLength(32);
    expect(validateSegwitAddress('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0')?.program).toHaveLength(64);
  });

  const invalid: Array<[string, string]> = [
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', 'checksum_variant'],
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', 'checksum_variant'],
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', 'checksum'],
    ['bc1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'mixed_case'],
    ['BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', 'program_length'],
  ];
  for (const [address, error] of invalid) {
    it(`rejects ${address} (${error})`, () => {
      expect(validateSegwitAddress(address)).toMatchObject({ valid: false, error });
    });
  }

  it('returns null for a human-readable part that is not Bitcoin', () => {
    expect(validateSegwitAddress('tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut')).toBeNull();
  });

  it('rejects over-long strings', () => {
    expect(bech32Decode('bc1' + 'q'.repeat(90))).toEqual({ ok: false, error: 'length' });
  });

  it('computes the checksum constants: 1 for Bech32 and 0x2bc830a3 for Bech32m', () => {
    const decoded = bech32Decode('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4');
    expect(decoded).toMatchObject({ ok: true, encoding: 'bech32', hrp: 'bc' });
    const m = bech32Decode('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0');
    expect(m).toMatchObject({ ok: true, encoding: 'bech32m' });
    expect(bech32Polymod([])).toBe(1);
  });

  it('convertBits refuses more than 4 bits of padding and non-zero padding', () => {
    expect(convertBits([0xff], 8, 5, true)).toEqual([31, 28]);
    expect(convertBits([31, 28], 5, 8, false)).toEqual([255]);
    expect(convertBits([31, 29], 5, 8, false)).toBeNull();
    expect(convertBits([31, 28, 0], 5, 8, false)).toBeNull();
  });
});

describe('validateBitcoinAddress', () => {
  it('dispatches on the prefix', () => {
    expect(validateBitcoinAddress('bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3')?.encoding).toBe('bech32');
    expect(validateBitcoinAddress('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')?.encoding).toBe('base58');
  });
});

describe('scanBitcoinAddresses', () => {
  it('finds addresses in Cyrillic text with correct offsets', () => {
    const text = 'Кошелёк: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, резерв bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0.';
    const found = scanBitcoinAddresses(text);
    expect(found.map((c) => [c.value, c.valid, text.slice(c.start, c.end)])).toEqual([
      ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', true, '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
      [
        'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
        true,
        'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
      ],
    ]);
  });

  it('keeps look-alikes with a bad checksum as unvalidated', () => {
    const found = scanBitcoinAddresses('send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 now');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ valid: false, details: { error: 'checksum' } });
  });

  it('does not match inside a longer alphanumeric token', () => {
    expect(scanBitcoinAddresses('x1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toEqual([]);
    expect(scanBitcoinAddresses('abc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toEqual([]);
  });
});
