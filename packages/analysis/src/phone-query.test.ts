import { describe, expect, it } from 'vitest';
import { readPhoneQuery } from './phone-query';

describe('readPhoneQuery', () => {
  it('reads one number in any form, in the case country first, with its E.164 and national digits', () => {
    for (const written of ['8 (701) 234-56-78', '+7 701 234 56 78', '87012345678', '+77012345678', '7012345678']) {
      expect(readPhoneQuery(written, 'KZ'), written).toEqual({ e164: '+77012345678', digitForms: ['77012345678', '87012345678'] });
    }
    // Kyrgyzstan writes its trunk prefix 0.
    expect(readPhoneQuery('+996 555 123 456', 'KG')).toEqual({ e164: '+996555123456', digitForms: ['996555123456', '0555123456'] });
    // NANP has no trunk prefix in its national form: the national digits are the national number.
    expect(readPhoneQuery('+1 202 555 0143', 'KZ')).toEqual({ e164: '+12025550143', digitForms: ['12025550143', '2025550143'] });
  });

  it('reads nothing that is not one valid number', () => {
    for (const written of ['701 234', '+7 701 234', '12345', 'hello']) expect(readPhoneQuery(written, 'KZ'), written).toBeNull();
  });

  it("leaves out national digits the case's country reads as another number", () => {
    // North Dakota's 701 written nationally is a Kazakh mobile's national significant number.
    expect(readPhoneQuery('+1 701 234 5678', 'KZ')).toEqual({ e164: '+17012345678', digitForms: ['17012345678'] });
    expect(readPhoneQuery('+1 701 234 5678', 'US')).toEqual({ e164: '+17012345678', digitForms: ['17012345678', '7012345678'] });
    // Another country's number whose national form the case's country reads the same way, or as one of its readings.
    expect(readPhoneQuery('+7 912 345 67 89', 'KZ')?.digitForms).toEqual(['79123456789', '89123456789']);
    expect(readPhoneQuery('+998 90 123 45 67', 'KZ')?.digitForms).toEqual(['998901234567', '901234567']);
  });

  it('reads nothing analysis would not take for a phone: a round amount, a date', () => {
    for (const written of ['100 000 000', '100000000', '2024-01-15']) expect(readPhoneQuery(written, 'KZ'), written).toBeNull();
  });
});
