// Covers url.ts: punctuation trimming, WHATWG/IDN host forms, PSL domains, homograph flags and host entities (§9.7).
import { LinkifyIt } from 'linkify-it';
import { describe, expect, it } from 'vitest';
import {
  analyzeHost,
  confusableSkeleton,
  EXTRA_TLDS,
  findUrls,
  hasMixedScript,
  labelScripts,
  scanUrls,
  simpleFuzzyLinkLength,
  simpleLinkLength,
  trimTrailingPunctuation,
  urlCandidates,
} from './url';

describe('trimTrailingPunctuation', () => {
  it('drops sentence punctuation', () => {
    for (const ch of ['.', ',', ';', ':', '!', '?', ')', '»', '"']) {
      expect(trimTrailingPunctuation(`https://x.kz/a${ch}`)).toBe('https://x.kz/a');
    }
    expect(trimTrailingPunctuation('https://x.kz/a).')).toBe('https://x.kz/a');
  });

  it('keeps closers balanced inside the URL', () => {
    expect(trimTrailingPunctuation('https://en.wikipedia.org/wiki/Foo_(bar)')).toBe('https://en.wikipedia.org/wiki/Foo_(bar)');
    expect(trimTrailingPunctuation('https://x.kz/«a»')).toBe('https://x.kz/«a»');
    expect(trimTrailingPunctuation('https://x.kz/?q="a"')).toBe('https://x.kz/?q="a"');
  });
});

describe('scripts and homographs', () => {
  it('lists the scripts of a label, ignoring digits and hyphens', () => {
    expect(labelScripts('pаypal')).toEqual(['Cyrillic', 'Latin']);
    expect(labelScripts('сайт-24')).toEqual(['Cyrillic']);
    expect(labelScripts('123')).toEqual([]);
  });

  it('detects mixed-script labels but allows Japanese and Korean combinations', () => {
    expect(hasMixedScript('pаypal')).toBe(true);
    expect(hasMixedScript('kaspi')).toBe(false);
    expect(hasMixedScript('президент')).toBe(false);
    expect(hasMixedScript('日本ひらがなカタカナ')).toBe(false);
    expect(hasMixedScript('한국漢字')).toBe(false);
    expect(hasMixedScript('αβγabc')).toBe(true);
  });

  it('maps Latin look-alikes to a skeleton', () => {
    expect(confusableSkeleton('аррӏе')).toBe('apple');
    // п, з, и, д, н and т have no Latin twin; р and е become Latin p and e.
    expect(confusableSkeleton('президент')).toBe('\u043Fpe\u0437\u0438\u0434e\u043D\u0442');
  });

  it('flags аррӏе.com (all Cyrillic) as a confusable homograph of apple', () => {
    const info = analyzeHost('xn--80ak6aa92e.com');
    expect(info).toMatchObject({ unicode: 'аррӏе.com', flags: ['confusable', 'homograph'], lookalikeOf: 'apple' });
  });

  it('flags a Latin label with one Cyrillic letter as mixed_script', () => {
    const ascii = new URL('http://pаypal.com').hostname;
    expect(analyzeHost(ascii).flags).toEqual(['confusable', 'homograph', 'mixed_script']);
  });

  it('does not flag ordinary Cyrillic or Latin domains', () => {
    expect(analyzeHost('xn--d1abbgf6aiiy.xn--p1ai').flags).toEqual([]);
    expect(analyzeHost('kaspi.kz').flags).toEqual([]);
  });
});

describe('analyzeHost', () => {
  it('uses the Public Suffix List: gov.kz is a suffix, so egov.gov.kz is registrable', () => {
    expect(analyzeHost('egov.gov.kz')).toMatchObject({ registrableDomain: 'egov.gov.kz', publicSuffix: 'gov.kz', knownSuffix: true });
    expect(analyzeHost('www.egov.gov.kz').registrableDomain).toBe('egov.gov.kz');
  });

  it('gives the Unicode form of punycode hosts, including regional IDN TLDs', () => {
    expect(analyzeHost('xn--d1abbgf6aiiy.xn--p1ai')).toMatchObject({ unicode: 'президент.рф', publicSuffix: 'xn--p1ai' });
    expect(analyzeHost('example.xn--80ao21a')).toMatchObject({ unicode: 'example.қаз', publicSuffix: 'xn--80ao21a' });
  });

  it('marks unknown suffixes', () => {
    expect(analyzeHost('localhost').knownSuffix).toBe(false);
    expect(analyzeHost('foo.unknowntld').knownSuffix).toBe(false);
  });
});

