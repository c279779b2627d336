// Covers ip-address.ts: strict IPv4, RFC 5952 IPv6 normalisation, §9.6 special ranges (with embedded IPv4) and scanners.
import { describe, expect, it } from 'vitest';
import {
  classifyIpv4,
  classifyIpv6,
  formatIpv6,
  isVersionContext,
  normalizeIpv6,
  parseIpv4,
  parseIpv6,
  scanIpv4,
  scanIpv6,
} from './ip-address';

describe('parseIpv4', () => {
  it('accepts four octets 0–255 including the boundaries', () => {
    expect(parseIpv4('0.0.0.0')).toEqual([0, 0, 0, 0]);
    expect(parseIpv4('255.255.255.255')).toEqual([255, 255, 255, 255]);
    expect(parseIpv4('8.8.8.8')).toEqual([8, 8, 8, 8]);
  });

  it('rejects leading zeros, out-of-range octets and wrong counts', () => {
    for (const bad of ['010.1.1.1', '1.01.1.1', '256.1.1.1', '1.2.3', '1.2.3.4.5', '1.2.3.a', '1..2.3']) {
      expect(parseIpv4(bad)).toBeNull();
    }
  });
});

describe('classifyIpv4', () => {
  const cases: Array<[string, string[], string?]> = [
    ['10.1.2.3', ['private'], 'private'],
    ['172.16.0.1', ['private'], 'private'],
    ['172.31.255.255', ['private'], 'private'],
    ['172.32.0.1', []],
    ['192.168.1.1', ['private'], 'private'],
    ['100.64.0.1', ['cgnat'], 'shared_address_space'],
    ['100.127.255.255', ['cgnat'], 'shared_address_space'],
    ['100.128.0.1', []],
    ['0.1.2.3', ['reserved'], 'this_network'],
    ['127.0.0.1', ['reserved'], 'loopback'],
    ['169.254.1.1', ['reserved'], 'link_local'],
    ['192.0.0.8', ['reserved'], 'ietf_protocol'],
    ['198.18.0.1', ['reserved'], 'benchmarking'],
    ['198.19.255.255', ['reserved'], 'benchmarking'],
    ['224.0.0.1', ['reserved'], 'multicast'],
    ['240.0.0.1', ['reserved'], 'future_use'],
    ['255.255.255.255', ['reserved'], 'broadcast'],
    ['192.0.2.1', ['documentation'], 'documentation'],
    ['198.51.100.7', ['documentation'], 'documentation'],
    ['203.0.113.9', ['documentation'], 'documentation'],
    ['8.8.8.8', []],
    ['95.56.1.1', []],
  ];
  for (const [ip, flags, range] of cases) {
    it(`${ip} → ${flags.join(',') || 'public'}`, () => {
      const info = classifyIpv4(parseIpv4(ip)!);
      expect(info.flags).toEqual(flags);
      expect(info.range).toBe(range);
    });
  }
});

describe('IPv6 parsing and RFC 5952 form', () => {
  const cases: Array<[string, string]> = [
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['::1', '::1'],
    ['fe80::', 'fe80::'],
    ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
    ['::ffff:c000:0201', '::ffff:192.0.2.1'],
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
    ['1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:102:304'],
    ['::1.2.3.4', '::102:304'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => expect(normalizeIpv6(input)).toBe(expected));
  }

  it('keeps the zone apart', () => {
    expect(parseIpv6('fe80::1%eth0')).toEqual({ groups: [0xfe80, 0, 0, 0, 0, 0, 0, 1], zone: 'eth0' });
  });

  it('rejects malformed addresses', () => {
    for (const bad of [
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      '12345::',
      '1:2:3:4:5:6:7',
      ':1:2:3:4:5:6:7',
      '1:2:3:4:5:6:7:',
      ':::',
      '::1.2.3',
      '1:2:3:4:5:6:7:1.2.3.4',
      'g::1',
    ]) {
      expect(parseIpv6(bad)).toBeNull();
    }
  });

  it('formatIpv6 compresses the first of two equal zero runs', () => {
    expect(formatIpv6([1, 0, 0, 2, 0, 0, 3, 4])).toBe('1::2:0:0:3:4');
  });
});

describe('classifyIpv6', () => {
  const cases: Array<[string, string[], string?, string?]> = [
    ['::', ['reserved'], 'unspecified'],
    ['::1', ['reserved'], 'loopback'],
    ['2001::1', ['reserved'], 'teredo'],
    ['2001:0:4136:e378::1', ['reserved'], 'teredo'],
    ['fc00::1', ['private'], 'unique_local'],
    ['fd12:3456::1', ['private'], 'unique_local'],
    ['fe80::1', ['reserved'], 'link_local'],
    ['febf::1', ['reserved'], 'link_local'],
    ['ff02::1', ['reserved'], 'multicast'],
    ['2001:db8::1', ['documentation'], 'documentation'],
    ['3fff::1', ['documentation'], 'documentation'],
    ['3fff:0fff::1', ['documentation'], 'documentation'],
    ['3fff:1000::1', []],
    ['2a00:1450:4001::1', []],
    ['::ffff:10.0.0.1', ['private'], 'ipv4_mapped', '10.0.0.1'],
    ['::ffff:8.8.8.8', [], 'ipv4_mapped', '8.8.8.8'],
    ['64:ff9b::c0a8:1', ['private'], 'nat64', '192.168.0.1'],
    ['2002:c000:0201::1', ['documentation'], '6to4', '192.0.2.1'],
    ['2002:6440:0001::', ['cgnat'], '6to4', '100.64.0.1'],
  ];
  for (const [ip, flags, range, embedded] of cases) {
    it(`${ip} → ${flags.join(',') || 'public'}`, () => {
      const info = classifyIpv6(parseIpv6(ip)!.groups);
      expect(info.flags).toEqual(flags);
      expect(info.range).toBe(range);
      expect(info.embeddedIpv4).toBe(embedded);
    });
  }
});

