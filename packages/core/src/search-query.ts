// Search text analysis and the query language. Documents and queries go through the same tokeniser, so the
// SQLite (FTS5) and PostgreSQL (tsvector) indexes hold the same tokens and every adapter finds the same things.
import { TamgaError } from './errors';

/** Longer runs are base64 or hex noise, which nobody searches for word by word and which only bloat the index. */
export const SEARCH_MAX_TOKEN_LENGTH = 128;
/**
 * PostgreSQL refuses a tsvector whose lexemes pass 1 MiB, so an artefact's indexed tokens stop at this many UTF-8
 * bytes, on every adapter alike. That is some 70,000 Russian words; the text beyond it is kept for reading.
 */
export const SEARCH_MAX_INDEXED_BYTES = 1_000_000;
const MAX_QUERY_LENGTH = 2_000;
const MAX_QUERY_TERMS = 64;
const MAX_QUERY_DEPTH = 32;

// ʻ and ʼ are letters to Unicode (Lm) but apostrophes to people: they are decided on below, with the others.
const WORD_CHAR = String.raw`(?:(?![\u02BB\u02BC])[\p{L}\p{N}\p{M}])`;
const APOSTROPHE = String.raw`['\u0060\u00B4\u02BB\u02BC\u2018\u2019]`;
const SPAN = new RegExp(`${WORD_CHAR}+(?:${APOSTROPHE}${WORD_CHAR}+)*${APOSTROPHE}?`, 'gu');
const IS_APOSTROPHE = new RegExp(`^${APOSTROPHE}$`, 'u');
const NOT_TOKEN = /[^\p{L}\p{N}\p{M}]+/u;
const ASCII_WORD = /^[A-Za-z0-9]+$/;
const MARK = /\p{M}/u;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const DIGITS = /^[0-9]+$/;
/** What may stand between the digit groups of one phone number: +7 (701) 234-56-78. */
const DIGIT_GAP = /^[ \u00A0\-()]{1,3}$/;
/** Uzbek oʻ and gʻ: the mark that makes them letters of their own, whichever apostrophe was typed. */
const OKINA = '\u02BB';

/**
 * Letters folded to the letter people type for them. ё is е in Russian and Kazakh search. The Greek pair and
 * U+0345 are how FTS5's unicode61 folds case; folding them here keeps its tokens exactly ours.
 */
const FOLD: Record<string, string> = {
  ё: 'е',
  ı: 'i',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  ς: 'σ',
  '\u0345': 'ι',
};
// An alternation, not a class: U+0345 is a combining mark, which a class would read with its neighbour.
const FOLDED = new RegExp(Object.keys(FOLD).join('|'), 'gu');

/** Drops the combining marks that sit on a base letter of this script. */
function dropMarks(text: string, script: RegExp): string {
  let out = '';
  let onScript = false;
  for (const char of text) {
    if (MARK.test(char)) {
      if (!onScript) out += char;
    } else {
      onScript = script.test(char);
      out += char;
    }
  }
  return out;
}

/**
 * One word as the index sees it: compatibility forms folded (fullwidth and mathematical letters, ligatures),
 * lower case, Latin diacritics removed (é→e, ü→u, ş→s). A Cyrillic letter with a mark stays itself when Unicode
 * encodes it as a letter of its own (й, ў, ї): only marks left over after composition (stress accents) go.
 */
export function normalizeSearchWord(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  // Words repeat (a few are most of any text), and normalising one costs microseconds: remember the last many
  // (short ones only, so the memory stays small whatever the text).
  if (word.length > NORMALIZED_MAX_LENGTH) return normalizeOnce(word);
  let normal = NORMALIZED.get(word);
  if (normal === undefined) {
    normal = normalizeOnce(word);
    if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
    NORMALIZED.set(word, normal);
  }
  return normal;
}

const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 50_000;
const NORMALIZED_MAX_LENGTH = 48;

function normalizeOnce(word: string): string {
  let text = word.normalize('NFKD').toLowerCase();
  if (MARK.test(text)) text = dropMarks(text, LATIN);
  text = text.normalize('NFC');
  if (MARK.test(text)) text = dropMarks(text, CYRILLIC);
  return text.replace(FOLDED, (char) => FOLD[char] ?? char);
}

