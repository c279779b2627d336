// Covers extract-entities.ts: the §9 pipeline end to end — offsets into the original, defanging, overlaps, ordering.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXT_ENTITY_TYPES, extractEntities, type EntityMatch } from './extract-entities';

const USDT = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';

/** Every match must slice out of the original text exactly. */
function checked(text: string, options?: Parameters<typeof extractEntities>[1]): EntityMatch[] {
  const found = extractEntities(text, options);
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw);
  return found;
}

const brief = (found: EntityMatch[]) => found.map((m) => [m.type, m.value, m.raw]);

describe('extractEntities', () => {
  it('exports the entity vocabulary', () => {
    expect(TEXT_ENTITY_TYPES).toContain('tron_address');
    expect(TEXT_ENTITY_TYPES).toHaveLength(13);
  });

  it('returns nothing for empty or entity-free text', () => {
    expect(extractEntities('')).toEqual([]);
    expect(extractEntities('Привет, как дела? Всё хорошо.')).toEqual([]);
  });

  it('finds a TRON address inside Russian text', () => {
    const found = checked(`Переведи на ${USDT} срочно`);
    expect(found).toEqual([
      {
        type: 'tron_address',
        value: USDT,
        raw: USDT,
        start: 12,
        end: 46,
        valid: true,
        flags: [],
        details: { hex: '41a614f803b6fd780986a42c78ec9c7f77e6ded13c', evm: '0xa614f803b6fd780986a42c78ec9c7f77e6ded13c' },
      },
    ]);
  });

  it('un-defangs hxxps://evil[.]kz/a and reports the original spelling and offsets', () => {
    const text = 'Не открывай hxxps://evil[.]kz/a!';
    const found = checked(text);
    expect(found.map((m) => [m.type, m.value, m.raw, m.flags])).toEqual([
      ['url', 'https://evil.kz/a', 'hxxps://evil[.]kz/a', ['defanged']],
      ['domain', 'evil.kz', 'evil[.]kz', ['defanged']],
    ]);
  });

  it('un-defangs e-mail, bare domains and IPs', () => {
    const text = 'ivan(at)mail[.]kz, evil(dot)kz, 185[.]22[.]1[.]5';
    expect(checked(text).map((m) => [m.type, m.value, m.flags])).toEqual([
      ['email', 'ivan@mail.kz', ['defanged']],
      ['domain', 'evil.kz', ['defanged']],
      ['ipv4', '185.22.1.5', ['defanged']],
    ]);
  });

  it('keeps offsets right with zero-width characters inside and before entities', () => {
    const text = '\u200B\u200BТел:\u00A0+7\u200B701\u200B234\u200B5678, кош\u200Bелёк ' + USDT.slice(0, 10) + '\u200D' + USDT.slice(10);
    const found = checked(text);
    expect(found.map((m) => [m.type, m.value])).toEqual([
      ['phone', '+77012345678'],
      ['tron_address', USDT],
    ]);
    expect(found[0]?.raw).toBe('+7\u200B701\u200B234\u200B5678');
    expect(found[1]?.raw).toBe(USDT.slice(0, 10) + '\u200D' + USDT.slice(10));
  });

  it('keeps offsets right after a character NFC composes', () => {
    const text = 'Cafe\u0301 ivan@mail.kz';
    const [email] = checked(text);
    expect(email).toMatchObject({ value: 'ivan@mail.kz', start: 6, end: 18 });
  });

  it('normalises one phone written three ways to one value', () => {
    const found = checked('+7 701 234 5678 / 8 (701) 234-56-78 / 87012345678', { defaultRegion: 'KZ' });
    expect(found.map((m) => m.value)).toEqual(['+77012345678', '+77012345678', '+77012345678']);
    expect(found.map((m) => m.raw)).toEqual(['+7 701 234 5678', '8 (701) 234-56-78', '87012345678']);
  });

  it('uses the default region, then the fallbacks', () => {
    expect(checked('звони 0700123456', { defaultRegion: 'KG' })[0]).toMatchObject({
      value: '+996700123456',
      details: { regionSource: 'default' },
    });
    expect(checked('звони 0700123456')[0]).toMatchObject({ value: '+996700123456', details: { regionSource: 'fallback' } });
    expect(checked('13662615434', { defaultRegion: 'CN' })[0]).toMatchObject({ value: '+8613662615434', details: { country: 'CN' } });
  });

  it('rejects look-alikes by checksum but keeps them unvalidated', () => {
    const text = [
      '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3',
      'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5',
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD',
      'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u',
      'KZ87125KZT5004100100',
    ].join(' ');
    const found = checked(text);
    expect(found.map((m) => [m.type, m.valid])).toEqual([
      ['btc_address', false],
      ['btc_address', false],
      ['eth_address', false],
      ['tron_address', false],
      ['iban', false],
    ]);
  });

  it('finds every type in one message, sorted by offset', () => {
    const text =
      'Пиши @durov или ivan@mail.kz, тел +7 701 234 5678, сайт https://egov.gov.kz/x, IP 95.56.1.1 и 2a00:1450::1, ' +
      'BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, ETH 0x52908400098527886E0F7030069857D2E4169EE7, ' +
      `USDT ${USDT}, группа https://t.me/+AbCdEf123456, карта 4111 1111 1111 1111, IBAN KZ86125KZT5004100100`;
    const found = checked(text, { defaultRegion: 'KZ', field: 'body' });
    const types = found.map((m) => m.type);
    for (const type of TEXT_ENTITY_TYPES) expect(types).toContain(type);
    const starts = found.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const m of found) expect(m.details['field']).toBe('body');
  });

  it('does not report a phone inside a URL, card, IBAN or crypto address', () => {
    const text = 'https://shop.kz/order/87012345678 4111111111111111 KZ86125KZT5004100100 0x52908400098527886E0F7030069857D2E4169EE7';
    expect(checked(text, { defaultRegion: 'KZ' }).filter((m) => m.type === 'phone')).toEqual([]);
  });

  it('reports a URL host once, with the span of the host', () => {
    const text = 'http://10.0.0.1/admin and https://evil.kz/login';
    expect(brief(checked(text))).toEqual([
      ['url', 'http://10.0.0.1/admin', 'http://10.0.0.1/admin'],
      ['ipv4', '10.0.0.1', '10.0.0.1'],
      ['url', 'https://evil.kz/login', 'https://evil.kz/login'],
      ['domain', 'evil.kz', 'evil.kz'],
    ]);
  });

  it('does not read URL credentials as an e-mail address', () => {
    const found = checked('http://admin:secret@evil.kz/');
    expect(found.map((m) => m.type)).toEqual(['url', 'domain']);
  });

  it('keeps an address inside an explorer URL', () => {
    const text = `https://tronscan.org/#/address/${USDT}`;
    expect(checked(text).map((m) => m.type)).toEqual(['url', 'domain', 'tron_address']);
  });

  it('reports Telegram links with their username, invites and phone links', () => {
    const text = 'Канал t.me/durov, чат https://t.me/+AbCdEf123456, номер t.me/+77012345678';
    const found = checked(text);
    expect(found.map((m) => [m.type, m.value, m.raw, m.flags])).toEqual([
      ['domain', 't.me', 't.me', []],
      ['telegram_link', 'https://t.me/durov', 't.me/durov', []],
      ['url', 'http://t.me/durov', 't.me/durov', []],
      ['telegram_username', 'durov', 'durov', []],
      ['telegram_link', 'https://t.me/+AbCdEf123456', 'https://t.me/+AbCdEf123456', ['invite']],
      ['url', 'https://t.me/+AbCdEf123456', 'https://t.me/+AbCdEf123456', []],
      ['domain', 't.me', 't.me', []],
      ['domain', 't.me', 't.me', []],
      ['telegram_link', 'https://t.me/+77012345678', 't.me/+77012345678', []],
      ['url', 'http://t.me/+77012345678', 't.me/+77012345678', []],
      ['phone', '+77012345678', '77012345678', []],
    ]);
  });

  it('does not read the domain of an e-mail address as a mention or a domain', () => {
    expect(checked('user@mail.kz').map((m) => m.type)).toEqual(['email']);
  });

  it('tags special IP ranges', () => {
    const found = checked('10.1.1.1 100.64.1.1 127.0.0.1 192.0.2.5 ::ffff:192.168.1.1 fe80::1');
    expect(found.map((m) => [m.value, m.flags])).toEqual([
      ['10.1.1.1', ['private']],
      ['100.64.1.1', ['cgnat']],
      ['127.0.0.1', ['reserved']],
      ['192.0.2.5', ['documentation']],
      ['::ffff:192.168.1.1', ['private']],
      ['fe80::1', ['reserved']],
    ]);
  });

  it('flags homograph domains', () => {
    const [domain] = checked('Вход: аррӏе.com');
    expect(domain).toMatchObject({ type: 'domain', value: 'xn--80ak6aa92e.com', flags: ['confusable', 'homograph'] });
  });

  it('runs every scanner its pattern needs, at the edge of each shortcut', () => {
    // The one-pass profile skips scanners whose patterns cannot occur; each of these sits on such an edge.
    const text = [
      'ip 1.2.3.4;',
      'v6 ::1 и fe80::1%eth0;',
      'bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs',
      USDT,
      '0x52908400098527886E0F7030069857D2E4169EE7',
      'KZ86 125K ZT50 0410 0100',
      '4111111111111111',
      'тел 8 701 234 5678',
      'a@b.kz @durov',
      'tg://resolve?domain=durov',
      'hxxp://evil[.]kz/a',
    ].join(' ');
    const types = checked(text, { defaultRegion: 'KZ' })
      .filter((m) => m.valid)
      .map((m) => m.type);
    for (const type of [
      'ipv4',
      'ipv6',
      'btc_address',
      'tron_address',
      'eth_address',
      'iban',
      'payment_card',
      'phone',
      'email',
      'telegram_username',
      'telegram_link',
      'url',
      'domain',
    ]) {
      expect(types).toContain(type);
    }
    expect(types.filter((t) => t === 'ipv6')).toHaveLength(2);
  });

  it('keeps a TRON address that contains "hxxp" as written', () => {
    const address = 'TJkMXx7EzLfBywGE9r35oB9Bpyt9u3hxXp';
    expect(checked(`Адрес для оплаты: ${address}, ссылка hxxp://evil[.]kz`).map((m) => [m.type, m.value, m.valid])).toEqual([
      ['tron_address', address, true],
      ['url', 'http://evil.kz/', true],
      ['domain', 'evil.kz', true],
    ]);
  });

  it('adds the field to the details of every match, call after call', () => {
    for (let i = 0; i < 2; i++) {
      const found = extractEntities('ivan@mail.kz +7 701 234 5678', { field: i ? 'subject' : 'body' });
      expect(found.map((m) => m.details['field'])).toEqual(i ? ['subject', 'subject'] : ['body', 'body']);
    }
    expect(extractEntities('ivan@mail.kz')[0]?.details['field']).toBeUndefined();
  });

  it('is deterministic', () => {
    const text = `ivan@mail.kz +7 701 234 5678 ${USDT} https://t.me/durov 10.0.0.1`;
    expect(extractEntities(text)).toEqual(extractEntities(text));
  });

  it('finishes on a 1 MB string of digits and spaces', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const parts: string[] = [];
    let length = 0;
    while (length < 1_000_000) {
      const chunk = String(next() % 100000) + (next() % 5 === 0 ? ' ' : '');
      parts.push(chunk);
      length += chunk.length;
    }
    const text = parts.join('');
    const found = extractEntities(text, { defaultRegion: 'KZ' });
    expect(Array.isArray(found)).toBe(true);
  });

  it('finishes on long runs that tempt regex backtracking', () => {
    const text = 'a'.repeat(200_000) + ':'.repeat(50_000) + '1.'.repeat(50_000) + '@'.repeat(20_000) + 'f:'.repeat(50_000);
    expect(Array.isArray(extractEntities(text))).toBe(true);
  });
});

