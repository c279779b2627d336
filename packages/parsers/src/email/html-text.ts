// HTML mail bodies → plain text for search and review: a linear scan (no backtracking regexes on hostile input).

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'tr',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'blockquote',
  'pre',
  'hr',
  'ul',
  'ol',
  'title',
]);
const SKIP_TAGS = new Set(['script', 'style', 'head']);
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  copy: '©',
  reg: '®',
  euro: '€',
  shy: '',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity.toLowerCase()] ?? whole;
  });
}

/** Where `</name` next starts (case-insensitive), or -1. */
function closingTag(html: string, name: string, from: number): number {
  for (let i = html.indexOf('</', from); i >= 0; i = html.indexOf('</', i + 2)) {
    if (html.slice(i + 2, i + 2 + name.length).toLowerCase() === name) return i;
  }
  return -1;
}

/** HTML's whitespace (and \v, which the old converter also collapsed): any run of it renders as one space. */
const WHITESPACE = /[ \t\n\r\f\v]+/g;
/** At most one blank line in a row, however many breaks and blocks meet. */
const MAX_BREAKS = 2;

/**
 * The text as a browser lays it out, roughly: source line breaks and runs of whitespace are one space; `<br>` is one
 * line break and a block tag's start or end another (so paragraphs are set apart by a blank line); `<pre>` keeps its
 * spaces and line breaks. Lines carry no leading or trailing spaces (outside `<pre>`).
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let breaks = 0; // line breaks owed before the next text
  let space = false; // a space owed before the next text on the same line
  let lineStart = true;
  let pre = 0; // depth of open <pre> elements
  let preStart = false; // just after <pre>, whose first line break is not content
  let at = 0;
  while (at <= html.length) {
    let open = html.indexOf('<', at);
    if (open < 0) open = html.length;
    let close = -1;
    if (open < html.length && !html.startsWith('<!--', open)) {
      close = html.indexOf('>', open + 1);
      if (close < 0) open = html.length; // an unclosed `<` is text
    }
    if (open > at) {
      let text = html.slice(at, open);
      if (text.includes('&')) text = decodeEntities(text);
      if (pre > 0) {
        text = text.replace(/\r\n?/g, '\n');
        if (preStart && text[0] === '\n') text = text.slice(1);
        if (text !== '') {
          if (out.length > 0 && breaks > 0) out.push(lineBreaks(breaks, lineStart));
          else if (space && !lineStart) out.push(' ');
          out.push(text);
          breaks = 0;
          space = false;
          lineStart = text.endsWith('\n');
        }
      } else {
        text = text.replace(WHITESPACE, ' ');
        const lead = text.charCodeAt(0) === 32;
        const trail = text.length > 1 && text.charCodeAt(text.length - 1) === 32;
        const word = text.slice(lead ? 1 : 0, trail ? -1 : text.length);
        if (word === '') space ||= lead;
        else {
          if (out.length > 0 && breaks > 0) out.push(lineBreaks(breaks, lineStart));
          else if ((space || lead) && !lineStart) out.push(' ');
          out.push(word);
          breaks = 0;
          lineStart = false;
          space = trail;
        }
      }
      preStart = false;
    }
    if (open >= html.length) break;
    if (close < 0) {
      const end = html.indexOf('-->', open + 4); // a comment
      at = end < 0 ? html.length + 1 : end + 3;
      continue;
    }
    const name = /^\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(open + 1, Math.min(close, open + 20)))?.[1]?.toLowerCase() ?? '';
    const closing = html[open + 1] === '/';
    at = close + 1;
    if (SKIP_TAGS.has(name) && !closing) {
      const end = closingTag(html, name, at);
      at = end < 0 ? html.length + 1 : end;
      continue;
    }
    if (BLOCK_TAGS.has(name)) {
      breaks++;
      space = false;
      if (name === 'pre') {
        pre = closing ? Math.max(0, pre - 1) : pre + 1;
        preStart = !closing;
      }
    }
  }
  return out.join('').trimEnd(); // nothing to trim at the start but a <pre>'s own indentation
}

/** The breaks owed, less one when the text so far (a <pre>'s) already ends a line. */
function lineBreaks(breaks: number, lineStart: boolean): string {
  return '\n'.repeat(Math.min(breaks, MAX_BREAKS) - (lineStart ? 1 : 0));
}
