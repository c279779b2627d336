// Search text analysis: normalisation and the tokeniser. Documents and queries go through the same tokeniser, so
// the SQLite (FTS5) and PostgreSQL (tsvector) indexes hold the same tokens and every adapter finds the same things.

/** Longer runs are base64 or hex noise, which nobody searches for word by word and which only bloat the index. */
export const SEARCH_MAX_TOKEN_LENGTH = 128;
/**
 * PostgreSQL refuses a tsvector whose lexemes pass 1 MiB, so an artefact's indexed tokens stop at this many UTF-8
 * bytes, on every adapter alike. That is some 70,000 Russian words; the text beyond it is kept for reading.
 */
export const SEARCH_MAX_INDEXED_BYTES = 1_000_000;

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
