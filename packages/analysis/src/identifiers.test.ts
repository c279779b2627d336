// Covers identifiers.ts: which spans of a text are message or content identifiers, for phone numbers and addresses.
import { describe, expect, it } from 'vitest';
import { findIdentifiers, isIdentifierField } from './identifiers';

/** Asks about the first occurrence of `part` in `text`. */
function contains(text: string, part: string, type: 'phone' | 'email'): boolean {
  const start = text.indexOf(part);
  expect(start).toBeGreaterThanOrEqual(0);
  return findIdentifiers(text).contains(start, start + part.length, type);
}

describe('isIdentifierField', () => {
  it("names an e-mail artefact's identifier fields and their list items", () => {
    for (const field of ['fields.messageId', 'fields.inReplyTo.0', 'fields.references.12', 'fields.contentId'])
      expect(isIdentifierField(field)).toBe(true);
    for (const field of [undefined, 'text', 'fields.subject', 'fields.forwardedFrom', 'fields.messageIdNote', 'fields.references.x'])
      expect(isIdentifierField(field)).toBe(false);
  });
});

describe('findIdentifiers', () => {
  it('takes the whole value of a Message-ID or Content-ID field, folded lines and CRLF included', () => {
    expect(contains('X-MS-Exchange-Organization-Network-Message-Id: 9209252113-aa', '9209252113', 'phone')).toBe(true);
    expect(contains('Content-ID: 87011234567@mail.kz', '87011234567@mail.kz', 'email')).toBe(true);
    const folded = 'Message-ID:\r\n <19960603.87011234567@mail.kz>\r\nFrom: 87011234567@mail.kz';
    expect(contains(folded, '19960603.87011234567@mail.kz', 'email')).toBe(true);
    expect(findIdentifiers(folded).contains(folded.lastIndexOf('8701'), folded.length, 'email')).toBe(false);
    // A name that only ends like one, or the same words in a sentence, are not such fields.
    expect(contains('Message-IDs: 87011234567', '87011234567', 'phone')).toBe(false);
    expect(contains('the message-id: 87011234567', '87011234567', 'phone')).toBe(false);
  });

  it('folds in only continuation lines made of <…@…> tokens, not indented text after the field in a body', () => {
    const forwarded = 'Message-ID: <a@mail.kz>\n    Тел: +7 701 123 45 67\n    ivan@mail.kz';
    expect(contains(forwarded, '+7 701 123 45 67', 'phone')).toBe(false);
    expect(contains(forwarded, 'ivan@mail.kz', 'email')).toBe(false);
    const folded = 'Content-ID:\r\n\t<1.87011234567@mail.kz> <2.87017654321@ mail.kz >\r\n Тел: 87011234567';
    expect(contains(folded, '87017654321', 'phone')).toBe(true);
    expect(contains(folded, '2.87017654321@ mail.kz', 'email')).toBe(true);
    expect(findIdentifiers(folded).contains(folded.lastIndexOf('8701'), folded.length, 'phone')).toBe(false);
  });

  it('takes the <…> tokens of In-Reply-To and References, not the phrase around them', () => {
    const text = "In-Reply-To: ivan@mail.kz's message of Mon, 3 Jun 1996 <31AEE9BD.59E2@netscape.com>";
    expect(contains(text, 'ivan@mail.kz', 'email')).toBe(false);
    expect(contains(text, '31AEE9BD.59E2@netscape.com', 'email')).toBe(true);
    expect(contains('References: <1@a.kz>\n\t<87011234567@mail.ru>', '87011234567@mail.ru', 'email')).toBe(true);
  });

  it('takes a cid: or mid: URL, across a quoted-printable soft line break', () => {
    const html = '<IMG src=3D"cid:2.19960209=\n013310.izzy@scr.atm.com" align=3D"BOTTOM">';
    expect(contains(html, '2.19960209', 'phone')).toBe(true);
    expect(contains(html, '013310.izzy@scr.atm.com', 'email')).toBe(true);
    expect(contains(html, 'BOTTOM', 'phone')).toBe(false);
    expect(contains('acid:87011234567', '87011234567', 'phone')).toBe(false);
  });

  it('elsewhere takes digits inside a <…@…> token for no phone number, unless they are its whole left part', () => {
    expect(contains('see <9606101835.AA29051@www>', '9606101835', 'phone')).toBe(true);
    expect(contains('see <9209252113.AA00975@ ebony >', '9209252113', 'phone')).toBe(true);
    expect(contains('From: Иван <87011234567@localhost>', '87011234567', 'phone')).toBe(false);
    // An address in angle brackets stays an address; text in brackets with spaces is no token.
    expect(contains('From: Иван <ivan@mail.kz>', 'ivan@mail.kz', 'email')).toBe(false);
    expect(contains('<звоните 87011234567, ivan@mail.kz>', '87011234567', 'phone')).toBe(false);
    // Nor is one whose right part runs on past a space to a later '>': the domain holds no space.
    const text = 'Write <ivan@mail.kz or call 8 701 123 45 67>';
    expect(contains(text, '8 701 123 45 67', 'phone')).toBe(false);
    expect(contains(text, 'ivan@mail.kz', 'email')).toBe(false);
  });
});