/**
 * Apostrophes inside a word are resolved before normalising: after o or g they are the Uzbek letters oʻ and gʻ
 * (whether typed as ʻ, ‘, ’, ' or `), elsewhere (don't, maʼno) they join the word. One at the end of a word is
 * gʻ in "togʻ", but a closing quote in "'hello'", which the opening quote before the word gives away.
 */
function resolveApostrophes(span: string, quoted: boolean): { word: string; length: number } {
  let word = '';
  let length = span.length;
  for (let i = 0; i < span.length; i++) {
    const char = span[i]!;
    if (!IS_APOSTROPHE.test(char)) {
      word += char;
      continue;
    }
    const afterOG = /[oOgG]/.test(span[i - 1] ?? '');
    if (i < span.length - 1) {
      if (afterOG) word += OKINA;
    } else if (afterOG && !quoted) {
      word += OKINA;
    } else {
      length = i;
    }
  }
  return { word, length };
}

export type SearchTokenKind = 'word' | 'number';

/**
 * Visits every token of `text` in order with the span of the original text it came from: words (runs of letters,
 * digits and marks, so `ivanov@mail.kz` gives ivanov, mail, kz and `+77012345678` gives 77012345678), and after each
 * run of digit groups that looks like one phone number (`+7 701 234-56-78`, 7 to 15 digits) the digits joined as
 * a `number` token. Return false from `visit` to stop.
 */
export function scanSearchText(
  text: string,
  visit: (token: string, start: number, end: number, kind: SearchTokenKind) => boolean | void,
): void {
  let group: { start: number; end: number; digits: string; count: number } | null = null;
  const flush = (): boolean => {
    const done = group;
    group = null;
    if (done && done.count > 1 && done.digits.length >= 7 && done.digits.length <= 15)
      return visit(done.digits, done.start, done.end, 'number') !== false;
    return true;
  };
  for (const match of text.matchAll(SPAN)) {
    const start = match.index;
    const quoted = start > 0 && IS_APOSTROPHE.test(text[start - 1]!);
    const { word, length } = resolveApostrophes(match[0], quoted);
    const end = start + length;
    for (const token of normalizeSearchWord(word).split(NOT_TOKEN)) {
      if (token === '' || token.length > SEARCH_MAX_TOKEN_LENGTH) continue;
      if (DIGITS.test(token)) {
        if (group && DIGIT_GAP.test(text.slice(group.end, start))) {
          group.digits += token;
          group.end = end;
          group.count++;
        } else {
          if (!flush()) return;
          group = { start, end, digits: token, count: 1 };
        }
      } else if (!flush()) return;
      if (visit(token, start, end, 'word') === false) return;
    }
  }
  flush();
}

function utf8Length(token: string): number {
  let bytes = 0;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    // A surrogate pair is one four-byte character.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xe000 ? 2 : 3;
  }
  return bytes;
}

/**
 * The tokens an index holds for a document, in the order whose positions phrases use: the words, then the joined
 * phone numbers (after the words, so they never break a phrase), up to SEARCH_MAX_INDEXED_BYTES.
 */
export function searchTokens(text: string): string[] {
  const words: string[] = [];
  const numbers: string[] = [];
  let bytes = 0;
  scanSearchText(text, (token, _start, _end, kind) => {
    bytes += utf8Length(token) + 1;
    if (bytes > SEARCH_MAX_INDEXED_BYTES) return false;
    (kind === 'word' ? words : numbers).push(token);
  });
  return numbers.length > 0 ? words.concat(numbers) : words;
}

/** The normalised text an index is fed: its tokens, one space apart. */
export function normalizeSearchText(text: string): string {
  return searchTokens(text).join(' ');
}

/**
 * A parsed query. A term is one word or a phrase: its tokens must follow each other, and with `prefix` the last
 * one only has to begin with its token. An `and` always has something to include; exclusions hang off it, so
 * every adapter can say "this but not that" (FTS5 has no NOT on its own).
 */
export type SearchNode =
  | { kind: 'term'; tokens: string[]; prefix: boolean }
  | { kind: 'and'; include: SearchNode[]; exclude: SearchNode[] }
  | { kind: 'or'; any: SearchNode[] };

