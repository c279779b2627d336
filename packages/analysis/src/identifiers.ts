// Message and content identifiers (RFC 5322 §3.6.4 msg-id, RFC 2045 Content-ID, RFC 2392 cid: and mid: URLs):
// `<left@right>` tokens that name a message or a MIME part. Their digits are no phone number, and although they are
// written like an address, they are no e-mail address either.
import { mergeSpans, overlaps, type Spans } from './spans';

/** An e-mail artefact's fields that hold identifiers (`fields.messageId`, `fields.references.2`, …). */
const IDENTIFIER_FIELD = /(?:^|\.)(?:messageId|inReplyTo|references|contentId)(?:\.\d+)?$/;

/** Whether a source field (as passed to extractEntities) holds identifiers and nothing else. */
export function isIdentifierField(field: string | undefined): boolean {
  return field !== undefined && IDENTIFIER_FIELD.test(field);
}

/**
 * A header field whose value is identifiers: one (Message-ID, Resent-Message-ID, X-Message-ID, Original-Message-ID,
 * X-…-Message-Id, Content-ID), or a list (In-Reply-To, References: group 1), which old mail mixes with a phrase such
 * as "ivan@mail.kz's message of …".
 */
const IDENTIFIER_HEADER = /^(?:(?:[A-Za-z0-9-]*-)?(?:message|content)-id|(in-reply-to|references))[ \t]*:/gim;
/**
 * `<left@right>`: `left` and `right` hold no space, but blanks may stand right around `right`
 * (`<9209252113.AA00975@ ebony >`). A right part that ran on to the next '>' would swallow the words after an
 * address in brackets (`<ivan@mail.kz or call 8 701 123 45 67>`).
 */
const TOKEN = '<[^\\s<>@]{1,255}@[ \\t]*[^\\s<>@]{1,255}[ \\t]*>';
/**
 * The folded continuation lines of an identifier field: lines that begin with a space or a tab and hold nothing but
 * `<…@…>` tokens. Decided by the line itself, not by where it stands, because "before the first blank line" is no
 * header block: an MBOX and a message with an attached message have header blocks after blank lines, a forwarded
 * message quotes its header block in the body (where an indented `Тел: …` under its Message-ID is text), and the
 * parser's `headers` values are lone field values with folding line breaks kept, with no blank line to go by.
 * A folded continuation of a msg-id field is msg-ids (RFC 5322 §3.6.4); a phrase or comment on its own line is no
 * identifier, and left out it is read for what it says.
 */
const FOLDED = new RegExp(`(?:\\r?\\n[ \\t]+(?:${TOKEN}[ \\t]*)+(?=\\r?\\n|$))*`, 'y');
const CID_URL = /\b(?:cid|mid):/gi;
/** A `<left@right>` token anywhere. */
const ANGLE_TOKEN = new RegExp(TOKEN, 'g');

const LF = 0x0a;
const CR = 0x0d;
const EQUALS = 0x3d;
/** What ends a URL written in text or in an attribute: white space, quotes, brackets, '=', ',' and ';'. */
const URL_END = new Set([...' \t\r\n"\'<>()=,;'].map((c) => c.charCodeAt(0)));

/** The end of a cid: or mid: URL whose address starts at `from`, across quoted-printable soft line breaks (`=` + EOL). */
function urlEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (!URL_END.has(c)) end++;
    else if (c === EQUALS && text.charCodeAt(end + 1) === LF) end += 2;
    else if (c === EQUALS && text.charCodeAt(end + 1) === CR && text.charCodeAt(end + 2) === LF) end += 3;
    else break;
  }
  return end;
}

export interface Identifiers {
  /**
   * Whether a phone number or an e-mail address found at [start, end) is part of an identifier, and so neither:
   * - anything in the value of a field that holds one identifier (Message-ID, Content-ID and the like), or in a cid:
   *   or mid: URL;
   * - anything inside a `<…@…>` token of an In-Reply-To or References field;
   * - for a phone number, digits inside any other `<…@…>` token, unless they are the whole of its left part: that
   *   is an address whose local part is a number (`<87011234567@host>`), read as it always was.
   */
  contains(start: number, end: number, type: 'phone' | 'email'): boolean;
}

const NONE: Identifiers = { contains: () => false };

/** Finds the identifiers of a text in one pass per kind; ask it about each phone number and e-mail address. */
export function findIdentifiers(text: string): Identifiers {
  const whole: Spans = [];
  const lists: Spans = [];
  if (text.includes(':')) {
    for (const match of text.matchAll(IDENTIFIER_HEADER)) {
      const value = match.index + match[0].length;
      let end = text.indexOf('\n', value);
      if (end < 0) end = text.length;
      FOLDED.lastIndex = end;
      end += FOLDED.exec(text)![0].length;
      (match[1] ? lists : whole).push([value, end]);
    }
    const cid = CID_URL;
    cid.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = cid.exec(text))) {
      const end = urlEnd(text, cid.lastIndex);
      if (end > cid.lastIndex) whole.push([match.index, end]);
      cid.lastIndex = end;
    }
  }
  // [open, at, close] of each `<left@right>` token, in order.
  const tokens: number[] = [];
  if (text.includes('@')) {
    for (const match of text.matchAll(ANGLE_TOKEN)) {
      tokens.push(match.index, match.index + match[0].indexOf('@'), match.index + match[0].length - 1);
    }
  }
  if (!whole.length && !tokens.length) return NONE;
  const identifiers = mergeSpans(whole);
  const listValues = mergeSpans(lists);
  return {
    contains(start, end, type) {
      if (overlaps(identifiers, start, end)) return true;
      // The last token that opens before the match, if the match ends inside it.
      let lo = 0;
      let hi = tokens.length / 3;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid * 3]! < start) lo = mid + 1;
        else hi = mid;
      }
      if (lo === 0) return false;
      const open = tokens[(lo - 1) * 3]!;
      const at = tokens[(lo - 1) * 3 + 1]!;
      const close = tokens[(lo - 1) * 3 + 2]!;
      if (end > close) return false;
      if (overlaps(listValues, open, close + 1)) return true;
      return type === 'phone' && !(start === open + 1 && end === at);
    },
  };
}