describe('scanIpv4', () => {
  it('finds addresses with offsets and range details', () => {
    const text = 'Вход с 95.56.1.1, затем с 10.0.0.5.';
    const found = scanIpv4(text);
    expect(found.map((c) => [text.slice(c.start, c.end), c.flags, c.details['public']])).toEqual([
      ['95.56.1.1', [], true],
      ['10.0.0.5', ['private'], false],
    ]);
  });

  it('requires boundaries and rejects leading zeros', () => {
    expect(scanIpv4('1.2.3.4.5 and 11.2.3.4.5 and 010.1.1.1 and 1.2.3.456')).toEqual([]);
  });

  it('skips version strings', () => {
    expect(scanIpv4('Mozilla/5.0 Chrome/120.0.6099.109 Safari/537.36')).toEqual([]);
    expect(scanIpv4('X-Mailer: Microsoft Outlook Express 6.00.2900.2180 build 1.2.3.4')).toEqual([]);
    expect(scanIpv4('release v1.2.3.4 and version 2.0.0.1')).toEqual([]);
    expect(isVersionContext('Chrome/120.0.0.1', 7)).toBe(true);
  });

  it('skips object identifiers', () => {
    expect(scanIpv4('keyUsage V3 cert extension (object identifier 2.5.29.15).')).toEqual([]);
    expect(scanIpv4('OID 2.5.29.15; OIDs: 2.5.29.19, 2.5.29.37 and 1.3.6.1; urn:oid:2.16.840.1')).toEqual([]);
    expect(scanIpv4('extnID OBJECT IDENTIFIER ::= 2.5.29.17, идентификатор объекта 1.2.643.2')).toEqual([]);
    // A longer dotted run is no address at all, whatever precedes it.
    expect(scanIpv4('sha256WithRSAEncryption (1.2.840.113549.1.1.11)')).toEqual([]);
    // Every OID begins with arc 0, 1 or 2; nor is a word that merely ends in "oid" an OID label.
    expect(scanIpv4('OID 95.56.1.1, android 2.5.29.15').map((c) => c.value)).toEqual(['95.56.1.1', '2.5.29.15']);
    expect(scanIpv4('OID 2.5.29.15 is set; server 2.5.29.16').map((c) => c.value)).toEqual(['2.5.29.16']);
  });

  it('skips the X-Mailer version of spamscope_mail_test_12.eml', () => {
    expect(scanIpv4('X-Mailer: Microsoft Outlook Express 5.00.2919.6700')).toEqual([]);
  });

  it('skips version strings introduced in Russian, Kazakh or Uzbek', () => {
    expect(scanIpv4('Лог: версия 7.12.5.69, сборка 5.6.6.90, версии 1.2.3.4')).toEqual([]);
    expect(scanIpv4('бағдарлама нұсқасы 2.1.0.45; versiya 3.0.1.7; build 6.17.0.80')).toEqual([]);
    expect(scanIpv4('конверсия 5.6.7.8').map((c) => c.value)).toEqual(['5.6.7.8']);
  });

  it('still finds an address on the next line after a mailer header', () => {
    const text = 'X-Mailer: Foo 1.0\nReceived: from [203.0.113.9]';
    expect(scanIpv4(text).map((c) => c.value)).toEqual(['203.0.113.9']);
  });
});

describe('scanIpv6', () => {
  it('finds the mail-header literal and normalises it', () => {
    const text = 'Received: from [IPv6:2001:DB8:0:0:0:0:0:1] by mx';
    const [found] = scanIpv6(text);
    expect(found).toMatchObject({ value: '2001:db8::1', flags: ['documentation'] });
    expect(text.slice(found!.start, found!.end)).toBe('2001:DB8:0:0:0:0:0:1');
  });

  it('finds a zoned address and an embedded IPv4 tail', () => {
    const found = scanIpv6('link fe80::1%eth0 mapped ::ffff:192.168.0.1.');
    expect(found.map((c) => [c.value, c.details['zone'], c.details['embeddedIpv4']])).toEqual([
      ['fe80::1', 'eth0', undefined],
      ['::ffff:192.168.0.1', undefined, '192.168.0.1'],
    ]);
  });

  it('ignores times, MAC addresses, C++ scopes and bare colons', () => {
    expect(scanIpv6('at 12:30:45, MAC 00:1a:2b:3c:4d:5e, std::vector, a :: b')).toEqual([]);
  });
});
