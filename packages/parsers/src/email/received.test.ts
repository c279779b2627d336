import { describe, expect, it } from 'vitest';
import { isoFromMicros, normalizeTrustedMailHosts, parseIpLiteral, trustedMailHostTest } from '@tamga/core';
import { seededRandom } from '../testing/run-parser';
import { parseEmailDate } from './email-date';
import { parseHeaderBlock } from './headers';
import { auxiliaryIps, findOrigin, parseReceived } from './received';

const trust = (...entries: string[]) => trustedMailHostTest(normalizeTrustedMailHosts(entries));
const hopsOf = (headerText: string) =>
  parseReceived(parseHeaderBlock(Buffer.from(`${headerText}\n\n`), 0, headerText.length + 2).index, 'UTC');

const TEST_3 = [
  'Received: (qmail 13850 invoked from network); 22 Aug 2016 13:56:15 -0000',
  'Received: from 67.175.76.202.static.randtelekom.com.tr (67.175.76.202)',
  '  by smtp.server.net with SMTP; 22 Aug 2016 13:56:15 -0000',
].join('\n');
const TEST_12 = [
  'Received: from hotmail.com (unknown [96.202.181.20])',
  '\tby localhost (Postfix) with ESMTP id 6EF7F2E0BAB',
  '\tfor <danglüe@email.com>; Sun, 13 May 2018 04:32:23 +0000 (UTC)',
].join('\n');

