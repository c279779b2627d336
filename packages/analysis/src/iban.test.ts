// Covers iban.ts: registry lengths (KZ 20), the ISO 7064 mod-97 check, and paper/electronic formats in text.
import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS, ibanMod97, scanIbans, validateIban } from './iban';

describe('validateIban', () => {
  it('accepts valid IBANs in both formats', () => {
    expect(validateIban('KZ86125KZT5004100100')).toEqual({ valid: true, value: 'KZ86125KZT5004100100', country: 'KZ' });
    expect(validateIban('GB82 WEST 1234 5698 7654 32')).toMatchObject({ valid: true, value: 'GB82WEST12345698765432' });
    expect(validateIban('de89 3704 0044 0532 0130 00')).toMatchObject({ valid: true, value: 'DE89370400440532013000' });
    expect(validateIban('RU0204452560040702810412345678901')).toMatchObject({ valid: true, country: 'RU' });
  });

  it('keeps a checksum failure as invalid', () => {
    expect(validateIban('KZ87125KZT5004100100')).toEqual({ valid: false, value: 'KZ87125KZT5004100100', country: 'KZ', error: 'checksum' });
  });

  it('returns null for a wrong length or unknown country', () => {
    expect(IBAN_LENGTHS['KZ']).toBe(20);
    expect(validateIban('KZ86125KZT500410010')).toBeNull();
    expect(validateIban('UZ86125KZT5004100100')).toBeNull();
  });

  it('computes mod 97', () => {
    expect(ibanMod97('GB82WEST12345698765432')).toBe(1);
  });
});

describe('scanIbans', () => {
  it('finds paper and electronic IBANs with offsets', () => {
    const text = 'Счёт KZ86 125K ZT50 0410 0100 USD, или KZ86125KZT5004100100.';
    const found = scanIbans(text);
    expect(found.map((c) => [c.value, text.slice(c.start, c.end)])).toEqual([
      ['KZ86125KZT5004100100', 'KZ86 125K ZT50 0410 0100'],
      ['KZ86125KZT5004100100', 'KZ86125KZT5004100100'],
    ]);
  });

  it('reports a mistyped IBAN as unvalidated', () => {
    expect(scanIbans('KZ87125KZT5004100100')).toMatchObject([{ valid: false, details: { error: 'checksum' } }]);
  });
});
