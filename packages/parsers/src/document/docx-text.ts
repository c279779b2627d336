// The text of a Word document, read from its parts as they inflate: the body, then headers, footers, footnotes,
// endnotes and comments, with deleted tracked changes kept apart. A part is scanned chunk by chunk and never held
// whole: a 367 KB DOCX inflating to 120 MB of XML ran a whole-part reader (mammoth) out of memory.
import { decodeXml } from './docx-properties';
import type { TextCap } from './text-cap';

/** Deleted tracked changes are kept up to this many UTF-16 units. */
const MAX_DELETED = 64 * 1024;
/** Text or a tag left open at a chunk's end is kept for the next chunk up to this many UTF-16 units. */
const MAX_CARRY = 64 * 1024;

/** The parts holding text, in the order their text is given: the body first, then the rest by name. */
export function textParts(paths: readonly string[]): string[] {
  const rank = (path: string) => {
    if (path === 'word/document.xml') return 0;
    if (/^word\/header\d*\.xml$/.test(path)) return 1;
    if (/^word\/footer\d*\.xml$/.test(path)) return 2;
    const notes = ['word/footnotes.xml', 'word/endnotes.xml', 'word/comments.xml'].indexOf(path);
    return notes < 0 ? -1 : 3 + notes;
  };
  return paths.filter((path) => rank(path) >= 0).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * WordprocessingML to text, fed in chunks: `w:t` is text, `w:tab` a tab (not the tab stops of `w:tabs`), `w:br`
 * and `w:cr` line breaks, and the end of each `w:p` a line break; `w:delText` goes to `deleted`.
 */
export class WordTextScanner {
  private carry = '';
  private inText = false;
  private inDeleted = false;
  private inTabStops = false;
  deleted = '';

  constructor(private readonly text: TextCap) {}

  /** False once the text cap is full: the caller stops reading. */
  feed(chunk: string): boolean {
    const s = this.carry + chunk;
    this.carry = '';
    let at = 0;
    while (at < s.length) {
      const open = s.indexOf('<', at);
      if (open < 0) {
        const rest = s.slice(at);
        if (rest.length <= MAX_CARRY) {
          this.carry = rest;
          break;
        }
        // A long run of text is decoded now, all but an entity the chunk's end cut in two.
        const amp = rest.lastIndexOf('&');
        const cut = amp >= 0 && !rest.includes(';', amp) ? amp : rest.length;
        this.characters(rest.slice(0, cut));
        this.carry = rest.slice(cut);
        break;
      }
      if (open > at) this.characters(s.slice(at, open));
      const close = s.indexOf('>', open);
      if (close < 0) {
        // A tag that never closes is not XML: what follows it is passed over rather than held.
        this.carry = s.length - open <= MAX_CARRY ? s.slice(open) : '';
        break;
      }
      this.tag(s.slice(open + 1, close));
      at = close + 1;
    }
    return !this.text.truncated;
  }

  /** The end of a part: what was held back is text, and the part is set off from the next by a blank line. */
  endPart(): void {
    if (this.carry && !this.carry.startsWith('<')) this.characters(this.carry);
    this.carry = '';
    this.inText = this.inDeleted = this.inTabStops = false;
  }

  private characters(raw: string): void {
    if (this.inText) this.text.add(decodeXml(raw));
    else if (this.inDeleted && this.deleted.length < MAX_DELETED)
      this.deleted += decodeXml(raw).slice(0, MAX_DELETED - this.deleted.length);
  }

  private tag(body: string): void {
    const closing = body.startsWith('/');
    const selfClosing = body.endsWith('/');
    const name = /^\/?([^\s/>]+)/.exec(body)?.[1];
    switch (name) {
      case 'w:t':
        this.inText = !closing && !selfClosing;
        break;
      case 'w:delText':
        this.inDeleted = !closing && !selfClosing;
        if (closing && this.deleted.length < MAX_DELETED) this.deleted += ' ';
        break;
      case 'w:tabs':
        this.inTabStops = !closing && !selfClosing;
        break;
      case 'w:tab':
        if (!closing && !this.inTabStops) this.text.add('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (!closing) this.text.add('\n');
        break;
      case 'w:p':
        if (closing || selfClosing) this.text.add('\n');
        break;
    }
  }
}