describe('Received chains', () => {
  it('finds the spamscope origins with and without the trusted sets of MANIFEST.md', () => {
    expect(findOrigin(hopsOf(TEST_3), trust('smtp.server.net'))).toMatchObject({
      hop: { ip: '67.175.76.202', by: 'smtp.server.net' },
      basis: 'trusted_hosts',
    });
    expect(findOrigin(hopsOf(TEST_3))).toMatchObject({ hop: { ip: '67.175.76.202' }, basis: 'first_public' });
    expect(findOrigin(hopsOf(TEST_12), trust('localhost'))).toMatchObject({ hop: { ip: '96.202.181.20', from: 'hotmail.com' } });
    // None of the set received it: the first public sender, and the basis says so.
    expect(findOrigin(hopsOf(TEST_12), trust('mx.elsewhere.kz'))).toMatchObject({ hop: { ip: '96.202.181.20' }, basis: 'first_public' });
  });

  it("walks past the recipient's own relays when the case names them, by name, domain or range", () => {
    const chain = hopsOf(
      [
        'Received: from relay2.mvd.kz (relay2.mvd.kz [195.210.46.20]) by mx.mvd.kz; Mon, 4 Mar 2024 10:00:06 +0500',
        'Received: from filter.mvd.kz (filter.mvd.kz [195.210.46.9]) by relay2.mvd.kz; Mon, 4 Mar 2024 10:00:05 +0500',
        'Received: from mail.sender.example (mail.sender.example [81.20.1.1]) by filter.mvd.kz; Mon, 4 Mar 2024 05:00:04 +0000',
        'Received: from laptop (unknown [92.46.1.7]) by mail.sender.example; Mon, 4 Mar 2024 05:00:03 +0000',
      ].join('\n'),
    );
    // Without the set, the recipient's own relay is taken for the origin: its address is public.
    expect(findOrigin(chain)?.hop.ip).toBe('195.210.46.20');
    for (const set of [
      trust('mx.mvd.kz', 'relay2.mvd.kz', 'filter.mvd.kz'),
      trust('*.mvd.kz'),
      trust('.MVD.kz.'),
      trust('mx.mvd.kz', '195.210.46.0/24'),
    ]) {
      const hops = chain.map((hop) => ({ ...hop }));
      expect(findOrigin(hops, set)).toMatchObject({ hop: { index: 2, ip: '81.20.1.1' }, basis: 'trusted_hosts' });
      expect(hops.map((h) => h.unverified)).toEqual([false, false, false, true]);
    }
  });

  it('trusts a sender by its address or looked-up name, never by the HELO name it gave itself', () => {
    const forged = hopsOf(
      [
        'Received: from mx.mvd.kz (unknown [81.20.1.1]) by mx.mvd.kz (Postfix); Mon, 4 Mar 2024 10:00:06 +0500',
        'Received: from innocent.example (innocent.example [5.6.7.8]) by relay.innocent.example; Mon, 4 Mar 2024 05:00:05 +0000',
      ].join('\n'),
    );
    expect(forged.map((h) => [h.from, h.rdns, h.ip])).toEqual([
      ['mx.mvd.kz', null, '81.20.1.1'],
      ['innocent.example', 'innocent.example', '5.6.7.8'],
    ]);
    expect(findOrigin(forged, trust('mx.mvd.kz'))).toMatchObject({ hop: { index: 0, ip: '81.20.1.1' }, basis: 'trusted_hosts' });
    expect(forged.map((h) => h.unverified)).toEqual([false, true]);
    const literal = hopsOf('Received: from [195.210.46.1] (unknown [81.20.1.1]) by mx.mvd.kz; Mon, 4 Mar 2024 10:00:06 +0500');
    expect(findOrigin(literal, trust('mx.mvd.kz', '195.210.46.0/24'))).toMatchObject({ hop: { ip: '81.20.1.1' }, basis: 'trusted_hosts' });
  });

  it("passes trust down through an internal hub the set does not name, and stops at the set's own hosts", () => {
    const hops = hopsOf(
      [
        'Received: from hub.mvd.local (hub.mvd.local [10.0.0.5]) by mbx.mvd.kz; Mon, 4 Mar 2024 10:00:07 +0500',
        'Received: from mx.mvd.kz (mx.mvd.kz [195.210.46.1]) by hub.mvd.local; Mon, 4 Mar 2024 10:00:06 +0500',
        'Received: from mail.sender.example (mail.sender.example [81.20.1.1]) by mx.mvd.kz; Mon, 4 Mar 2024 05:00:05 +0000',
      ].join('\n'),
    );
    for (const set of [trust('mx.mvd.kz', 'mbx.mvd.kz'), trust('mbx.mvd.kz', '195.210.46.0/24')]) {
      expect(findOrigin(hops, set)).toMatchObject({ hop: { index: 2, ip: '81.20.1.1' }, basis: 'trusted_hosts' });
    }
  });

  it('does not let a forged lower hop win when the message came through a host the set does not name', () => {
    const hops = hopsOf(
      [
        'Received: from x (unknown [81.20.1.1]) by mx2.mvd.kz; Mon, 4 Mar 2024 10:00:06 +0500',
        'Received: from y (y [5.6.7.8]) by mx.mvd.kz; Mon, 4 Mar 2024 05:00:05 +0000',
      ].join('\n'),
    );
    expect(findOrigin(hops, trust('mx.mvd.kz'))).toMatchObject({ hop: { index: 0, ip: '81.20.1.1' }, basis: 'first_public' });
  });

  it("reads the receiver's own address (Exchange) and trusts it by range", () => {
    const hops = hopsOf(
      [
        'Received: from EXCH01.corp.local (10.0.0.5) by EXCH02.corp.local (10.0.0.6) with Microsoft SMTP Server; Mon, 4 Mar 2024 10:00:06 +0500',
        'Received: from mail.sender.example (mail.sender.example [81.20.1.1]) by EXCH01.corp.local (10.0.0.5); Mon, 4 Mar 2024 05:00:05 +0000',
      ].join('\n'),
    );
    expect(hops.map((h) => [h.by, h.byIp])).toEqual([
      ['EXCH02.corp.local', '10.0.0.6'],
      ['EXCH01.corp.local', '10.0.0.5'],
    ]);
    expect(findOrigin(hops, trust('10.0.0.0/8'))).toMatchObject({ hop: { index: 1, ip: '81.20.1.1' }, basis: 'trusted_hosts' });
  });

  it('goes on down past a special address where the message entered the trusted hosts', () => {
    const hops = hopsOf(
      [
        'Received: from gw.internal (gw.internal [10.1.1.1]) by mx.mvd.kz; Mon, 4 Mar 2024 10:00:06 +0500',
        'Received: from mail.sender.example (mail.sender.example [81.20.1.1]) by gw.internal; Mon, 4 Mar 2024 05:00:04 +0000',
      ].join('\n'),
    );
    expect(findOrigin(hops, trust('mx.mvd.kz'))).toMatchObject({ hop: { index: 1, ip: '81.20.1.1' }, basis: 'trusted_hosts' });
    // Mail between the trusted hosts themselves has no outside sender.
    const internal = hopsOf('Received: from relay.mvd.kz (relay.mvd.kz [195.210.46.9]) by mx.mvd.kz; Mon, 4 Mar 2024 10:00:06 +0500');
    expect(findOrigin(internal, trust('*.mvd.kz'))).toBeNull();
  });

  it('reads the Sendmail, Exchange, Exim and IPv6 forms and walks past special addresses', () => {
    const hops = hopsOf(
      [
        'Received: from relay.case.kz (relay.case.kz [192.168.5.5]) by mx.case.kz (8.15.2/8.15.2) with ESMTP id x; Mon, 4 Mar 2024 10:00:05 +0500',
        'Received: from EXCH01 ([100.64.1.2]) by relay.case.kz with Microsoft SMTP Server; Mon, 4 Mar 2024 10:00:04 +0500',
        'Received: from [203.0.113.9] (helo=laptop) by smtp.example.org with esmtpa (Exim 4.96); Mon, 4 Mar 2024 05:00:03 +0000',
        'Received: from laptop (unknown [IPv6:2001:0DB8::1]) by smtp.example.org; Mon, 4 Mar 2024 05:00:02 +0000',
        'Received: from by.example.net (by.example.net [81.20.1.1]) by smtp.example.org; Mon, 4 Mar 2024 05:00:01 +0000',
      ].join('\n'),
    );
    expect(hops.map((h) => [h.from, h.ip, h.ipKind, h.by])).toEqual([
      ['relay.case.kz', '192.168.5.5', 'private', 'mx.case.kz'],
      ['EXCH01', '100.64.1.2', 'cgnat', 'relay.case.kz'],
      ['[203.0.113.9]', '203.0.113.9', 'documentation', 'smtp.example.org'],
      ['laptop', '2001:db8::1', 'documentation', 'smtp.example.org'],
      ['by.example.net', '81.20.1.1', 'public', 'smtp.example.org'],
    ]);
    const origin = findOrigin(hops);
    expect(origin?.hop.index).toBe(4);
    expect(hops[0]!.time).toBe('2024-03-04T05:00:05.000000Z');
    expect(hops.map((h) => h.unverified)).toEqual([false, false, false, false, false]);
  });

  it('marks hops below the origin unverified', () => {
    const hops = hopsOf(
      [
        'Received: from a.example.net (a.example.net [81.20.1.1]) by mx.case.kz; Mon, 4 Mar 2024 05:00:01 +0000',
        'Received: from b.example.net (b.example.net [81.20.1.2]) by a.example.net; Mon, 4 Mar 2024 05:00:00 +0000',
      ].join('\n'),
    );
    expect(findOrigin(hops)?.hop.ip).toBe('81.20.1.1');
    expect(hops.map((h) => h.unverified)).toEqual([false, true]);
  });
});

