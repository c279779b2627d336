// The analysis job's per-artefact step with the real extractor: entities from text, fields and actors, the
// communications of a message, and the search document; what core's analyseArtifact derives, checked end to end.
import { describe, expect, it } from 'vitest';
import { accountEntity, analyseArtifact, type Artifact } from '@tamga/core';
import { extractEntities } from './extract-entities';

const message: Artifact = {
  id: 'a1',
  caseId: 'c1',
  itemId: 'i1',
  parserId: 'telegram.json',
  parserVersion: '1',
  ordinal: 0,
  type: 'message',
  at: '2026-03-14T21:00:00.000000Z',
  zone: 'Asia/Almaty',
  time: { utc: '2026-03-14T21:00:00.000000Z', zone: 'Asia/Almaty' },
  actors: [
    { role: 'from', account: 'telegram:user42', name: 'Бахыт' },
    { role: 'to', account: 'telegram:user7', name: null },
    { role: 'to', account: 'telegram:user7', name: null },
  ],
  text: 'Кошелёк TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t, звони 8 (701) 234-56-78',
  fields: { forwardedFrom: 'ivanov@mail.kz', long: 'x'.repeat(70_000), nested: { via: '@recruiter_bot' } },
  locator: { pointer: '/messages/0' },
};

describe('analyseArtifact', () => {
  const found = analyseArtifact(message, extractEntities, 'KZ');
  const keys = (field: string) => found.occurrences.filter((o) => o.field === field).map((o) => o.key);

  it('finds entities in the text with offsets into it, normalised with the case region', () => {
    expect(keys('text')).toEqual(['tron_address:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'phone:+77012345678']);
    for (const o of found.occurrences.filter((x) => x.field === 'text')) expect(message.text!.slice(o.start, o.end)).toBe(o.raw);
    expect(found.occurrences.every((o) => o.account === 'telegram:user42')).toBe(true);
  });

  it('mines structured fields one level deep, but not very long values', () => {
    expect(keys('fields.forwardedFrom')).toEqual(['email:ivanov@mail.kz']);
    expect(keys('fields.nested.via')).toEqual(['telegram_username:recruiter_bot']);
    expect(keys('fields.long')).toEqual([]);
  });

  it('finds the address a text link hides behind its words, and searches it', () => {
    const linked = analyseArtifact(
      {
        ...message,
        text: 'Details on this page',
        fields: {
          entities: [
            { type: 'bold', text: 'Details', offset: 0, length: 7 },
            { type: 'text_link', text: 'this page', href: 'https://evil.example.kz/x', offset: 11, length: 9 },
          ],
        },
      },
      extractEntities,
      'KZ',
    );
    const fromLink = linked.occurrences.filter((o) => o.field === 'fields.entities.1.href');
    expect(fromLink.map((o) => o.key)).toEqual(expect.arrayContaining(['url:https://evil.example.kz/x', 'domain:evil.example.kz']));
    expect(linked.document.text).toContain('https://evil.example.kz/x');
  });

  it("searches an e-mail's message ids but does not take them for addresses", () => {
    const email: Artifact = {
      ...message,
      type: 'email',
      parserId: 'email.eml',
      actors: [{ role: 'from', account: 'email:ivanov@mail.kz', name: null }],
      text: 'Reply to petrov@mail.kz',
      fields: {
        messageId: '8AF5A219.2743@mail.outlook.com',
        inReplyTo: ['1@mail.kz'],
        references: ['0@mail.kz', '1@mail.kz', '0@mail.kz'],
      },
    };
    const analysed = analyseArtifact(email, extractEntities, 'KZ');
    expect(analysed.occurrences.filter((o) => o.type === 'email').map((o) => o.value)).toEqual(['petrov@mail.kz', 'ivanov@mail.kz']);
    expect(analysed.document.text).toContain('8AF5A219.2743@mail.outlook.com');
    expect(analysed.document.text).toContain('0@mail.kz');
    // They place the e-mail in its thread instead; a reference named twice is one row.
    expect(analysed.references.map((r) => [r.relation, r.messageId])).toEqual([
      ['self', '8AF5A219.2743@mail.outlook.com'],
      ['reply_to', '1@mail.kz'],
      ['reference', '0@mail.kz'],
      ['reference', '1@mail.kz'],
    ]);
    expect(found.references).toEqual([]);
    // Without In-Reply-To and References, its subject places it: as a reply, or as an original.
    const placed = (subject: string) =>
      analyseArtifact({ ...email, fields: { messageId: 'x@mail.kz', subject } }, extractEntities, 'KZ').references.map((r) => [
        r.relation,
        r.messageId,
      ]);
    expect(placed('RE[2]: План')).toEqual([
      ['self', 'x@mail.kz'],
      ['subject_reply', 'subject:план'],
    ]);
    expect(placed('План')).toEqual([
      ['self', 'x@mail.kz'],
      ['subject_original', 'subject:план'],
    ]);
  });

  it('turns each distinct actor into an entity and each recipient into one communication', () => {
    expect(keys('actors.from')).toEqual(['account:telegram:user42']);
    expect(keys('actors.to')).toEqual(['account:telegram:user7']);
    expect(found.communications.map((c) => [c.source, c.target])).toEqual([['telegram:user42', 'telegram:user7']]);
  });

  it('indexes text, fields and names for search, with the valid entities and accounts as filters', () => {
    expect(found.document.text).toContain('Кошелёк');
    expect(found.document.text).toContain('Бахыт');
    expect(found.document.accounts).toEqual(['telegram:user42', 'telegram:user7']);
    expect(found.document.entities).toContain('phone:+77012345678');
  });

  it('maps parser accounts onto e-mail and phone entities where they are such', () => {
    expect(accountEntity('email:Ivanov@Mail.KZ')).toEqual({ type: 'email', value: 'ivanov@mail.kz' });
    expect(accountEntity('whatsapp:+77012345678')).toEqual({ type: 'phone', value: '+77012345678' });
    expect(accountEntity('telegram:user42')).toEqual({ type: 'account', value: 'telegram:user42' });
  });

  it('searches a bookmark by its title and address, and takes its address for a URL, as it does for a visit', () => {
    const bookmark: Artifact = {
      ...message,
      type: 'bookmark',
      parserId: 'browser.firefox',
      actors: [],
      text: 'Kaspi переводы\nhttps://kaspi.kz/transfers',
      fields: { browser: 'firefox', title: 'Kaspi переводы', url: 'https://kaspi.kz/transfers', folderPath: 'Bookmarks Menu/Банк' },
      locator: { table: 'moz_bookmarks', row: 8 },
    };
    const analysed = analyseArtifact(bookmark, extractEntities, 'KZ');
    expect(analysed.document).toMatchObject({ type: 'bookmark', accounts: [] });
    for (const words of ['Kaspi переводы', 'https://kaspi.kz/transfers', 'Bookmarks Menu/Банк'])
      expect(analysed.document.text).toContain(words);
    expect(analysed.occurrences.filter((o) => o.type === 'url').map((o) => [o.field, o.value])).toEqual([
      ['text', 'https://kaspi.kz/transfers'],
      ['fields.url', 'https://kaspi.kz/transfers'],
    ]);
    expect(analysed.document.entities).toContain('url:https://kaspi.kz/transfers');
    expect(analysed.occurrences.every((o) => o.artifactType === 'bookmark')).toBe(true);
  });
});
