// Covers payment-card.ts: Luhn, the scheme table (Visa, Mastercard, Mir, UnionPay, Amex, Maestro…) and the scanner.
import { describe, expect, it } from 'vitest';
import { cardScheme, luhnValid, scanPaymentCards, validatePaymentCard } from './payment-card';

describe('luhnValid', () => {
  it('accepts valid and rejects altered numbers', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('12a4')).toBe(false);
  });
});

describe('cardScheme', () => {
  const cases: Array<[string, string]> = [
    ['4111111111111111', 'visa'],
    ['4222222222222', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['2223003122003222', 'mastercard'],
    ['2200220012345672', 'mir'],
    ['2204123456789015', 'mir'],
    ['6200000000000005', 'unionpay'],
    ['378282246310005', 'amex'],
    ['6759649826438453', 'maestro'],
    ['5018000000000009', 'maestro'],
    ['3530111333300000', 'jcb'],
    ['6011111111111117', 'discover'],
  ];
  for (const [digits, scheme] of cases) {
    it(`${digits} → ${scheme}`, () => {
      expect(luhnValid(digits)).toBe(true);
      expect(cardScheme(digits)).toBe(scheme);
    });
  }

  it('rejects a scheme prefix with the wrong length', () => {
    expect(cardScheme('37828224631000')).toBeNull();
    expect(cardScheme('9999999999999995')).toBeNull();
  });
});

describe('validatePaymentCard', () => {
  it('returns digits only with BIN and last four', () => {
    expect(validatePaymentCard('4111 1111 1111 1111')).toEqual({
      digits: '4111111111111111',
      scheme: 'visa',
      bin: '411111',
      last4: '1111',
    });
    expect(validatePaymentCard('4111-1111-1111-1112')).toBeNull();
  });
});

describe('scanPaymentCards', () => {
  it('finds grouped and contiguous numbers in Russian text', () => {
    const text = 'Карта 2200 2200 1234 5672, Amex 3782 822463 10005 и 5555555555554444.';
    const found = scanPaymentCards(text);
    expect(found.map((c) => [c.value, c.details['scheme'], text.slice(c.start, c.end)])).toEqual([
      ['2200220012345672', 'mir', '2200 2200 1234 5672'],
      ['378282246310005', 'amex', '3782 822463 10005'],
      ['5555555555554444', 'mastercard', '5555555555554444'],
    ]);
  });

  it('ignores Luhn failures, mixed separators and digits inside longer runs', () => {
    expect(scanPaymentCards('4111 1111 1111 1112, 4111 1111-1111 1111, 94111111111111111')).toEqual([]);
  });
});