describe('Received origins from qmail and auxiliary headers', () => {
  it('takes the connecting address, not a literal the client gave as its HELO', () => {
    const qmail = (helo: string) =>
      hopsOf(`Received: from unknown (HELO ${helo}) (81.2.69.142)\n  by smtp.server.net with SMTP; 22 Aug 2016 13:56:15 -0000`);
    for (const helo of ['8.8.8.8', '192.168.1.10', '127.0.0.1', 'mail.example.com']) {
      expect(findOrigin(qmail(helo))?.hop).toMatchObject({ ip: '81.2.69.142', from: 'unknown' });
    }
    expect(hopsOf('Received: from host (HELO host) (user@81.2.69.142) by smtp.server.net; 22 Aug 2016 13:56:15 -0000')[0]!.ip).toBe(
      '81.2.69.142',
    );
    // With nothing but the HELO literal, that is all there is.
    expect(hopsOf('Received: from unknown (HELO 81.2.69.7) by smtp.server.net; 22 Aug 2016 13:56:15 -0000')[0]!.ip).toBe('81.2.69.7');
  });

  it('reads X-Originating-IP with the comment some servers add after it', () => {
    const headers = parseHeaderBlock(Buffer.from('X-Originating-IP: 81.2.69.142 (unknown)\nX-Sender-IP: [81.2.69.143]\n\n'), 0, 80).index;
    expect(auxiliaryIps(headers)).toEqual([
      { ip: '81.2.69.142', kind: 'public', header: 'x-originating-ip' },
      { ip: '81.2.69.143', kind: 'public', header: 'x-sender-ip' },
    ]);
  });
});