type Lexeme = { kind: 'text'; raw: string; prefix: boolean; at: number } | { kind: 'and' | 'or' | 'not' | 'open' | 'close'; at: number };

type Raw = { kind: 'text'; raw: string; prefix: boolean } | { kind: 'not'; node: Raw } | { kind: 'and' | 'or'; nodes: Raw[] };

function invalid(message: string, reason: string, position?: number): TamgaError {
  return new TamgaError('SEARCH_QUERY_INVALID', message, position === undefined ? { reason } : { reason, position });
}

function lex(text: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  const stop = /[\s()"]/u;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (/\s/u.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      lexemes.push({ kind: char === '(' ? 'open' : 'close', at: i++ });
    } else if (char === '"') {
      const close = text.indexOf('"', i + 1);
      if (close < 0) throw invalid('A quotation mark is not closed', 'unclosed_quote', i);
      let next = close + 1;
      while (text[next] === '*') next++;
      lexemes.push({ kind: 'text', raw: text.slice(i + 1, close), prefix: next > close + 1, at: i });
      i = next;
    } else if (char === '-' && i + 1 < text.length && !/[\s)]/u.test(text[i + 1]!)) {
      lexemes.push({ kind: 'not', at: i++ });
    } else {
      let end = i;
      while (end < text.length && !stop.test(text[end]!)) end++;
      const word = text.slice(i, end);
      if (word === 'AND' || word === 'OR' || word === 'NOT')
        lexemes.push({ kind: word === 'AND' ? 'and' : word === 'OR' ? 'or' : 'not', at: i });
      else {
        const bare = word.replace(/\*+$/, '');
        lexemes.push({ kind: 'text', raw: bare, prefix: bare.length < word.length, at: i });
      }
      i = end;
    }
  }
  return lexemes;
}

/** Precedence, loosest first: OR, then AND (written or implied), then NOT and leading minus. */
function parse(lexemes: Lexeme[], length: number): Raw {
  let next = 0;
  let depth = 0;
  const peek = () => lexemes[next];
  const startsOperand = (l: Lexeme | undefined) => l !== undefined && (l.kind === 'text' || l.kind === 'open' || l.kind === 'not');
  const describe = (l: Lexeme) =>
    l.kind === 'text' ? 'a word' : l.kind === 'open' ? '"("' : l.kind === 'close' ? '")"' : l.kind.toUpperCase();
  const expectOperand = (after: Lexeme) => {
    const l = peek();
    if (startsOperand(l)) return;
    if (l === undefined) throw invalid(`Nothing follows ${describe(after)}`, 'dangling_operator', after.at);
    throw invalid(`${describe(l)} cannot follow ${describe(after)}`, 'unexpected_token', l.at);
  };

  function or(): Raw {
    const nodes = [and()];
    while (peek()?.kind === 'or') {
      const op = lexemes[next++]!;
      expectOperand(op);
      nodes.push(and());
    }
    return nodes.length === 1 ? nodes[0]! : { kind: 'or', nodes };
  }
  function and(): Raw {
    const nodes = [unary()];
    for (;;) {
      const l = peek();
      if (l?.kind === 'and') {
        next++;
        expectOperand(l);
      } else if (!startsOperand(l)) break;
      nodes.push(unary());
    }
    return nodes.length === 1 ? nodes[0]! : { kind: 'and', nodes };
  }
  function unary(): Raw {
    const l = peek();
    if (l?.kind !== 'not') return primary();
    next++;
    expectOperand(l);
    return nest(() => ({ kind: 'not', node: unary() }));
  }
  function primary(): Raw {
    const l = peek();
    if (l === undefined) throw invalid('The query ends too early', 'dangling_operator', length);
    if (l.kind === 'text') {
      next++;
      return { kind: 'text', raw: l.raw, prefix: l.prefix };
    }
    if (l.kind !== 'open') throw invalid(`${describe(l)} cannot stand here`, 'unexpected_token', l.at);
    next++;
    if (peek()?.kind === 'close') throw invalid('The parentheses hold nothing', 'empty_group', l.at);
    const inner = nest(or);
    if (peek()?.kind !== 'close') throw invalid('A parenthesis is not closed', 'unclosed_parenthesis', l.at);
    next++;
    return inner;
  }
  function nest(fn: () => Raw): Raw {
    if (++depth > MAX_QUERY_DEPTH) throw invalid('The query nests too deeply', 'too_deep');
    const node = fn();
    depth--;
    return node;
  }

  if (lexemes.length === 0) throw invalid('Type something to search for', 'empty');
  const tree = or();
  const rest = peek();
  if (rest)
    throw invalid(
      rest.kind === 'close' ? 'A closing parenthesis has no opening one' : `${describe(rest)} cannot stand here`,
      'unexpected_token',
      rest.at,
    );
  return tree;
}

