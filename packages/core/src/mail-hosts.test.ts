import { describe, expect, it } from 'vitest';
import { normalizeTrustedMailHosts, trustedMailHostTest } from './mail-hosts';

describe('trusted mail hosts', () => {
  it('refuses entries that are no host, domain, address or range, and keeps the rest in one form', () => {
    expect(normalizeTrustedMailHosts([' MX.Mvd.KZ. ', '.mvd.kz', '*.mvd.kz', '[195.210.46.1]', '2A00:1450::/32', '', 'mx.mvd.kz'])).toEqual(
      ['mx.mvd.kz', '*.mvd.kz', '195.210.46.1', '2a00:1450::/32'],
    );
    for (const bad of ['mx mvd.kz', '*.kz', '195.210.46.0/33', '-bad.kz', 'http://mx.mvd.kz', '*.']) {
      expect(() => normalizeTrustedMailHosts([bad]), bad).toThrow(/is not a host name/);
    }
    const test = trustedMailHostTest(normalizeTrustedMailHosts(['*.mvd.kz', '195.210.46.0/24', '2a00:1450::/32']));
    expect([test('mvd.kz'), test('a.b.mvd.kz'), test('xmvd.kz'), test('195.210.46.77'), test('[IPv6:2a00:1450::5]'), test(null)]).toEqual([
      true,
      true,
      false,
      true,
      true,
      false,
    ]);
  });

  it('matches IPv4 ranges whatever the form of the address, and IPv6 ranges bit by bit', () => {
    const test = trustedMailHostTest(normalizeTrustedMailHosts(['195.210.46.128/25', '2a00:1450:4001::/47', '10.0.0.1']));
    expect(
      ['195.210.46.128', '195.210.46.255', '[195.210.46.200]', '::ffff:195.210.46.130', '195.210.46.127', '195.210.47.1'].map(test),
    ).toEqual([true, true, true, true, false, false]);
    expect(['2a00:1450:4001:829::200e', '2a00:1450:4000::1', '2a00:1450:4002::1', '10.0.0.1', '10.0.0.2', 'mx.mvd.kz'].map(test)).toEqual([
      true,
      true,
      false,
      true,
      false,
      false,
    ]);
    expect(normalizeTrustedMailHosts(['2A00:1450:4001:0:0:0:0:0/47', '::FFFF:10.0.0.1', '::ffff:10.1.0.0/112'])).toEqual([
      '2a00:1450:4001::/47',
      '10.0.0.1',
      '10.1.0.0/16',
    ]);
  });

  it('refuses ranges so wide that every sender would be trusted', () => {
    for (const wide of ['0.0.0.0/0', '195.210.46.0/2', '::/0', '2a00::/15', '::ffff:1.2.3.4/8', '::ffff:1.2.3.4/100']) {
      expect(() => normalizeTrustedMailHosts([wide]), wide).toThrow(/or narrower/);
    }
    expect(normalizeTrustedMailHosts(['10.0.0.0/8', '2a00::/16'])).toEqual(['10.0.0.0/8', '2a00::/16']);
  });

  it('takes host names outside ASCII in the form Received fields use', () => {
    expect(normalizeTrustedMailHosts(['почта.мвд.kz', '*.мвд.kz'])).toEqual(['xn--80a1acny.xn--b1aew.kz', '*.xn--b1aew.kz']);
  });
});
