// MBOX (mboxo, mboxrd, mboxcl/cl2, Netscape, Gmail Takeout; FORMATS.md §4.2) → one `email` artefact per message,
// streamed: one message in memory at a time, each parsed like an EML file.
import { DETECT, ParseError, type Locator, type MessageParams, type Parser } from '@tamga/core';
import { AccountBook } from './addresses';
import { looksLikeHeader } from './headers';
import { splitMbox, type MboxMessage } from './mbox-splitter';
import { hasMboxrdQuoting, unescapeMboxrd, type Unescaped } from './mbox-unescape';
import type { MimeEntity } from './mime-tree';
import { emitMessage, type MessageContext } from './parse-message';
import { trustedHosts, type TrustedHostTest } from './received';

type Variant = 'mboxrd' | 'netscape' | 'gmail-takeout' | 'mboxo';

/**
 * The variant, told by the first separator, then by quoting. Thunderbird/Netscape and Gmail write mboxo-style or
 * unescaped files, so a `>>From ` line in theirs is a quoted quote, not mboxrd escaping: FORMATS.md §4.2 step 6
 * un-escapes only what is known to be mboxrd.
 */
function variantOf(separator: string, mboxrd: boolean): Variant {
  if (/^From -( |$)/.test(separator)) return 'netscape';
  if (/^From \d+@xxx /.test(separator)) return 'gmail-takeout';
  return mboxrd ? 'mboxrd' : 'mboxo';
}

function mboxFields(message: MboxMessage, variant: Variant, headersEnd: number, unescaped: number) {
  return {
    markerOffset: message.markerOffset,
    separator: message.separator,
    beginOffset: message.beginOffset,
    headersEndOffset: headersEnd,
    endOffset: message.endOffset,
    contentLength: message.contentLength,
    split: message.split,
    ...(message.contentLengthIgnored ? { contentLengthIgnored: message.contentLengthIgnored } : {}),
    variant,
    ...(unescaped ? { unescapedLines: unescaped } : {}),
  };
}

/**
 * Where one message of the mailbox is, for emitMessage. A class, not an object of closures: a mailbox has a
 * hundred thousand messages, and tsx (esbuild's keepNames) names every closure as it is made.
 */
class MboxMessageContext implements MessageContext {
  readonly key: string;
  readonly locator: Locator;
  readonly childPrefix: string;

  constructor(
    private readonly message: MboxMessage,
    private readonly variant: Variant,
    private readonly unescaped: Unescaped | null,
    readonly caseTimeZone: string,
    readonly trusted: TrustedHostTest | null,
    readonly label: string,
    readonly where: MessageParams,
  ) {
    this.key = `message:${message.markerOffset}`;
    this.locator = { offset: message.markerOffset, length: message.endOffset - message.markerOffset };
    this.childPrefix = `messages/${message.index}/attachments/`;
  }

  itemOffset(offset: number): number {
    return this.message.beginOffset + (this.unescaped ? this.unescaped.originalOffset(offset) : offset);
  }

  extraFields(root: MimeEntity): Record<string, unknown> {
    return { mbox: mboxFields(this.message, this.variant, this.itemOffset(root.headersEnd), this.unescaped?.removed ?? 0) };
  }
}

export const mboxParser: Parser = {
  id: 'email.mbox',
  // 2: the origin IP without a copy of its Received field's text. 3: qmail's HELO comment passed over for the
  // origin IP, `GMT+0300` and `+03` zones, IPv4-mapped IPv6 dotted, a Content-Length ending the file trusted, and
  // `>>From ` un-escaped only in an mbox that is not Thunderbird's or Gmail's, `X-Originating-IP` with a comment read.
  // 4: the origin past the case's trusted mail hosts. 5: addresses with capitals as written (`writtenAs`); HTML
  //    bodies laid out as HTML is (a <br> and the source line break after it one line break, whitespace collapsed,
  //    <pre> kept); an encapsulated message's parts numbered as IMAP does (in part 2: 2.1, 2.2 …, not 2 again).
  version: '5',
  description: 'MBOX mailbox (mboxo, mboxrd, Content-Length, Thunderbird/Netscape, Gmail Takeout)',
  caseSettings: ['trustedMailHosts'],
  detect(probe) {
    const head = probe.head;
    const at = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    if (Buffer.from(head.subarray(at, at + 5)).toString('latin1') === 'From ') {
      const lineEnd = head.indexOf(0x0a, at);
      if (lineEnd > 0) {
        let next = head.indexOf(0x0a, lineEnd + 1);
        if (next < 0) next = head.length;
        if (looksLikeHeader(head, lineEnd + 1, next)) return DETECT.CERTAIN;
      }
    }
    return /\.(mbox|mbx)$/i.test(probe.name) ? DETECT.NAME_ONLY : DETECT.NO;
  },
  async parse(input, out) {
    // mboxrd quoting is only undone when the file shows it (a `>>From ` line): in mboxo it cannot be reversed.
    const mboxrd = await hasMboxrdQuoting(input.read());
    const accounts = new AccountBook();
    const trusted = trustedHosts(input.item.trustedMailHosts);
    let count = 0;
    let variant: Variant | null = null;
    const messages = splitMbox(input.read(), { size: input.item.size, onWarning: (text, key) => out.warn(text, key) });
    for await (const message of messages) {
      if (input.signal.aborted) throw input.signal.reason instanceof Error ? input.signal.reason : new Error('parse aborted');
      count++;
      variant ??= variantOf(message.separator, mboxrd);
      const label = `message ${message.index} at offset ${message.markerOffset}`;
      const where = { mboxMessage: message.index, mboxOffset: message.markerOffset };
      if (message.contentLengthIgnored)
        out.warn(`${label}: Content-Length ${message.contentLength} ignored: ${message.contentLengthIgnored}`, {
          code: message.contentLengthIgnored.includes('past the end')
            ? 'mbox.content_length_past_end'
            : 'mbox.content_length_not_at_message',
          params: { ...where, contentLength: message.contentLength ?? '' },
        });
      const unescaped = variant === 'mboxrd' ? unescapeMboxrd(message.bytes) : null;
      const bytes = unescaped?.bytes ?? message.bytes;
      const context = new MboxMessageContext(message, variant, unescaped, input.item.caseTimeZone, trusted, label, where);
      const emitted = await emitMessage(bytes, context, out, accounts);
      if (!emitted) {
        // The split itself is evidence: keep a record of a message that has no header fields.
        out.warn(`${label}: no header fields`, { code: 'mbox.no_header_fields', params: where });
        await out.artifact({
          type: 'email',
          key: context.key,
          text: bytes.toString('utf8', 0, Math.min(bytes.length, 64 * 1024)) || null,
          fields: { headers: [], size: bytes.length, mbox: mboxFields(message, variant, message.beginOffset, 0) },
          locator: context.locator,
        });
      }
    }
    if (count === 0 && input.item.size > 0) throw new ParseError('no "From " separator line: not an mbox file', { offset: 0 });
    await accounts.flush(out);
  },
};
