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
});
