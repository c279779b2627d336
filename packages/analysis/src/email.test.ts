// Covers email.ts: address validation (local part, IDN domain, public suffix) and the '@'-anchored scanner.
import { describe, expect, it } from 'vitest';
import { scanEmails, toAsciiHost, validateEmail } from './email';

describe('validateEmail', () => {
  it('lower-cases the address and keeps both domain forms', () => {
    expect(validateEmail('Ivan.Petrov@Mail.KZ')).toEqual({
      value: 'ivan.petrov@mail.kz',
      local: 'Ivan.Petrov',
      domain: 'mail.kz',
      domainUnicode: 'mail.kz',
      registrableDomain: 'mail.kz',
    });
  });

  it('accepts internationalised addresses', () => {
    expect(validateEmail('иван@почта.рф')).toMatchObject({ value: 'иван@xn--80a1acny.xn--p1ai', domainUnicode: 'почта.рф' });
  });

  it('reads punycode domains through IDNA, and rejects invalid punycode, as with any other non-plain domain', () => {
    expect(validateEmail('ivan@XN--80A1ACNY.XN--P1AI')).toMatchObject({ value: 'ivan@xn--80a1acny.xn--p1ai', domainUnicode: 'почта.рф' });
    expect(validateEmail('ivan@xn--zzzz.kz')).toBeNull();
    expect(validateEmail('ivan@mail.123')).toBeNull();
  });

  it('accepts plus tags and subdomains of public suffixes', () => {
    expect(validateEmail('user+tag@sub.egov.gov.kz')?.registrableDomain).toBe('egov.gov.kz');
  });

  it('rejects malformed local parts and domains', () => {
    for (const bad of [
      '.a@mail.kz',
      'a.@mail.kz',
      'a..b@mail.kz',
      'a@mail',
      'a@localhost',
      'a@1.2.3.4',
      'a@-x.kz',
      'a@x..kz',
      'a@x.unknowntld',
      '@mail.kz',
    ]) {
      expect(validateEmail(bad)).toBeNull();
    }
    expect(validateEmail('a'.repeat(65) + '@mail.kz')).toBeNull();
  });

  it('toAsciiHost applies IDNA', () => {
    expect(toAsciiHost('Почта.РФ')).toBe('xn--80a1acny.xn--p1ai');
  });
});

describe('scanEmails', () => {
  it('finds addresses in Cyrillic text with exact offsets', () => {
    const text = 'Пишите на ivan@mail.kz или Support@Halyk.KZ.';
    const found = scanEmails(text);
    expect(found.map((c) => [c.value, text.slice(c.start, c.end)])).toEqual([
      ['ivan@mail.kz', 'ivan@mail.kz'],
      ['support@halyk.kz', 'Support@Halyk.KZ'],
    ]);
  });

  it('ignores mentions and bare at-signs', () => {
    expect(scanEmails('@durov, a @ b, x@y')).toEqual([]);
  });
});