// The shared e-mail samples (../shared/samples beside the repository) and what MANIFEST.md says they contain.
const SAMPLES = resolve(import.meta.dirname, '../../../../shared/samples/email');
const sample = (name: string) => readFileSync(resolve(SAMPLES, name), 'utf8');

describe('extractEntities on the e-mail samples, in a Kazakh case', () => {
  it('finds the Chinese mobile written twice in the Chinese body of spamscope_mail_test_12.eml', () => {
    const eml = sample('spamscope_mail_test_12.eml');
    const found = checked(eml, { defaultRegion: 'KZ' });
    expect(found.filter((m) => m.type === 'phone').map((m) => [m.value, m.raw, m.flags, m.details])).toEqual([
      ['+8613662615434', '13662615434', ['region_guess'], { regionSource: 'script', country: 'CN', kind: 'mobile' }],
      ['+8613662615434', '13662615434', ['region_guess'], { regionSource: 'script', country: 'CN', kind: 'mobile' }],
    ]);
    // The origin address of the Received field, not the X-Mailer version 5.00.2919.6700.
    expect(found.filter((m) => m.type === 'ipv4').map((m) => m.value)).toEqual(['96.202.181.20']);
  });

  it('reads the same eleven digits as no number where the text around them is not Chinese', () => {
    expect(checked('телефон 13662615434, звоните', { defaultRegion: 'KZ' })).toEqual([]);
    expect(checked('phone 13662615434', { defaultRegion: 'KZ' })).toEqual([]);
  });

  const mbox = sample('mimekit_content-length.mbox.txt');

  it('does not make the US number 415.919.3274 of the MBOX a +7 number', () => {
    const at = mbox.indexOf('415.919.3274');
    expect(at).toBeGreaterThan(0);
    const phones = checked(mbox, { defaultRegion: 'KZ' }).filter((m) => m.type === 'phone');
    expect(phones.filter((m) => m.start <= at && at < m.end)).toEqual([]);
    expect(phones.map((m) => m.value)).not.toContain('+74159193274');
    // A case in the United States, or an explicit +1, does say which country it is.
    const line = mbox.slice(mbox.lastIndexOf('\n', at) + 1, mbox.indexOf('\n', at));
    expect(checked(line, { defaultRegion: 'US' }).map((m) => m.value)).toEqual(['+14159193274']);
    expect(checked(line.replace('415.', '+1 415.'), { defaultRegion: 'KZ' }).map((m) => m.value)).toEqual(['+14159193274']);
  });

  it('takes no digits of a Message-ID or Content-ID in the MBOX for a phone number', () => {
    // Identifiers that read as a Russian mobile (two Message-IDs) and a Tajik one (a cid: URL in quoted-printable HTML).
    for (const id of ['Message-Id: <9209252113.AA00975@ ebony >', 'Message-Id: <9606101835.AA29051@www>', 'src=3D"cid:2.19960209=\n013310'])
      expect(mbox).toContain(id);
    expect(checked(mbox, { defaultRegion: 'KZ' }).filter((m) => m.type === 'phone')).toEqual([]);
  });

  it('does not take the Message-IDs, References, In-Reply-To and Content-IDs of the MBOX for e-mail addresses', () => {
    const emails = checked(mbox, { defaultRegion: 'KZ' }).filter((m) => m.type === 'email');
    const lineOf = (m: EntityMatch) => mbox.slice(mbox.lastIndexOf('\n', m.start) + 1, m.start);
    expect(emails.filter((m) => /^(?:message-id|content-id|references|in-reply-to):/i.test(lineOf(m)))).toEqual([]);
    // A folded References line, and cid: URLs naming a part of the message.
    expect(emails.map((m) => m.value)).not.toContain('19960528160415.izzy@scr.atm.com');
    expect(emails.map((m) => m.value)).not.toContain('3.19960209013310.izzy@scr.atm.com');
    // Nor the end of one that quoted-printable broke over two lines (cid:2.19960209=\n013310.izzy@scr.atm.com).
    expect(emails.map((m) => m.value)).not.toContain('013310.izzy@scr.atm.com');
    // The people who wrote and received them are still there.
    expect(emails.filter((m) => lineOf(m).startsWith('From:')).map((m) => m.value)).toContain('izzy@nugget.scr.atm.com');
    expect(emails.filter((m) => m.value === 'jwz@netscape.com').length).toBeGreaterThan(10);
  });

  it('does not take the certificate extension OID 2.5.29.15 of the S/MIME mail for an IPv4 address', () => {
    const found = checked(mbox, { defaultRegion: 'KZ' }).filter((m) => m.type === 'ipv4');
    expect(mbox).toContain('(object identifier 2.5.29.15)');
    expect(found.map((m) => m.value)).not.toContain('2.5.29.15');
    expect(found.map((m) => m.value)).toContain('205.217.251.46');
  });
});

