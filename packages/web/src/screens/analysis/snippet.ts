// Search snippets: the index marks each match with U+0001 … U+0002 and escapes nothing. They are split here
// into plain pieces, so the screen shows evidence text as text (React escapes it) and never parses it as HTML.

const MATCH_START = '\u0001';
const MATCH_END = '\u0002';
// Other control characters in evidence text are dropped rather than shown as boxes.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000\u0003-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** The snippet as pieces of text, each matched or not; line breaks become " · " so a hit stays compact. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, match: boolean) => {
    if (text) parts.push({ text, match });
  };
  let rest = snippet.replace(CONTROL, '').replace(/\s*\n\s*/g, ' · ');
  while (rest.length > 0) {
    const start = rest.indexOf(MATCH_START);
    if (start === -1) {
      push(rest.replaceAll(MATCH_END, ''), false);
      break;
    }
    push(rest.slice(0, start).replaceAll(MATCH_END, ''), false);
    const end = rest.indexOf(MATCH_END, start + 1);
    push(rest.slice(start + 1, end === -1 ? undefined : end).replaceAll(MATCH_START, ''), true);
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return parts;
}
