// Covers parse-url.ts: the plain reading of a link must equal the WHATWG parse wherever it is given.
import { describe, expect, it } from 'vitest';
import { parsePlainUrl, parseUrl } from './parse-url';

const PIECES = [
  ...'abcxyzKZ0189-._~!$&()*+,;=:@/%?#\'`"<>{}[]^|\\ \tп'.split(''),
  '%2e',
  '%2E',
  '%D0%B0',
  '.',
  '..',
  '/./',
  '/../',
  'xn--',
  '0x',
  '?',
  '#',
  // Plain pieces, so that most links stay readable without the full parser.
  ...Array.from({ length: 30 }, (_, i) => ['/', 'login', 'a1', '?id=7', '&x=y', '-', '_', '/p'][i % 8]!),
];
const HOSTS = ['a', 'kaspi', 'KASPI', 'xn--80ak6aa92e', '0x1f', '127', '1', 'ab-c', '-ab', 'ab-', 'b--c', 'mail', 'пример', 'x'.repeat(64)];
const TLDS = ['kz', 'COM', 'рф', '1', '0x7f', 'xn--p1ai', 'io', ''];

/** A small deterministic generator, so that a failure can be reproduced. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function randomLink(r: () => number): string {
  const scheme = pick(r, ['http', 'https', 'HTTPS', 'ftp', 'Http', 'ws', 'file']);
  const labels = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, HOSTS));
  let link = `${scheme}://${labels.join('.')}.${pick(r, TLDS)}`;
  const n = Math.floor(r() * 8);
  for (let i = 0; i < n; i++) link += pick(r, PIECES);
  return link;
}

describe('parsePlainUrl', () => {
  it('equals new URL on every field wherever it reads a link', () => {
    const r = random(20261128);
    let plain = 0;
    for (let i = 0; i < 150_000; i++) {
      const link = randomLink(r);
      const mine = parsePlainUrl(link);
      if (!mine) continue;
      plain++;
      const url = new URL(link);
      const fields = (u: ReturnType<typeof parsePlainUrl> & object) => [
        u.href,
        u.protocol,
        u.username,
        u.password,
        u.hostname,
        u.port,
        u.pathname,
        u.search,
        u.searchParams.toString(),
      ];
      expect(fields(mine), link).toEqual(fields(url));
    }
    // The generator must exercise the plain reading, not only the fallback.
    expect(plain).toBeGreaterThan(5_000);
  });

  it('reads common links and leaves the rest to WHATWG', () => {
    expect(parsePlainUrl('HTTPS://Kaspi.KZ')?.href).toBe('https://kaspi.kz/');
    expect(parsePlainUrl('http://t.me/+79406350619?start=x#top')?.search).toBe('?start=x');
    expect(parsePlainUrl('http://a.kz/../b')).toBeNull();
    expect(parsePlainUrl('http://user@a.kz/')).toBeNull();
    expect(parsePlainUrl('http://0x7f.1/')).toBeNull();
    expect(parsePlainUrl('http://xn--80ak6aa92e.com/')).toBeNull();
    expect(parseUrl('http://[::1]:8080/a')?.hostname).toBe('[::1]');
    expect(parseUrl('http://a b')).toBeNull();
  });
});
