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

export function htmlToText(html: string): string {
  const out: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      out.push(html.slice(at));
      break;
    }
    out.push(html.slice(at, open));
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close < 0) {
      out.push(html.slice(open));
      break;
    }
    const name = /^\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(open + 1, Math.min(close, open + 20)))?.[1]?.toLowerCase() ?? '';
    at = close + 1;
    if (SKIP_TAGS.has(name) && html[open + 1] !== '/') {
      const end = closingTag(html, name, at);
      at = end < 0 ? html.length : end;
      continue;
    }
    if (BLOCK_TAGS.has(name)) out.push('\n');
  }
  return decodeEntities(out.join('').replace(/[ \t\r\f\v]+/g, ' '))
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