describe('extractEntities on message and content identifiers', () => {
  const found = (text: string, field?: string) => brief(checked(text, { defaultRegion: 'KZ', field }));

  it('reads no phone number or address in the value of a Message-ID or Content-ID field, whatever its name', () => {
    for (const name of ['Message-ID', 'Resent-Message-Id', 'X-Message-ID', 'Original-Message-ID', 'Content-ID', 'content-id'])
      expect(found(`${name}: <87011234567@mail.ru>`)).toEqual([]);
    expect(found('Message-ID: <87011234567@localhost>')).toEqual([]);
    expect(found('Message-Id: 9209252113.AA00975@ebony')).toEqual([]);
    expect(found('Message-ID:\r\n <19960603.87011234567@mail.kz>\r\nFrom: ivan@mail.kz')).toEqual([
      ['email', 'ivan@mail.kz', 'ivan@mail.kz'],
    ]);
  });

  it('reads an indented line after a Message-ID in a forwarded body for what it is, not for a folded identifier', () => {
    expect(found('Message-ID: <9606101835.AA29051@mail.kz>\n    Тел: +7 701 123 45 67')).toEqual([
      ['phone', '+77011234567', '+7 701 123 45 67'],
    ]);
  });

  it('reads the identifiers of In-Reply-To and References as neither, but the address in an old reply phrase as one', () => {
    expect(found('References: <1@mail.kz>\n <9209252113.AA00975@mail.kz>\n\t<87011234567@mail.ru>')).toEqual([]);
    expect(found("In-Reply-To: ivan@mail.kz's message of Mon, 3 Jun 1996 <9606101835.AA29051@mail.kz>")).toEqual([
      ['email', 'ivan@mail.kz', 'ivan@mail.kz'],
    ]);
  });

  it('reads no phone number or address in a cid: or mid: URL', () => {
    expect(found('<img src="cid:2.19960209013310.izzy@scr.atm.com">')).toEqual([]);
    expect(found('<img src=3D"cid:2.19960209=\n013310.izzy@scr.atm.com">')).toEqual([]);
    expect(found('see MID:87011234567@mail.kz')).toEqual([]);
  });

  it('reads no phone number in digits that are part of a <…@…> identifier anywhere', () => {
    expect(found('the original was <9606101835.AA29051@www>, call 8 701 234 5678')).toEqual([['phone', '+77012345678', '8 701 234 5678']]);
    expect(found('<x.87011234567@www>')).toEqual([]);
    // An address in brackets followed by more words is no identifier that swallows them.
    expect(found('Write <ivan@mail.kz or call 8 701 123 45 67>')).toEqual([
      ['email', 'ivan@mail.kz', 'ivan@mail.kz'],
      ['phone', '+77011234567', '8 701 123 45 67'],
    ]);
  });

  it('still reads an address made of a phone number as before: the address, or the number when the domain is none', () => {
    expect(found('From: <87011234567@mail.ru>')).toEqual([['email', '87011234567@mail.ru', '87011234567@mail.ru']]);
    expect(found('To: 87011234567@mail.ru')).toEqual([['email', '87011234567@mail.ru', '87011234567@mail.ru']]);
    expect(found('From: Иван <87011234567@localhost>')).toEqual([['phone', '+77011234567', '87011234567']]);
  });

  it("reads nothing in an e-mail artefact's messageId, inReplyTo and references fields", () => {
    expect(found('8AF5A219.2743@mail.outlook.com', 'fields.messageId')).toEqual([]);
    expect(found('9209252113.AA00975@ebony', 'fields.inReplyTo.0')).toEqual([]);
    expect(found('87011234567@mail.ru', 'fields.references.3')).toEqual([]);
    // The same text in another field is what it looks like.
    expect(found('87011234567@mail.ru', 'fields.forwardedFrom')).toEqual([['email', '87011234567@mail.ru', '87011234567@mail.ru']]);
  });
});