describe('findUrls / urlCandidates', () => {
  it('parses https://президент.рф/путь into punycode host, Unicode host and decoded path', () => {
    const text = 'Сайт: https://президент.рф/путь.';
    const found = scanUrls(text);
    expect(found.map((c) => [c.type, c.value, text.slice(c.start, c.end)])).toEqual([
      ['url', 'https://xn--d1abbgf6aiiy.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C', 'https://президент.рф/путь'],
      ['domain', 'xn--d1abbgf6aiiy.xn--p1ai', 'президент.рф'],
    ]);
    expect(found[0]?.details).toMatchObject({
      host: 'xn--d1abbgf6aiiy.xn--p1ai',
      hostUnicode: 'президент.рф',
      registrableDomain: 'xn--d1abbgf6aiiy.xn--p1ai',
      path: '/путь',
    });
  });

  it('reports a schemeless bare host as a domain only, and a schemeless path as a URL', () => {
    expect(scanUrls('see evil.kz now').map((c) => [c.type, c.value])).toEqual([['domain', 'evil.kz']]);
    expect(scanUrls('see www.evil.kz/login now').map((c) => [c.type, c.value])).toEqual([
      ['url', 'http://www.evil.kz/login'],
      ['domain', 'www.evil.kz'],
    ]);
    expect(scanUrls('сайт example.қаз').map((c) => c.value)).toEqual(['example.xn--80ao21a']);
  });

  it('turns an IP host into an IP entity and flags obfuscated forms', () => {
    const cases: Array<[string, string, string]> = [
      ['http://0x7f.1/', '127.0.0.1', '0x7f.1'],
      ['http://127.1/', '127.0.0.1', '127.1'],
      ['http://010.1.1.1/', '8.1.1.1', '010.1.1.1'],
    ];
    for (const [text, ip, written] of cases) {
      const [url, host] = scanUrls(text);
      expect(url).toMatchObject({ type: 'url', flags: ['obfuscated'] });
      expect(host).toMatchObject({ type: 'ipv4', value: ip, derived: true });
      expect(host?.flags).toContain('obfuscated');
      expect(text.slice(host!.start, host!.end)).toBe(written);
    }
    const [, plain] = scanUrls('http://10.0.0.1/x');
    expect(plain).toMatchObject({ type: 'ipv4', value: '10.0.0.1', flags: ['private'] });
  });

  it('turns an IPv6 literal host into a normalised IPv6 entity spanning the address', () => {
    const text = 'http://[2001:DB8:0::1]:8080/a';
    const [url, host] = scanUrls(text);
    expect(url).toMatchObject({ value: 'http://[2001:db8::1]:8080/a', details: { port: 8080 } });
    expect(host).toMatchObject({ type: 'ipv6', value: '2001:db8::1', flags: ['documentation'] });
    expect(text.slice(host!.start, host!.end)).toBe('2001:DB8:0::1');
  });

  it('flags credentials in the authority and spans the real host', () => {
    const text = 'http://kaspi.kz@evil.kz/login';
    const [url, host] = scanUrls(text);
    expect(url?.flags).toContain('userinfo');
    expect(host).toMatchObject({ value: 'evil.kz' });
    expect(text.slice(host!.start, host!.end)).toBe('evil.kz');
  });

  it('keeps balanced parentheses and drops the sentence ones', () => {
    const text = '(see https://en.wikipedia.org/wiki/Foo_(bar)).';
    const [hit] = findUrls(text);
    expect(hit?.raw).toBe('https://en.wikipedia.org/wiki/Foo_(bar)');
  });

  it('drops a closing guillemet', () => {
    const [hit] = findUrls('«https://x.kz/a»');
    expect(hit?.raw).toBe('https://x.kz/a');
  });

  it('leaves mailto: links to the e-mail scanner', () => {
    expect(findUrls('mailto:a@b.kz')).toEqual([]);
  });

  it('marks a domain on an unknown suffix as not valid', () => {
    const hit = findUrls('http://localhost:8080/x')[0]!;
    const [, host] = urlCandidates(hit);
    expect(host).toMatchObject({ type: 'domain', value: 'localhost', valid: false });
  });
});