describe('IP literals', () => {
  it('rejects leading zeros and hostnames, and writes IPv6 in RFC 5952 form', () => {
    expect(parseIpLiteral('010.1.1.1')).toBeNull();
    expect(parseIpLiteral('67.175.76.202.static.example.tr')).toBeNull();
    expect(parseIpLiteral('256.1.1.1')).toBeNull();
    expect(parseIpLiteral('[IPv6:2001:DB8:0:0:1:0:0:1]')?.ip).toBe('2001:db8::1:0:0:1');
    expect(parseIpLiteral('fe80::1%eth0')).toMatchObject({ ip: 'fe80::1', kind: 'link-local' });
    expect(parseIpLiteral('1:2:3:4:5:6:7::')?.ip).toBe('1:2:3:4:5:6:7:0');
    expect(parseIpLiteral('1::2::3')).toBeNull();
    // RFC 5952 §5: an IPv4-mapped address keeps its IPv4 part dotted.
    expect(parseIpLiteral('::ffff:0808:0808')?.ip).toBe('::ffff:8.8.8.8');
    expect(parseIpLiteral('[IPv6:::FFFF:8.8.8.8]')?.ip).toBe('::ffff:8.8.8.8');
  });

  it('classifies special ranges, judging embedded IPv4 by the IPv4 address', () => {
    const kinds = [
      '10.1.2.3',
      '172.31.0.1',
      '100.127.0.1',
      '127.0.0.1',
      '198.19.0.1',
      '224.0.0.1',
      '8.8.8.8',
      '::1',
      '::',
      'fc00::1',
      '2001::1',
      '3fff::1',
      '3fff:0fff::1',
      '3fff:1000::1',
      '3ff0::1',
      'ff02::1',
      '::ffff:10.0.0.1',
      '::ffff:8.8.8.8',
      '64:ff9b::192.168.0.1',
      '2002:0808:0808::1',
      '2a00:1450::1',
    ].map((ip) => parseIpLiteral(ip)?.kind);
    expect(kinds).toEqual([
      'private',
      'private',
      'cgnat',
      'loopback',
      'special',
      'multicast',
      'public',
      'loopback',
      'special',
      'private',
      'special',
      'documentation',
      'documentation',
      'public',
      'public',
      'multicast',
      'private',
      'public',
      'private',
      'public',
      'public',
    ]);
  });
});