/** A quoted or single word is a term; one that is one phone number written in groups becomes its digits. */
function term(raw: string, prefix: boolean): SearchNode | null {
  const tokens: string[] = [];
  const numbers: Array<{ token: string; start: number; end: number }> = [];
  let first = -1;
  let last = -1;
  scanSearchText(raw, (token, start, end, kind) => {
    if (kind === 'number') return void numbers.push({ token, start, end });
    if (first < 0) first = start;
    last = end;
    tokens.push(token);
  });
  const whole = numbers.find((n) => n.start === first && n.end === last);
  if (whole && !prefix) return { kind: 'term', tokens: [whole.token], prefix: false };
  return tokens.length === 0 ? null : { kind: 'term', tokens, prefix };
}

type Analysed = SearchNode | { kind: 'not'; node: SearchNode } | null;

function analyse(raw: Raw): Analysed {
  switch (raw.kind) {
    case 'text':
      return term(raw.raw, raw.prefix);
    case 'not': {
      const inner = analyse(raw.node);
      if (inner === null) return null;
      return inner.kind === 'not' ? inner.node : { kind: 'not', node: inner };
    }
    case 'and': {
      const include: SearchNode[] = [];
      const exclude: SearchNode[] = [];
      for (const node of raw.nodes.map(analyse)) {
        if (node === null) continue;
        if (node.kind === 'not') exclude.push(node.node);
        else if (node.kind === 'and') {
          include.push(...node.include);
          exclude.push(...node.exclude);
        } else include.push(node);
      }
      if (include.length + exclude.length === 0) return null;
      return include.length === 1 && exclude.length === 0 ? include[0]! : { kind: 'and', include, exclude };
    }
    case 'or': {
      const any: SearchNode[] = [];
      for (const node of raw.nodes.map(analyse)) {
        if (node === null) continue;
        if (node.kind === 'not') throw negationOnly();
        if (node.kind === 'or') any.push(...node.any);
        else any.push(node);
      }
      if (any.length === 0) return null;
      return any.length === 1 ? any[0]! : { kind: 'or', any };
    }
  }
}

function negationOnly(): TamgaError {
  return invalid('Say what to look for, not only what to leave out', 'negation_only');
}

/** Every `and` must include something, wherever it sits; counts the terms on the way. */
function check(node: SearchNode): number {
  if (node.kind === 'term') return 1;
  if (node.kind === 'or') return node.any.reduce((n, child) => n + check(child), 0);
  if (node.include.length === 0) throw negationOnly();
  return [...node.include, ...node.exclude].reduce((n, child) => n + check(child), 0);
}

/**
 * Parses the user's query syntax: words, "quoted phrases", prefix* (also "phrase prefix"*), AND (written or
 * implied by a space), OR, NOT or a leading minus, and parentheses. Operators are upper case; in lower case they
 * are words. Words and phrases are tokenised as documents are: a word with punctuation (ivanov@mail.kz) becomes a
 * phrase, and one of punctuation only is dropped. Anything malformed throws SEARCH_QUERY_INVALID.
 */
export function parseSearchQuery(text: string): SearchNode {
  if (text.length > MAX_QUERY_LENGTH) throw invalid(`A query may be ${MAX_QUERY_LENGTH} characters long at most`, 'too_long');
  const analysed = analyse(parse(lex(text), text.length));
  if (analysed === null) throw invalid('The query has no words to look for', 'no_terms');
  if (analysed.kind === 'not') throw negationOnly();
  if (check(analysed) > MAX_QUERY_TERMS) throw invalid(`A query may hold ${MAX_QUERY_TERMS} words and phrases at most`, 'too_many_terms');
  return analysed;
}
