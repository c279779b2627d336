// Snippets cut from the stored original text in TypeScript, so every adapter returns the same one for the same hit.
import { SNIPPET_MATCH_END, SNIPPET_MATCH_START, scanSearchText, type SearchNode } from '@tamga/core';

const WIDTH = 200;
/** How much text before the first match a snippet tries to keep. */
const LEAD = 60;
const ELLIPSIS = '…';

/** The terms a hit may contain (none of the excluded ones). */
export function searchTerms(node: SearchNode): Array<{ tokens: string[]; prefix: boolean }> {
  if (node.kind === 'term') return [node];
  return (node.kind === 'or' ? node.any : node.include).flatMap(searchTerms);
}

interface Span {
  start: number;
  end: number;
}

/** Where the query's terms (not the excluded ones) occur, scanning only until the first one's window is full. */
function matches(text: string, query: SearchNode): Span[] {
  const terms = searchTerms(query);
  const longest = Math.max(...terms.map((t) => t.tokens.length));
  const recent: Array<{ token: string; start: number; end: number }> = [];
  const spans: Span[] = [];
  let stopAt = Infinity;
  const equal = (token: string, wanted: string, prefix: boolean) => (prefix ? token.startsWith(wanted) : token === wanted);
  scanSearchText(text, (token, start, end, kind) => {
    if (kind === 'number') {
      for (const t of terms) if (t.tokens.length === 1 && equal(token, t.tokens[0]!, t.prefix)) spans.push({ start, end });
      return;
    }
    if (start >= stopAt) return false;
    recent.push({ token, start, end });
    if (recent.length > longest) recent.shift();
    for (const t of terms) {
      const n = t.tokens.length;
      const from = recent.length - n;
      if (from < 0) continue;
      if (t.tokens.every((wanted, i) => equal(recent[from + i]!.token, wanted, t.prefix && i === n - 1))) {
        spans.push({ start: recent[from]!.start, end });
        if (stopAt === Infinity) stopAt = recent[from]!.start + WIDTH;
      }
    }
  });
  return spans;
}

function isLowSurrogate(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Our markers must be the only ones in a snippet; the text's own control characters 1 and 2 become U+FFFD. */
function clean(text: string): string {
  return text.replaceAll(SNIPPET_MATCH_START, '\uFFFD').replaceAll(SNIPPET_MATCH_END, '\uFFFD');
}

/**
 * About WIDTH characters of `text` around the first match of `query`, each match wrapped in the snippet markers
 * and "…" where the text was cut. Without a match (the index found a word past what is scanned here), the start.
 */
export function searchSnippet(text: string, query: SearchNode): string {
  const spans: Span[] = [];
  for (const span of matches(text, query).sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else spans.push({ ...span });
  }
  const first = spans[0];
  let start = 0;
  if (first && first.start > LEAD) {
    start = first.start - LEAD;
    // Begin at a word: after a white space near the start of the lead, if there is one.
    const space = text.slice(start, Math.min(start + 20, first.start)).search(/\s/u);
    if (space >= 0) start += space + 1;
  }
  if (isLowSurrogate(text, start)) start++;
  let end = Math.min(text.length, start + WIDTH);
  if (first && end < first.end) end = first.end;
  if (end < text.length) {
    const tail = text.slice(first ? first.end : start, end);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (space > 0) end = (first ? first.end : start) + space;
  }
  for (const span of spans) if (span.start < end && span.end > end) end = span.end;
  if (end < text.length && isLowSurrogate(text, end)) end++;

  let out = start > 0 ? ELLIPSIS : '';
  let at = start;
  for (const span of spans) {
    if (span.start >= end) break;
    out += clean(text.slice(at, span.start)) + SNIPPET_MATCH_START + clean(text.slice(span.start, span.end)) + SNIPPET_MATCH_END;
    at = span.end;
  }
  out += clean(text.slice(at, end));
  return end < text.length ? out + ELLIPSIS : out;
}