describe('findUrls on windows of the text', () => {
  // findUrls hands linkify-it only the whitespace-delimited windows that can hold a link, and for a window opening
  // with a scheme only that link and what follows it; the links must be those linkify-it finds in the whole text.
  const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false, urlAuth: true }).tlds(EXTRA_TLDS, true);
  // findUrls also drops what WHATWG URL refuses (a host such as "i.kz12.5" that ends in a number but is no IPv4).
  const parses = (raw: string) => {
    try {
      return Boolean(new URL(/^[a-z]+:/i.test(raw) ? raw : `http://${raw.replace(/^\/\//, '')}`).hostname);
    } catch {
      return false;
    }
  };
  const whole = (text: string) =>
    (linkify.match(text) ?? [])
      .filter((m) => m.schema.toLowerCase() !== 'mailto:')
      .map((m) => [m.index, trimTrailingPunctuation(m.raw)] as const)
      .filter(([, raw]) => raw && parses(raw));

  it.each([
    'Вот ссылка: https://egov.kz/cms/ru и ещё (https://x.kz/b), «https://y.kz/c» и т.е. ничего',
    'ivan.petrov@mail.kz пишет про kaspi-bonus.kz/login, t.me/durov и www.olx.kz',
    'x.kz,https://y.kz/a https://z.kz/a,b.kz ftp://files.kz/a.zip //cdn.kz/x.js',
    'http://user:pass@evil.kz/ and http://[2001:db8::1]:8080/x and http://127.0.0.1/admin',
    'президент.рф/путь https://президент.рф/путь сайт.қаз info.kz@mail.ru a@b.kz/x',
    '"https://a.kz" [https://b.kz] “https://c.kz” -https://d.kz .https://e.kz',
  ])('finds what linkify-it finds in the whole text: %s', (text) => {
    expect(findUrls(text).map((h) => [h.start, h.raw] as const)).toEqual(whole(text));
  });

  it('finds what linkify-it finds in the whole text, on random mixtures', () => {
    const pieces = [
      'https://a.kz/x',
      'http://b.ru',
      'c.kz',
      't.me/d_e',
      'www.f.com/g?h=1',
      'ftp://i.kz',
      '//j.kz/k',
      'x@y.kz',
      'т.е.',
      'сайт.қаз',
      'tg://resolve?domain=x',
      'bitcoin://a.kz',
      ';',
      'п.3.1',
      'ok.',
      '(',
      ')',
      '«',
      '»',
      '"',
      ',',
      '.',
      ':',
      '/',
      '-',
      '@',
      'слово',
      'word',
      '12.5',
      'v1.2',
      'https://[::1]/',
      'a.b.c.kz',
      'http://u:p@v.kz',
    ];
    let seed = 1;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 1000;
    for (let n = 0; n < 400; n++) {
      let text = '';
      const count = 2 + (next() % 10);
      for (let i = 0; i < count; i++) text += pieces[next() % pieces.length]! + (next() % 3 === 0 ? ' ' : '');
      expect([text, findUrls(text).map((h) => [h.start, h.raw] as const)]).toEqual([text, whole(text)]);
    }
  });

  it('reads simple http(s) links as linkify-it does, on random links', () => {
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const pathChars = 'abcXYZ019/?#=&%_~+.,;:!*$^`-...??!!,,;;//--аяқ«»—…”’｜€\u00a0\ud83d\ude00'.split('');
    let decided = 0;
    for (let n = 0; n < 12000; n++) {
      const labels: string[] = [];
      for (let k = 0, c = 1 + Math.floor(next() * 4); k < c; k++)
        labels.push(
          pick([
            'a',
            'kz',
            'egov',
            'xn--p1ai',
            'a-b',
            'a--b',
            '-a',
            'b-',
            '1',
            '127',
            'x'.repeat(64),
            'пример',
            'рф',
            'ұтыс',
            'а-б',
            'б«',
            '€',
            'ж'.repeat(64),
          ]),
        );
      let path = '';
      if (next() < 0.85) {
        path = pick(['/', '?', '#']);
        for (let k = 0, c = Math.floor(next() * 12); k < c; k++) path += pick(pathChars);
      }
      const tail =
        next() < 0.3 ? pick(['.', ',', '..', '?', '!', ')', ').', '»;', ']', '),x.kz', '»"', ';', '"a"', "'b'", '!x', ',y.kz']) : '';
      const port = next() < 0.2 ? pick([':80', ':8080', ':0', ':65535', ':65536', ':08', ':99999', ':', ':1x']) : '';
      const text = pick(['http://', 'https://', 'HTTPS://', 'ftp://']) + labels.join('.') + port + path + tail;
      const fast = simpleLinkLength(text);
      if (fast < 0) continue;
      decided++;
      expect([text, fast]).toEqual([text, linkify.matchAtStart(text)?.lastIndex ?? 0]);
    }
    expect(decided).toBeGreaterThan(2000);
    expect(simpleLinkLength('https://x.kz/a(b)')).toBe(-1);
    expect(simpleLinkLength('https://пример.рф/')).toBe(linkify.matchAtStart('https://пример.рф/')?.lastIndex);
    expect(simpleLinkLength('https://пример«.рф/')).toBe(-1);
  });

  it('reads simple links without a scheme as linkify-it does, on random windows', () => {
    let seed = 9;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const labelsFrom = [
      'a',
      'kz',
      'egov',
      'xn--p1ai',
      'a-b',
      '-a',
      'b-',
      '1',
      'me',
      't',
      'com',
      'Kz',
      'COM',
      'zz',
      'online',
      'www',
      'kaspi-bonus',
      'рф',
      'РФ',
      'қаз',
      'онлайн',
      'акция',
      'бонус-каспи',
      '«а',
    ];
    const pathChars = 'abcXYZ019/?#=&%_~+.,;:!*$^`-...??!!,,;;--аяқ«»—…”’｜€\ud83d\ude00'.split('');
    let decided = 0;
    for (let n = 0; n < 12000; n++) {
      const labels: string[] = [];
      for (let k = 0, c = 1 + Math.floor(next() * 4); k < c; k++) labels.push(pick(labelsFrom));
      let path = '';
      if (next() < 0.6) {
        path = pick(['/', '?', '#']);
        for (let k = 0, c = Math.floor(next() * 12); k < c; k++) path += pick(pathChars);
      }
      const text =
        labels.join('.') +
        path +
        (next() < 0.3 ? pick(['.', ',', '..', '?', '!', ':', '-', ')', ').', '»;', '}', '),y.kz', ';', '"a"', "'b'", ',z.kz']) : '');
      const fast = simpleFuzzyLinkLength(text);
      if (fast < 0) continue;
      decided++;
      const first = linkify.match(text)?.[0];
      expect([text, fast]).toEqual([text, first && first.index === 0 && first.schema === '' ? first.lastIndex : -2]);
    }
    expect(decided).toBeGreaterThan(400);
  });

  it('does not read two sentences joined without a space as a host', () => {
    expect(findUrls('please check.Do not tell, thanks.It is fine, ok.Money sent').map((h) => h.raw)).toEqual([]);
    expect(findUrls('Kaspi.kz and KASPI.KZ and egov.kz').map((h) => h.raw)).toEqual(['Kaspi.kz', 'KASPI.KZ', 'egov.kz']);
  });
});
