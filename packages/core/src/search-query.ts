// The query language: words, phrases, prefixes, AND / OR / NOT and parentheses, parsed into a tree whose terms
// are tokens of the same tokeniser the documents went through (search-text.ts).
import { TamgaError } from './errors';
import { scanSearchText } from './search-text';

const MAX_QUERY_LENGTH = 2_000;
const MAX_QUERY_TERMS = 64;
const MAX_QUERY_DEPTH = 32;
/**
 * A parsed query. A term is one word or a phrase: its tokens must follow each other, and with `prefix` the last
 * one only has to begin with its token. An `and` always has something to include; exclusions hang off it, so
 * every adapter can say "this but not that" (FTS5 has no NOT on its own).
 */
export type SearchNode =
  | { kind: 'term'; tokens: string[]; prefix: boolean }
  | { kind: 'and'; include: SearchNode[]; exclude: SearchNode[] }
  | { kind: 'or'; any: SearchNode[] };

type Lexeme =
  | { kind: 'text'; raw: string; prefix: boolean; at: number; end: number; quoted: boolean }
  | { kind: 'and' | 'or' | 'not' | 'open' | 'close'; at: number };

type Raw = { kind: 'text'; raw: string; prefix: boolean } | { kind: 'not'; node: Raw } | { kind: 'and' | 'or'; nodes: Raw[] };

/** A term of a query as typed: a quoted phrase or a bare word, where it stands in the text (`end` after any `*`). */
export interface QueryTerm {
  raw: string;
  start: number;
  end: number;
  quoted: boolean;
  prefix: boolean;
}

/** The query's terms in order, for a caller that rewrites some (a phone number into its written forms). */
export function queryTerms(text: string): QueryTerm[] {
  return lex(text).flatMap((lexeme) =>
    lexeme.kind === 'text' ? [{ raw: lexeme.raw, start: lexeme.at, end: lexeme.end, quoted: lexeme.quoted, prefix: lexeme.prefix }] : [],
  );
}

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
      lexemes.push({ kind: 'text', raw: text.slice(i + 1, close), prefix: next > close + 1, at: i, end: next, quoted: true });
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
        lexemes.push({ kind: 'text', raw: bare, prefix: bare.length < word.length, at: i, end, quoted: false });
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