describe('Date header', () => {
  it('keeps the stated zone, reads -0000 and military letters as an unknown offset', () => {
    expect(parseEmailDate('Sun, 21 Jul 1996 17:02:55 -0800', 'UTC').time).toEqual({
      utc: '1996-07-22T01:02:55.000000Z',
      zone: '-08:00',
      raw: 'Sun, 21 Jul 1996 17:02:55 -0800',
    });
    expect(parseEmailDate('22 Aug 2016 13:56:15 -0000', 'UTC').time).toMatchObject({ utc: '2016-08-22T13:56:15.000000Z', zone: null });
    expect(parseEmailDate('Fri, 25 Sep 92 14:13:02 PDT', 'UTC').time).toMatchObject({ utc: '1992-09-25T21:13:02.000000Z', zone: '-07:00' });
    expect(parseEmailDate('Mon, 1 Jan 24 00:00 GMT', 'UTC').time).toMatchObject({ utc: '2024-01-01T00:00:00.000000Z', zone: '+00:00' });
    expect(parseEmailDate('Mon, 1 Jan 2024 12:00:00 A', 'UTC').time).toMatchObject({ utc: '2024-01-01T12:00:00.000000Z', zone: null });
  });

  it('reads the offsets clients write beside the RFC form: GMT+0300, UTC-05:00, +03', () => {
    const read = (zone: string) => parseEmailDate(`Mon, 22 Aug 2016 16:56:09 ${zone}`, 'Asia/Almaty');
    expect(read('GMT+0300')).toEqual({
      time: { utc: '2016-08-22T13:56:09.000000Z', zone: '+03:00', raw: 'Mon, 22 Aug 2016 16:56:09 GMT+0300' },
    });
    expect(read('UTC-05:00').time).toMatchObject({ utc: '2016-08-22T21:56:09.000000Z', zone: '-05:00' });
    expect(read('+03').time).toMatchObject({ utc: '2016-08-22T13:56:09.000000Z', zone: '+03:00' });
    expect(read('gmt').time).toMatchObject({ utc: '2016-08-22T16:56:09.000000Z', zone: '+00:00' });
    // Three or five digits are no offset: read as local time, and said so.
    expect(read('+030')).toMatchObject({
      time: { zone: 'Asia/Almaty', derived: true },
      problem: expect.stringContaining('without a zone'),
    });
  });

  it('reads a zoneless or unknown-zone date as local time in the case zone, marked derived', () => {
    const local = parseEmailDate('Tue, 5 Mar 2024 10:00:00', 'Asia/Almaty');
    expect(local.time).toEqual({ utc: '2024-03-05T05:00:00.000000Z', zone: 'Asia/Almaty', derived: true, raw: 'Tue, 5 Mar 2024 10:00:00' });
    expect(local.problem).toMatch(/without a zone/);
    // Before 2024-03-01 Almaty was UTC+6: the zone's rules for that date apply.
    expect(parseEmailDate('Thu, 1 Feb 2024 10:00:00 MSK', 'Asia/Almaty').time?.utc).toBe('2024-02-01T04:00:00.000000Z');
  });

  it('computes the same instants as the core helpers over random dates and offsets', () => {
    const random = seededRandom(7);
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    for (let i = 0; i < 3000; i++) {
      const ms = Math.floor((random() * 2 - 0.3) * 4e12);
      const offset = Math.floor(random() * 1680) - 720;
      const wall = new Date(ms + offset * 60_000);
      const sign = offset < 0 ? '-' : '+';
      const zone = `${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}${String(Math.abs(offset) % 60).padStart(2, '0')}`;
      const text = `${wall.getUTCDate()} ${months[wall.getUTCMonth()]} ${wall.getUTCFullYear()} ${wall.toISOString().slice(11, 19)} ${zone}`;
      expect(parseEmailDate(text, 'UTC').time?.utc, text).toBe(isoFromMicros(BigInt(Math.floor(ms / 1000)) * 1_000_000n));
    }
  });

  it('rejects garbled values', () => {
    expect(parseEmailDate('31 Feb 2024 10:00:00 +0000', 'UTC').time).toBeNull();
    expect(parseEmailDate('soon', 'UTC').problem).toMatch(/unreadable/);
    expect(parseEmailDate('1 Jan 2024 25:00:00 +0000', 'UTC').time).toBeNull();
  });
});
