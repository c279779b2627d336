// EML: one RFC 5322 message in a file (FORMATS.md §4.1) → an `email` artefact, accounts, and attachment children.
import { DETECT, ParseError, type Parser } from '@tamga/core';
import { AccountBook } from './addresses';
import { looksLikeHeader } from './headers';
import { emitMessage } from './parse-message';
import { trustedHosts } from './received';

/** Header names that mark mail rather than any `Name: value` text (HTTP dumps, config files). */
const MAIL_HEADERS = new Set([
  'received',
  'from',
  'return-path',
  'message-id',
  'mime-version',
  'delivered-to',
  'date',
  'subject',
  'to',
  'cc',
  'reply-to',
  'sender',
  'in-reply-to',
  'references',
  'dkim-signature',
  'authentication-results',
  'x-mailer',
  'x-original-to',
  'x-received',
  'thread-index',
]);
const STRONG = new Set(['received', 'from', 'return-path', 'message-id', 'mime-version', 'delivered-to']);

/** A message in memory is unavoidable for MIME; a single message larger than this is refused. */
const MAX_MESSAGE_BYTES = 1024 ** 3;

function detectHeaders(head: Uint8Array): { mail: number; strong: number; x: number; ended: boolean } | null {
  let at = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const result = { mail: 0, strong: 0, x: 0, ended: false };
  let lines = 0;
  while (at < head.length && lines < 400) {
    let end = head.indexOf(0x0a, at);
    if (end < 0) end = head.length;
    const line = Buffer.from(head.subarray(at, end)).toString('latin1').replace(/\r$/, '');
    if (line === '') {
      result.ended = true;
      break;
    }
    if (lines > 0 && /^[ \t]/.test(line)) {
      // a folded continuation
    } else if (looksLikeHeader(head, at, end)) {
      const name = line.slice(0, line.indexOf(':')).trim().toLowerCase();
      if (MAIL_HEADERS.has(name)) result.mail++;
      if (STRONG.has(name)) result.strong++;
      if (name.startsWith('x-')) result.x++;
    } else {
      return lines > 0 && result.mail > 0 ? result : null;
    }
    lines++;
    at = end + 1;
  }
  return lines > 0 ? result : null;
}

export const emlParser: Parser = {
  id: 'email.eml',
  // 2: the origin IP without a copy of its Received field's text. 3: qmail's HELO comment passed over for the
  // origin IP, `GMT+0300` and `+03` zones, IPv4-mapped IPv6 dotted, `X-Originating-IP` with a comment read.
  // 4: the origin past the case's trusted mail hosts. 5: addresses with capitals as written (`writtenAs`); HTML
  //    bodies laid out as HTML is (a <br> and the source line break after it one line break, whitespace collapsed,
  //    <pre> kept); an encapsulated message's parts numbered as IMAP does (in part 2: 2.1, 2.2 …, not 2 again).
  version: '5',
  description: 'E-mail message (RFC 5322 / MIME, .eml)',
  caseSettings: ['trustedMailHosts'],
  detect(probe) {
    const found = detectHeaders(probe.head);
    if (found && found.strong >= 2 && found.mail >= 3 && (found.ended || probe.size <= probe.head.length)) return DETECT.CERTAIN;
    if (found && (found.strong >= 1 || (found.mail >= 2 && found.x >= 1))) return DETECT.LIKELY;
    return /\.eml$/i.test(probe.name) ? DETECT.NAME_ONLY : DETECT.NO;
  },
  async parse(input, out) {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of input.read()) {
      total += chunk.length;
      if (total > MAX_MESSAGE_BYTES) throw new ParseError(`message larger than ${MAX_MESSAGE_BYTES} bytes: not parsed as one e-mail`);
      chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    }
    const whole = Buffer.concat(chunks, total);
    const bom = whole[0] === 0xef && whole[1] === 0xbb && whole[2] === 0xbf ? 3 : 0;
    const bytes = whole.subarray(bom);
    const accounts = new AccountBook();
    const emitted = await emitMessage(
      bytes,
      {
        key: 'message',
        locator: { offset: bom, length: bytes.length },
        itemOffset: (offset) => offset + bom,
        childPrefix: 'attachments/',
        caseTimeZone: input.item.caseTimeZone,
        trusted: trustedHosts(input.item.trustedMailHosts),
        label: 'message',
      },
      out,
      accounts,
    );
    if (!emitted) throw new ParseError('no header fields at the start: not an RFC 5322 message', { offset: 0 });
    await accounts.flush(out);
  },
};
